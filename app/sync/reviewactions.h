// The device's side of the annual review (DESIGN.md 8.6, issue 22; the contract "Annual
// review" in docs/protocol-extensions.md): all five mutations. Like StudyOrganiserActions and
// MeetingOutcomeActions, each action first checks every rule the device can check (limits,
// ratings, dates, who may, the cycle open, the self-review's status) and refuses before
// anything is queued; otherwise it changes the local replica at once (the self_review /
// review_cycle row and the review_summary rows the device holds for it), queues the mutation
// and saves the before-images, in ONE vault transaction: the rows show as pending until the
// server answers and are rolled back if it refuses them (listed by RejectedChangesModel).
//
// The member's bản kiểm điểm is drafted in the vault (self_review_drafts, never sent) as they
// type: saveDraft() per pause, submit() composes `text` from the draft's sections under their
// headings and sends the `sections` too. The draft stays until the server has accepted a
// submission with the same content (dropSettledDrafts(), after each sync), so a refused
// submit loses nothing; a member may edit and submit again until the cell proposes.
//
// Who uses what: the member (SelfReviewController) saveDraft/draft/submit; the cell's
// secretary propose(); a committee openCycle/closeCycle and decide()/agreeWithProposals().
// message(code) is the Vietnamese text for any refusal of these actions, device's or
// server's. Ratings' names: ReviewRating (app/models/reviewrating.h).
#pragma once

#include "localactions.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// Codes only this device gives (never on the wire), besides ActionError's and the protocol's
// (not_signed_in, storage, invalid_args, not_found, forbidden, conflict).
namespace ReviewError {
// The cycle is closed (here): nothing more can be submitted, proposed or decided.
inline constexpr QLatin1StringView CycleClosed("review_cycle_closed");
// Today (in Vietnam) is after the cycle's decision_due: no more submissions.
inline constexpr QLatin1StringView PastDeadline("review_past_deadline");
// The cell has proposed a rating: the self-review can no longer be changed by its member.
inline constexpr QLatin1StringView Proposed("review_already_proposed");
// The committee has decided: final (a decide with the same rating and comment sends nothing).
inline constexpr QLatin1StringView Decided("review_already_decided");
// review.decide before the cell proposed.
inline constexpr QLatin1StringView NotProposed("review_not_proposed");
// review.submit with every section empty (or no draft).
inline constexpr QLatin1StringView Empty("review_empty");
// review.submit without the member's own rating (one of the four).
inline constexpr QLatin1StringView NoRating("review_no_rating");
// review.cycle.open: another open cycle of the same year for this audience, above or below it.
inline constexpr QLatin1StringView CycleOverlaps("review_cycle_overlaps");
} // namespace ReviewError

// What review.cycle.open sends (the id is made by openCycle).
struct ReviewCycleSpec
{
    int year = 0;
    QString audienceOrgId;
    QDate selfReviewDue; // a day in Vietnam
    QDate decisionDue; // a day in Vietnam, not before selfReviewDue
};

// The member's draft of a cycle's self-review (self_review_drafts).
struct SelfReviewDraft
{
    QString cycleId;
    QStringList sections; // in the form's order (sectionHeadings())
    QString selfRating; // one of Protocol::ReviewRating, or "" while not chosen
    QDateTime updatedAt;
};

class ReviewActions
{
    Q_DECLARE_TR_FUNCTIONS(ReviewActions)

public:
    using Result = LocalActions::Result;
    using Clock = LocalActions::Clock;

    // The parts of the bản kiểm điểm đảng viên, in order.
    static constexpr int kSectionCount = 5;

    // `db` is the open vault's database (not owned); `clock` gives "now" (UTC).
    explicit ReviewActions(SqliteDatabase &db, Clock clock = {});

    // ---- The form -------------------------------------------------------------------------
    // The headings of the kSectionCount parts ("1. Về tư tưởng chính trị", …), translated.
    [[nodiscard]] static QStringList sectionHeadings();
    // review.submit's `text`: each non-empty section (trimmed) under its heading, separated by
    // a blank line ("1. Về tư tưởng chính trị\n<text>\n\n2. …"). "" when every section is empty.
    [[nodiscard]] static QString composeText(const QStringList &sections);
    // Today in Vietnam (UTC+7) at `utc`.
    [[nodiscard]] static QDate vietnamDate(const QDateTime &utc);
    // The text the user reads for a refusal `code` of these actions (device or server codes).
    [[nodiscard]] static QString message(const QString &code);

    // ---- The member ------------------------------------------------------------------------
    // Stores the draft (replacing the previous one); local only, cheap enough for every pause
    // in typing. Throws StorageError.
    void saveDraft(const QString &cycleId, const QStringList &sections, const QString &selfRating);
    // The draft of a cycle, if any. Throws StorageError.
    [[nodiscard]] std::optional<SelfReviewDraft> draft(const QString &cycleId);
    // Forgets a cycle's draft. Throws StorageError.
    void discardDraft(const QString &cycleId);
    // review.submit of the cycle's draft: not_signed_in without a member; not_found for a
    // cycle not on this device or whose audience is not above/at my cell; CycleClosed;
    // PastDeadline after decision_due; Proposed / Decided once the cell proposed / the
    // committee decided; Empty with no draft or every section empty; NoRating without a valid
    // self-rating; invalid_args over Limit::SelfReviewText / SelfReviewSections /
    // SelfReviewSection. The member's earlier self-review keeps its id (a resubmission
    // replaces it). The draft is kept. rowId = the self-review's id.
    Result submit(const QString &cycleId);
    // Forgets the drafts the server holds: those equal to my accepted (no change pending)
    // self-review of the cycle, and those of self-reviews the cell proposed or the committee
    // decided (they can no longer be sent). Call after a sync. Throws StorageError.
    void dropSettledDrafts();
    // The member's own self-review row of a cycle on this device (the pulled or pending row).
    [[nodiscard]] std::optional<QJsonObject> mySelfReview(const QString &cycleId);

    // ---- The cell's secretary -------------------------------------------------------------
    // review.propose: `rating` one of the four and `comment` ≤ Limit::ReviewProposalComment
    // (invalid_args); not_signed_in; forbidden unless a secretary of the self-review's cell;
    // not_found; CycleClosed; Decided once decided. A proposal may be changed until the
    // decision (the same rating and comment again: nothing sent, mutationId 0).
    Result propose(const QString &selfReviewId, const QString &rating, const QString &comment);

    // ---- A committee ----------------------------------------------------------------------
    // review.decide: invalid_args as propose (Limit::ReviewDecisionComment); forbidden unless
    // a committee user of the cell's parent organisation or of the cycle's opener; not_found;
    // CycleClosed; NotProposed while only submitted; decided already: nothing sent
    // (mutationId 0) with the same rating and comment, else Decided (final).
    Result decide(const QString &selfReviewId, const QString &rating, const QString &comment);
    // The bulk "agree with the cell's proposals": one review.decide per self-review with its
    // proposed rating and no comment, each in its own transaction; the results in order (an
    // exception is simply left out of the list, or decided with decide() before).
    QList<Result> agreeWithProposals(const QStringList &selfReviewIds);
    // The first problem of a cycle in words (""when it can be queued): year outside
    // Limit::ReviewYearMin..Max, no audience, a due date missing, selfReviewDue after
    // decisionDue, decisionDue before `today` (Vietnam).
    [[nodiscard]] static QString cycleProblem(const ReviewCycleSpec &cycle, const QDate &today);
    // review.cycle.open under a new id (rowId): invalid_args when cycleProblem() is not empty;
    // not_signed_in; forbidden unless a committee (or admin) user; not_found for an audience
    // not this user's organisation or below it; CycleOverlaps for another open cycle of the
    // same year on this device whose audience is the same, above or below.
    Result openCycle(const ReviewCycleSpec &cycle);
    // review.cycle.close: not_found; forbidden unless a committee user of the opener
    // organisation; a closed cycle: nothing sent (mutationId 0).
    Result closeCycle(const QString &cycleId);

private:
    struct Me;
    [[nodiscard]] Me me();
    Result record(const QString &name, const QJsonObject &args, const QList<RowRef> &rows,
        const std::function<void()> &apply, const QString &rowId);

    SqliteDatabase &m_db;
    Clock m_clock;
};
