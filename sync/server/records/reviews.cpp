#include "records/reviews.h"

#include "db/sqlrunner.h"
#include "db/writetransaction.h"
#include "mutationnames.h"
#include "timestamps.h"
#include "wirevalues.h"

#include <QDate>
#include <QJsonDocument>
#include <QSet>
#include <QSqlRecord>
#include <QTimeZone>
#include <array>

using namespace Qt::StringLiterals;
namespace ChangeOp = Protocol::ChangeOp;
namespace ReviewCycleStatus = Protocol::ReviewCycleStatus;
namespace ReviewRating = Protocol::ReviewRating;
namespace RowType = Protocol::RowType;
namespace SelfReviewStatus = Protocol::SelfReviewStatus;

namespace {

constexpr int kVietnamOffsetSeconds = 7 * 3600;

const QString kCycleColumns
    = u"id, year, audience_org_id, opener_org_id, opened_by, self_review_due, decision_due, "
      "status, opened_at, closed_at, version"_s;
const QString kSelfReviewColumns
    = u"id, cycle_id, member_id, org_id, text, sections, self_rating, status, submitted_at, "
      "updated_at, proposed_rating, proposal_comment, proposed_by, proposed_at, decided_rating, "
      "decision_comment, decided_by, decided_at, version"_s;

// The counted columns of a summary, in the table's order: members, submitted, proposed per
// rating (best first), decided per rating.
constexpr int kCounts = 10;
using Counts = std::array<qint64, kCounts>;
const QString kCountColumns
    = u"members, submitted, proposed_excellent, proposed_good, proposed_fulfilled, "
      "proposed_not_fulfilled, decided_excellent, decided_good, decided_fulfilled, "
      "decided_not_fulfilled"_s;

QString compact(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QVariant emptyAsNull(const QString &text)
{
    return text.isEmpty() ? sqlNull() : QVariant(text);
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

ReviewCycleRecord cycleFrom(const QSqlRecord &row)
{
    const auto text = [&row](int i) { return row.value(i).toString(); };
    ReviewCycleRecord cycle;
    cycle.id = text(0);
    cycle.year = row.value(1).toInt();
    cycle.audienceOrgId = text(2);
    cycle.openerOrgId = text(3);
    cycle.openedBy = text(4);
    cycle.selfReviewDue = text(5);
    cycle.decisionDue = text(6);
    cycle.status = text(7);
    cycle.openedAt = text(8);
    cycle.closedAt = text(9);
    cycle.version = row.value(10).toLongLong();
    return cycle;
}

SelfReviewRecord selfReviewFrom(const QSqlRecord &row)
{
    const auto text = [&row](int i) { return row.value(i).toString(); };
    SelfReviewRecord r;
    r.id = text(0);
    r.cycleId = text(1);
    r.memberId = text(2);
    r.orgId = text(3);
    r.text = text(4);
    r.sections = QJsonDocument::fromJson(text(5).toUtf8()).array();
    r.selfRating = text(6);
    r.status = text(7);
    r.submittedAt = text(8);
    r.updatedAt = text(9);
    r.proposedRating = text(10);
    r.proposalComment = text(11);
    r.proposedBy = text(12);
    r.proposedAt = text(13);
    r.decidedRating = text(14);
    r.decisionComment = text(15);
    r.decidedBy = text(16);
    r.decidedAt = text(17);
    r.version = row.value(18).toLongLong();
    return r;
}

// The organisations of the cycle's audience's subtree, in id order.
QStringList audienceOrganizations(const QSqlDatabase &db, const QString &audienceOrgId)
{
    QStringList orgs;
    forEachRow(db,
        u"SELECT descendant_id FROM org_closure WHERE ancestor_id = ? ORDER BY descendant_id"_s,
        { audienceOrgId }, [&orgs](const QSqlQuery &query) { orgs << query.value(0).toString(); });
    return orgs;
}

// The counts of these organisations from the raw rows (members, self-reviews of the cycle).
QHash<QString, Counts> countFromRows(
    const QSqlDatabase &db, const QString &cycleId, const QStringList &orgs)
{
    QHash<QString, Counts> counted;
    for (const QString &org : orgs)
        counted.insert(org, Counts {});
    forEachChunk(db,
        u"SELECT c.ancestor_id, COUNT(m.id) FROM org_closure c JOIN members m ON m.org_id = "
        "c.descendant_id WHERE c.ancestor_id IN (%1) GROUP BY c.ancestor_id"_s,
        orgs, {}, [&counted](const QSqlRecord &row) {
            counted[row.value(0).toString()][0] = row.value(1).toLongLong();
        });
    QVariantList before;
    for (const QString &rating : Reviews::ratings())
        before << rating;
    for (const QString &rating : Reviews::ratings())
        before << rating;
    before << cycleId;
    QString sums;
    for (const char *column : { "proposed_rating", "decided_rating" }) {
        for (int i = 0; i < 4; ++i)
            sums += u", SUM(CASE WHEN s.%1 = ? THEN 1 ELSE 0 END)"_s.arg(QLatin1String(column));
    }
    forEachChunk(db,
        u"SELECT c.ancestor_id, COUNT(s.id)%1 FROM org_closure c JOIN self_reviews s ON "
        "s.org_id = c.descendant_id WHERE s.cycle_id = ? AND c.ancestor_id IN (%2) "
        "GROUP BY c.ancestor_id"_s.arg(sums, u"%1"_s),
        orgs, before, [&counted](const QSqlRecord &row) {
            Counts &counts = counted[row.value(0).toString()];
            for (int i = 1; i < kCounts; ++i)
                counts[std::size_t(i)] = row.value(i).toLongLong();
        });
    return counted;
}

QJsonObject perRating(const QSqlRecord &row, int first)
{
    QJsonObject counts;
    const QStringList ratings = Reviews::ratings();
    for (int i = 0; i < int(ratings.size()); ++i)
        counts.insert(ratings.at(i), row.value(first + i).toLongLong());
    return counts;
}

// A user's name as others see it: the member record's full name, else the login.
QJsonValue userName(const QVariant &login, const QVariant &fullName)
{
    if (login.isNull())
        return QJsonValue();
    const QString name = fullName.toString().trimmed();
    return name.isEmpty() ? login.toString() : name;
}

} // namespace

QStringList Reviews::ratings()
{
    return { QString(ReviewRating::Excellent), QString(ReviewRating::Good),
        QString(ReviewRating::Fulfilled), QString(ReviewRating::NotFulfilled) };
}

bool Reviews::isRating(const QString &value)
{
    return ratings().contains(value);
}

bool Reviews::isLate(const QString &dueDate, const QString &at)
{
    const QDate due = QDate::fromString(dueDate, Qt::ISODate);
    const QDateTime when = Timestamps::fromIso(at);
    if (!due.isValid() || !when.isValid())
        return false;
    return when >= QDateTime(due.addDays(1), QTime(0, 0), QTimeZone(kVietnamOffsetSeconds));
}

std::optional<ReviewCycleRecord> Reviews::findCycle(const QSqlDatabase &db, const QString &id)
{
    QSqlQuery query
        = runSql(db, u"SELECT %1 FROM review_cycles WHERE id = ?"_s.arg(kCycleColumns), { id });
    if (!query.next())
        return std::nullopt;
    return cycleFrom(query.record());
}

void Reviews::insertCycle(
    WriteTransaction &transaction, const ReviewCycleRecord &cycle, const QDateTime &now)
{
    const QSqlDatabase db = transaction.db();
    execSql(db,
        u"INSERT INTO review_cycles (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"_s.arg(
            kCycleColumns),
        { cycle.id, cycle.year, cycle.audienceOrgId, cycle.openerOrgId, cycle.openedBy,
            cycle.selfReviewDue, cycle.decisionDue, cycle.status, cycle.openedAt,
            emptyAsNull(cycle.closedAt) });
    transaction.recordChange(RowType::ReviewCycle, cycle.id, ChangeOp::Put, cycle.audienceOrgId);

    const QStringList orgs = audienceOrganizations(db, cycle.audienceOrgId);
    const QHash<QString, Counts> counted = countFromRows(db, cycle.id, orgs);
    const QString at = Timestamps::toIso(now);
    for (const QString &org : orgs) {
        QVariantList binds { summaryId(cycle.id, org), cycle.id, org };
        for (const qint64 value : counted.value(org))
            binds << value;
        binds << at;
        execSql(db,
            u"INSERT INTO review_summaries (id, cycle_id, org_id, %1, updated_at, version) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"_s.arg(kCountColumns),
            binds);
        transaction.recordChange(
            RowType::ReviewSummary, summaryId(cycle.id, org), ChangeOp::Put, org);
    }
}

void Reviews::closeCycle(WriteTransaction &transaction, const QString &id, const QString &at)
{
    const QSqlDatabase db = transaction.db();
    const QString audience
        = scalarSql(db, u"SELECT audience_org_id FROM review_cycles WHERE id = ?"_s, { id })
              .toString();
    if (execSql(db,
            u"UPDATE review_cycles SET status = ?, closed_at = ?, version = version + 1 "
            "WHERE id = ? AND status <> ?"_s,
            { QString(ReviewCycleStatus::Closed), at, id, QString(ReviewCycleStatus::Closed) })
        > 0)
        transaction.recordChange(RowType::ReviewCycle, id, ChangeOp::Put, audience);
}

QStringList Reviews::overlappingOpenCycles(
    const QSqlDatabase &db, int year, const QString &audienceOrgId)
{
    QStringList ids;
    forEachRow(db,
        u"SELECT id FROM review_cycles WHERE year = ? AND status = ? AND (audience_org_id IN "
        "(SELECT ancestor_id FROM org_closure WHERE descendant_id = ?) OR audience_org_id IN "
        "(SELECT descendant_id FROM org_closure WHERE ancestor_id = ?)) ORDER BY id"_s,
        { year, QString(ReviewCycleStatus::Open), audienceOrgId, audienceOrgId },
        [&ids](const QSqlQuery &query) { ids << query.value(0).toString(); });
    return ids;
}

std::optional<SelfReviewRecord> Reviews::findSelfReview(const QSqlDatabase &db, const QString &id)
{
    QSqlQuery query
        = runSql(db, u"SELECT %1 FROM self_reviews WHERE id = ?"_s.arg(kSelfReviewColumns), { id });
    if (!query.next())
        return std::nullopt;
    return selfReviewFrom(query.record());
}

std::optional<SelfReviewRecord> Reviews::selfReviewOf(
    const QSqlDatabase &db, const QString &cycleId, const QString &memberId)
{
    QSqlQuery query = runSql(db,
        u"SELECT %1 FROM self_reviews WHERE cycle_id = ? AND member_id = ?"_s.arg(
            kSelfReviewColumns),
        { cycleId, memberId });
    if (!query.next())
        return std::nullopt;
    return selfReviewFrom(query.record());
}

void Reviews::saveSelfReview(WriteTransaction &transaction, const SelfReviewRecord &r, bool isNew)
{
    QVariantList binds { r.orgId, r.text, compact(r.sections), r.selfRating, r.status,
        r.submittedAt, r.updatedAt, emptyAsNull(r.proposedRating), emptyAsNull(r.proposalComment),
        emptyAsNull(r.proposedBy), emptyAsNull(r.proposedAt), emptyAsNull(r.decidedRating),
        emptyAsNull(r.decisionComment), emptyAsNull(r.decidedBy), emptyAsNull(r.decidedAt) };
    if (isNew) {
        binds << r.cycleId << r.memberId << r.id;
        execSql(transaction.db(),
            u"INSERT INTO self_reviews (org_id, text, sections, self_rating, status, "
            "submitted_at, updated_at, proposed_rating, proposal_comment, proposed_by, "
            "proposed_at, decided_rating, decision_comment, decided_by, decided_at, cycle_id, "
            "member_id, id, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, 1)"_s,
            binds);
    } else {
        binds << r.id;
        execSql(transaction.db(),
            u"UPDATE self_reviews SET org_id = ?, text = ?, sections = ?, self_rating = ?, "
            "status = ?, submitted_at = ?, updated_at = ?, proposed_rating = ?, "
            "proposal_comment = ?, proposed_by = ?, proposed_at = ?, decided_rating = ?, "
            "decision_comment = ?, decided_by = ?, decided_at = ?, version = version + 1 "
            "WHERE id = ?"_s,
            binds);
    }
    transaction.recordChange(RowType::SelfReview, r.id, ChangeOp::Put, r.orgId, r.memberId);
}

bool Reviews::cellHasProposal(const QSqlDatabase &db, const QString &cycleId, const QString &cellId)
{
    return scalarSql(db,
               u"SELECT COUNT(*) FROM self_reviews WHERE cycle_id = ? AND org_id = ? AND "
               "proposed_rating IS NOT NULL"_s,
               { cycleId, cellId })
               .toLongLong()
        > 0;
}

int Reviews::recompute(WriteTransaction &transaction, const ReviewCycleRecord &cycle,
    const QStringList &orgIds, const QDateTime &now)
{
    const QSqlDatabase db = transaction.db();
    QHash<QString, Counts> stored;
    forEachRow(db,
        u"SELECT org_id, %1 FROM review_summaries WHERE cycle_id = ?"_s.arg(kCountColumns),
        { cycle.id }, [&stored](const QSqlQuery &query) {
            Counts counts {};
            for (int i = 0; i < kCounts; ++i)
                counts[std::size_t(i)] = query.value(i + 1).toLongLong();
            stored.insert(query.value(0).toString(), counts);
        });
    QStringList orgs;
    for (const QString &org : orgIds) {
        if (stored.contains(org) && !orgs.contains(org))
            orgs << org;
    }
    if (orgs.isEmpty())
        return 0;
    const QHash<QString, Counts> counted = countFromRows(db, cycle.id, orgs);
    const QString at = Timestamps::toIso(now);
    int changed = 0;
    for (const QString &org : std::as_const(orgs)) {
        const Counts counts = counted.value(org);
        if (stored.value(org) == counts)
            continue;
        QVariantList binds;
        for (const qint64 value : counts)
            binds << value;
        binds << at << summaryId(cycle.id, org);
        execSql(db,
            u"UPDATE review_summaries SET members = ?, submitted = ?, proposed_excellent = ?, "
            "proposed_good = ?, proposed_fulfilled = ?, proposed_not_fulfilled = ?, "
            "decided_excellent = ?, decided_good = ?, decided_fulfilled = ?, "
            "decided_not_fulfilled = ?, updated_at = ?, version = version + 1 WHERE id = ?"_s,
            binds);
        transaction.recordChange(
            RowType::ReviewSummary, summaryId(cycle.id, org), ChangeOp::Put, org);
        ++changed;
    }
    return changed;
}

int Reviews::recomputeAll(
    WriteTransaction &transaction, const ReviewCycleRecord &cycle, const QDateTime &now)
{
    return recompute(
        transaction, cycle, audienceOrganizations(transaction.db(), cycle.audienceOrgId), now);
}

int Reviews::recomputeChain(WriteTransaction &transaction, const ReviewCycleRecord &cycle,
    const QString &cellId, const QDateTime &now)
{
    QStringList chain;
    forEachRow(transaction.db(),
        u"SELECT ancestor_id FROM org_closure WHERE descendant_id = ? AND ancestor_id IN "
        "(SELECT descendant_id FROM org_closure WHERE ancestor_id = ?)"_s,
        { cellId, cycle.audienceOrgId },
        [&chain](const QSqlQuery &query) { chain << query.value(0).toString(); });
    return recompute(transaction, cycle, chain, now);
}

int Reviews::followMember(WriteTransaction &transaction, const QString &memberId,
    const QString &fromCellId, const QString &toCellId, const QDateTime &now)
{
    const QSqlDatabase db = transaction.db();
    // The open cycles whose audience holds either cell.
    QStringList cycleIds;
    forEachRow(db,
        u"SELECT id FROM review_cycles WHERE status = ? AND audience_org_id IN (SELECT "
        "ancestor_id FROM org_closure WHERE descendant_id = ? OR descendant_id = ?) ORDER BY id"_s,
        { QString(ReviewCycleStatus::Open), fromCellId, toCellId },
        [&cycleIds](const QSqlQuery &query) { cycleIds << query.value(0).toString(); });
    int moved = 0;
    for (const QString &cycleId : std::as_const(cycleIds)) {
        const auto cycle = findCycle(db, cycleId);
        if (!cycle)
            continue;
        const bool newCellInAudience
            = scalarSql(db,
                  u"SELECT COUNT(*) FROM org_closure WHERE ancestor_id = ? AND descendant_id = ?"_s,
                  { cycle->audienceOrgId, toCellId })
                  .toLongLong()
            > 0;
        auto review = selfReviewOf(db, cycleId, memberId);
        if (review && newCellInAudience && review->status != SelfReviewStatus::Decided
            && review->orgId != toCellId) {
            review->orgId = toCellId;
            review->updatedAt = Timestamps::toIso(now);
            saveSelfReview(transaction, *review, false);
            ++moved;
        }
        recomputeChain(transaction, *cycle, fromCellId, now);
        if (newCellInAudience)
            recomputeChain(transaction, *cycle, toCellId, now);
    }
    return moved;
}

QString Reviews::summaryId(const QString &cycleId, const QString &orgId)
{
    return cycleId + u':' + orgId;
}

QHash<QString, Reviews::Row> Reviews::cycleRows(const QSqlDatabase &db, const QStringList &ids)
{
    QHash<QString, Row> found;
    forEachChunk(db,
        u"SELECT c.id, c.year, c.audience_org_id, a.name, c.opener_org_id, o.name, "
        "c.self_review_due, c.decision_due, c.status, c.opened_at, c.closed_at, c.version "
        "FROM review_cycles c JOIN organizations a ON a.id = c.audience_org_id "
        "JOIN organizations o ON o.id = c.opener_org_id WHERE c.id IN (%1)"_s,
        ids, {}, [&found](const QSqlRecord &row) {
            const auto text = [&row](int i) { return row.value(i).toString(); };
            const QJsonObject data { { u"id"_s, text(0) }, { u"year"_s, row.value(1).toInt() },
                { u"audience_org_id"_s, text(2) }, { u"audience_name"_s, text(3) },
                { u"opener_org_id"_s, text(4) }, { u"opener_name"_s, text(5) },
                { u"self_review_due"_s, text(6) }, { u"decision_due"_s, text(7) },
                { u"status"_s, text(8) }, { u"opened_at"_s, text(9) },
                { u"closed_at"_s, orNull(text(10)) } };
            found.insert(text(0), Row { data, row.value(11).toLongLong() });
        });
    return found;
}

QHash<QString, Reviews::Row> Reviews::selfReviewRows(const QSqlDatabase &db, const QStringList &ids)
{
    QHash<QString, Row> found;
    forEachChunk(db,
        u"SELECT s.id, s.cycle_id, s.member_id, m.full_name, s.org_id, s.text, s.sections, "
        "s.self_rating, s.status, c.self_review_due, s.submitted_at, s.updated_at, "
        "s.proposed_rating, s.proposal_comment, pu.login, pm.full_name, s.proposed_at, "
        "s.decided_rating, s.decision_comment, du.login, dm.full_name, s.decided_at, s.version "
        "FROM self_reviews s JOIN review_cycles c ON c.id = s.cycle_id "
        "JOIN members m ON m.id = s.member_id "
        "LEFT JOIN users pu ON pu.id = s.proposed_by LEFT JOIN members pm ON pm.id = "
        "pu.member_id LEFT JOIN users du ON du.id = s.decided_by LEFT JOIN members dm ON dm.id "
        "= du.member_id WHERE s.id IN (%1)"_s,
        ids, {}, [&found](const QSqlRecord &row) {
            const auto text = [&row](int i) { return row.value(i).toString(); };
            const QJsonObject data { { u"id"_s, text(0) }, { u"cycle_id"_s, text(1) },
                { u"member_id"_s, text(2) }, { u"member_name"_s, text(3) },
                { u"org_id"_s, text(4) }, { u"text"_s, text(5) },
                { u"sections"_s, QJsonDocument::fromJson(text(6).toUtf8()).array() },
                { u"self_rating"_s, text(7) }, { u"status"_s, text(8) },
                { u"late"_s, Reviews::isLate(text(9), text(10)) }, { u"submitted_at"_s, text(10) },
                { u"updated_at"_s, text(11) }, { u"proposed_rating"_s, orNull(text(12)) },
                { u"proposal_comment"_s, orNull(text(13)) },
                { u"proposed_by_name"_s, userName(row.value(14), row.value(15)) },
                { u"proposed_at"_s, orNull(text(16)) }, { u"decided_rating"_s, orNull(text(17)) },
                { u"decision_comment"_s, orNull(text(18)) },
                { u"decided_by_name"_s, userName(row.value(19), row.value(20)) },
                { u"decided_at"_s, orNull(text(21)) } };
            found.insert(text(0), Row { data, row.value(22).toLongLong() });
        });
    return found;
}

QHash<QString, Reviews::Row> Reviews::summaryRows(const QSqlDatabase &db, const QStringList &ids)
{
    QHash<QString, Row> found;
    forEachChunk(db,
        u"SELECT id, cycle_id, org_id, %1, updated_at, version FROM review_summaries "
        "WHERE id IN (%2)"_s.arg(kCountColumns, u"%1"_s),
        ids, {}, [&found](const QSqlRecord &row) {
            const auto text = [&row](int i) { return row.value(i).toString(); };
            // "submitted", "proposed", "decided": the key is spelled like the status.
            const QJsonObject data { { u"id"_s, text(0) }, { u"cycle_id"_s, text(1) },
                { u"org_id"_s, text(2) }, { u"members"_s, row.value(3).toLongLong() },
                { QString(SelfReviewStatus::Submitted), row.value(4).toLongLong() },
                { QString(SelfReviewStatus::Proposed), perRating(row, 5) },
                { QString(SelfReviewStatus::Decided), perRating(row, 9) },
                { u"updated_at"_s, text(13) } };
            found.insert(text(0), Row { data, row.value(14).toLongLong() });
        });
    return found;
}
