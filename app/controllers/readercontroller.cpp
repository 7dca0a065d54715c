#include "readercontroller.h"

#include "actionerrors.h"
#include "documentcatalog.h"
#include "documentkind.h"
#include "documentlistmodel.h"
#include "localactions.h"
#include "mutationnames.h"
#include "pdfimageprovider.h"
#include "pdfpagerenderer.h"
#include "publicationsignature.h"
#include "readercatalog.h"
#include "readerprefs.h"
#include "replicastore.h"
#include "syncerrors.h"
#include "syncstate.h"
#include "wirevalues.h"

#include <QJsonArray>
#include <QQmlEngine>
#include <QTimeZone>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
constexpr int kWatermarkRefreshMs = 30 * 1000;
} // namespace

ReaderController::ReaderController(QObject *parent)
    : SessionController(parent)
{
    m_watermarkTimer.setInterval(kWatermarkRefreshMs);
    connect(&m_watermarkTimer, &QTimer::timeout, this, &ReaderController::updateWatermark);
    connect(this, &SessionController::sessionChanged, this, &ReaderController::watchSession);
}

ReaderController::~ReaderController()
{
    removeMemorySources();
}

void ReaderController::removeMemorySources()
{
    if (m_renderer) {
        for (const QString &source : std::as_const(m_memorySources))
            m_renderer->removeMemorySource(source);
    }
    m_memorySources.clear();
}

void ReaderController::watchSession()
{
    // The base class drops every connection of the old session; connect to the new one.
    if (m_watchedSession == session())
        return;
    m_watchedSession = session();
    if (!m_watchedSession)
        return;
    connect(m_watchedSession, &VaultSession::stateChanged, this, [this] {
        if (m_watchedSession && m_watchedSession->state() != VaultSession::Unlocked)
            forgetFetched();
    });
}

void ReaderController::setDocumentId(const QString &id)
{
    if (m_documentId == id)
        return;
    forgetFetched();
    m_documentId = id;
    Q_EMIT documentIdChanged();
    reload();
}

void ReaderController::setFetcher(DocumentFetcher *fetcher)
{
    if (m_fetcher == fetcher)
        return;
    if (m_fetcher)
        disconnect(m_fetcher, nullptr, this, nullptr);
    m_fetcher = fetcher;
    if (m_fetcher) {
        // Back online: a restricted document waiting for the network is fetched.
        connect(m_fetcher, &DocumentFetcher::onlineChanged, this, [this] {
            if (m_fetcher && m_fetcher->isOnline() && m_restricted
                && m_restrictedState == NeedsNetwork)
                fetchRestricted();
        });
    }
    Q_EMIT fetcherChanged();
    // A restricted document waiting for a way to fetch it gets one now.
    if (m_restricted && m_restrictedState == NeedsNetwork && m_fetcher && m_fetcher->isOnline())
        fetchRestricted();
}

void ReaderController::setPdfRenderer(PdfPageRenderer *renderer)
{
    m_renderer = renderer;
}

PdfPageRenderer *ReaderController::renderer()
{
    if (!m_renderer)
        m_renderer = PdfImageProvider::rendererOf(qmlEngine(this));
    return m_renderer;
}

void ReaderController::load(SqliteDatabase &db)
{
    watchSession();
    ReaderPrefs prefs(db);
    ReaderCatalog catalog(db);
    const double scale = prefs.textScale();
    if (scale != m_textScale) {
        m_textScale = scale;
        Q_EMIT textScaleChanged();
    }
    const auto detail
        = m_documentId.isEmpty() ? std::nullopt : DocumentCatalog(db).document(m_documentId);
    m_found = detail.has_value();
    const DocumentSummary doc = detail ? detail->summary : DocumentSummary();
    m_title = doc.title;
    m_number = doc.number;
    m_kindLabel = detail ? DocumentKind::label(doc.kind) : QString();
    m_issuer = doc.issuer;
    m_issuedDate = DocumentListModel::displayDate(doc.issuedDate);
    m_summary = doc.summary;
    m_read = doc.read;
    m_signerName = doc.signerName;
    m_signedBodySha256.clear();
    m_signedAttachments.clear();
    if (m_found && !m_signerName.isEmpty()) {
        const QJsonObject row = ReplicaStore(db)
                                    .get(QString(Protocol::RowType::Document), m_documentId)
                                    .value_or(QJsonObject {});
        m_signedBodySha256 = row.value("body_sha256"_L1).toString();
        for (const QJsonValue &value : row.value("signed_attachments"_L1).toArray())
            m_signedAttachments.insert(value.toObject().value("sha256"_L1).toString().toLower());
    }
    m_restricted = detail && detail->classification == Protocol::Classification::Restricted;
    m_readingPosition = m_found ? prefs.position(m_documentId) : 0.0;
    m_bookmarked = m_found && catalog.isBookmarked(m_documentId);
    m_notes.setNotes(m_found ? catalog.notes(m_documentId) : QList<NoteInfo>());
    m_memberName = catalog.memberName();
    if (m_memberName.isEmpty())
        m_memberName = tr("Tài khoản %1").arg(SyncState(db).value(u"user_id"_s).left(8));
    if (m_restricted) {
        // Never from the vault: the body and attachments exist only in memory, once fetched.
        m_body = m_fetchedBody;
        m_attachments.setAttachments(m_fetchedAttachments);
        for (auto it = m_memorySources.cbegin(); it != m_memorySources.cend(); ++it)
            m_attachments.setMemorySource(it.key(), it.value());
    } else {
        m_body = detail ? detail->body : QString();
        m_attachments.setAttachments(
            m_found ? catalog.attachments(m_documentId) : QList<AttachmentInfo>());
    }
    Q_EMIT bookmarkedChanged();
    Q_EMIT documentChanged();

    if (!m_restricted) {
        setRestrictedState(NotRestricted);
    } else if (m_restrictedState == NotRestricted) {
        // Opened: fetch at once when the app believes it is online.
        if (m_fetcher && m_fetcher->isOnline())
            fetchRestricted();
        else
            setRestrictedState(NeedsNetwork);
    }
}

void ReaderController::setRestrictedState(RestrictedState state, const QString &message)
{
    QString text = message;
    if (state == NeedsNetwork && text.isEmpty())
        text = tr("Tài liệu mật: cần kết nối mạng để đọc.");
    if (m_restrictedState == state && m_restrictedMessage == text)
        return;
    m_restrictedState = state;
    m_restrictedMessage = text;
    Q_EMIT restrictedChanged();
}

void ReaderController::fetchRestricted()
{
    if (!m_restricted || !m_found)
        return;
    if (!m_fetcher) {
        setRestrictedState(NeedsNetwork);
        return;
    }
    const quint64 generation = ++m_fetchGeneration;
    setRestrictedState(Fetching);
    m_fetcher->fetchDocument(
        m_documentId, this, [this, generation](const ApiResult<QJsonObject> &result) {
            if (generation != m_fetchGeneration)
                return; // another document, or the vault locked meanwhile
            if (!result.ok()) {
                const ApiError error = result.error();
                setRestrictedState(SyncErrors::isOffline(error) ? NeedsNetwork : Failed,
                    DocumentFetcher::messageFor(error));
                return;
            }
            if (!database()) {
                setRestrictedState(NotRestricted);
                return;
            }
            const QJsonObject document = result.value();
            if (!matchesSignature(document)) {
                setRestrictedState(Failed,
                    tr("Nội dung tải về không khớp với chữ ký của văn bản nên không hiển thị."));
                return;
            }
            m_fetchedBody = document.value("body"_L1).toString();
            m_fetchedAttachments
                = ReaderCatalog::attachmentsFromJson(document.value("attachments"_L1).toArray());
            m_body = m_fetchedBody;
            m_attachments.setAttachments(m_fetchedAttachments);
            updateWatermark();
            m_watermarkTimer.start();
            setRestrictedState(Shown);
            Q_EMIT documentChanged();
        });
}

bool ReaderController::matchesSignature(const QJsonObject &fetched) const
{
    if (m_signerName.isEmpty())
        return true; // unsigned: nothing to hold it to
    // The body the signature covers (through its hash), and only the attachments it lists.
    if (PublicationSignature::bodySha256(fetched.value("body"_L1).toString()) != m_signedBodySha256)
        return false;
    const QJsonArray attachments = fetched.value("attachments"_L1).toArray();
    return std::all_of(attachments.begin(), attachments.end(), [this](const QJsonValue &value) {
        return m_signedAttachments.contains(
            value.toObject().value("sha256"_L1).toString().toLower());
    });
}

void ReaderController::fetchAttachment(const QString &sha256)
{
    const QString name = sha256.toLower();
    if (const auto known = m_memorySources.constFind(name); known != m_memorySources.cend()) {
        Q_EMIT attachmentReady(name, *known);
        return;
    }
    const auto info = std::find_if(m_fetchedAttachments.cbegin(), m_fetchedAttachments.cend(),
        [&](const AttachmentInfo &a) { return a.sha256 == name; });
    if (!m_restricted || m_restrictedState != Shown || !m_fetcher
        || info == m_fetchedAttachments.cend()) {
        Q_EMIT attachmentFailed(name, tr("Tài liệu mật: cần kết nối mạng để đọc."));
        return;
    }
    const quint64 generation = m_fetchGeneration;
    m_fetcher->fetchAttachment(
        name, info->size, this, [this, generation, name](const ApiResult<QByteArray> &result) {
            if (generation != m_fetchGeneration)
                return;
            if (!result.ok()) {
                Q_EMIT attachmentFailed(name, DocumentFetcher::messageFor(result.error()));
                return;
            }
            PdfPageRenderer *pdf = renderer();
            if (!pdf || !database()) {
                Q_EMIT attachmentFailed(name, tr("Không mở được tệp PDF này."));
                return;
            }
            const QString source = pdf->addMemorySource(result.value());
            m_memorySources.insert(name, source);
            m_attachments.setMemorySource(name, source);
            Q_EMIT attachmentReady(name, source);
        });
}

void ReaderController::forgetFetched()
{
    ++m_fetchGeneration;
    m_watermarkTimer.stop();
    removeMemorySources();
    m_fetchedBody.clear();
    m_fetchedAttachments.clear();
    if (m_restricted) {
        m_body.clear();
        m_attachments.setAttachments({});
        Q_EMIT documentChanged();
    }
    setRestrictedState(NotRestricted);
}

void ReaderController::updateWatermark()
{
    const QDateTime now = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
    const QString text = m_memberName + u" · "_s
        + now.toTimeZone(QTimeZone(7 * 3600)).toString(u"HH:mm dd/MM/yyyy"_s);
    if (text == m_watermarkText)
        return;
    m_watermarkText = text;
    Q_EMIT watermarkChanged();
}

bool ReaderController::markRead()
{
    if (!m_found || m_read)
        return m_read;
    LocalActions::Result result;
    const bool reached = withDatabase(
        [&](SqliteDatabase &db) { result = LocalActions(db).markRead(m_documentId); });
    if (!reached)
        return false;
    if (!result.ok()) {
        setErrorMessage(ActionErrors::message(ActionErrors::Action::MarkRead, result.error));
        return false;
    }
    m_read = true;
    Q_EMIT documentChanged();
    Q_EMIT markedRead(m_documentId);
    return true;
}

bool ReaderController::reachedEnd()
{
    if (!m_found || m_read)
        return false;
    // A restricted document counts as read only once its text was shown.
    if (m_restricted && m_restrictedState != Shown)
        return false;
    return markRead();
}

void ReaderController::setTextScale(double scale)
{
    if (!std::isfinite(scale))
        return;
    const double steps = std::round(scale / kTextScaleStep);
    const double value = std::clamp(
        steps * kTextScaleStep, ReaderPrefs::kMinTextScale, ReaderPrefs::kMaxTextScale);
    if (value == m_textScale)
        return;
    m_textScale = value;
    withDatabase([&](SqliteDatabase &db) { ReaderPrefs(db).setTextScale(value); });
    Q_EMIT textScaleChanged();
}

bool ReaderController::canEnlargeText() const
{
    return m_textScale < ReaderPrefs::kMaxTextScale - 1e-9;
}

bool ReaderController::canShrinkText() const
{
    return m_textScale > ReaderPrefs::kMinTextScale + 1e-9;
}

void ReaderController::enlargeText()
{
    setTextScale(m_textScale + kTextScaleStep);
}

void ReaderController::shrinkText()
{
    setTextScale(m_textScale - kTextScaleStep);
}

void ReaderController::saveReadingPosition(double fraction)
{
    if (!m_found || !std::isfinite(fraction))
        return;
    const double value = std::clamp(fraction, 0.0, 1.0);
    if (std::abs(value - m_readingPosition) < 1e-4)
        return;
    if (withDatabase([&](SqliteDatabase &db) { ReaderPrefs(db).setPosition(m_documentId, value); }))
        m_readingPosition = value; // no signal: the page is already there
}

void ReaderController::reportActionError(const QString &code)
{
    setErrorMessage(ActionErrors::message(ActionErrors::Action::Note, code));
}

bool ReaderController::toggleBookmark()
{
    if (!m_found)
        return false;
    const bool wanted = !m_bookmarked;
    LocalActions::Result result;
    if (!withDatabase([&](SqliteDatabase &db) {
            result = wanted ? LocalActions(db).bookmark(m_documentId)
                            : LocalActions(db).removeBookmark(m_documentId);
        }))
        return false;
    if (!result.ok()) {
        reportActionError(result.error);
        return false;
    }
    m_bookmarked = wanted;
    Q_EMIT bookmarkedChanged();
    return true;
}

bool ReaderController::saveNote(const QString &noteId, const QString &text)
{
    if (!m_found)
        return false;
    if (text.trimmed().isEmpty()) {
        setErrorMessage(tr("Hãy viết nội dung ghi chú."));
        return false;
    }
    // An edit keeps the note's anchor.
    const QString anchor
        = noteId.isEmpty() ? QString() : m_notes.find(noteId).value_or(NoteInfo()).anchor;
    LocalActions::Result result;
    if (!withDatabase([&](SqliteDatabase &db) {
            result = LocalActions(db).putNote(m_documentId, text.trimmed(), anchor, noteId);
            if (result.ok())
                m_notes.setNotes(ReaderCatalog(db).notes(m_documentId));
        }))
        return false;
    if (!result.ok()) {
        reportActionError(result.error);
        return false;
    }
    return true;
}

bool ReaderController::deleteNote(const QString &noteId)
{
    if (!m_found || noteId.isEmpty())
        return false;
    LocalActions::Result result;
    if (!withDatabase([&](SqliteDatabase &db) {
            result = LocalActions(db).deleteNote(noteId);
            if (result.ok())
                m_notes.setNotes(ReaderCatalog(db).notes(m_documentId));
        }))
        return false;
    if (!result.ok()) {
        reportActionError(result.error);
        return false;
    }
    return true;
}

int ReaderController::pdfPage(const QString &sha256)
{
    int page = 0;
    withDatabase([&](SqliteDatabase &db) { page = ReaderPrefs(db).pdfPage(sha256); });
    return page;
}

void ReaderController::savePdfPage(const QString &sha256, int page)
{
    withDatabase([&](SqliteDatabase &db) { ReaderPrefs(db).setPdfPage(sha256, page); });
}
