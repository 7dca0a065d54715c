#include "wire.h"

#include "wirevalues.h"

namespace Wire {

MeetingStatus meetingStatus(QStringView status)
{
    if (status == Protocol::MeetingStatus::Scheduled)
        return MeetingScheduled;
    if (status == Protocol::MeetingStatus::Cancelled)
        return MeetingCancelled;
    if (status == Protocol::MeetingStatus::Done)
        return MeetingDone;
    if (status == Protocol::MeetingStatus::InProgress)
        return MeetingInProgress;
    return MeetingUnknown;
}

Answer answer(QStringView rsvp)
{
    if (rsvp == Protocol::Rsvp::Attending)
        return Attending;
    if (rsvp == Protocol::Rsvp::Absent)
        return Absent;
    return NoAnswer;
}

QString rsvpValue(Answer answer)
{
    switch (answer) {
    case Attending:
        return Protocol::Rsvp::Attending;
    case Absent:
        return Protocol::Rsvp::Absent;
    case NoAnswer:
        break;
    }
    return {};
}

RequestStatus requestStatus(QStringView status)
{
    if (status == Protocol::ProfileRequestStatus::Pending)
        return RequestPending;
    if (status == Protocol::ProfileRequestStatus::Approved)
        return RequestApproved;
    if (status == Protocol::ProfileRequestStatus::Rejected)
        return RequestRejected;
    return RequestUnknown;
}

} // namespace Wire
