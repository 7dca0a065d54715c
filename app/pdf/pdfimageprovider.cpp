#include "pdfimageprovider.h"

#include "pdfpagerenderer.h"

#include <QCoreApplication>
#include <QQmlEngine>

namespace {

// One requested page: waits for the renderer's answer with its ticket.
class PdfPageResponse : public QQuickImageResponse
{
public:
    PdfPageResponse(PdfPageRenderer *renderer, quint64 ticket)
        : m_ticket(ticket)
    {
        // Queued when this response lives on the image loader's thread.
        m_connection = connect(renderer, &PdfPageRenderer::pageRendered, this,
            [this](quint64 ticket, const QImage &image) { rendered(ticket, image); });
    }

    [[nodiscard]] QQuickTextureFactory *textureFactory() const override
    {
        return QQuickTextureFactory::textureFactoryForImage(m_image);
    }
    [[nodiscard]] QString errorString() const override { return m_error; }

    void fail(const QString &error)
    {
        disconnect(m_connection);
        m_error = error;
        Q_EMIT finished();
    }

private:
    void rendered(quint64 ticket, const QImage &image)
    {
        if (ticket != m_ticket)
            return;
        disconnect(m_connection);
        m_image = image;
        if (m_image.isNull())
            m_error = QCoreApplication::translate(
                "PdfImageProvider", "Không hiển thị được trang này của tệp PDF.");
        Q_EMIT finished();
    }

    quint64 m_ticket;
    QMetaObject::Connection m_connection;
    QImage m_image;
    QString m_error;
};

} // namespace

PdfImageProvider::PdfImageProvider(VaultSession *session)
    : m_renderer(std::make_unique<PdfPageRenderer>(session))
{ }

PdfImageProvider::~PdfImageProvider() = default;

QQuickImageResponse *PdfImageProvider::requestImageResponse(
    const QString &id, const QSize &requestedSize)
{
    const quint64 ticket = m_nextTicket++;
    auto *response = new PdfPageResponse(m_renderer.get(), ticket);
    // "<source>/<page>", the source itself containing one slash ("vault/<sha256>").
    const qsizetype slash = id.lastIndexOf(u'/');
    bool ok = false;
    const int page = slash > 0 ? id.mid(slash + 1).toInt(&ok) : -1;
    if (!ok || page < 0) {
        QMetaObject::invokeMethod(
            response, [response] { response->fail(QStringLiteral("bad page id")); },
            Qt::QueuedConnection);
        return response;
    }
    // renderLater() only posts to the renderer's thread: safe from the loader thread.
    m_renderer->renderLater(ticket, id.left(slash), page, requestedSize);
    return response;
}

void PdfImageProvider::install(QQmlEngine &engine, VaultSession *session)
{
    engine.addImageProvider(kId, new PdfImageProvider(session));
}

PdfPageRenderer *PdfImageProvider::rendererOf(QQmlEngine *engine)
{
    auto *provider
        = engine ? dynamic_cast<PdfImageProvider *>(engine->imageProvider(kId)) : nullptr;
    return provider ? provider->renderer() : nullptr;
}
