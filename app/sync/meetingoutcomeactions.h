// What happens in a meeting (DESIGN.md 8.5, issue 21): meeting.comment by a member of the cell,
// vote.open and vote.close by the secretary, vote.cast by a member. Like AccountActions, each
// queues its mutation with its local effect in ONE vault transaction, the rows it touched
// pending until the server answers and rolled back if it refuses them.
// A secret vote: the device draws a random 32-byte ballot key once per vote and keeps it with
// the member's choice in secret_ballots (never in a pulled-row table); vote.cast sends the key
// (a changed choice the same key), and the member's own vote_cast row keeps no choice, as the
// server's. Only what the device can know is checked here (limits, choices, the vote open);
// the server decides who may.
#pragma once

#include "localactions.h"

#include <QString>
#include <QStringList>
#include <optional>

// Codes only this device gives (never on the wire), besides ActionError's.
namespace OutcomeError {
inline constexpr QLatin1StringView VoteClosed("vote_closed"); // the vote is closed here
inline constexpr QLatin1StringView MeetingOver("meeting_over"); // done or cancelled
} // namespace OutcomeError

// The device's own ballot of a secret vote (secret_ballots).
struct SecretBallot
{
    QString voteId;
    QString ballotKey; // 64 hex digits
    QString choice;
    QString castAt; // ISO UTC
};

class MeetingOutcomeActions
{
public:
    using Result = LocalActions::Result;
    using Clock = LocalActions::Clock;

    // `db` is the open vault's database (not owned).
    explicit MeetingOutcomeActions(SqliteDatabase &db, Clock clock = {});

    // meeting.comment (a reply when replyTo names a comment of the same meeting). invalid_args
    // for an empty text or one over Limit::CommentText; not_found for an unknown meeting or
    // reply; meeting_over once the meeting is done or cancelled; conflict at Limit::
    // MeetingComments.
    Result comment(const QString &meetingId, const QString &text, const QString &replyTo = {});
    // vote.open: question 1..Limit::VoteQuestion, 2..Limit::VoteChoices distinct trimmed
    // choices of 1..Limit::VoteChoiceText (invalid_args); too_early over an hour before the
    // start; meeting_over; conflict at Limit::MeetingVotes. The meeting shows in_progress.
    Result openVote(
        const QString &meetingId, const QString &question, const QStringList &choices, bool secret);
    // vote.close: the vote shows closed (its tally comes from the server); closed: nothing sent.
    Result closeVote(const QString &voteId);
    // vote.cast: `choice` one of the vote's choices (invalid_args); vote_closed when closed
    // here; a secret vote's key drawn on the first cast and reused after.
    Result castVote(const QString &voteId, const QString &choice);

    // The device's secret ballot of a vote, if it cast one.
    [[nodiscard]] std::optional<SecretBallot> secretBallot(const QString &voteId);
    // The vote_cast row id of a member's ballot ("<vote_id>:<member_id>").
    [[nodiscard]] static QString castId(const QString &voteId, const QString &memberId);
    // The choices as vote.open sends them (trimmed), or empty when they break the rules.
    [[nodiscard]] static QStringList validChoices(const QStringList &choices);
    // A new secret ballot key: 32 random bytes from the system's CSPRNG (getrandom), as 64 hex
    // digits.
    [[nodiscard]] static QString drawBallotKey();

private:
    Result record(const QString &name, const QJsonObject &args, const QList<RowRef> &rows,
        const std::function<void()> &apply, const QString &rowId);
    [[nodiscard]] QString myMemberId();

    SqliteDatabase &m_db;
    Clock m_clock;
};
