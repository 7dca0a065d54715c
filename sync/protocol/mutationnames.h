// Names of the push mutations (DESIGN.md section 5, Push) and of the pulled row types.
#pragma once

#include <QLatin1StringView>

namespace Protocol {

// Values of "name" in a push batch.
namespace Mutation {
    inline constexpr QLatin1StringView DocumentRead("document.read");
    inline constexpr QLatin1StringView NotePut("note.put");
    inline constexpr QLatin1StringView NoteDelete("note.delete");
    inline constexpr QLatin1StringView BookmarkPut("bookmark.put");
    inline constexpr QLatin1StringView BookmarkDelete("bookmark.delete");
    inline constexpr QLatin1StringView MeetingRsvp("meeting.rsvp");
    inline constexpr QLatin1StringView FeedbackPost("feedback.post");
    inline constexpr QLatin1StringView ProfileUpdate("profile.update");
    inline constexpr QLatin1StringView ProfileRequest("profile.request");
    inline constexpr QLatin1StringView ProfileRequestDecide("profile.request.decide");
    inline constexpr QLatin1StringView DocumentShare("document.share");
    inline constexpr QLatin1StringView MeetingCreate("meeting.create");
    inline constexpr QLatin1StringView MeetingUpdate("meeting.update");
    inline constexpr QLatin1StringView MeetingCancel("meeting.cancel");
    inline constexpr QLatin1StringView MeetingAttendance("meeting.attendance");
    // Publishing (DESIGN.md 8.1, 8.2).
    inline constexpr QLatin1StringView SignerRegister("signer.register");
    inline constexpr QLatin1StringView DocumentDraftPut("document.draft.put");
    inline constexpr QLatin1StringView DocumentDraftSubmit("document.draft.submit");
    inline constexpr QLatin1StringView DocumentDraftReturn("document.draft.return");
    inline constexpr QLatin1StringView DocumentPublish("document.publish");
    inline constexpr QLatin1StringView DocumentWithdraw("document.withdraw");
    // Studying a resolution (DESIGN.md 8.3).
    inline constexpr QLatin1StringView StudyAssign("study.assign");
    inline constexpr QLatin1StringView StudySubmit("study.submit");
    inline constexpr QLatin1StringView StudyReview("study.review");
    inline constexpr QLatin1StringView StudyClose("study.close");
    // Oversight, accounts and transfers (DESIGN.md 8.4).
    inline constexpr QLatin1StringView AccountCreate("account.create");
    inline constexpr QLatin1StringView AccountResetPassword("account.reset_password");
    inline constexpr QLatin1StringView DeviceRevoke("device.revoke");
    inline constexpr QLatin1StringView MemberTransferRequest("member.transfer.request");
    inline constexpr QLatin1StringView MemberTransferDecide("member.transfer.decide");
    // Meeting outcomes (DESIGN.md 8.5).
    inline constexpr QLatin1StringView MeetingEnd("meeting.end");
    inline constexpr QLatin1StringView MeetingComment("meeting.comment");
    inline constexpr QLatin1StringView MeetingMinutes("meeting.minutes");
    inline constexpr QLatin1StringView VoteOpen("vote.open");
    inline constexpr QLatin1StringView VoteClose("vote.close");
    inline constexpr QLatin1StringView VoteCast("vote.cast");
    // Annual review (DESIGN.md 8.6).
    inline constexpr QLatin1StringView ReviewCycleOpen("review.cycle.open");
    inline constexpr QLatin1StringView ReviewCycleClose("review.cycle.close");
    inline constexpr QLatin1StringView ReviewSubmit("review.submit");
    inline constexpr QLatin1StringView ReviewPropose("review.propose");
    inline constexpr QLatin1StringView ReviewDecide("review.decide");
    // The meeting room (DESIGN.md 8.8): a member's signed check-in or ballot (RoomStatement),
    // pushed by the member's device or by the secretary's device that received it in the room.
    inline constexpr QLatin1StringView RoomCheckIn("room.check_in");
    inline constexpr QLatin1StringView RoomBallot("room.ballot");
} // namespace Mutation

// Values of "type" in a pull change.
namespace RowType {
    inline constexpr QLatin1StringView Organization("organization");
    inline constexpr QLatin1StringView Member("member");
    inline constexpr QLatin1StringView Document("document");
    inline constexpr QLatin1StringView Meeting("meeting");
    inline constexpr QLatin1StringView Attendance("attendance");
    inline constexpr QLatin1StringView ReadReceipt("read_receipt");
    inline constexpr QLatin1StringView Note("note");
    inline constexpr QLatin1StringView Bookmark("bookmark");
    inline constexpr QLatin1StringView Notification("notification");
    inline constexpr QLatin1StringView ProfileRequest("profile_request");
    inline constexpr QLatin1StringView Feedback("feedback");
    inline constexpr QLatin1StringView Signer("signer"); // DESIGN.md 8.1
    inline constexpr QLatin1StringView DocumentDraft("document_draft"); // DESIGN.md 8.2
    inline constexpr QLatin1StringView Study("study"); // DESIGN.md 8.3
    inline constexpr QLatin1StringView StudySubmission("study_submission");
    inline constexpr QLatin1StringView StudyProgress("study_progress");
    inline constexpr QLatin1StringView OrgStats("org_stats"); // DESIGN.md 8.4
    inline constexpr QLatin1StringView Device("device");
    inline constexpr QLatin1StringView MemberTransfer("member_transfer");
    inline constexpr QLatin1StringView MeetingComment("meeting_comment"); // DESIGN.md 8.5
    inline constexpr QLatin1StringView Vote("vote");
    inline constexpr QLatin1StringView VoteCast("vote_cast");
    inline constexpr QLatin1StringView ReviewCycle("review_cycle"); // DESIGN.md 8.6
    inline constexpr QLatin1StringView SelfReview("self_review");
    inline constexpr QLatin1StringView ReviewSummary("review_summary");
} // namespace RowType

// Error codes the sync client reacts to that protocol.h does not list.
namespace SyncErrorCode {
    inline constexpr QLatin1StringView BadCursor("bad_cursor"); // 400 on pull: start over
    inline constexpr QLatin1StringView BlobMissing("blob_missing"); // share before upload
} // namespace SyncErrorCode

} // namespace Protocol
