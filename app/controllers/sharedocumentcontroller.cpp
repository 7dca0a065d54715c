#include "sharedocumentcontroller.h"

#include "cellcatalog.h"
#include "datasize.h"
#include "documentcatalog.h"
#include "documentkind.h"
#include "homecontroller.h"
#include "searchindex.h"
#include "wirevalues.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>
#include <QVariantMap>

using namespace Qt::StringLiterals;

ShareDocumentController::ShareDocumentController(QObject *parent)
    : CellController(parent)
{ }

void ShareDocumentController::setFromFile(bool fromFile)
{
    if (m_fromFile == fromFile)
        return;
    m_fromFile = fromFile;
    Q_EMIT fromFileChanged();
}

QString ShareDocumentController::sizeText(qint64 bytes)
{
    return DataSize::text(bytes);
}

qsizetype ShareDocumentController::inlineTextBytes(const QString &text)
{
    // The string as QJsonDocument writes it, less its quotes and the array's brackets.
    return QJsonDocument(QJsonArray { text }).toJson(QJsonDocument::Compact).size() - 4;
}

bool ShareDocumentController::checkInlineText(const QString &text)
{
    if (inlineTextBytes(text) <= kMaxInlineTextBytes)
        return true;
    setErrorMessage(tr("Tệp văn bản quá lớn để gửi kèm (tối đa %1). Hãy chuyển sang PDF rồi "
                       "chia sẻ.")
                        .arg(sizeText(kMaxInlineTextBytes)));
    return false;
}

QString ShareDocumentController::fileSizeText() const
{
    if (!hasFile())
        return {};
    return sizeText(m_fileText.isNull() ? m_fileBytes.size() : m_fileText.toUtf8().size());
}

QString ShareDocumentController::maxFileSizeText() const
{
    return sizeText(kMaxFileBytes);
}

void ShareDocumentController::setMeetingId(const QString &meetingId)
{
    if (m_meetingId == meetingId)
        return;
    m_meetingId = meetingId;
    const QString previousDefault = meetingId.isEmpty() ? Protocol::DocumentKind::MeetingMaterial
                                                        : Protocol::DocumentKind::Other;
    if (m_kind == previousDefault)
        m_kind = meetingId.isEmpty() ? Protocol::DocumentKind::Other
                                     : Protocol::DocumentKind::MeetingMaterial;
    Q_EMIT fieldsChanged();
}

QVariantList ShareDocumentController::kindChoices() const
{
    namespace Kind = Protocol::DocumentKind;
    static const QStringList kinds { Kind::MeetingMaterial, Kind::Notice, Kind::Plan,
        Kind::Resolution, Kind::Directive, Kind::Conclusion, Kind::Regulation, Kind::Guidance,
        Kind::Other };
    return DocumentKind::choices(kinds);
}

void ShareDocumentController::setFilterText(const QString &text)
{
    if (m_filterText == text)
        return;
    m_filterText = text;
    Q_EMIT filterTextChanged();
    withDatabase([this](SqliteDatabase &db) { listDocuments(db); });
}

void ShareDocumentController::loadCell(SqliteDatabase &db)
{
    const QVariantList choices = attachableMeetings(db, m_meetingId);
    if (choices != m_meetingChoices) {
        m_meetingChoices = choices;
        Q_EMIT meetingChoicesChanged();
    }
    listDocuments(db);
}

void ShareDocumentController::listDocuments(SqliteDatabase &db)
{
    DocumentCatalog catalog(db);
    QStringList ids;
    if (SearchIndex::toMatchExpression(m_filterText).isEmpty()) {
        for (const DocumentSummary &doc : catalog.newestDocuments(kPickerLimit))
            ids.append(doc.id);
    } else {
        // The picker shows no snippet: none is computed.
        for (const SearchHit &hit : SearchIndex(db).search(m_filterText, kPickerLimit, {}, 0))
            ids.append(hit.documentId);
    }
    // Restricted documents are never kept on the device: they cannot be forwarded.
    QList<DocumentSummary> documents;
    for (const QString &id : std::as_const(ids)) {
        const auto detail = catalog.document(id);
        if (detail && detail->classification != Protocol::Classification::Restricted)
            documents.append(detail->summary);
    }
    m_documents.setDocuments(
        documents, m_sourceId.isEmpty() ? QSet<QString>() : QSet { m_sourceId });
}

bool ShareDocumentController::chooseFile(const QUrl &url)
{
    const QString path = url.isLocalFile() ? url.toLocalFile() : url.toString();
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        setErrorMessage(tr("Không mở được tệp này."));
        return false;
    }
    if (file.size() > kMaxFileBytes) {
        setErrorMessage(tr("Tệp quá lớn: tối đa %1.").arg(maxFileSizeText()));
        return false;
    }
    const QByteArray bytes = file.read(kMaxFileBytes + 1);
    if (bytes.size() > kMaxFileBytes) {
        setErrorMessage(tr("Tệp quá lớn: tối đa %1.").arg(maxFileSizeText()));
        return false;
    }
    return chooseBytes(
        QFileInfo(url.fileName().isEmpty() ? path : url.fileName()).fileName(), bytes);
}

bool ShareDocumentController::chooseBytes(const QString &fileName, const QByteArray &bytes)
{
    QString text;
    if (!bytes.startsWith("%PDF-")) {
        // Not a PDF: accepted only as UTF-8 text, which becomes the document's text.
        QStringDecoder decoder(QStringDecoder::Utf8);
        text = decoder.decode(bytes);
        if (decoder.hasError() || bytes.contains('\0') || text.trimmed().isEmpty()) {
            setErrorMessage(tr("Chỉ chia sẻ được tệp PDF hoặc tệp văn bản (.txt)."));
            return false;
        }
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        if (!checkInlineText(text))
            return false;
    }
    m_fileName = fileName.isEmpty() ? tr("tài liệu") : fileName;
    m_fileBytes = text.isNull() ? bytes : QByteArray();
    m_fileText = text;
    if (m_title.trimmed().isEmpty()) {
        m_title = QFileInfo(m_fileName).completeBaseName().replace(u'_', u' ');
        Q_EMIT fieldsChanged();
    }
    setErrorMessage({});
    Q_EMIT fileChanged();
    return true;
}

void ShareDocumentController::clearFile()
{
    m_fileName.clear();
    m_fileBytes.clear();
    m_fileText.clear();
    Q_EMIT fileChanged();
}

void ShareDocumentController::chooseSource(const QString &documentId)
{
    withDatabase([&](SqliteDatabase &db) {
        const auto detail = DocumentCatalog(db).document(documentId);
        if (!detail)
            return;
        m_sourceId = documentId;
        m_sourceTitle = detail->summary.title;
        m_title = detail->summary.title;
        if (!detail->summary.kind.isEmpty())
            m_kind = detail->summary.kind;
        Q_EMIT fieldsChanged();
        Q_EMIT sourceChanged();
        m_documents.setSelection({ documentId });
    });
}

bool ShareDocumentController::share()
{
    if (m_fromFile && !hasFile()) {
        setErrorMessage(tr("Xin chọn tệp cần chia sẻ."));
        return false;
    }
    if (!m_fromFile && m_sourceId.isEmpty()) {
        setErrorMessage(tr("Xin chọn tài liệu cần chuyển cho chi bộ."));
        return false;
    }
    if (m_title.trimmed().isEmpty()) {
        setErrorMessage(tr("Xin nhập tên tài liệu."));
        return false;
    }
    // Checked again before queuing: the text must fit in one push request.
    if (m_fromFile && !m_fileText.isNull() && !checkInlineText(m_fileText))
        return false;
    LocalActions::Result result;
    const bool ok = act(
        [&](LocalActions &actions) {
            if (!m_fromFile)
                return actions.forwardDocument(m_sourceId, m_title, m_kind, m_note, m_meetingId);
            if (!m_fileText.isNull())
                return actions.shareDocument(m_title, m_kind, m_note, m_fileText, {}, m_meetingId);
            return actions.shareDocument(m_title, m_kind, m_note, {},
                { { m_fileBytes, m_fileName, u"application/pdf"_s } }, m_meetingId);
        },
        &result);
    if (!ok)
        return false;
    m_sharedId = result.rowId;
    clearFile();
    Q_EMIT shared();
    return true;
}
