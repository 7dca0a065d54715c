// The annual review (DESIGN.md 8.6, issue 22): the SQL of review_cycles, self_reviews and
// review_summaries, their pulled data, and the summaries kept current in the transaction of
// every write that changes a self-review. The mutations live in mutations/reviewmutations.cpp;
// the demo's cycles in demo/demoreview.cpp. The contract: docs/protocol-extensions.md,
// "Annual review".
//
// Summaries: one row per cycle and organisation of the audience's subtree (made when the cycle
// opens). Each counts, in that organisation's subtree: members (the members table when last
// counted), submitted (self-reviews of the cycle in any status), proposed per rating (those
// with a cell's proposal, decided ones included: the proposal stays on the row) and decided
// per rating. A self-review counts where it was recorded (self_reviews.org_id, the member's
// cell when they first submitted).
#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

class WriteTransaction;

// One cycle as stored.
struct ReviewCycleRecord
{
    QString id;
    int year = 0;
    QString audienceOrgId;
    QString openerOrgId; // the opening committee user's organisation (may decide too)
    QString openedBy; // user id
    QString selfReviewDue; // YYYY-MM-DD
    QString decisionDue; // YYYY-MM-DD
    QString status; // Protocol::ReviewCycleStatus
    QString openedAt; // ISO 8601 UTC
    QString closedAt; // empty while open
    qint64 version = 1;
};

// One member's self-review in a cycle as stored (empty strings for what is not set yet).
struct SelfReviewRecord
{
    QString id;
    QString cycleId;
    QString memberId;
    QString orgId; // the member's cell when first submitted
    QString text;
    QJsonArray sections; // [text], the form's parts in order
    QString selfRating; // Protocol::ReviewRating
    QString status; // Protocol::SelfReviewStatus
    QString submittedAt; // the first submission
    QString updatedAt; // the last change by anyone
    QString proposedRating;
    QString proposalComment;
    QString proposedBy; // user id
    QString proposedAt;
    QString decidedRating;
    QString decisionComment;
    QString decidedBy; // user id
    QString decidedAt;
    qint64 version = 1;
};

class Reviews
{
public:
    // The four ratings, best first.
    [[nodiscard]] static QStringList ratings();
    [[nodiscard]] static bool isRating(const QString &value);
    // Whether a first submission at `at` is after the end of the due date in Vietnam (UTC+7).
    [[nodiscard]] static bool isLate(const QString &dueDate, const QString &at);

    // The cycle, or nullopt; throws DbError.
    [[nodiscard]] static std::optional<ReviewCycleRecord> findCycle(
        const QSqlDatabase &db, const QString &id);
    // Inserts a new cycle (version 1), records its change in the audience's scope and makes
    // its summaries (every organisation of the audience's subtree, counted); throws DbError.
    static void insertCycle(
        WriteTransaction &transaction, const ReviewCycleRecord &cycle, const QDateTime &now);
    // Closes an open cycle (status closed, closed_at = at, version + 1) and records the change.
    static void closeCycle(WriteTransaction &transaction, const QString &id, const QString &at);
    // The open cycles of `year` whose audience is `audienceOrgId`, above it or below it.
    [[nodiscard]] static QStringList overlappingOpenCycles(
        const QSqlDatabase &db, int year, const QString &audienceOrgId);

    // The self-review with this id / of this member in this cycle, or nullopt.
    [[nodiscard]] static std::optional<SelfReviewRecord> findSelfReview(
        const QSqlDatabase &db, const QString &id);
    [[nodiscard]] static std::optional<SelfReviewRecord> selfReviewOf(
        const QSqlDatabase &db, const QString &cycleId, const QString &memberId);
    // Inserts (isNew) or rewrites the self-review (version + 1) and records its change in its
    // cell, owned by the member; throws DbError. Summaries are recounted by recomputeChain.
    static void saveSelfReview(
        WriteTransaction &transaction, const SelfReviewRecord &review, bool isNew);
    // Whether a cell already has a proposal in the cycle.
    [[nodiscard]] static bool cellHasProposal(
        const QSqlDatabase &db, const QString &cycleId, const QString &cellId);

    // Recounts the cycle's summaries of these organisations (those without a summary row are
    // skipped) from the raw rows and writes each whose values changed (version + 1,
    // updated_at = now), recording its change in that organisation's scope. Returns how many
    // rows changed; throws DbError.
    static int recompute(WriteTransaction &transaction, const ReviewCycleRecord &cycle,
        const QStringList &orgIds, const QDateTime &now);
    // The same for every summary of the cycle.
    static int recomputeAll(
        WriteTransaction &transaction, const ReviewCycleRecord &cycle, const QDateTime &now);
    // The same for a cell and every organisation above it up to the audience.
    static int recomputeChain(WriteTransaction &transaction, const ReviewCycleRecord &cycle,
        const QString &cellId, const QDateTime &now);
    // A member moved from one cell to another (`member move`, an accepted transfer): their
    // undecided self-reviews of open cycles whose audience holds the new cell follow them (the
    // new cell's secretary proposes, its committee decides); decided ones and those of closed
    // cycles stay where they were rated. Every open cycle's summaries along both cells' chains
    // are recounted (members included). Returns how many self-reviews moved; throws DbError.
    static int followMember(WriteTransaction &transaction, const QString &memberId,
        const QString &fromCellId, const QString &toCellId, const QDateTime &now);
    // A summary's id: "<cycle id>:<org id>".
    [[nodiscard]] static QString summaryId(const QString &cycleId, const QString &orgId);

    // The pulled data of these rows (ids that no longer exist are left out).
    struct Row
    {
        QJsonObject data;
        qint64 version = 1;
    };
    [[nodiscard]] static QHash<QString, Row> cycleRows(
        const QSqlDatabase &db, const QStringList &ids);
    [[nodiscard]] static QHash<QString, Row> selfReviewRows(
        const QSqlDatabase &db, const QStringList &ids);
    [[nodiscard]] static QHash<QString, Row> summaryRows(
        const QSqlDatabase &db, const QStringList &ids);
};
