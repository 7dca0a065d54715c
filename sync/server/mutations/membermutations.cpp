#include "mutations/membermutations.h"

#include "records/auditlog.h"
#include "mutations/cellnotifier.h"
#include "mutations/mutationargs.h"
#include "records/profilerequestscope.h"
#include "profilerules.h"
#include "records/profilevalidator.h"
#include "db/sqlrunner.h"
#include "timestamps.h"
#include "sync/visibility.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

MutationOutcome notAMember()
{
    return MutationOutcome::rejected(
        u"forbidden"_s, u"Tài khoản này không gắn với hồ sơ đảng viên."_s);
}

// A document the member cannot see answers like a missing one (audited when it exists).
MutationOutcome documentNotFound(const MutationContext &c, const QString &documentId)
{
    return MutationOutcome::notFound(u"Tài liệu không tồn tại hoặc đồng chí không có quyền xem."_s,
        Visibility(c.tx.db(), c.user).exists(u"documents"_s, documentId));
}

QString now(const MutationContext &context)
{
    return Timestamps::toIso(context.now);
}

// Vietnam keeps UTC+7 all year: notification texts show local dates.
constexpr int kVietnamOffsetSeconds = 7 * 3600;
// How much of a member's feedback a notification repeats.
constexpr qsizetype kNoticeExcerpt = 200;

// "Đồng chí <full name>": how a notification names the member who acted.
QString actingMember(const MutationContext &c)
{
    const QString name
        = scalarSql(c.tx.db(), u"SELECT full_name FROM members WHERE id = ?"_s, { c.user.memberId })
              .toString()
              .trimmed();
    return name.isEmpty() ? u"Một đồng chí"_s : u"Đồng chí %1"_s.arg(name);
}

// The first words of a member's text, on one line.
QString excerpt(const QString &text)
{
    const QString line = text.simplified();
    if (line.size() <= kNoticeExcerpt)
        return line;
    return line.left(kNoticeExcerpt - 1).trimmed() + u'…';
}

MutationOutcome documentRead(MutationContext &c, const QJsonObject &json)
{
    MutationArgs args(json);
    const auto documentId = args.id(u"document_id"_s);
    if (!documentId)
        return args.rejection();
    if (c.user.memberId.isEmpty())
        return notAMember();
    if (!Visibility(c.tx.db(), c.user).canSeeDocument(*documentId))
        return documentNotFound(c, *documentId);
    const QString id = *documentId + u':' + c.user.memberId;
    if (scalarSql(c.tx.db(), u"SELECT 1 FROM read_receipts WHERE id = ?"_s, { id }).isValid())
        return MutationOutcome::ok(); // the first reading counts
    runSql(c.tx.db(),
        u"INSERT INTO read_receipts (id, document_id, member_id, read_at) VALUES (?, ?, ?, ?)"_s,
        { id, *documentId, c.user.memberId, now(c) });
    c.tx.recordChange(u"read_receipt"_s, id, u"put"_s, c.user.orgId, c.user.memberId);
    return MutationOutcome::ok();
}

MutationOutcome notePut(MutationContext &c, const QJsonObject &json)
{
    MutationArgs args(json);
    const auto id = args.id(u"id"_s);
    const auto documentId = id ? args.id(u"document_id"_s) : std::nullopt;
    const auto text = documentId ? args.text(u"text"_s, 20000) : std::nullopt;
    const auto anchor = text ? args.optionalText(u"anchor"_s, 500) : std::nullopt;
    if (!anchor)
        return args.rejection();
    if (c.user.memberId.isEmpty())
        return notAMember();
    const QVariant owner
        = scalarSql(c.tx.db(), u"SELECT member_id FROM notes WHERE id = ?"_s, { *id });
    if (owner.isValid() && owner.toString() != c.user.memberId)
        return MutationOutcome::rejected(u"forbidden"_s, u"Ghi chú này không phải của đồng chí."_s);
    if (!Visibility(c.tx.db(), c.user).canSeeDocument(*documentId))
        return documentNotFound(c, *documentId);
    runSql(c.tx.db(),
        u"INSERT INTO notes (id, member_id, document_id, text, anchor, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET document_id = "
        "excluded.document_id, "
        "text = excluded.text, anchor = excluded.anchor, updated_at = excluded.updated_at"_s,
        { *id, c.user.memberId, *documentId, *text, textOrNull(*anchor), now(c) });
    c.tx.recordChange(u"note"_s, *id, u"put"_s, c.user.orgId, c.user.memberId);
    return MutationOutcome::ok();
}

MutationOutcome noteDelete(MutationContext &c, const QJsonObject &json)
{
    MutationArgs args(json);
    const auto id = args.id(u"id"_s);
    if (!id)
        return args.rejection();
    const QVariant owner
        = scalarSql(c.tx.db(), u"SELECT member_id FROM notes WHERE id = ?"_s, { *id });
    // Someone else's note is treated like a missing one: nothing to delete, nothing leaks.
    if (!owner.isValid() || owner.toString() != c.user.memberId)
        return MutationOutcome::ok();
    runSql(c.tx.db(), u"DELETE FROM notes WHERE id = ?"_s, { *id });
    c.tx.recordChange(u"note"_s, *id, u"delete"_s, c.user.orgId, c.user.memberId);
    return MutationOutcome::ok();
}

MutationOutcome bookmarkPut(MutationContext &c, const QJsonObject &json)
{
    MutationArgs args(json);
    const auto documentId = args.id(u"document_id"_s);
    if (!documentId)
        return args.rejection();
    if (c.user.memberId.isEmpty())
        return notAMember();
    if (!Visibility(c.tx.db(), c.user).canSeeDocument(*documentId))
        return documentNotFound(c, *documentId);
    const QString id = c.user.memberId + u':' + *documentId;
    if (scalarSql(c.tx.db(), u"SELECT 1 FROM bookmarks WHERE id = ?"_s, { id }).isValid())
        return MutationOutcome::ok();
    runSql(c.tx.db(),
        u"INSERT INTO bookmarks (id, member_id, document_id, created_at) VALUES (?, ?, ?, ?)"_s,
        { id, c.user.memberId, *documentId, now(c) });
    c.tx.recordChange(u"bookmark"_s, id, u"put"_s, c.user.orgId, c.user.memberId);
    return MutationOutcome::ok();
}

MutationOutcome bookmarkDelete(MutationContext &c, const QJsonObject &json)
{
    MutationArgs args(json);
    const auto documentId = args.id(u"document_id"_s);
    if (!documentId)
        return args.rejection();
    const QString id = c.user.memberId + u':' + *documentId;
    if (!scalarSql(c.tx.db(), u"SELECT 1 FROM bookmarks WHERE id = ?"_s, { id }).isValid())
        return MutationOutcome::ok();
    runSql(c.tx.db(), u"DELETE FROM bookmarks WHERE id = ?"_s, { id });
    c.tx.recordChange(u"bookmark"_s, id, u"delete"_s, c.user.orgId, c.user.memberId);
    return MutationOutcome::ok();
}

MutationOutcome meetingRsvp(MutationContext &c, const QJsonObject &json)
{
    MutationArgs args(json);
    const auto meetingId = args.id(u"meeting_id"_s);
    const auto status = meetingId ? args.text(u"status"_s, 20) : std::nullopt;
    const auto reason = status ? args.optionalText(u"reason"_s, 500) : std::nullopt;
    if (!reason)
        return args.rejection();
    if (*status != u"attending" && *status != u"absent")
        return MutationOutcome::rejected(
            u"invalid_args"_s, u"Trạng thái phải là có mặt hoặc vắng mặt."_s);
    if (c.user.memberId.isEmpty())
        return notAMember();
    QSqlQuery meeting = runSql(c.tx.db(),
        u"SELECT org_id, status, starts_at FROM meetings WHERE id = ?"_s, { *meetingId });
    if (!meeting.next() || meeting.value(0).toString() != c.user.orgId)
        return MutationOutcome::notFound(
            u"Không tìm thấy buổi sinh hoạt của chi bộ đồng chí."_s, meeting.isValid());
    const QDateTime startsAt = Timestamps::fromIso(meeting.value(2).toString());
    if (meeting.value(1).toString() != u"scheduled" || (startsAt.isValid() && startsAt <= c.now))
        return MutationOutcome::rejected(u"meeting_closed"_s,
            u"Buổi sinh hoạt đã diễn ra hoặc đã bị hủy, không thể báo tham dự."_s);
    const QString id = *meetingId + u':' + c.user.memberId;
    // The answer before this one: only news reaches the secretary (issue 15).
    QSqlQuery previous
        = runSql(c.tx.db(), u"SELECT rsvp, reason FROM attendance WHERE id = ?"_s, { id });
    const bool answered = previous.next();
    const QString previousRsvp = answered ? previous.value(0).toString() : QString();
    const QString previousReason = answered ? previous.value(1).toString().trimmed() : QString();
    runSql(c.tx.db(),
        u"INSERT INTO attendance (id, meeting_id, member_id, rsvp, reason, version) VALUES (?, ?, "
        u"?, ?, ?, 1) "
        "ON CONFLICT (id) DO UPDATE SET rsvp = excluded.rsvp, reason = excluded.reason, "
        "version = attendance.version + 1"_s,
        { id, *meetingId, c.user.memberId, *status, textOrNull(*reason) });
    c.tx.recordChange(u"attendance"_s, id, u"put"_s, c.user.orgId, c.user.memberId);

    // The cell's secretaries hear of an absence (with its reason, the member's words to
    // them) and of a change back to attending, so that no stale absence stands; the same
    // answer sent again, and a first "attending", announce nothing.
    const QString why = reason->trimmed();
    const bool absent = *status == u"absent";
    if (absent ? (previousRsvp == u"absent" && previousReason == why) : previousRsvp != u"absent")
        return MutationOutcome::ok();
    const QString day = startsAt.toOffsetFromUtc(kVietnamOffsetSeconds).toString(u"dd/MM"_s);
    const CellNotifier::Notice notice = absent
        ? CellNotifier::Notice { u"rsvp_absent"_s,
              u"%1 báo vắng buổi sinh hoạt ngày %2"_s.arg(actingMember(c), day),
              why.isEmpty() ? u"Không nêu lý do."_s : u"Lý do: %1"_s.arg(why), u"meeting"_s,
              *meetingId }
        : CellNotifier::Notice { u"rsvp_attending"_s,
              u"%1 báo lại: sẽ tham dự buổi sinh hoạt ngày %2"_s.arg(actingMember(c), day),
              u"Thay cho lần báo vắng trước."_s, u"meeting"_s, *meetingId };
    CellNotifier(c).notifySecretaries(c.user.orgId, notice);
    return MutationOutcome::ok();
}

MutationOutcome feedbackPost(MutationContext &c, const QJsonObject &json)
{
    MutationArgs args(json);
    const auto id = args.id(u"id"_s);
    const auto text = id ? args.text(u"text"_s, 4000) : std::nullopt;
    const auto replyTo = text ? args.optionalText(u"reply_to"_s, 64) : std::nullopt;
    if (!replyTo)
        return args.rejection();
    if (c.user.memberId.isEmpty())
        return notAMember();
    if (scalarSql(c.tx.db(), u"SELECT 1 FROM feedback WHERE id = ?"_s, { *id }).isValid())
        return MutationOutcome::rejected(u"conflict"_s, u"Góp ý này đã được gửi."_s);
    QString threadOwner = c.user.memberId;
    // Only a secretary replies; checked before looking at the thread, so that a refusal says
    // nothing about which threads exist.
    if (!replyTo->isNull() && !c.user.isSecretary())
        return MutationOutcome::rejected(
            u"forbidden"_s, u"Chỉ bí thư chi bộ được trả lời góp ý."_s);
    if (!replyTo->isNull()) {
        QSqlQuery parent = runSql(c.tx.db(),
            u"SELECT org_id, member_id, reply_to FROM feedback WHERE id = ?"_s, { *replyTo });
        if (!parent.next() || parent.value(0).toString() != c.user.orgId)
            return MutationOutcome::notFound(
                u"Không tìm thấy góp ý cần trả lời."_s, parent.isValid());
        threadOwner = parent.value(1).toString();
        if (!parent.value(2).isNull()) { // a reply to a reply: the thread's first author
            threadOwner = scalarSql(c.tx.db(), u"SELECT member_id FROM feedback WHERE id = ?"_s,
                { parent.value(2).toString() })
                              .toString();
        }
    }
    runSql(c.tx.db(),
        u"INSERT INTO feedback (id, org_id, member_id, text, reply_to, created_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
        { *id, c.user.orgId, c.user.memberId, *text, textOrNull(*replyTo), now(c) });
    c.tx.recordChange(u"feedback"_s, *id, u"put"_s, c.user.orgId, threadOwner);
    if (!replyTo->isNull() && threadOwner != c.user.memberId) {
        const QString notificationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        runSql(c.tx.db(),
            u"INSERT INTO notifications (id, member_id, kind, title, body, ref_type, ref_id, "
            u"created_at) "
            "VALUES (?, ?, 'feedback_reply', ?, NULL, 'feedback', ?, ?)"_s,
            { notificationId, threadOwner, u"Bí thư chi bộ đã trả lời góp ý của đồng chí"_s, *id,
                now(c) });
        c.tx.recordChange(u"notification"_s, notificationId, u"put"_s, c.user.orgId, threadOwner);
    }
    // A new question or suggestion: the cell's secretaries must answer it.
    if (replyTo->isNull()) {
        CellNotifier(c).notifySecretaries(c.user.orgId,
            { u"feedback_received"_s, u"%1 gửi góp ý"_s.arg(actingMember(c)), excerpt(*text),
                u"feedback"_s, *id });
    }
    return MutationOutcome::ok();
}

// The values as they will be stored (a cleared field as null).
QJsonObject normalisedFields(const QJsonObject &fields)
{
    QJsonObject result;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QString value = ProfileRules::normalised(it.key(), it.value().toString());
        result.insert(it.key(), value.isEmpty() ? QJsonValue() : QJsonValue(value));
    }
    return result;
}

// How a contact value reads in a notification.
QString shown(const QString &value)
{
    return value.isEmpty() ? u"(để trống)"_s : u"“%1”"_s.arg(value);
}

MutationOutcome profileUpdate(MutationContext &c, const QJsonObject &json)
{
    if (c.user.memberId.isEmpty())
        return notAMember();
    if (!json.value(u"fields"_s).isObject() || json.value(u"fields"_s).toObject().isEmpty())
        return MutationOutcome::rejected(u"invalid_args"_s, u"Thiếu thông tin cần cập nhật."_s);
    const QJsonValue baseArg = json.value(u"base"_s);
    if (!baseArg.isUndefined() && !baseArg.isNull() && !baseArg.isObject())
        return MutationOutcome::rejected(
            u"invalid_args"_s, u"Giá trị trước khi sửa (base) không hợp lệ."_s);
    const QJsonObject fields = json.value(u"fields"_s).toObject();
    const QJsonObject base = baseArg.toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!ProfileRules::contactFields().contains(it.key()))
            return MutationOutcome::rejected(u"forbidden_field"_s,
                u"Trường %1 không tự sửa được; hãy gửi yêu cầu thay đổi cho chi bộ."_s.arg(
                    ProfileRules::label(it.key())));
    }
    const QSqlDatabase db = c.tx.db();
    const QJsonObject stored = ProfileValidator::storedProfile(db, c.user.memberId);
    if (const QString problem
        = ProfileValidator::check(stored, fields, ProfileValidator::vietnamDate(c.now));
        !problem.isEmpty())
        return MutationOutcome::rejected(u"invalid_args"_s, problem);

    // Per-field merge: only the fields sent change. A field whose stored value is no longer
    // the one this device saw ("base") was changed meanwhile from another device: this later
    // edit wins, and the member is told both values (never lost silently).
    QStringList assignments;
    QVariantList binds;
    QJsonArray overridden;
    QStringList notice;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        assignments << it.key() + u" = ?"_s; // one of the fixed contact columns checked above
        binds << ProfileValidator::storedValue(it.key(), it.value());
        if (!base.contains(it.key()))
            continue;
        const QString current = stored.value(it.key()).toString();
        const QString mine = ProfileRules::normalised(it.key(), it.value().toString());
        const QString seen = ProfileRules::normalised(it.key(), base.value(it.key()).toString());
        if (seen == current || current == mine)
            continue;
        overridden.append(QJsonObject { { u"field"_s, it.key() },
            { u"previous"_s, current.isEmpty() ? QJsonValue() : QJsonValue(current) },
            { u"value"_s, mine.isEmpty() ? QJsonValue() : QJsonValue(mine) } });
        notice << u"%1: %2 (sửa sau) đã thay cho %3."_s.arg(
            ProfileRules::label(it.key()), shown(mine), shown(current));
    }
    binds << now(c) << c.user.memberId;
    runSql(db,
        u"UPDATE members SET %1, version = version + 1, updated_at = ? WHERE id = ?"_s.arg(
            assignments.join(u", "_s)),
        binds);
    c.tx.recordChange(u"member"_s, c.user.memberId, u"put"_s, c.user.orgId, c.user.memberId);

    MutationOutcome outcome = MutationOutcome::ok();
    QStringList overriddenNames;
    for (const QJsonValue &entry : std::as_const(overridden))
        overriddenNames << entry.toObject().value(u"field"_s).toString();
    if (!overridden.isEmpty()) {
        outcome.details.insert(u"overridden"_s, overridden);
        CellNotifier(c).notifyMember(c.user.memberId, c.user.orgId,
            { u"profile_conflict"_s, u"Thông tin liên lạc được sửa trên hai thiết bị"_s,
                notice.join(u'\n'), u"member"_s, c.user.memberId });
    }
    // Who changed which fields of a member record (names only, never values).
    AuditLog::record(db,
        AuditEntry { c.user.userId, c.user.login, u"profile.update"_s, u"member"_s, c.user.memberId,
            u"ok"_s, {},
            fields.keys().join(u',')
                + (overriddenNames.isEmpty() ? QString()
                                             : u";overrode:"_s + overriddenNames.join(u',')) });
    return outcome;
}

MutationOutcome profileRequest(MutationContext &c, const QJsonObject &json)
{
    MutationArgs args(json);
    const auto id = args.id(u"id"_s);
    const auto reason = id ? args.text(u"reason"_s, 1000) : std::nullopt;
    if (!reason)
        return args.rejection();
    if (c.user.memberId.isEmpty())
        return notAMember();
    const QJsonObject fields = json.value(u"fields"_s).toObject();
    if (fields.isEmpty())
        return MutationOutcome::rejected(u"invalid_args"_s, u"Thiếu thông tin cần thay đổi."_s);
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!ProfileRules::isRequestable(it.key()))
            return MutationOutcome::rejected(u"invalid_args"_s,
                u"Không thể yêu cầu thay đổi trường %1."_s.arg(ProfileRules::label(it.key())));
    }
    if (const QString problem
        = ProfileValidator::check(ProfileValidator::storedProfile(c.tx.db(), c.user.memberId),
            fields, ProfileValidator::vietnamDate(c.now));
        !problem.isEmpty())
        return MutationOutcome::rejected(u"invalid_args"_s, problem);
    if (scalarSql(c.tx.db(), u"SELECT 1 FROM profile_requests WHERE id = ?"_s, { *id }).isValid())
        return MutationOutcome::rejected(u"conflict"_s, u"Yêu cầu này đã được gửi."_s);
    runSql(c.tx.db(),
        u"INSERT INTO profile_requests (id, member_id, fields, reason, status, created_at) "
        "VALUES (?, ?, ?, ?, 'pending', ?)"_s,
        { *id, c.user.memberId,
            QString::fromUtf8(
                QJsonDocument(normalisedFields(fields)).toJson(QJsonDocument::Compact)),
            *reason, now(c) });
    // A secretary's own request goes to the committee directly above the cell.
    c.tx.recordChange(u"profile_request"_s, *id, u"put"_s,
        ProfileRequestScope(c.tx.db(), c.user.memberId).decidingOrg(), c.user.memberId);
    // Those who decide it hear of it: which fields, and the member's reason (never the values).
    QStringList labels;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        labels << ProfileRules::label(it.key());
    CellNotifier(c).notifyProfileDeciders(c.user.memberId,
        { u"profile_request_submitted"_s, u"%1 đề nghị sửa hồ sơ"_s.arg(actingMember(c)),
            u"Mục đề nghị sửa: %1.\nLý do: %2"_s.arg(labels.join(u", "_s), reason->trimmed()),
            u"profile_request"_s, *id });
    return MutationOutcome::ok();
}

} // namespace

void MemberMutations::addTo(MutationTable &table)
{
    // The arguments each one knows (anything else is refused: MutationSpec).
    table.insert(u"document.read"_s, { documentRead, { u"document_id"_s }, {} });
    table.insert(
        u"note.put"_s, { notePut, { u"id"_s, u"document_id"_s, u"text"_s, u"anchor"_s }, {} });
    table.insert(u"note.delete"_s, { noteDelete, { u"id"_s }, {} });
    table.insert(u"bookmark.put"_s, { bookmarkPut, { u"document_id"_s }, {} });
    table.insert(u"bookmark.delete"_s, { bookmarkDelete, { u"document_id"_s }, {} });
    table.insert(
        u"meeting.rsvp"_s, { meetingRsvp, { u"meeting_id"_s, u"status"_s, u"reason"_s }, {} });
    table.insert(u"feedback.post"_s, { feedbackPost, { u"id"_s, u"text"_s, u"reply_to"_s }, {} });
    // The keys of "fields" are checked by the handler (forbidden_field names the field).
    table.insert(u"profile.update"_s,
        { profileUpdate, { u"fields"_s, u"base_version"_s, u"base"_s },
            { { u"base"_s, ProfileRules::contactFields() } } });
    table.insert(
        u"profile.request"_s, { profileRequest, { u"id"_s, u"fields"_s, u"reason"_s }, {} });
}
