#include "meetingcontroller.h"

#include "cellcatalog.h"
#include "documentcatalog.h"
#include "homecontroller.h"
#include "meetinglistmodel.h"
#include "wirevalues.h"

MeetingController::MeetingController(QObject *parent)
    : CellController(parent)
{ }

void MeetingController::setMeetingId(const QString &id)
{
    if (m_meetingId == id)
        return;
    m_meetingId = id;
    Q_EMIT meetingIdChanged();
    reload();
}

QString MeetingController::statusLabel() const
{
    return m_found ? MeetingListModel::statusLabel(m_status) : QString();
}

bool MeetingController::canAnswer() const
{
    return m_found && m_status == Protocol::MeetingStatus::Scheduled && m_startsAt > now()
        && !memberId().isEmpty();
}

bool MeetingController::canEdit() const
{
    return m_found && isSecretary() && m_status == Protocol::MeetingStatus::Scheduled;
}

bool MeetingController::canTakeAttendance() const
{
    return m_found && isSecretary() && m_status != Protocol::MeetingStatus::Cancelled
        && m_startsAt.addSecs(-LocalActions::kAttendanceLeadSeconds) <= now();
}

void MeetingController::loadCell(SqliteDatabase &db)
{
    CellCatalog cell(db);
    const auto meeting = m_meetingId.isEmpty() ? std::nullopt : cell.meeting(m_meetingId);
    m_found = meeting.has_value();
    const CellMeeting shown = meeting.value_or(CellMeeting {});
    m_title = shown.title;
    m_startsAt = shown.startsAt;
    m_timeText = HomeController::vietnamTime(shown.startsAt);
    m_location = shown.location;
    m_agenda = shown.agenda;
    m_status = shown.status;
    m_cancelReason = shown.cancelReason;
    m_pending = shown.pending;

    QList<DocumentSummary> documents;
    DocumentCatalog catalog(db);
    for (const QString &id : shown.documentIds) {
        if (const auto detail = catalog.document(id))
            documents.append(detail->summary);
    }
    m_documents.setDocuments(documents);

    const QHash<QString, AttendanceRecord> records
        = m_found ? cell.attendance(m_meetingId) : QHash<QString, AttendanceRecord>();
    const AttendanceRecord mine = records.value(memberId());
    m_myAnswer = mine.rsvp;
    m_myReason = mine.reason;
    m_answerPending = mine.pending;
    m_presentCount = 0;
    m_absentCount = 0;
    m_memberCount = 0;
    if (m_found && isSecretary()) {
        const QList<CellMember> members = cell.members(shown.orgId);
        m_memberCount = int(members.size());
        for (const CellMember &member : members) {
            const auto present = records.value(member.id).present;
            if (present)
                ++(*present ? m_presentCount : m_absentCount);
        }
    }
    Q_EMIT meetingChanged();
}

bool MeetingController::answer(const QString &status, const QString &reason)
{
    if (status == Protocol::Rsvp::Absent && reason.trimmed().isEmpty()) {
        setErrorMessage(tr("Xin ghi lý do vắng mặt."));
        return false;
    }
    const QString kept = status == Protocol::Rsvp::Absent ? reason.trimmed() : QString();
    return act([&](LocalActions &actions) { return actions.rsvp(m_meetingId, status, kept); });
}

bool MeetingController::answerWith(Wire::Answer answer, const QString &reason)
{
    return this->answer(Wire::rsvpValue(answer), reason);
}

bool MeetingController::cancelMeeting(const QString &reason)
{
    return act([&](LocalActions &actions) { return actions.cancelMeeting(m_meetingId, reason); });
}
