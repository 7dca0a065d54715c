#include "pdfpagerenderer.h"

#include "blobstore.h"
#include "sqlitedatabase.h"
#include "vault.h"
#include "vaultsession.h"

#include <QBuffer>
#include <QLoggingCategory>
#include <QPainter>
#include <QPdfDocument>

Q_LOGGING_CATEGORY(lcPdf, "handbook.pdf")

using namespace Qt::StringLiterals;

namespace {
const QString kVaultPrefix = u"vault/"_s;
const QString kMemoryPrefix = u"memory/"_s;
} // namespace

struct PdfPageRenderer::OpenDocument
{
    QString source;
    std::unique_ptr<BlobStore> store; // vault sources: the device reads through it
    std::unique_ptr<QIODevice> device;
    std::unique_ptr<QPdfDocument> pdf;

    ~OpenDocument()
    {
        pdf.reset(); // before the device it reads
        device.reset();
    }
};

PdfPageRenderer::PdfPageRenderer(VaultSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    if (m_session) {
        connect(m_session, &VaultSession::stateChanged, this, [this] {
            if (!m_session || m_session->state() != VaultSession::Unlocked) {
                closeAll();
                m_memory.clear();
            }
        });
    }
}

PdfPageRenderer::~PdfPageRenderer()
{
    closeAll();
}

QString PdfPageRenderer::vaultSource(const QString &sha256)
{
    return kVaultPrefix + sha256.toLower();
}

QString PdfPageRenderer::addMemorySource(const QByteArray &bytes)
{
    const QString source = kMemoryPrefix + QString::number(m_nextMemoryId++);
    m_memory.insert(source, bytes);
    return source;
}

void PdfPageRenderer::removeMemorySource(const QString &source)
{
    m_open.remove_if([&](const auto &open) { return open->source == source; });
    m_memory.remove(source);
}

bool PdfPageRenderer::hasMemorySource(const QString &source) const
{
    return m_memory.contains(source);
}

void PdfPageRenderer::closeAll()
{
    m_open.clear();
}

QPdfDocument *PdfPageRenderer::document(const QString &source)
{
    for (auto it = m_open.begin(); it != m_open.end(); ++it) {
        if ((*it)->source == source) {
            m_open.splice(m_open.begin(), m_open, it);
            return m_open.front()->pdf.get();
        }
    }
    auto open = std::make_unique<OpenDocument>();
    open->source = source;
    if (source.startsWith(kMemoryPrefix)) {
        const auto bytes = m_memory.constFind(source);
        if (bytes == m_memory.cend())
            return nullptr;
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(*bytes); // shares the bytes: no copy
        if (!buffer->open(QIODevice::ReadOnly))
            return nullptr;
        open->device = std::move(buffer);
    } else if (source.startsWith(kVaultPrefix)) {
        if (!m_session || m_session->state() != VaultSession::Unlocked
            || !m_session->vault().isOpen())
            return nullptr;
        try {
            open->store = std::make_unique<BlobStore>(m_session->vault().database());
            open->device = open->store->open(source.mid(kVaultPrefix.size()));
        } catch (const StorageError &error) {
            qCWarning(lcPdf) << "cannot read an attachment from the vault, SQLite code"
                             << error.code();
            return nullptr;
        }
        if (!open->device)
            return nullptr; // not (completely) downloaded
    } else {
        return nullptr;
    }
    open->pdf = std::make_unique<QPdfDocument>();
    open->pdf->load(open->device.get());
    if (open->pdf->status() != QPdfDocument::Status::Ready) {
        qCWarning(lcPdf) << "an attachment is not a readable PDF:" << open->pdf->error();
        return nullptr;
    }
    m_open.push_front(std::move(open));
    while (m_open.size() > size_t(kMaxOpen))
        m_open.pop_back();
    return m_open.front()->pdf.get();
}

int PdfPageRenderer::pageCount(const QString &source)
{
    QPdfDocument *pdf = document(source);
    return pdf ? pdf->pageCount() : 0;
}

QSizeF PdfPageRenderer::pageSize(const QString &source, int page)
{
    QPdfDocument *pdf = document(source);
    if (!pdf || page < 0 || page >= pdf->pageCount())
        return {};
    return pdf->pagePointSize(page);
}

QImage PdfPageRenderer::render(const QString &source, int page, const QSize &requested)
{
    QPdfDocument *pdf = document(source);
    if (!pdf || page < 0 || page >= pdf->pageCount())
        return {};
    const QSizeF points = pdf->pagePointSize(page);
    if (points.isEmpty())
        return {};
    // A missing side of `requested` does not limit; with neither, 1000 px wide.
    constexpr double kUnbounded = 1e9;
    const QSizeF bound = requested.width() > 0 || requested.height() > 0
        ? QSizeF(requested.width() > 0 ? requested.width() : kUnbounded,
            requested.height() > 0 ? requested.height() : kUnbounded)
        : QSizeF(1000, kUnbounded);
    QSizeF target = points.scaled(bound, Qt::KeepAspectRatio);
    if (target.width() > kMaxSide || target.height() > kMaxSide)
        target = target.scaled(QSizeF(kMaxSide, kMaxSide), Qt::KeepAspectRatio);
    const QSize pixels = target.toSize().expandedTo(QSize(1, 1));
    QImage image = pdf->render(page, pixels);
    if (image.isNull())
        return {};
    // Pages with a transparent background read as black on some renderers: paint on white.
    if (image.hasAlphaChannel()) {
        QImage opaque(image.size(), QImage::Format_RGB32);
        opaque.fill(Qt::white);
        QPainter painter(&opaque);
        painter.drawImage(0, 0, image);
        painter.end();
        image = opaque;
    }
    return image;
}

void PdfPageRenderer::renderLater(quint64 ticket, const QString &source, int page, QSize requested)
{
    QMetaObject::invokeMethod(
        this,
        [this, ticket, source, page, requested] {
            Q_EMIT pageRendered(ticket, render(source, page, requested));
        },
        Qt::QueuedConnection);
}
