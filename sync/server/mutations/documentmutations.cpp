#include "mutations/documentmutations.h"

#include "db/sqlrunner.h"
#include "mutationnames.h"
#include "mutations/cellnotifier.h"
#include "mutations/mutationargs.h"
#include "mutations/mutationcommon.h"
#include "protocol.h"
#include "records/auditlog.h"
#include "records/documentpublisher.h"
#include "sync/visibility.h"
#include "timestamps.h"
#include "wirevalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
namespace ChangeOp = Protocol::ChangeOp;
namespace Code = Protocol::ErrorCode;
namespace Limit = Protocol::Limit;
namespace MeetingStatus = Protocol::MeetingStatus;
namespace Mutation = Protocol::Mutation;
namespace NotificationKind = Protocol::NotificationKind;
namespace RefType = Protocol::RefType;
namespace RowType = Protocol::RowType;
namespace SyncCode = Protocol::SyncErrorCode;
using namespace MutationCommon;

namespace {

struct Attachment
{
    QString sha256;
    qint64 size = 0;
    QString mime;
    QString name;

    bool operator==(const Attachment &) const = default;
};

// The arguments of document.share, checked and normalised.
struct ShareArgs
{
    QString id, title, kind, summary, body, meetingId;
    QList<Attachment> attachments;
};

std::optional<Attachment> parseAttachment(const QJsonValue &value, MutationOutcome *rejection)
{
    static const QRegularExpression hash(u"^[0-9a-f]{64}$"_s);
    static const QRegularExpression mime(u"^[a-z0-9][a-z0-9.+_-]*/[a-z0-9][a-z0-9.+_-]*$"_s);
    static const QRegularExpression badName(u"[/\\\\\\x00-\\x1f]"_s);
    const QJsonObject object = value.toObject();
    const Attachment attachment { object.value(u"sha256"_s).toString().toLower(),
        qint64(object.value(u"size"_s).toDouble(-1)), object.value(u"mime"_s).toString().toLower(),
        object.value(u"name"_s).toString().trimmed() };
    const double size = object.value(u"size"_s).toDouble(-1);
    if (!value.isObject() || !hash.match(attachment.sha256).hasMatch()) {
        *rejection = invalid(u"Tệp đính kèm cần mã sha256 hợp lệ."_s);
    } else if (!object.value(u"size"_s).isDouble() || size < 0 || size > 9007199254740991.0
        || size != double(attachment.size)) {
        *rejection = invalid(u"Kích thước tệp đính kèm không hợp lệ."_s);
    } else if (attachment.mime.size() > 100 || !mime.match(attachment.mime).hasMatch()) {
        *rejection = invalid(u"Kiểu tệp đính kèm không hợp lệ."_s);
    } else if (attachment.name.isEmpty() || attachment.name.size() > 255
        || badName.match(attachment.name).hasMatch()) {
        *rejection = invalid(u"Tên tệp đính kèm không hợp lệ."_s);
    } else {
        return attachment;
    }
    return std::nullopt;
}

std::optional<ShareArgs> parseShare(const QJsonObject &json, MutationOutcome *rejection)
{
    MutationArgs args(json);
    const auto id = args.id(u"id"_s);
    const auto title = id ? args.text(u"title"_s, Limit::DocumentTitle) : std::nullopt;
    const auto kind = title ? args.text(u"kind"_s, Limit::DocumentKind) : std::nullopt;
    const auto summary
        = kind ? args.optionalText(u"summary"_s, Limit::DocumentSummary) : std::nullopt;
    const auto body = summary ? args.optionalText(u"body"_s, Limit::DocumentBody) : std::nullopt;
    const QJsonValue meetingValue = json.value(u"meeting_id"_s);
    const bool hasMeeting = !meetingValue.isUndefined() && !meetingValue.isNull();
    std::optional<QString> meetingId = QString();
    if (body && hasMeeting)
        meetingId = args.id(u"meeting_id"_s);
    if (!body || !meetingId) {
        *rejection = args.rejection();
        return std::nullopt;
    }
    ShareArgs share { *id, title->trimmed(), *kind, *summary, *body, *meetingId, {} };
    if (!DocumentPublisher::kinds().contains(share.kind)) {
        *rejection = invalid(u"Loại tài liệu không hợp lệ."_s);
        return std::nullopt;
    }
    const QJsonValue list = json.value(u"attachments"_s);
    if (!list.isUndefined() && !list.isNull() && !list.isArray()) {
        *rejection = invalid(u"attachments phải là danh sách tệp đính kèm."_s);
        return std::nullopt;
    }
    if (list.toArray().size() > Limit::DocumentAttachments) {
        *rejection
            = invalid(u"Một tài liệu có tối đa %1 tệp đính kèm."_s.arg(Limit::DocumentAttachments));
        return std::nullopt;
    }
    for (const QJsonValue &value : list.toArray()) {
        const auto attachment = parseAttachment(value, rejection);
        if (!attachment)
            return std::nullopt;
        share.attachments << *attachment;
    }
    if (share.body.trimmed().isEmpty() && share.attachments.isEmpty()) {
        *rejection = invalid(u"Tài liệu cần có nội dung hoặc tệp đính kèm."_s);
        return std::nullopt;
    }
    return share;
}

QList<Attachment> storedAttachments(const QSqlDatabase &db, const QString &documentId)
{
    QSqlQuery query = runSql(db,
        u"SELECT sha256, size, mime, name FROM document_attachments "
        "WHERE document_id = ? ORDER BY position"_s,
        { documentId });
    QList<Attachment> list;
    while (query.next())
        list << Attachment { query.value(0).toString(), query.value(1).toLongLong(),
            query.value(2).toString(), query.value(3).toString() };
    return list;
}

// Whether the stored document with this id is exactly what `share` would create.
bool sameDocument(const QSqlDatabase &db, const ShareArgs &share, const QString &cellId)
{
    QSqlQuery query = runSql(db,
        u"SELECT org_id, audience_org_id, kind, title, summary, body, meeting_id, withdrawn_at "
        "FROM documents WHERE id = ?"_s,
        { share.id });
    if (!query.next())
        return false;
    return query.value(0).toString() == cellId && query.value(1).toString() == cellId
        && query.value(2).toString() == share.kind && query.value(3).toString() == share.title
        && query.value(4).toString() == share.summary && query.value(5).toString() == share.body
        && query.value(6).toString() == share.meetingId && query.value(7).isNull()
        && storedAttachments(db, share.id) == share.attachments;
}

// Appends the document to the meeting's "read before the meeting" list.
void attachToMeeting(MutationContext &c, const QString &meetingId, const QString &documentId)
{
    const QString text
        = scalarSql(c.tx.db(), u"SELECT document_ids FROM meetings WHERE id = ?"_s, { meetingId })
              .toString();
    QJsonArray ids = QJsonDocument::fromJson(text.toUtf8()).array();
    if (ids.contains(documentId))
        return;
    ids.append(documentId);
    execSql(c.tx.db(),
        u"UPDATE meetings SET document_ids = ?, version = version + 1 WHERE id = ?"_s,
        { QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)), meetingId });
    c.tx.recordChange(RowType::Meeting, meetingId, ChangeOp::Put, c.user.orgId);
}

MutationOutcome documentShare(MutationContext &c, const QJsonObject &json)
{
    MutationOutcome rejection;
    const auto share = parseShare(json, &rejection);
    if (!share)
        return rejection;
    if (!c.user.isSecretary())
        return MutationOutcome::rejected(
            Code::Forbidden, u"Chỉ bí thư chi bộ được chia sẻ tài liệu với chi bộ."_s);
    const QSqlDatabase db = c.tx.db();
    const QString cell = c.user.orgId;
    const Visibility visibility(db, c.user);
    if (!share->meetingId.isEmpty()) {
        QSqlQuery meeting = runSql(
            db, u"SELECT org_id, status FROM meetings WHERE id = ?"_s, { share->meetingId });
        const bool exists = meeting.next();
        if (!exists || meeting.value(0).toString() != cell)
            return MutationOutcome::notFound(
                u"Không tìm thấy buổi sinh hoạt của chi bộ đồng chí."_s, exists);
        // As meeting.update: a cancelled or finished meeting's documents no longer change.
        if (meeting.value(1).toString() != MeetingStatus::Scheduled)
            return MutationOutcome::rejected(Code::Conflict,
                u"Buổi sinh hoạt đã hủy hoặc đã kết thúc: không thể thêm tài liệu đọc trước."_s);
    }
    if (scalarSql(db, u"SELECT 1 FROM documents WHERE id = ?"_s, { share->id }).isValid()) {
        // The same share sent again is applied; another document under this id is not.
        if (sameDocument(db, *share, cell))
            return MutationOutcome::ok();
        return MutationOutcome::rejected(
            Code::Conflict, u"Mã tài liệu này đã được dùng cho tài liệu khác."_s);
    }
    for (const Attachment &attachment : share->attachments) {
        QSqlQuery blob = runSql(
            db, u"SELECT size, complete FROM blobs WHERE sha256 = ?"_s, { attachment.sha256 });
        const bool complete = blob.next() && blob.value(1).toInt() == 1;
        // Only a file she uploaded herself or can already read in a document that is not
        // restricted (naming another branch's restricted file by its hash gave it
        // to the whole cell). Any other answers exactly like a file never uploaded, so that
        // no hash can be probed; one that exists is audited as denied.
        if (!complete || !visibility.canShareBlob(attachment.sha256)) {
            MutationOutcome missing = MutationOutcome::rejected(SyncCode::BlobMissing,
                u"Tệp \"%1\" chưa được tải lên máy chủ; hãy thử lại khi tải xong."_s.arg(
                    attachment.name));
            missing.denied = complete;
            return missing;
        }
        if (blob.value(0).toLongLong() != attachment.size)
            return invalid(
                u"Kích thước tệp \"%1\" không khớp với tệp đã tải lên."_s.arg(attachment.name));
    }

    const QString issuer
        = scalarSql(db, u"SELECT name FROM organizations WHERE id = ?"_s, { cell }).toString();
    execSql(db,
        u"INSERT INTO documents (id, org_id, audience_org_id, kind, number, title, issued_date, "
        "issuer, summary, body, classification, meeting_id, published_at, published_by, version) "
        "VALUES (?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, 'internal', ?, ?, ?, 1)"_s,
        { share->id, cell, cell, share->kind, share->title,
            c.now.toOffsetFromUtc(kVietnamOffsetSeconds).date().toString(Qt::ISODate),
            textOrNull(issuer), textOrNull(share->summary), textOrNull(share->body),
            textOrNull(share->meetingId), Timestamps::toIso(c.now), c.user.userId });
    for (qsizetype i = 0; i < share->attachments.size(); ++i) {
        const Attachment &a = share->attachments.at(i);
        execSql(db,
            u"INSERT INTO document_attachments (document_id, position, sha256, size, mime, name) "
            "VALUES (?, ?, ?, ?, ?, ?)"_s,
            { share->id, int(i), a.sha256, a.size, a.mime, a.name });
    }
    c.tx.recordChange(RowType::Document, share->id, ChangeOp::Put, cell);
    if (!share->meetingId.isEmpty())
        attachToMeeting(c, share->meetingId, share->id);
    CellNotifier(c).notifyCell(cell,
        { NotificationKind::DocumentShared, u"Tài liệu mới: %1"_s.arg(share->title),
            u"Bí thư chi bộ đã chia sẻ một tài liệu với chi bộ."_s, RefType::Document, share->id });
    AuditLog::record(db,
        AuditEntry { c.user.userId, c.user.login, QString(Mutation::DocumentShare),
            QString(RowType::Document), share->id, u"ok"_s, {}, share->kind });
    return MutationOutcome::ok();
}

MutationOutcome documentRead(MutationContext &c, const QJsonObject &json)
{
    MutationArgs args(json);
    MutationOutcome rejection;
    const auto documentId = memberVisibleDocument(c, args, &rejection);
    if (!documentId)
        return rejection;
    const QString id = *documentId + u':' + c.user.memberId;
    if (scalarSql(c.tx.db(), u"SELECT 1 FROM read_receipts WHERE id = ?"_s, { id }).isValid())
        return MutationOutcome::ok(); // the first reading counts
    execSql(c.tx.db(),
        u"INSERT INTO read_receipts (id, document_id, member_id, read_at) VALUES (?, ?, ?, ?)"_s,
        { id, *documentId, c.user.memberId, now(c) });
    c.tx.recordChange(RowType::ReadReceipt, id, ChangeOp::Put, c.user.orgId, c.user.memberId);
    return MutationOutcome::ok();
}

} // namespace

void DocumentMutations::addTo(MutationTable &table)
{
    table.insert(Mutation::DocumentShare,
        { documentShare,
            { u"id"_s, u"title"_s, u"kind"_s, u"summary"_s, u"body"_s, u"attachments"_s,
                u"meeting_id"_s },
            { { u"attachments"_s, { u"sha256"_s, u"size"_s, u"mime"_s, u"name"_s } } } });
    table.insert(Mutation::DocumentRead, { documentRead, { u"document_id"_s }, {} });
}
