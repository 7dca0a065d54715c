#include "meetingscontroller.h"

#include "cellcatalog.h"
#include "homecontroller.h"
#include "wirevalues.h"

#include <algorithm>

MeetingsController::MeetingsController(QObject *parent)
    : CellController(parent)
{ }

void MeetingsController::loadCell(SqliteDatabase &db)
{
    CellCatalog catalog(db);
    const QDateTime cutoff = now().addSecs(-kUnderWaySeconds);
    QList<MeetingListItem> upcoming;
    QList<MeetingListItem> past;
    for (const CellMeeting &meeting : catalog.meetings()) {
        const MeetingListItem item { meeting.id, meeting.title,
            HomeController::vietnamTime(meeting.startsAt), meeting.location, meeting.status,
            catalog.attendance(meeting.id).value(memberId()).rsvp, meeting.pending };
        if (meeting.status != Protocol::MeetingStatus::Done && meeting.startsAt >= cutoff)
            upcoming.append(item);
        else
            past.append(item);
    }
    std::reverse(past.begin(), past.end());
    m_upcoming.setMeetings(upcoming);
    m_past.setMeetings(past);
}
