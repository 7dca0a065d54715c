// The one table from a local action's error code (LocalActions::Result::error) to the text
// the user reads. The codes are the server's rejection codes (Protocol::ErrorCode) where the
// device checks the same rule, and the device-only ones below. Each screen names its kind of
// action; the wording ("chưa lưu", "chưa gửi", …) follows what the action was.
#pragma once

#include <QLatin1StringView>
#include <QString>

// Codes only the device gives (never on the wire).
namespace ActionError {
inline constexpr QLatin1StringView NotSignedIn("not_signed_in");
inline constexpr QLatin1StringView Storage("storage"); // the vault failed
inline constexpr QLatin1StringView InPast("in_past"); // a meeting time already gone
inline constexpr QLatin1StringView TooEarly("too_early"); // attendance before the hour
inline constexpr QLatin1StringView AlreadyDecided("already_decided");
// A draft no longer waiting for approval (returned, published, or being changed).
inline constexpr QLatin1StringView DraftNotSubmitted("draft_not_submitted");
inline constexpr QLatin1StringView NoSignerKey("no_signer_key"); // this device has no signing key
// A study's submission the device refuses before queueing it (StudyActions::submit).
inline constexpr QLatin1StringView ReflectionMissing("reflection_missing");
inline constexpr QLatin1StringView QuizUnanswered("quiz_unanswered");
} // namespace ActionError

class ActionErrors
{
public:
    enum class Action {
        CellChange, // meetings, attendance, answers, sharing (CellController)
        Note, // bookmarks and notes (ReaderController)
        MarkRead, // document.read (ReaderController)
        ContactChange, // profile.update (ContactEditor)
        ProfileRequest, // profile.request (ProfileRequestController)
        Decision, // profile.request.decide (ReviewController)
        Publishing, // signer.register, document.draft.return, document.publish, document.withdraw
        StudySubmit, // study.submit (StudyController), also its rejection by the server
    };

    // The text for `code` after `action` failed; a general one for codes the table does not
    // list for that action.
    [[nodiscard]] static QString message(Action action, const QString &code);
};
