#include "mutations/meetingoutcomemutations.h"

#include "db/sqlrunner.h"
#include "mutationnames.h"
#include "mutations/cellmeeting.h"
#include "mutations/cellnotifier.h"
#include "mutations/mutationargs.h"
#include "mutations/mutationcommon.h"
#include "protocol.h"
#include "records/auditlog.h"
#include "sync/visibility.h"
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

void audit(MutationContext &c, QLatin1StringView action, QLatin1StringView targetType,
    const QString &targetId)
{
    AuditLog::record(c.tx.db(),
        AuditEntry { c.user.userId, c.user.login, QString(action), QString(targetType), targetId,
            u"ok"_s, {}, {} });
}

QString day(const MeetingRecord &meeting)
{
    return meeting.startsAt.toOffsetFromUtc(kVietnamOffsetSeconds).toString(u"dd/MM/yyyy"_s);
}

MutationOutcome meetingComment(MutationContext &c, const QJsonObject &json)
{
    MutationArgs args(json);
    const auto id = args.id(u"id"_s);
    const auto meetingId = id ? args.id(u"meeting_id"_s) : std::nullopt;
    const auto text = meetingId ? args.text(u"text"_s, Limit::CommentText) : std::nullopt;
    const bool hasReply
        = !json.value(u"reply_to"_s).isUndefined() && !json.value(u"reply_to"_s).isNull();
    std::optional<QString> replyTo = QString();
    if (text && hasReply)
        replyTo = args.id(u"reply_to"_s);
    if (!text || !replyTo)
        return args.rejection();
    const QString body = text->trimmed();
    MutationOutcome rejection;
    const auto meeting = MeetingRecord::ofMember(c, *meetingId, &rejection);
    if (!meeting)
        return rejection;
    const QSqlDatabase db = c.tx.db();
    QSqlQuery existing = runSql(db,
        u"SELECT meeting_id, member_id, text, COALESCE(reply_to, '') FROM meeting_comments "
        "WHERE id = ?"_s,
        { *id });
    if (existing.next()) {
        // The same comment sent again (another device, a reinstall) is applied once.
        if (existing.value(0).toString() == *meetingId
            && existing.value(1).toString() == c.user.memberId
            && existing.value(2).toString() == body && existing.value(3).toString() == *replyTo)
            return MutationOutcome::ok();
        return MutationOutcome::rejected(
            Code::Conflict, u"Mã ý kiến này đã được dùng cho một ý kiến khác."_s);
    }
    existing.finish();
    if (!meeting->isOn())
        return MutationOutcome::rejected(Code::Conflict,
            u"Buổi sinh hoạt đã kết thúc hoặc đã bị hủy: không thể gửi thêm ý kiến."_s);
    if (!replyTo->isEmpty()
        && !scalarSql(db, u"SELECT 1 FROM meeting_comments WHERE id = ? AND meeting_id = ?"_s,
            { *replyTo, *meetingId })
                .isValid())
        return MutationOutcome::notFound(
            u"Không tìm thấy ý kiến được trả lời trong buổi sinh hoạt này."_s, false);
    if (scalarSql(
            db, u"SELECT count(*) FROM meeting_comments WHERE meeting_id = ?"_s, { *meetingId })
            .toInt()
        >= Limit::MeetingComments)
        return MutationOutcome::rejected(Code::Conflict,
            u"Buổi sinh hoạt đã có %1 ý kiến, không nhận thêm."_s.arg(Limit::MeetingComments));
    execSql(db,
        u"INSERT INTO meeting_comments (id, meeting_id, member_id, text, reply_to, created_at, "
        "version) VALUES (?, ?, ?, ?, ?, ?, 1)"_s,
        { *id, *meetingId, c.user.memberId, body, textOrNull(*replyTo), now(c) });
    c.tx.recordChange(RowType::MeetingComment, *id, ChangeOp::Put, meeting->orgId);
    // The secretaries hear of a member's comment; a secretary's own needs no notice.
    if (!(c.user.isSecretary() && c.user.orgId == meeting->orgId))
        CellNotifier(c).notifySecretaries(meeting->orgId,
            { NotificationKind::CommentPosted,
                u"%1 góp ý buổi sinh hoạt ngày %2"_s.arg(actingMember(c), day(*meeting)),
                meeting->title, RefType::Meeting, *meetingId });
    audit(c, Mutation::MeetingComment, RowType::MeetingComment, *id);
    return MutationOutcome::ok();
}

MutationOutcome meetingEnd(MutationContext &c, const QJsonObject &json)
{
    MutationArgs args(json);
    const auto id = args.id(u"id"_s);
    if (!id)
        return args.rejection();
    MutationOutcome rejection;
    const auto meeting = MeetingRecord::ofSecretary(c, *id, &rejection);
    if (!meeting)
        return rejection;
    if (meeting->status == MeetingStatus::Done)
        return MutationOutcome::ok(); // already ended
    if (meeting->status == MeetingStatus::Cancelled)
        return MutationOutcome::rejected(
            Code::Conflict, u"Buổi sinh hoạt đã bị hủy, không thể kết thúc."_s);
    if (meeting->status == MeetingStatus::Scheduled && meeting->tooEarly(c.now))
        return MutationOutcome::rejected(
            Code::Conflict, u"Buổi sinh hoạt chưa bắt đầu, chưa thể kết thúc."_s);
    meeting->end(c.tx, c.now);
    audit(c, Mutation::MeetingEnd, RowType::Meeting, *id);
    return MutationOutcome::ok();
}

// The minutes' attachments as given, checked (names, hashes, sizes, kinds); nullopt with
// *rejection when one is malformed.
std::optional<QJsonArray> parseAttachments(const QJsonValue &list, MutationOutcome *rejection)
{
    static const QRegularExpression hash(u"^[0-9a-f]{64}$"_s);
    static const QRegularExpression mime(u"^[a-z0-9][a-z0-9.+_-]*/[a-z0-9][a-z0-9.+_-]*$"_s);
    static const QRegularExpression badName(u"[/\\\\\\x00-\\x1f]"_s);
    if (!list.isUndefined() && !list.isNull() && !list.isArray()) {
        *rejection = invalid(u"attachments phải là danh sách tệp đính kèm."_s);
        return std::nullopt;
    }
    if (list.toArray().size() > Limit::MinutesAttachments) {
        *rejection
            = invalid(u"Biên bản có tối đa %1 tệp đính kèm."_s.arg(Limit::MinutesAttachments));
        return std::nullopt;
    }
    QJsonArray attachments;
    for (const QJsonValue &value : list.toArray()) {
        const QJsonObject object = value.toObject();
        const QString sha256 = object.value(u"sha256"_s).toString().toLower();
        const double size = object.value(u"size"_s).toDouble(-1);
        const QString type = object.value(u"mime"_s).toString().toLower();
        const QString name = object.value(u"name"_s).toString().trimmed();
        if (!value.isObject() || !hash.match(sha256).hasMatch() || size < 0
            || size > 9007199254740991.0 || size != double(qint64(size)) || type.size() > 100
            || !mime.match(type).hasMatch() || name.isEmpty() || name.size() > 255
            || badName.match(name).hasMatch()) {
            *rejection = invalid(u"Tệp đính kèm biên bản không hợp lệ (tên, mã sha256, kích "
                                 "thước hoặc kiểu tệp)."_s);
            return std::nullopt;
        }
        attachments.append(QJsonObject { { u"name"_s, name }, { u"sha256"_s, sha256 },
            { u"size"_s, qint64(size) }, { u"mime"_s, type } });
    }
    return attachments;
}

// Every attachment uploaded completely, by the secretary or readable to her in a document that
// is not restricted (as document.share); else blob_missing (audited when the file exists).
MutationOutcome checkBlobs(MutationContext &c, const QJsonArray &attachments)
{
    const Visibility visibility(c.tx.db(), c.user);
    for (const QJsonValue &value : attachments) {
        const QJsonObject a = value.toObject();
        const QString sha256 = a.value(u"sha256"_s).toString();
        QSqlQuery blob
            = runSql(c.tx.db(), u"SELECT size, complete FROM blobs WHERE sha256 = ?"_s, { sha256 });
        const bool complete = blob.next() && blob.value(1).toInt() == 1;
        const qint64 size = complete ? blob.value(0).toLongLong() : -1;
        blob.finish();
        if (!complete || !visibility.canShareBlob(sha256)) {
            MutationOutcome missing = MutationOutcome::rejected(SyncCode::BlobMissing,
                u"Tệp \"%1\" chưa được tải lên máy chủ; hãy thử lại khi tải xong."_s.arg(
                    a.value(u"name"_s).toString()));
            missing.denied = complete;
            return missing;
        }
        if (size != a.value(u"size"_s).toInteger())
            return invalid(u"Kích thước tệp \"%1\" không khớp với tệp đã tải lên."_s.arg(
                a.value(u"name"_s).toString()));
    }
    return MutationOutcome::ok();
}

MutationOutcome meetingMinutes(MutationContext &c, const QJsonObject &json)
{
    MutationArgs args(json);
    const auto meetingId = args.id(u"meeting_id"_s);
    const auto text = meetingId ? args.text(u"text"_s, Limit::Minutes) : std::nullopt;
    if (!text)
        return args.rejection();
    MutationOutcome rejection;
    const auto attachments = parseAttachments(json.value(u"attachments"_s), &rejection);
    if (!attachments)
        return rejection;
    const auto meeting = MeetingRecord::ofSecretary(c, *meetingId, &rejection);
    if (!meeting)
        return rejection;
    if (meeting->status == MeetingStatus::Cancelled)
        return MutationOutcome::rejected(
            Code::Conflict, u"Buổi sinh hoạt đã bị hủy, không có biên bản."_s);
    if (meeting->tooEarly(c.now))
        return MutationOutcome::rejected(Code::Conflict,
            u"Buổi sinh hoạt chưa diễn ra: biên bản được ghi từ một giờ trước giờ họp."_s);
    const QString attachmentsText
        = QString::fromUtf8(QJsonDocument(*attachments).toJson(QJsonDocument::Compact));
    const QSqlDatabase db = c.tx.db();
    QSqlQuery stored = runSql(db,
        u"SELECT minutes, COALESCE(minutes_attachments, '[]') FROM meetings WHERE id = ?"_s,
        { *meetingId });
    const bool same = stored.next() && !stored.value(0).isNull()
        && stored.value(0).toString() == *text
        && QJsonDocument::fromJson(stored.value(1).toString().toUtf8()).array() == *attachments;
    stored.finish();
    if (same && meeting->status == MeetingStatus::Done)
        return MutationOutcome::ok(); // the same minutes again
    if (const MutationOutcome blobs = checkBlobs(c, *attachments); !blobs.applied)
        return blobs;
    if (!same) {
        execSql(db,
            u"UPDATE meetings SET minutes = ?, minutes_attachments = ?, minutes_by = ?, "
            "minutes_at = ?, version = version + 1 WHERE id = ?"_s,
            { *text, attachmentsText, c.user.userId, now(c), *meetingId });
        c.tx.recordChange(RowType::Meeting, *meetingId, ChangeOp::Put, meeting->orgId);
    }
    meeting->end(c.tx, c.now);
    if (!meeting->hasMinutes)
        CellNotifier(c).notifyCell(meeting->orgId,
            { NotificationKind::MinutesPublished,
                u"Biên bản buổi sinh hoạt ngày %1"_s.arg(day(*meeting)), meeting->title,
                RefType::Meeting, *meetingId });
    audit(c, Mutation::MeetingMinutes, RowType::Meeting, *meetingId);
    return MutationOutcome::ok();
}

} // namespace

void MeetingOutcomeMutations::addTo(MutationTable &table)
{
    table.insert(Mutation::MeetingComment,
        { meetingComment, { u"id"_s, u"meeting_id"_s, u"text"_s, u"reply_to"_s }, {} });
    table.insert(Mutation::MeetingEnd, { meetingEnd, { u"id"_s }, {} });
    table.insert(Mutation::MeetingMinutes,
        { meetingMinutes, { u"meeting_id"_s, u"text"_s, u"attachments"_s },
            { { u"attachments"_s, { u"sha256"_s, u"size"_s, u"mime"_s, u"name"_s } } } });
}
