// The committee's view of the annual review on this device (DESIGN.md 8.6, ReviewCyclePage):
// the replicated review_cycle rows and the review_summary rows of the organisations it can see
// (its own and those below it), placed in the organisation tree so that the summary drills
// down one level at a time, as StudyProgressCatalog does for a study's progress.
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

class SqliteDatabase;

// A review_cycle row: a year's review of an audience, opened by a committee.
struct ReviewCycleInfo
{
    QString id;
    int year = 0;
    QString audienceOrgId;
    QString audienceName;
    QString openerOrgId;
    QString openerName;
    QDate selfReviewDue;
    QDate decisionDue;
    QString status; // Protocol::ReviewCycleStatus
    QString openedAt;
    QString closedAt;

    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] static ReviewCycleInfo fromJson(const QJsonObject &row);
};

// Counts per rating (Protocol::ReviewRating), best first.
struct RatingCounts
{
    int excellent = 0;
    int good = 0;
    int fulfilled = 0;
    int notFulfilled = 0;

    [[nodiscard]] int total() const { return excellent + good + fulfilled + notFulfilled; }
    // "Hoàn thành tốt nhiệm vụ trở lên": excellent + good.
    [[nodiscard]] int goodOrBetter() const { return excellent + good; }
    // The count of the rating at `rank` (0 excellent … 3 not fulfilled).
    [[nodiscard]] int at(int rank) const;
    RatingCounts &operator+=(const RatingCounts &other);
    friend bool operator==(const RatingCounts &, const RatingCounts &) = default;
};

// A review_summary row: one organisation's figures in one cycle (its whole subtree).
struct ReviewSummaryRow
{
    QString id; // "<cycle id>:<org id>"
    QString cycleId;
    QString orgId;
    QString orgName; // from the organisations on this device
    QString orgKind;
    int members = 0;
    int submitted = 0;
    RatingCounts proposed;
    RatingCounts decided;
    QString updatedAt;
    bool hasChildren = false; // rows of organisations directly below it are on this device

    // (excellent + good) / decided; none before any decision.
    [[nodiscard]] std::optional<double> goodOrBetterRate() const;
    [[nodiscard]] static ReviewSummaryRow fromJson(const QJsonObject &row);
};

class ReviewSummaryCatalog
{
public:
    // `db` is the open vault's database (not owned).
    explicit ReviewSummaryCatalog(SqliteDatabase &db);

    // The cycles on this device, the newest year first, open before closed in a year, then by
    // the audience's name.
    [[nodiscard]] QList<ReviewCycleInfo> cycles();
    [[nodiscard]] std::optional<ReviewCycleInfo> cycle(const QString &cycleId);
    // Every summary row of a cycle, names and hasChildren filled in.
    [[nodiscard]] QList<ReviewSummaryRow> rows(const QString &cycleId);
    // Where the drill-down starts for a viewer of `myOrgId`: its own organisation's row when
    // there is one, else the highest row; "" when the cycle has no rows here.
    [[nodiscard]] QString topOrgId(const QString &cycleId, const QString &myOrgId);
    // One level: the row of `orgId` first, then the rows of the organisations directly below
    // it by name (Vietnamese order, numbers in numeric order). Empty when `orgId` has no row.
    [[nodiscard]] QList<ReviewSummaryRow> level(const QString &cycleId, const QString &orgId);

private:
    SqliteDatabase &m_db;
};
