#include "reviewsummarycatalog.h"

#include "sqlitedatabase.h"
#include "wirevalues.h"

#include <QCollator>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;
namespace Rating = Protocol::ReviewRating;

namespace {

QJsonObject parse(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QDate dateOf(const QJsonValue &value)
{
    return QDate::fromString(value.toString().left(10), Qt::ISODate);
}

// The counts of `key` ("proposed" or "decided"): {excellent, good, fulfilled, not_fulfilled}
// as the contract nests them, or flat "<key>_<rating>" columns.
RatingCounts countsOf(const QJsonObject &row, const QString &key)
{
    const QJsonObject nested = row.value(key).toObject();
    const auto count = [&](QLatin1StringView rating) {
        if (nested.contains(rating))
            return nested.value(rating).toInt();
        return row.value(key + u'_' + rating).toInt();
    };
    return { count(Rating::Excellent), count(Rating::Good), count(Rating::Fulfilled),
        count(Rating::NotFulfilled) };
}

QCollator vietnameseCollator()
{
    QCollator collator { QLocale(QLocale::Vietnamese, QLocale::Vietnam) };
    collator.setNumericMode(true);
    return collator;
}

} // namespace

bool ReviewCycleInfo::isOpen() const
{
    return status == Protocol::ReviewCycleStatus::Open;
}

ReviewCycleInfo ReviewCycleInfo::fromJson(const QJsonObject &row)
{
    auto text = [&row](const QString &key) { return row.value(key).toString(); };
    ReviewCycleInfo cycle;
    cycle.id = text(u"id"_s);
    cycle.year = row.value(u"year"_s).toInt();
    cycle.audienceOrgId = text(u"audience_org_id"_s);
    cycle.audienceName = text(u"audience_name"_s);
    cycle.openerOrgId = text(u"opener_org_id"_s);
    cycle.openerName = text(u"opener_name"_s);
    cycle.selfReviewDue = dateOf(row.value(u"self_review_due"_s));
    cycle.decisionDue = dateOf(row.value(u"decision_due"_s));
    cycle.status = text(u"status"_s);
    cycle.openedAt = text(u"opened_at"_s);
    cycle.closedAt = text(u"closed_at"_s);
    return cycle;
}

int RatingCounts::at(int rank) const
{
    switch (rank) {
    case 0:
        return excellent;
    case 1:
        return good;
    case 2:
        return fulfilled;
    case 3:
        return notFulfilled;
    default:
        return 0;
    }
}

RatingCounts &RatingCounts::operator+=(const RatingCounts &other)
{
    excellent += other.excellent;
    good += other.good;
    fulfilled += other.fulfilled;
    notFulfilled += other.notFulfilled;
    return *this;
}

std::optional<double> ReviewSummaryRow::goodOrBetterRate() const
{
    if (decided.total() <= 0)
        return std::nullopt;
    return double(decided.goodOrBetter()) / decided.total();
}

ReviewSummaryRow ReviewSummaryRow::fromJson(const QJsonObject &row)
{
    ReviewSummaryRow summary;
    summary.id = row.value(u"id"_s).toString();
    summary.cycleId = row.value(u"cycle_id"_s).toString();
    summary.orgId = row.value(u"org_id"_s).toString();
    summary.members = row.value(u"members"_s).toInt();
    // The counts are named after the self-review statuses they count.
    summary.submitted = row.value(QString(Protocol::SelfReviewStatus::Submitted)).toInt();
    summary.proposed = countsOf(row, QString(Protocol::SelfReviewStatus::Proposed));
    summary.decided = countsOf(row, QString(Protocol::SelfReviewStatus::Decided));
    summary.updatedAt = row.value(u"updated_at"_s).toString();
    return summary;
}

ReviewSummaryCatalog::ReviewSummaryCatalog(SqliteDatabase &db)
    : m_db(db)
{ }

QList<ReviewCycleInfo> ReviewSummaryCatalog::cycles()
{
    Statement query(m_db, "SELECT data FROM review_cycles");
    QList<ReviewCycleInfo> cycles;
    while (query.step())
        cycles.append(ReviewCycleInfo::fromJson(parse(query.text(0))));
    const QCollator collator = vietnameseCollator();
    std::stable_sort(cycles.begin(), cycles.end(),
        [&collator](const ReviewCycleInfo &a, const ReviewCycleInfo &b) {
            if (a.year != b.year)
                return a.year > b.year;
            if (a.isOpen() != b.isOpen())
                return a.isOpen();
            const int byName = collator.compare(a.audienceName, b.audienceName);
            return byName != 0 ? byName < 0 : a.id < b.id;
        });
    return cycles;
}

std::optional<ReviewCycleInfo> ReviewSummaryCatalog::cycle(const QString &cycleId)
{
    Statement query(m_db, "SELECT data FROM review_cycles WHERE id = ?1");
    query.bind(1, cycleId);
    if (!query.step())
        return std::nullopt;
    return ReviewCycleInfo::fromJson(parse(query.text(0)));
}

QList<ReviewSummaryRow> ReviewSummaryCatalog::rows(const QString &cycleId)
{
    Statement query(m_db,
        "SELECT s.data, ifnull(o.name, ''), ifnull(o.kind, ''), ifnull(o.parent_id, ''), "
        "EXISTS (SELECT 1 FROM review_summaries c JOIN organizations co ON co.id = c.org_id "
        "WHERE c.cycle_id = s.cycle_id AND co.parent_id = s.org_id) FROM review_summaries s "
        "LEFT JOIN organizations o ON o.id = s.org_id WHERE s.cycle_id = ?1");
    query.bind(1, cycleId);
    QList<ReviewSummaryRow> rows;
    while (query.step()) {
        ReviewSummaryRow row = ReviewSummaryRow::fromJson(parse(query.text(0)));
        row.orgName = query.text(1).isEmpty() ? row.orgId : query.text(1);
        row.orgKind = query.text(2);
        row.hasChildren = query.integer(4) != 0;
        rows.append(row);
    }
    return rows;
}

QString ReviewSummaryCatalog::topOrgId(const QString &cycleId, const QString &myOrgId)
{
    Statement query(m_db,
        "SELECT s.org_id FROM review_summaries s LEFT JOIN organizations o ON o.id = s.org_id "
        "WHERE s.cycle_id = ?1 ORDER BY s.org_id = ?2 DESC, NOT EXISTS (SELECT 1 FROM "
        "review_summaries p WHERE p.cycle_id = s.cycle_id AND p.org_id = o.parent_id) DESC, "
        "s.org_id LIMIT 1");
    query.bind(1, cycleId);
    query.bind(2, myOrgId);
    return query.step() ? query.text(0) : QString();
}

QList<ReviewSummaryRow> ReviewSummaryCatalog::level(const QString &cycleId, const QString &orgId)
{
    const QList<ReviewSummaryRow> all = rows(cycleId);
    const auto own = std::find_if(all.cbegin(), all.cend(),
        [&orgId](const ReviewSummaryRow &row) { return row.orgId == orgId; });
    if (own == all.cend())
        return {};
    Statement children(m_db, "SELECT id FROM organizations WHERE parent_id = ?1");
    children.bind(1, orgId);
    QSet<QString> below;
    while (children.step())
        below.insert(children.text(0));
    QList<ReviewSummaryRow> level;
    for (const ReviewSummaryRow &row : all) {
        if (row.orgId != orgId && below.contains(row.orgId))
            level.append(row);
    }
    const QCollator collator = vietnameseCollator();
    std::stable_sort(level.begin(), level.end(),
        [&collator](const ReviewSummaryRow &a, const ReviewSummaryRow &b) {
            const int byName = collator.compare(a.orgName, b.orgName);
            return byName != 0 ? byName < 0 : a.orgId < b.orgId;
        });
    level.prepend(*own);
    return level;
}
