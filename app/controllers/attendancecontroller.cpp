#include "attendancecontroller.h"

#include "cellcatalog.h"
#include "homecontroller.h"
#include "wirevalues.h"

using namespace Qt::StringLiterals;

AttendanceController::AttendanceController(QObject *parent)
    : CellController(parent)
{ }

void AttendanceController::setMeetingId(const QString &id)
{
    if (m_meetingId == id)
        return;
    m_meetingId = id;
    Q_EMIT meetingIdChanged();
    reload();
}

bool AttendanceController::canTake() const
{
    return m_found && m_status != Protocol::MeetingStatus::Cancelled
        && m_startsAt.addSecs(-LocalActions::kAttendanceLeadSeconds) <= now();
}

void AttendanceController::loadCell(SqliteDatabase &db)
{
    CellCatalog cell(db);
    const auto meeting = m_meetingId.isEmpty() ? std::nullopt : cell.meeting(m_meetingId);
    m_found = meeting.has_value();
    m_title = meeting ? meeting->title : QString();
    m_startsAt = meeting ? meeting->startsAt : QDateTime();
    m_status = meeting ? meeting->status : QString();
    m_timeText = meeting ? HomeController::vietnamTime(meeting->startsAt) : QString();
    Q_EMIT meetingChanged();

    QList<MemberAnswerItem> members;
    if (meeting) {
        const QHash<QString, AttendanceRecord> records = cell.attendance(m_meetingId);
        for (const CellMember &member : cell.members(meeting->orgId)) {
            const AttendanceRecord record = records.value(member.id);
            members.append({ member.id, member.fullName, member.position, record.rsvp,
                record.reason, record.present ? (*record.present ? 1 : 0) : -1, record.pending });
        }
    }
    m_members.setMembers(members);
}

bool AttendanceController::mark(const QString &memberId, bool present)
{
    LocalActions::Result result;
    const bool reached = withDatabase([&](SqliteDatabase &db) {
        result = LocalActions(db, [this] {
            return now();
        }).markAttendance(m_meetingId, memberId, present);
    });
    if (!reached)
        return false;
    if (!result.ok()) {
        setErrorMessage(actionMessage(result.error));
        return false;
    }
    if (result.mutationId > 0)
        Q_EMIT localChangeMade();
    // In place, so the list does not jump while the secretary goes down it.
    m_members.setPresent(memberId, present, true);
    if (m_status == Protocol::MeetingStatus::Scheduled) {
        m_status = Protocol::MeetingStatus::InProgress;
        Q_EMIT meetingChanged();
    }
    return true;
}

int AttendanceController::markRestPresent()
{
    int marked = 0;
    const QList<MemberAnswerItem> members = m_members.members();
    for (const MemberAnswerItem &member : members) {
        if (member.present >= 0)
            continue;
        if (!mark(member.memberId, true))
            break;
        ++marked;
    }
    return marked;
}
