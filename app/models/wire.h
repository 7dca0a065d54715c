// The wire values QML needs, as enums: QML compares these, never the strings of
// sync/protocol (tst_wirevocabulary holds that). The functions convert a wire string.
#pragma once

#include <QObject>
#include <QStringView>
#include <QtQml/qqmlregistration.h>

namespace Wire {
Q_NAMESPACE
QML_ELEMENT

// A meeting's "status" (Protocol::MeetingStatus).
enum MeetingStatus {
    MeetingUnknown,
    MeetingScheduled,
    MeetingCancelled,
    MeetingDone,
    MeetingInProgress
};
Q_ENUM_NS(MeetingStatus)

// A member's answer to a meeting (Protocol::Rsvp), or none yet.
enum Answer { NoAnswer, Attending, Absent };
Q_ENUM_NS(Answer)

// A profile change request's "status" (Protocol::ProfileRequestStatus).
enum RequestStatus { RequestUnknown, RequestPending, RequestApproved, RequestRejected };
Q_ENUM_NS(RequestStatus)

// Where a notification leads (NotificationListModel::targetOf).
enum Target {
    NoTarget,
    TargetMeeting,
    TargetDocument,
    TargetFeedback,
    TargetFollowUp,
    TargetReview,
    TargetStudy // a study assigned to the member, or their reflection returned
};
Q_ENUM_NS(Target)

[[nodiscard]] MeetingStatus meetingStatus(QStringView status);
[[nodiscard]] Answer answer(QStringView rsvp);
// The wire value of an answer; empty for NoAnswer.
[[nodiscard]] QString rsvpValue(Answer answer);
[[nodiscard]] RequestStatus requestStatus(QStringView status);

} // namespace Wire
