// The values of enumerated wire fields (DESIGN.md section 5) and the limits both sides
// enforce. The server checks them authoritatively; the client checks the same limits before
// it queues a change, so that a change it accepts is not rejected later. Every such value is
// typed here once: tst_wirevocabulary fails on a string literal equal to one of them in the
// server, the client, the app or QML.
#pragma once

#include <QLatin1StringView>

namespace Protocol {

// Values of AuthUser::role ("role" in login and refresh answers).
namespace Role {
    inline constexpr QLatin1StringView Member("member");
    inline constexpr QLatin1StringView Secretary("secretary");
    inline constexpr QLatin1StringView Committee("committee");
    inline constexpr QLatin1StringView Admin("admin");
} // namespace Role

// Values of "op" in a pull change.
namespace ChangeOp {
    inline constexpr QLatin1StringView Put("put");
    inline constexpr QLatin1StringView Delete("delete");
} // namespace ChangeOp

// Values of "status" in a push result.
namespace MutationStatus {
    inline constexpr QLatin1StringView Applied("applied");
    inline constexpr QLatin1StringView Rejected("rejected");
} // namespace MutationStatus

// Values of "status" in meeting.rsvp and of "rsvp" in an attendance row (or null).
namespace Rsvp {
    inline constexpr QLatin1StringView Attending("attending");
    inline constexpr QLatin1StringView Absent("absent");
} // namespace Rsvp

// Values of "status" in a meeting row. DESIGN.md 8.5: in_progress from the first attendance
// taken or the first vote opened, done when the secretary publishes the minutes or ends it.
namespace MeetingStatus {
    inline constexpr QLatin1StringView Scheduled("scheduled");
    inline constexpr QLatin1StringView InProgress("in_progress");
    inline constexpr QLatin1StringView Cancelled("cancelled");
    inline constexpr QLatin1StringView Done("done");
} // namespace MeetingStatus

// Values of "status" in a profile_request row.
namespace ProfileRequestStatus {
    inline constexpr QLatin1StringView Pending("pending");
    inline constexpr QLatin1StringView Approved("approved");
    inline constexpr QLatin1StringView Rejected("rejected");
} // namespace ProfileRequestStatus

// Values of "decision" in profile.request.decide.
namespace Decision {
    inline constexpr QLatin1StringView Approve("approve");
    inline constexpr QLatin1StringView Reject("reject");
} // namespace Decision

// Values of "kind" in a notification row.
namespace NotificationKind {
    inline constexpr QLatin1StringView MeetingCreated("meeting_created");
    inline constexpr QLatin1StringView MeetingChanged("meeting_changed");
    inline constexpr QLatin1StringView MeetingCancelled("meeting_cancelled");
    inline constexpr QLatin1StringView DocumentShared("document_shared");
    inline constexpr QLatin1StringView FeedbackReply("feedback_reply");
    // To the cell's secretaries: a member's answer to a meeting, a message, a request.
    inline constexpr QLatin1StringView RsvpAbsent("rsvp_absent");
    inline constexpr QLatin1StringView RsvpAttending("rsvp_attending");
    inline constexpr QLatin1StringView FeedbackReceived("feedback_received");
    inline constexpr QLatin1StringView ProfileRequestSubmitted("profile_request_submitted");
    // To the member: a decision on their request; contacts edited on two devices.
    inline constexpr QLatin1StringView ProfileDecision("profile_decision");
    inline constexpr QLatin1StringView ProfileConflict("profile_conflict");
    // To the members of a withdrawn document's audience: its title and the reason.
    inline constexpr QLatin1StringView DocumentWithdrawn("document_withdrawn");
    // Studying (DESIGN.md 8.3): a new study to each member of its audience (ref: the study);
    // a reflection returned by the secretary to its member (ref: the study).
    inline constexpr QLatin1StringView StudyAssigned("study_assigned");
    inline constexpr QLatin1StringView StudyReturned("study_returned");
    // Transfers (DESIGN.md 8.4): to the receiving committee, a request (ref: the transfer); to
    // the sending committee and to the member, the decision. Notifications to a committee are
    // addressed to its organisation (notifications.org_id, no member) and pulled by every
    // committee account of that organisation.
    inline constexpr QLatin1StringView TransferRequested("transfer_requested");
    inline constexpr QLatin1StringView TransferDecided("transfer_decided");
    // Meeting outcomes (DESIGN.md 8.5): a member's comment to the cell's secretaries (ref: the
    // meeting); the minutes published, to the cell's members (ref: the meeting).
    inline constexpr QLatin1StringView CommentPosted("comment_posted");
    inline constexpr QLatin1StringView MinutesPublished("minutes_published");
    // Annual review (DESIGN.md 8.6): a cycle opened, to each member of its audience (ref: the
    // cycle); a self-review submitted, to the cell's secretaries (ref: the self-review); the
    // cell's first proposal in a cycle, to the deciding committee's organisation (ref: the cycle);
    // the rating decided, to the member (ref: the self-review).
    inline constexpr QLatin1StringView ReviewOpened("review_opened");
    inline constexpr QLatin1StringView ReviewSubmitted("review_submitted");
    inline constexpr QLatin1StringView ReviewProposed("review_proposed");
    inline constexpr QLatin1StringView ReviewDecided("review_decided");
} // namespace NotificationKind

// Values of "ref_type" in a notification row: the row type the notification points at.
namespace RefType {
    inline constexpr QLatin1StringView Meeting("meeting");
    inline constexpr QLatin1StringView Document("document");
    inline constexpr QLatin1StringView Feedback("feedback");
    inline constexpr QLatin1StringView Member("member");
    inline constexpr QLatin1StringView ProfileRequest("profile_request");
    inline constexpr QLatin1StringView Study("study");
    inline constexpr QLatin1StringView MemberTransfer("member_transfer");
    inline constexpr QLatin1StringView ReviewCycle("review_cycle");
    inline constexpr QLatin1StringView SelfReview("self_review");
} // namespace RefType

// Values of "kind" in a document row and in document.share.
namespace DocumentKind {
    inline constexpr QLatin1StringView Resolution("resolution");
    inline constexpr QLatin1StringView Directive("directive");
    inline constexpr QLatin1StringView Conclusion("conclusion");
    inline constexpr QLatin1StringView Regulation("regulation");
    inline constexpr QLatin1StringView Plan("plan");
    inline constexpr QLatin1StringView Guidance("guidance");
    inline constexpr QLatin1StringView Notice("notice");
    inline constexpr QLatin1StringView MeetingMaterial("meeting_material");
    inline constexpr QLatin1StringView Other("other");
} // namespace DocumentKind

// Values of "classification" in a document row. A restricted document syncs without its
// body and attachments.
namespace Classification {
    inline constexpr QLatin1StringView Public("public");
    inline constexpr QLatin1StringView Internal("internal");
    inline constexpr QLatin1StringView Restricted("restricted");
} // namespace Classification

// Values of "status" in a document_draft row (DESIGN.md 8.2).
namespace DraftStatus {
    inline constexpr QLatin1StringView Draft("draft");
    inline constexpr QLatin1StringView Submitted("submitted");
    inline constexpr QLatin1StringView Returned("returned");
    inline constexpr QLatin1StringView Published("published");
} // namespace DraftStatus

// Values of "status" in a study row (DESIGN.md 8.3): study.close makes it closed, which stops
// submissions.
namespace StudyStatus {
    inline constexpr QLatin1StringView Open("open");
    inline constexpr QLatin1StringView Closed("closed");
} // namespace StudyStatus

// Values of "status" in a study_submission row.
namespace SubmissionStatus {
    inline constexpr QLatin1StringView Submitted("submitted");
    inline constexpr QLatin1StringView Accepted("accepted");
    inline constexpr QLatin1StringView Returned("returned");
} // namespace SubmissionStatus

// Values of "decision" in study.review.
namespace ReviewDecision {
    inline constexpr QLatin1StringView Accept("accept");
    inline constexpr QLatin1StringView Return("return");
} // namespace ReviewDecision

// Values of "status" in a member_transfer row (DESIGN.md 8.4).
namespace TransferStatus {
    inline constexpr QLatin1StringView Pending("pending");
    inline constexpr QLatin1StringView Accepted("accepted");
    inline constexpr QLatin1StringView Rejected("rejected");
} // namespace TransferStatus

// Values of "decision" in member.transfer.decide.
namespace TransferDecision {
    inline constexpr QLatin1StringView Accept("accept");
    inline constexpr QLatin1StringView Reject("reject");
} // namespace TransferDecision

// Values of "status" in a vote row (DESIGN.md 8.5): open until vote.close (or the meeting's
// end), then closed with its tally.
namespace VoteStatus {
    inline constexpr QLatin1StringView Open("open");
    inline constexpr QLatin1StringView Closed("closed");
} // namespace VoteStatus

// Values of "rating" (self_rating, proposed_rating, decided_rating) in the annual review
// (DESIGN.md 8.6), best first: Hoàn thành xuất sắc / tốt / Hoàn thành / Không hoàn thành nhiệm vụ.
namespace ReviewRating {
    inline constexpr QLatin1StringView Excellent("excellent");
    inline constexpr QLatin1StringView Good("good");
    inline constexpr QLatin1StringView Fulfilled("fulfilled");
    inline constexpr QLatin1StringView NotFulfilled("not_fulfilled");
} // namespace ReviewRating

// Values of "status" in a review_cycle row: open until review.cycle.close.
namespace ReviewCycleStatus {
    inline constexpr QLatin1StringView Open("open");
    inline constexpr QLatin1StringView Closed("closed");
} // namespace ReviewCycleStatus

// Values of "status" in a self_review row: submitted (the member may still edit it), proposed
// (the cell's proposal made; the secretary may still change it), decided (final).
namespace SelfReviewStatus {
    inline constexpr QLatin1StringView Submitted("submitted");
    inline constexpr QLatin1StringView Proposed("proposed");
    inline constexpr QLatin1StringView Decided("decided");
} // namespace SelfReviewStatus

// Values of "status" in a device row.
namespace DeviceStatus {
    inline constexpr QLatin1StringView Active("active");
    inline constexpr QLatin1StringView Revoked("revoked");
} // namespace DeviceStatus

// Members of a push result's `data` (DESIGN.md 8.4: for the caller alone, in the first
// answer only; a replayed answer never carries it, since the server does not keep it). These
// are member names, like every other JSON field name, not enumerated values: declared so that
// they stay out of the vocabulary tst_wirevocabulary keeps unique ("login" and "user_id" name
// other things too).
namespace ResultData {
    inline constexpr auto TemporaryPassword = QLatin1StringView("temporary_password");
    inline constexpr auto UserId = QLatin1StringView("user_id");
    inline constexpr auto Login = QLatin1StringView("login");
} // namespace ResultData

// Names spelled like one of the values above but meaning something else (a JSON key, a
// model role, an option). They get their own constants so that the values above stay
// unique in the code.
namespace Key {
    // {"document": {...}}: the answer of GET /v1/documents/<id> (a restricted document).
    inline constexpr QLatin1StringView Document("document");
    // A row's local change is not yet acknowledged by the server (model role, JSON key).
    inline constexpr QLatin1StringView Pending("pending");
    // How many pushed changes the server rejected (handbook sync --json).
    inline constexpr QLatin1StringView Rejected("rejected");
    // handbook sync --timeout <seconds>.
    inline constexpr QLatin1StringView Timeout("timeout");
    // handbook-server member move (a command) and user create --member <member_id>.
    inline constexpr QLatin1StringView Member("member");
    // "meeting:" in the server's demo documents file: which demo meeting a document is for.
    inline constexpr QLatin1StringView Meeting("meeting");
    // {"device": {...}} in a login request; `handbook-server device` (a command).
    inline constexpr QLatin1StringView Device("device");
    // A signer's state in `handbook-server signing list`.
    inline constexpr QLatin1StringView Revoked("revoked");
} // namespace Key

// Lengths in characters (QString::size()) and counts, per mutation argument. The server
// rejects a longer value with invalid_args; the client refuses it before queueing.
namespace Limit {
    inline constexpr int NoteText = 20000; // note.put text
    inline constexpr int NoteAnchor = 500; // note.put anchor
    inline constexpr int RsvpReason = 500; // meeting.rsvp reason
    inline constexpr int RsvpStatus = 20; // meeting.rsvp status
    inline constexpr int FeedbackText = 4000; // feedback.post text
    inline constexpr int FeedbackReplyTo = 64; // feedback.post reply_to
    inline constexpr int ProfileRequestReason = 1000; // profile.request reason
    inline constexpr int Decision = 20; // profile.request.decide decision
    inline constexpr int DecisionReason = 1000; // profile.request.decide reason
    inline constexpr int DocumentTitle = 500; // document.share title
    inline constexpr int DocumentKind = 40; // document.share kind
    inline constexpr int DocumentSummary = 4000; // document.share summary
    inline constexpr int DocumentBody = 500000; // document.share body
    inline constexpr int DocumentAttachments = 20; // document.share attachments (count)
    inline constexpr int MeetingTitle = 300; // meeting.create/update title (trimmed)
    inline constexpr int MeetingStartsAt = 40; // meeting.create/update starts_at
    inline constexpr int MeetingLocation = 300; // meeting.create/update location (trimmed)
    inline constexpr int MeetingAgenda = 10000; // meeting.create/update agenda
    inline constexpr int MeetingDocuments = 50; // meeting.create/update document_ids (count)
    inline constexpr int CancelReason = 1000; // meeting.cancel reason
    inline constexpr int DocumentNumber = 100; // document.draft.put number
    inline constexpr int DocumentIssuer = 300; // document.draft.put issuer
    inline constexpr int ReturnReason = 1000; // document.draft.return reason
    inline constexpr int WithdrawReason = 1000; // document.withdraw reason
    inline constexpr int SignerName = 200; // signer.register name
    // Studying (DESIGN.md 8.3).
    inline constexpr int StudyTitle = 500; // study.assign title (trimmed, not empty)
    inline constexpr int StudyInstructions = 10000; // study.assign instructions
    inline constexpr int StudyDocuments = 20; // study.assign document_ids (count, at least 1)
    inline constexpr int QuizQuestions = 20; // study.assign quiz (count)
    inline constexpr int QuizQuestionText = 1000; // a quiz question's text
    inline constexpr int QuizChoices = 6; // a question's choices (count, at least 2)
    inline constexpr int QuizChoiceText = 300; // one choice's text
    inline constexpr int Reflection = 20000; // study.submit reflection
    inline constexpr int ReviewComment = 2000; // study.review comment
    // Oversight (DESIGN.md 8.4).
    inline constexpr int Login = 64; // account.create login (the rule of `user create`)
    inline constexpr int TransferReason = 1000; // member.transfer.request reason (not empty)
    inline constexpr int TransferDecisionReason = 1000; // member.transfer.decide reason
    // Meeting outcomes (DESIGN.md 8.5).
    inline constexpr int CommentText = 2000; // meeting.comment text (trimmed, not empty)
    inline constexpr int MeetingComments = 500; // comments of one meeting (count)
    inline constexpr int VoteQuestion = 1000; // vote.open question (trimmed, not empty)
    inline constexpr int VoteChoices = 10; // vote.open choices (count, at least 2)
    inline constexpr int VoteChoiceText = 200; // one choice's text (trimmed, not empty, unique)
    inline constexpr int MeetingVotes = 50; // votes of one meeting (count)
    inline constexpr int Minutes = 50000; // meeting.minutes text (not empty)
    inline constexpr int MinutesAttachments = 10; // meeting.minutes attachments (count)
    inline constexpr int BallotKey = 64; // vote.cast ballot_key (a secret vote's, hex)
    // Annual review (DESIGN.md 8.6).
    inline constexpr int ReviewYearMin = 2000; // review.cycle.open year, inclusive
    inline constexpr int ReviewYearMax = 2100;
    inline constexpr int SelfReviewText = 50000; // review.submit text (trimmed, not empty)
    inline constexpr int SelfReviewSections = 8; // review.submit sections (count)
    inline constexpr int SelfReviewSection = 20000; // one section's text
    inline constexpr int ReviewProposalComment = 2000; // review.propose comment
    inline constexpr int ReviewDecisionComment = 2000; // review.decide comment
} // namespace Limit

} // namespace Protocol
