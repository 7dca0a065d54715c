#include "mutations/cellmeeting.h"

#include "db/sqlrunner.h"
#include "mutationnames.h"
#include "mutations/mutationcommon.h"
#include "protocol.h"
#include "records/meetingoutcomes.h"
#include "sync/visibility.h"
#include "timestamps.h"
#include "wirevalues.h"

using namespace Qt::StringLiterals;
namespace ChangeOp = Protocol::ChangeOp;
namespace Code = Protocol::ErrorCode;
namespace MeetingStatus = Protocol::MeetingStatus;
namespace RowType = Protocol::RowType;

namespace {

MutationOutcome meetingNotFound(bool exists)
{
    return MutationOutcome::notFound(
        u"Không tìm thấy buổi sinh hoạt của chi bộ đồng chí."_s, exists);
}

} // namespace

std::optional<MeetingRecord> MeetingRecord::find(const QSqlDatabase &db, const QString &id)
{
    QSqlQuery query = runSql(db,
        u"SELECT org_id, title, starts_at, status, minutes IS NOT NULL FROM meetings WHERE id = ?"_s,
        { id });
    if (!query.next())
        return std::nullopt;
    return MeetingRecord { id, query.value(0).toString(), query.value(1).toString(),
        Timestamps::fromIso(query.value(2).toString()), query.value(3).toString(),
        query.value(4).toLongLong() != 0 };
}

std::optional<MeetingRecord> MeetingRecord::ofSecretary(
    const MutationContext &c, const QString &id, MutationOutcome *rejection)
{
    if (!c.user.isSecretary()) {
        *rejection = MutationOutcome::rejected(
            Code::Forbidden, u"Chỉ bí thư chi bộ được quản lý buổi sinh hoạt của chi bộ."_s);
        return std::nullopt;
    }
    auto meeting = find(c.tx.db(), id);
    if (!meeting || meeting->orgId != c.user.orgId) {
        *rejection = meetingNotFound(meeting.has_value());
        return std::nullopt;
    }
    return meeting;
}

std::optional<MeetingRecord> MeetingRecord::ofMember(
    const MutationContext &c, const QString &id, MutationOutcome *rejection)
{
    if (c.user.memberId.isEmpty()) {
        *rejection = MutationCommon::notAMember();
        return std::nullopt;
    }
    auto meeting = find(c.tx.db(), id);
    if (!meeting || meeting->orgId != Visibility(c.tx.db(), c.user).orgOfMember(c.user.memberId)) {
        *rejection = meetingNotFound(meeting.has_value());
        return std::nullopt;
    }
    return meeting;
}

bool MeetingRecord::tooEarly(const QDateTime &now) const
{
    return startsAt.isValid() && startsAt.addSecs(-kLeadSeconds) > now;
}

bool MeetingRecord::isOn() const
{
    return status == MeetingStatus::Scheduled || status == MeetingStatus::InProgress;
}

void MeetingRecord::begin(WriteTransaction &tx) const
{
    if (status != MeetingStatus::Scheduled)
        return;
    execSql(tx.db(), u"UPDATE meetings SET status = ?, version = version + 1 WHERE id = ?"_s,
        { QString(MeetingStatus::InProgress), id });
    tx.recordChange(RowType::Meeting, id, ChangeOp::Put, orgId);
}

void MeetingRecord::markAttendance(
    WriteTransaction &tx, const QString &memberId, bool present) const
{
    const QString attendanceId = id + u':' + memberId;
    const QVariant current
        = scalarSql(tx.db(), u"SELECT present FROM attendance WHERE id = ?"_s, { attendanceId });
    if (!current.isValid() || current.isNull() || current.toBool() != present) {
        execSql(tx.db(),
            u"INSERT INTO attendance (id, meeting_id, member_id, present, version) "
            "VALUES (?, ?, ?, ?, 1) ON CONFLICT (id) DO UPDATE SET present = excluded.present, "
            "version = attendance.version + 1"_s,
            { attendanceId, id, memberId, present ? 1 : 0 });
        tx.recordChange(RowType::Attendance, attendanceId, ChangeOp::Put, orgId, memberId);
    }
    // Taking attendance means the meeting is under way (no more RSVPs or edits); the
    // secretary ends it (meeting.end) or publishes its minutes (DESIGN.md 8.5).
    begin(tx);
}

void MeetingRecord::end(WriteTransaction &tx, const QDateTime &now) const
{
    const QString at = Timestamps::toIso(now);
    MeetingOutcomes::closeOpenVotes(tx, id, orgId, at);
    if (status == MeetingStatus::Done)
        return;
    execSql(tx.db(),
        u"UPDATE meetings SET status = ?, ended_at = COALESCE(ended_at, ?), version = version + 1 "
        "WHERE id = ?"_s,
        { QString(MeetingStatus::Done), at, id });
    tx.recordChange(RowType::Meeting, id, ChangeOp::Put, orgId);
}
