#include "drafteditorcontroller.h"

#include "cellcatalog.h"
#include "datasize.h"
#include "documentkind.h"
#include "draftlistmodel.h"
#include "homecontroller.h"
#include "sharedocumentcontroller.h"
#include "wirevalues.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMimeDatabase>
#include <QTimeZone>
#include <QVariantMap>

using namespace Qt::StringLiterals;
namespace Classification = Protocol::Classification;
namespace DraftStatus = Protocol::DraftStatus;
namespace Limit = Protocol::Limit;

namespace {

// "25/12/2026" -> "2026-12-25"; "" -> ""; nullopt when it is not a date.
std::optional<QString> isoDate(const QString &text)
{
    if (text.trimmed().isEmpty())
        return QString();
    const QDate date = QDate::fromString(text.trimmed(), u"d/M/yyyy"_s);
    if (!date.isValid())
        return std::nullopt;
    return date.toString(Qt::ISODate);
}

} // namespace

DraftEditorController::DraftEditorController(QObject *parent)
    : CellController(parent)
{
    connect(this, &DraftEditorController::fieldsChanged, this, [this] {
        if (!m_filling)
            m_dirty = true;
    });
}

void DraftEditorController::setDraftId(const QString &id)
{
    if (m_draftId == id)
        return;
    m_draftId = id;
    m_fieldsLoaded = false;
    m_stored.reset();
    m_newFiles.clear();
    Q_EMIT draftIdChanged();
    reload();
}

QString DraftEditorController::statusLabel() const
{
    return m_stored ? DraftListModel::statusLabel(m_stored->status) : QString();
}

QString DraftEditorController::returnReason() const
{
    return m_stored && m_stored->status == DraftStatus::Returned ? m_stored->returnReason
                                                                 : QString();
}

bool DraftEditorController::canEdit() const
{
    return !m_stored
        ? m_draftId.isEmpty()
        : m_stored->status == DraftStatus::Draft || m_stored->status == DraftStatus::Returned;
}

bool DraftEditorController::submitted() const
{
    return m_stored && m_stored->status == DraftStatus::Submitted;
}

bool DraftEditorController::published() const
{
    return m_stored && m_stored->status == DraftStatus::Published;
}

QString DraftEditorController::audienceName() const
{
    return m_organizations.nameOf(m_audienceOrgId);
}

QString DraftEditorController::kindLabel() const
{
    return DocumentKind::label(m_kind);
}

QString DraftEditorController::classificationLabel() const
{
    for (const QVariant &choice : classificationChoices()) {
        const QVariantMap map = choice.toMap();
        if (map.value(u"classification"_s).toString() == m_classification)
            return map.value(u"label"_s).toString();
    }
    return {};
}

QVariantList DraftEditorController::kindChoices() const
{
    namespace Kind = Protocol::DocumentKind;
    static const QStringList kinds { Kind::Resolution, Kind::Directive, Kind::Conclusion,
        Kind::Regulation, Kind::Plan, Kind::Guidance, Kind::Notice, Kind::MeetingMaterial,
        Kind::Other };
    return DocumentKind::choices(kinds);
}

QVariantList DraftEditorController::classificationChoices() const
{
    auto choice = [](QLatin1StringView value, const QString &label) {
        return QVariantMap { { u"classification"_s, QString(value) }, { u"label"_s, label } };
    };
    return { choice(Classification::Internal, tr("Lưu hành nội bộ")),
        choice(Classification::Public, tr("Công khai")),
        choice(Classification::Restricted, tr("Mật: chỉ đọc khi có mạng, không lưu trên máy")) };
}

QVariantList DraftEditorController::attachmentList() const
{
    QVariantList list;
    for (const QJsonValue &value : m_keptFiles) {
        const QJsonObject file = value.toObject();
        list.append(QVariantMap { { u"name"_s, file.value(u"name"_s).toString() },
            { u"sizeText"_s, DataSize::text(file.value(u"size"_s).toInteger()) },
            { u"isNew"_s, false } });
    }
    for (const LocalActions::NewAttachment &file : m_newFiles)
        list.append(QVariantMap { { u"name"_s, file.name },
            { u"sizeText"_s, DataSize::text(file.bytes.size()) }, { u"isNew"_s, true } });
    return list;
}

QString DraftEditorController::maxFileSizeText() const
{
    return DataSize::text(ShareDocumentController::kMaxFileBytes);
}

void DraftEditorController::loadCell(SqliteDatabase &db)
{
    DraftCatalog catalog(db);
    m_organizations.setOrganizations(catalog.organizations(), orgId());
    m_stored = m_draftId.isEmpty() ? std::nullopt : catalog.draft(m_draftId);
    const QVariantList choices = attachableMeetings(db, m_meetingId);
    if (choices != m_meetingChoices) {
        m_meetingChoices = choices;
        Q_EMIT meetingChoicesChanged();
    }
    if (!m_fieldsLoaded || m_readOnly)
        fillFields(db);
    Q_EMIT loaded();
}

void DraftEditorController::fillFields(SqliteDatabase &db)
{
    m_filling = true;
    if (m_stored) {
        const DraftRecord &d = *m_stored;
        m_kind = d.kind;
        m_number = d.number;
        m_title = d.title;
        const QDate issued = QDate::fromString(d.issuedDate, Qt::ISODate);
        m_issuedDateText = issued.isValid() ? issued.toString(u"dd/MM/yyyy"_s) : QString();
        m_issuer = d.issuer;
        m_summary = d.summary;
        m_body = d.body;
        m_classification = d.classification;
        m_meetingId = d.meetingId;
        m_audienceOrgId = d.audienceOrgId;
        m_keptFiles = d.attachments;
        m_fieldsLoaded = true;
    } else if (m_draftId.isEmpty()) {
        // A new draft: a resolution of my organization, for my organization, dated today.
        m_kind = Protocol::DocumentKind::Resolution;
        m_number.clear();
        m_title.clear();
        m_issuedDateText = now().toTimeZone(QTimeZone(7 * 3600)).date().toString(u"dd/MM/yyyy"_s);
        m_issuer = DraftCatalog(db).organizationName(orgId());
        m_summary.clear();
        m_body.clear();
        m_classification = Classification::Internal;
        m_meetingId.clear();
        m_audienceOrgId = orgId();
        m_keptFiles = {};
        m_fieldsLoaded = !orgId().isEmpty();
    }
    Q_EMIT fieldsChanged();
    Q_EMIT attachmentsChanged();
    m_filling = false;
    m_dirty = false;
}

bool DraftEditorController::chooseAudience(const QString &id)
{
    if (!m_organizations.containsOrg(id))
        return false;
    m_audienceOrgId = id;
    m_organizations.setSelectedId(id);
    Q_EMIT fieldsChanged();
    return true;
}

bool DraftEditorController::addFile(const QUrl &url)
{
    const QString path = url.isLocalFile() ? url.toLocalFile() : url.toString();
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        setErrorMessage(tr("Không mở được tệp này."));
        return false;
    }
    const QByteArray bytes = file.read(ShareDocumentController::kMaxFileBytes + 1);
    return addBytes(QFileInfo(url.fileName().isEmpty() ? path : url.fileName()).fileName(), bytes);
}

bool DraftEditorController::addBytes(const QString &fileName, const QByteArray &bytes)
{
    if (bytes.size() > ShareDocumentController::kMaxFileBytes) {
        setErrorMessage(tr("Tệp quá lớn: tối đa %1.").arg(maxFileSizeText()));
        return false;
    }
    if (bytes.isEmpty()) {
        setErrorMessage(tr("Tệp này trống."));
        return false;
    }
    if (m_keptFiles.size() + m_newFiles.size() >= Limit::DocumentAttachments) {
        setErrorMessage(
            tr("Một văn bản có tối đa %1 tệp đính kèm.").arg(Limit::DocumentAttachments));
        return false;
    }
    const QString name = fileName.trimmed().isEmpty() ? tr("tệp đính kèm") : fileName.trimmed();
    const QString mime = bytes.startsWith("%PDF-")
        ? u"application/pdf"_s
        : QMimeDatabase().mimeTypeForFileNameAndData(name, bytes).name();
    m_newFiles.append({ bytes, name, mime });
    m_dirty = true;
    setErrorMessage({});
    Q_EMIT attachmentsChanged();
    return true;
}

void DraftEditorController::removeAttachment(int index)
{
    if (index < 0)
        return;
    if (index < m_keptFiles.size())
        m_keptFiles.removeAt(index);
    else if (index - m_keptFiles.size() < m_newFiles.size())
        m_newFiles.removeAt(index - m_keptFiles.size());
    else
        return;
    m_dirty = true;
    Q_EMIT attachmentsChanged();
}

DraftFields DraftEditorController::fields() const
{
    DraftFields f;
    f.id = m_draftId;
    f.kind = m_kind;
    f.number = m_number.trimmed();
    f.title = m_title.trimmed();
    f.issuedDate = isoDate(m_issuedDateText).value_or(QString());
    f.issuer = m_issuer.trimmed();
    f.summary = m_summary;
    f.body = m_body;
    f.classification = m_classification;
    f.audienceOrgId = m_audienceOrgId;
    f.meetingId = m_meetingId;
    f.attachments = m_keptFiles;
    return f;
}

QString DraftEditorController::problem() const
{
    const DraftFields f = fields();
    auto tooLong = [](const QString &field, qsizetype size, int limit) {
        return tr("%1 quá dài: %2 ký tự, tối đa %3 ký tự.").arg(field).arg(size).arg(limit);
    };
    if (f.title.isEmpty())
        return tr("Xin nhập tên văn bản.");
    if (f.kind.isEmpty())
        return tr("Xin chọn loại văn bản.");
    if (f.audienceOrgId.isEmpty())
        return tr("Xin chọn nơi nhận văn bản.");
    if (!isoDate(m_issuedDateText))
        return tr("Ngày ban hành chưa đúng: xin ghi ngày/tháng/năm, ví dụ 25/12/2026.");
    if (f.title.size() > Limit::DocumentTitle)
        return tooLong(tr("Tên văn bản"), f.title.size(), Limit::DocumentTitle);
    if (f.number.size() > Limit::DocumentNumber)
        return tooLong(tr("Số hiệu"), f.number.size(), Limit::DocumentNumber);
    if (f.issuer.size() > Limit::DocumentIssuer)
        return tooLong(tr("Cơ quan ban hành"), f.issuer.size(), Limit::DocumentIssuer);
    if (f.summary.size() > Limit::DocumentSummary)
        return tooLong(tr("Trích yếu"), f.summary.size(), Limit::DocumentSummary);
    if (f.body.size() > Limit::DocumentBody)
        return tooLong(tr("Nội dung"), f.body.size(), Limit::DocumentBody);
    if (m_keptFiles.size() + m_newFiles.size() > Limit::DocumentAttachments)
        return tr("Một văn bản có tối đa %1 tệp đính kèm.").arg(Limit::DocumentAttachments);
    // The whole change travels in one push request.
    if (QJsonDocument(DraftActions::putArgs(f)).toJson(QJsonDocument::Compact).size()
        > kMaxArgsBytes)
        return tr("Văn bản quá lớn để gửi một lần (tối đa %1). Xin đưa phần dài vào tệp PDF "
                  "đính kèm.")
            .arg(DataSize::text(kMaxArgsBytes));
    return {};
}

bool DraftEditorController::save()
{
    if (!canEdit()) {
        setErrorMessage(tr("Văn bản đang chờ duyệt hoặc đã ban hành: không sửa được nữa."));
        return false;
    }
    const QString message = problem();
    if (!message.isEmpty()) {
        setErrorMessage(message);
        return false;
    }
    LocalActions::Result result;
    const DraftFields f = fields();
    const QList<LocalActions::NewAttachment> files = m_newFiles;
    if (!act(
            [&](LocalActions &actions) { return DraftActions(actions, *database()).put(f, files); },
            &result))
        return false;
    m_savedId = result.rowId;
    m_newFiles.clear();
    m_dirty = false;
    // Show the stored draft (its files now include the new ones).
    m_fieldsLoaded = false;
    if (m_draftId != m_savedId) {
        m_draftId = m_savedId;
        Q_EMIT draftIdChanged();
    }
    reload();
    setErrorMessage({});
    Q_EMIT saved();
    return true;
}

bool DraftEditorController::submit()
{
    // What the server needs of a draft before it goes for approval.
    if (m_issuedDateText.trimmed().isEmpty()) {
        setErrorMessage(tr("Xin ghi ngày ban hành trước khi gửi duyệt."));
        return false;
    }
    if (m_body.trimmed().isEmpty() && m_keptFiles.isEmpty() && m_newFiles.isEmpty()) {
        setErrorMessage(tr("Văn bản cần có nội dung hoặc tệp đính kèm trước khi gửi duyệt."));
        return false;
    }
    if ((m_dirty || m_draftId.isEmpty() || !m_newFiles.isEmpty()) && !save())
        return false;
    if (!canEdit()) {
        setErrorMessage(tr("Văn bản đang chờ duyệt hoặc đã ban hành."));
        return false;
    }
    const QString id = m_draftId;
    if (!act([&](LocalActions &actions) { return DraftActions(actions, *database()).submit(id); }))
        return false;
    m_fieldsLoaded = false;
    reload();
    Q_EMIT submittedDraft();
    return true;
}
