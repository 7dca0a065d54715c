#include "readercontroller.h"

#include "documentcatalog.h"
#include "documentkind.h"
#include "documentlistmodel.h"
#include "localactions.h"

ReaderController::ReaderController(QObject *parent)
    : SessionController(parent)
{ }

void ReaderController::setDocumentId(const QString &id)
{
    if (m_documentId == id)
        return;
    m_documentId = id;
    Q_EMIT documentIdChanged();
    reload();
}

void ReaderController::load(SqliteDatabase &db)
{
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
    m_body = detail ? detail->body : QString();
    m_read = doc.read;
    Q_EMIT documentChanged();
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
        setErrorMessage(result.error == u"not_signed_in"
                ? tr("Chưa đăng nhập: chưa ghi nhận được việc đọc tài liệu.")
                : tr("Chưa ghi nhận được việc đọc tài liệu. Hãy thử lại."));
        return false;
    }
    m_read = true;
    Q_EMIT documentChanged();
    Q_EMIT markedRead(m_documentId);
    return true;
}
