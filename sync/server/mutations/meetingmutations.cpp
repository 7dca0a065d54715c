#include "mutations/meetingmutations.h"

#include "db/sqlrunner.h"
#include "mutationnames.h"
#include "mutations/cellmeeting.h"
#include "mutations/cellnotifier.h"
#include "mutations/mutationargs.h"
#include "mutations/mutationcommon.h"
#include "protocol.h"
#include "sync/visibility.h"
#include "timestamps.h"
#include "wirevalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;
namespace ChangeOp = Protocol::ChangeOp;
namespace Code = Protocol::ErrorCode;
namespace Limit = Protocol::Limit;
namespace MeetingStatus = Protocol::MeetingStatus;
namespace Mutation = Protocol::Mutation;
namespace NotificationKind = Protocol::NotificationKind;
namespace RefType = Protocol::RefType;
namespace RowType = Protocol::RowType;
namespace Rsvp = Protocol::Rsvp;
using namespace MutationCommon;

namespace {

// Attendance may be taken from this long before the announced start (members arrive early).
constexpr qint64 kAttendanceLeadSeconds = 3600;

MutationOutcome notSecretary()
{
    return MutationOutcome::rejected(
        Code::Forbidden, u"Chỉ bí thư chi bộ được quản lý buổi sinh hoạt của chi bộ."_s);
}

// A meeting of another cell answers like a missing one (audited when it exists).
MutationOutcome meetingNotFound(bool exists)
{
    return MutationOutcome::notFound(
        u"Không tìm thấy buổi sinh hoạt của chi bộ đồng chí."_s, exists);
}

MutationOutcome invalid(const QString &message)
{
    return MutationOutcome::rejected(Code::InvalidArgs, message);
}

QString localTime(const QDateTime &utc)
{
    return utc.toOffsetFromUtc(kVietnamOffsetSeconds).toString(u"HH:mm 'ngày' dd/MM/yyyy"_s);
}

// The arguments of meeting.create and meeting.update.
struct MeetingArgs
{
    QString id;
    QString title;
    QDateTime startsAt; // UTC
    QString location;
    QString agenda; // null when not given
    QJsonArray documentIds;

    [[nodiscard]] QString documentIdsText() const
    {
        return QString::fromUtf8(QJsonDocument(documentIds).toJson(QJsonDocument::Compact));
    }
    [[nodiscard]] QString noticeBody() const
    {
        return u"Lúc %1 tại %2"_s.arg(localTime(startsAt), location);
    }
};

std::optional<MeetingArgs> parseMeeting(const QJsonObject &json, MutationOutcome *rejection)
{
    MutationArgs args(json);
    const auto id = args.id(u"id"_s);
    const auto title = id ? args.text(u"title"_s, Limit::MeetingTitle) : std::nullopt;
    const auto startsAt = title ? args.text(u"starts_at"_s, Limit::MeetingStartsAt) : std::nullopt;
    const auto location
        = startsAt ? args.text(u"location"_s, Limit::MeetingLocation) : std::nullopt;
    const auto agenda
        = location ? args.optionalText(u"agenda"_s, Limit::MeetingAgenda) : std::nullopt;
    if (!agenda) {
        *rejection = args.rejection();
        return std::nullopt;
    }
    MeetingArgs meeting { *id, title->trimmed(), Timestamps::fromIso(*startsAt),
        location->trimmed(), *agenda, {} };
    if (!meeting.startsAt.isValid()) {
        *rejection = invalid(
            u"Thời gian buổi sinh hoạt không hợp lệ (cần ngày giờ ISO 8601 kèm múi giờ)."_s);
        return std::nullopt;
    }
    const QJsonValue ids = json.value(u"document_ids"_s);
    if (!ids.isUndefined() && !ids.isNull() && !ids.isArray()) {
        *rejection = invalid(u"document_ids phải là danh sách mã tài liệu."_s);
        return std::nullopt;
    }
    // The length is checked before any per-item work: a push may hold 100,000 ids in its
    // 1 MiB, and this runs under the write lock (duplicates were removed in
    // quadratic time before the cap was looked at).
    if (ids.toArray().size() > Limit::MeetingDocuments) {
        *rejection
            = invalid(u"Một buổi sinh hoạt có tối đa %1 tài liệu."_s.arg(Limit::MeetingDocuments));
        return std::nullopt;
    }
    static const QRegularExpression idPattern(u"^[A-Za-z0-9_.:-]{1,64}$"_s);
    QSet<QString> seen;
    for (const QJsonValue &value : ids.toArray()) {
        if (!value.isString() || !idPattern.match(value.toString()).hasMatch()) {
            *rejection = invalid(u"Mã tài liệu trong document_ids không hợp lệ."_s);
            return std::nullopt;
        }
        if (!seen.contains(value.toString())) {
            seen.insert(value.toString());
            meeting.documentIds.append(value);
        }
    }
    return meeting;
}

// The stored meeting, as far as these handlers need it.
struct StoredMeeting
{
    QString orgId;
    QString title;
    QDateTime startsAt;
    QString location;
    QString agenda;
    QJsonArray documentIds;
    QString status;

    [[nodiscard]] bool sameAs(const MeetingArgs &args) const
    {
        return title == args.title && startsAt == args.startsAt && location == args.location
            && agenda == args.agenda && documentIds == args.documentIds;
    }
};

std::optional<StoredMeeting> loadMeeting(const QSqlDatabase &db, const QString &id)
{
    QSqlQuery query = runSql(db,
        u"SELECT org_id, title, starts_at, location, agenda, document_ids, status "
        "FROM meetings WHERE id = ?"_s,
        { id });
    if (!query.next())
        return std::nullopt;
    return StoredMeeting { query.value(0).toString(), query.value(1).toString(),
        Timestamps::fromIso(query.value(2).toString()), query.value(3).toString(),
        query.value(4).toString(),
        QJsonDocument::fromJson(query.value(5).toString().toUtf8()).array(),
        query.value(6).toString() };
}

// Every listed document the secretary's cell can see; `known` ones are not checked again
// (already attached; they may have been withdrawn since, which pulls handle).
MutationOutcome checkDocuments(
    MutationContext &c, const QJsonArray &ids, const QJsonArray &known = {})
{
    const Visibility visibility(c.tx.db(), c.user);
    for (const QJsonValue &id : ids) {
        if (!known.contains(id) && !visibility.canSeeDocument(id.toString()))
            return MutationOutcome::notFound(
                u"Tài liệu đính kèm buổi sinh hoạt không tồn tại hoặc chi bộ không xem được."_s,
                visibility.exists(u"documents"_s, id.toString()));
    }
    return MutationOutcome::ok();
}

MutationOutcome meetingCreate(MutationContext &c, const QJsonObject &json)
{
    MutationOutcome rejection;
    const auto meeting = parseMeeting(json, &rejection);
    if (!meeting)
        return rejection;
    if (!c.user.isSecretary())
        return notSecretary();
    if (const auto existing = loadMeeting(c.tx.db(), meeting->id)) {
        // The same create sent again (e.g. after reinstalling) is applied; a clash is not.
        if (existing->orgId == c.user.orgId && existing->status == MeetingStatus::Scheduled
            && existing->sameAs(*meeting))
            return MutationOutcome::ok();
        return MutationOutcome::rejected(
            Code::Conflict, u"Mã buổi sinh hoạt này đã được dùng cho buổi sinh hoạt khác."_s);
    }
    if (meeting->startsAt <= c.now)
        return invalid(u"Thời gian buổi sinh hoạt phải sau thời điểm hiện tại."_s);
    if (const MutationOutcome documents = checkDocuments(c, meeting->documentIds);
        !documents.applied)
        return documents;
    execSql(c.tx.db(),
        u"INSERT INTO meetings (id, org_id, title, starts_at, location, agenda, document_ids, "
        "status, created_by, version) VALUES (?, ?, ?, ?, ?, ?, ?, 'scheduled', ?, 1)"_s,
        { meeting->id, c.user.orgId, meeting->title, Timestamps::toIso(meeting->startsAt),
            meeting->location, textOrNull(meeting->agenda), meeting->documentIdsText(),
            c.user.userId });
    c.tx.recordChange(RowType::Meeting, meeting->id, ChangeOp::Put, c.user.orgId);
    CellNotifier(c).notifyCell(c.user.orgId,
        { NotificationKind::MeetingCreated, u"Buổi sinh hoạt mới: %1"_s.arg(meeting->title),
            meeting->noticeBody(), RefType::Meeting, meeting->id });
    return MutationOutcome::ok();
}

MutationOutcome meetingUpdate(MutationContext &c, const QJsonObject &json)
{
    MutationOutcome rejection;
    const auto meeting = parseMeeting(json, &rejection);
    if (!meeting)
        return rejection;
    if (!c.user.isSecretary())
        return notSecretary();
    const auto existing = loadMeeting(c.tx.db(), meeting->id);
    if (!existing || existing->orgId != c.user.orgId)
        return meetingNotFound(existing.has_value());
    if (existing->sameAs(*meeting))
        return MutationOutcome::ok(); // nothing changes
    if (existing->status != MeetingStatus::Scheduled)
        return MutationOutcome::rejected(
            Code::Conflict, u"Buổi sinh hoạt đã bị hủy hoặc đã diễn ra, không thể sửa."_s);
    // A meeting under way may still be corrected, but not moved into the past.
    if (meeting->startsAt != existing->startsAt && meeting->startsAt <= c.now)
        return invalid(u"Thời gian buổi sinh hoạt phải sau thời điểm hiện tại."_s);
    if (const MutationOutcome documents
        = checkDocuments(c, meeting->documentIds, existing->documentIds);
        !documents.applied)
        return documents;
    execSql(c.tx.db(),
        u"UPDATE meetings SET title = ?, starts_at = ?, location = ?, agenda = ?, "
        "document_ids = ?, version = version + 1 WHERE id = ?"_s,
        { meeting->title, Timestamps::toIso(meeting->startsAt), meeting->location,
            textOrNull(meeting->agenda), meeting->documentIdsText(), meeting->id });
    c.tx.recordChange(RowType::Meeting, meeting->id, ChangeOp::Put, c.user.orgId);
    CellNotifier(c).notifyCell(c.user.orgId,
        { NotificationKind::MeetingChanged, u"Buổi sinh hoạt thay đổi: %1"_s.arg(meeting->title),
            meeting->noticeBody(), RefType::Meeting, meeting->id });
    return MutationOutcome::ok();
}

MutationOutcome meetingCancel(MutationContext &c, const QJsonObject &json)
{
    MutationArgs args(json);
    const auto id = args.id(u"id"_s);
    const auto reason = id ? args.optionalText(u"reason"_s, Limit::CancelReason) : std::nullopt;
    if (!reason)
        return args.rejection();
    if (!c.user.isSecretary())
        return notSecretary();
    const auto existing = loadMeeting(c.tx.db(), *id);
    if (!existing || existing->orgId != c.user.orgId)
        return meetingNotFound(existing.has_value());
    if (existing->status == MeetingStatus::Cancelled)
        return MutationOutcome::ok(); // already cancelled
    if (existing->status != MeetingStatus::Scheduled)
        return MutationOutcome::rejected(
            Code::Conflict, u"Buổi sinh hoạt đã diễn ra, không thể hủy."_s);
    execSql(c.tx.db(),
        u"UPDATE meetings SET status = 'cancelled', cancel_reason = ?, version = version + 1 WHERE id = ?"_s,
        { textOrNull(reason->trimmed().isEmpty() ? QString() : reason->trimmed()), *id });
    c.tx.recordChange(RowType::Meeting, *id, ChangeOp::Put, existing->orgId);
    const QString body = reason->trimmed().isEmpty()
        ? u"Buổi sinh hoạt lúc %1 sẽ không diễn ra."_s.arg(localTime(existing->startsAt))
        : u"Lý do: %1"_s.arg(reason->trimmed());
    CellNotifier(c).notifyCell(existing->orgId,
        { NotificationKind::MeetingCancelled, u"Buổi sinh hoạt bị hủy: %1"_s.arg(existing->title),
            body, RefType::Meeting, *id });
    return MutationOutcome::ok();
}

MutationOutcome meetingAttendance(MutationContext &c, const QJsonObject &json)
{
    MutationArgs args(json);
    const auto meetingId = args.id(u"meeting_id"_s);
    const auto memberId = meetingId ? args.id(u"member_id"_s) : std::nullopt;
    if (!memberId)
        return args.rejection();
    if (!json.value(u"present"_s).isBool())
        return invalid(u"present phải là true (có mặt) hoặc false (vắng mặt)."_s);
    const int present = json.value(u"present"_s).toBool() ? 1 : 0;
    if (!c.user.isSecretary())
        return MutationOutcome::rejected(
            Code::Forbidden, u"Chỉ bí thư chi bộ được điểm danh buổi sinh hoạt."_s);
    const auto meeting = loadMeeting(c.tx.db(), *meetingId);
    if (!meeting || meeting->orgId != c.user.orgId)
        return meetingNotFound(meeting.has_value());
    if (meeting->status == MeetingStatus::Cancelled)
        return MutationOutcome::rejected(
            Code::Conflict, u"Buổi sinh hoạt đã bị hủy, không thể điểm danh."_s);
    if (meeting->startsAt.isValid() && meeting->startsAt.addSecs(-kAttendanceLeadSeconds) > c.now)
        return MutationOutcome::rejected(
            Code::Conflict, u"Chưa đến giờ họp, chưa thể điểm danh."_s);
    if (const Visibility visibility(c.tx.db(), c.user);
        visibility.orgOfMember(*memberId) != meeting->orgId)
        return MutationOutcome::notFound(
            u"Đảng viên này không thuộc chi bộ."_s, visibility.exists(u"members"_s, *memberId));

    MeetingRecord { *meetingId, meeting->orgId, meeting->title, meeting->startsAt, meeting->status }
        .markAttendance(c.tx, *memberId, present != 0);
    return MutationOutcome::ok();
}

MutationOutcome meetingRsvp(MutationContext &c, const QJsonObject &json)
{
    MutationArgs args(json);
    const auto meetingId = args.id(u"meeting_id"_s);
    const auto status = meetingId ? args.text(u"status"_s, Limit::RsvpStatus) : std::nullopt;
    const auto reason = status ? args.optionalText(u"reason"_s, Limit::RsvpReason) : std::nullopt;
    if (!reason)
        return args.rejection();
    if (*status != Rsvp::Attending && *status != Rsvp::Absent)
        return MutationOutcome::rejected(
            Code::InvalidArgs, u"Trạng thái phải là có mặt hoặc vắng mặt."_s);
    if (c.user.memberId.isEmpty())
        return notAMember();
    QSqlQuery meeting = runSql(c.tx.db(),
        u"SELECT org_id, status, starts_at FROM meetings WHERE id = ?"_s, { *meetingId });
    if (!meeting.next() || meeting.value(0).toString() != c.user.orgId)
        return MutationOutcome::notFound(
            u"Không tìm thấy buổi sinh hoạt của chi bộ đồng chí."_s, meeting.isValid());
    const QDateTime startsAt = Timestamps::fromIso(meeting.value(2).toString());
    if (meeting.value(1).toString() != MeetingStatus::Scheduled
        || (startsAt.isValid() && startsAt <= c.now))
        return MutationOutcome::rejected(Code::MeetingClosed,
            u"Buổi sinh hoạt đã diễn ra hoặc đã bị hủy, không thể báo tham dự."_s);
    const QString id = *meetingId + u':' + c.user.memberId;
    // The answer before this one: only news reaches the secretary.
    QSqlQuery previous
        = runSql(c.tx.db(), u"SELECT rsvp, reason FROM attendance WHERE id = ?"_s, { id });
    const bool answered = previous.next();
    const QString previousRsvp = answered ? previous.value(0).toString() : QString();
    const QString previousReason = answered ? previous.value(1).toString().trimmed() : QString();
    execSql(c.tx.db(),
        u"INSERT INTO attendance (id, meeting_id, member_id, rsvp, reason, version) VALUES (?, ?, "
        u"?, ?, ?, 1) "
        "ON CONFLICT (id) DO UPDATE SET rsvp = excluded.rsvp, reason = excluded.reason, "
        "version = attendance.version + 1"_s,
        { id, *meetingId, c.user.memberId, *status, textOrNull(*reason) });
    c.tx.recordChange(RowType::Attendance, id, ChangeOp::Put, c.user.orgId, c.user.memberId);

    // The cell's secretaries hear of an absence (with its reason, the member's words to
    // them) and of a change back to attending, so that no stale absence stands; the same
    // answer sent again, and a first "attending", announce nothing.
    const QString why = reason->trimmed();
    const bool absent = *status == Rsvp::Absent;
    if (absent ? (previousRsvp == Rsvp::Absent && previousReason == why)
               : previousRsvp != Rsvp::Absent)
        return MutationOutcome::ok();
    const QString day = startsAt.toOffsetFromUtc(kVietnamOffsetSeconds).toString(u"dd/MM"_s);
    const CellNotifier::Notice notice = absent
        ? CellNotifier::Notice { NotificationKind::RsvpAbsent,
              u"%1 báo vắng buổi sinh hoạt ngày %2"_s.arg(actingMember(c), day),
              why.isEmpty() ? u"Không nêu lý do."_s : u"Lý do: %1"_s.arg(why), RefType::Meeting,
              *meetingId }
        : CellNotifier::Notice { NotificationKind::RsvpAttending,
              u"%1 báo lại: sẽ tham dự buổi sinh hoạt ngày %2"_s.arg(actingMember(c), day),
              u"Thay cho lần báo vắng trước."_s, RefType::Meeting, *meetingId };
    CellNotifier(c).notifySecretaries(c.user.orgId, notice);
    return MutationOutcome::ok();
}

} // namespace

void MeetingMutations::addTo(MutationTable &table)
{
    const QStringList meetingArguments { u"id"_s, u"title"_s, u"starts_at"_s, u"location"_s,
        u"agenda"_s, u"document_ids"_s };
    table.insert(Mutation::MeetingCreate, { meetingCreate, meetingArguments, {} });
    table.insert(Mutation::MeetingUpdate, { meetingUpdate, meetingArguments, {} });
    table.insert(Mutation::MeetingCancel, { meetingCancel, { u"id"_s, u"reason"_s }, {} });
    table.insert(Mutation::MeetingAttendance,
        { meetingAttendance, { u"meeting_id"_s, u"member_id"_s, u"present"_s }, {} });
    table.insert(
        Mutation::MeetingRsvp, { meetingRsvp, { u"meeting_id"_s, u"status"_s, u"reason"_s }, {} });
}
