#include "cellreviewscontroller.h"

#include "cellcatalog.h"
#include "mutationnames.h"
#include "outbox.h"
#include "protocol.h"
#include "replicastore.h"
#include "reviewactions.h"
#include "reviewrating.h"
#include "sqlitedatabase.h"
#include "wirevalues.h"

#include <QCollator>
#include <QDate>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;
namespace RowType = Protocol::RowType;
namespace Status = Protocol::SelfReviewStatus;

namespace {

QJsonObject parse(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString dayText(const QString &isoDate)
{
    const QDate date = QDate::fromString(isoDate, Qt::ISODate);
    return date.isValid() ? date.toString(u"dd/MM/yyyy"_s) : QString();
}

QString givenName(const QString &fullName)
{
    const QString trimmed = fullName.trimmed();
    return trimmed.mid(trimmed.lastIndexOf(u' ') + 1);
}

} // namespace

CellReviewsController::CellReviewsController(QObject *parent)
    : CellController(parent)
{ }

void CellReviewsController::setCycleId(const QString &id)
{
    if (m_cycleId == id)
        return;
    m_cycleId = id;
    Q_EMIT cycleIdChanged();
    reload();
}

// ---- Shared readers -----------------------------------------------------------------------

std::optional<QJsonObject> CellReviewsController::findCycle(
    SqliteDatabase &db, const QString &cycleId)
{
    if (!cycleId.isEmpty())
        return ReplicaStore(db).get(QString(RowType::ReviewCycle), cycleId);
    Statement query(db, "SELECT data FROM review_cycles ORDER BY year DESC, id");
    std::optional<QJsonObject> latest;
    while (query.step()) {
        const QJsonObject cycle = parse(query.text(0));
        if (cycleOpen(cycle))
            return cycle;
        if (!latest)
            latest = cycle;
    }
    return latest;
}

QString CellReviewsController::cycleTitle(const QJsonObject &cycle)
{
    return tr("Kiểm điểm, đánh giá, xếp loại đảng viên năm %1").arg(cycle.value(u"year"_s).toInt());
}

QString CellReviewsController::cycleDueText(const QJsonObject &cycle)
{
    QStringList parts;
    if (const QString due = dayText(cycle.value(u"self_review_due"_s).toString()); !due.isEmpty())
        parts << tr("Hạn nộp bản kiểm điểm: %1").arg(due);
    if (const QString due = dayText(cycle.value(u"decision_due"_s).toString()); !due.isEmpty())
        parts << tr("Hạn xếp loại: %1").arg(due);
    if (!cycleOpen(cycle))
        parts << tr("đã kết thúc");
    return parts.join(u" · "_s);
}

bool CellReviewsController::cycleOpen(const QJsonObject &cycle)
{
    return cycle.value(u"status"_s).toString() == Protocol::ReviewCycleStatus::Open;
}

SelfReviewEntry CellReviewsController::entryOf(const QJsonObject &row, Outbox &outbox)
{
    SelfReviewEntry e;
    e.selfReviewId = row.value(u"id"_s).toString();
    e.memberId = row.value(u"member_id"_s).toString();
    e.memberName = row.value(u"member_name"_s).toString();
    e.orgId = row.value(u"org_id"_s).toString();
    e.status = row.value(u"status"_s).toString();
    e.selfRating = row.value(u"self_rating"_s).toString();
    e.proposedRating = row.value(u"proposed_rating"_s).toString();
    e.proposalComment = row.value(u"proposal_comment"_s).toString();
    e.decidedRating = row.value(u"decided_rating"_s).toString();
    e.decisionComment = row.value(u"decision_comment"_s).toString();
    e.submittedAt = row.value(u"submitted_at"_s).toString();
    e.late = row.value(u"late"_s).toBool();
    e.pending = outbox.hasPendingChange(QString(RowType::SelfReview), e.selfReviewId);
    return e;
}

QList<QJsonObject> CellReviewsController::selfReviewRows(
    SqliteDatabase &db, const QString &cycleId, const QString &orgId)
{
    Statement query(db,
        orgId.isEmpty()
            ? "SELECT data FROM self_reviews WHERE cycle_id = ?1 ORDER BY id"
            : "SELECT data FROM self_reviews WHERE cycle_id = ?1 AND org_id = ?2 ORDER BY id");
    query.bind(1, cycleId);
    if (!orgId.isEmpty())
        query.bind(2, orgId);
    QList<QJsonObject> rows;
    while (query.step())
        rows << parse(query.text(0));
    return rows;
}

QVariantList CellReviewsController::refusals(SqliteDatabase &db, QLatin1StringView mutation,
    const QString &cycleId, const std::function<bool(const QJsonObject &)> &accepts,
    const QString &prefix)
{
    QVariantList result;
    ReplicaStore replica(db);
    for (const RejectedMutation &r : Outbox(db).rejected()) {
        if (r.name != mutation)
            continue;
        const auto row = replica.get(
            QString(RowType::SelfReview), r.args.value(u"self_review_id"_s).toString());
        if (!row || row->value(u"cycle_id"_s).toString() != cycleId || !accepts(*row))
            continue;
        const QString reason
            = r.errorMessage.isEmpty() ? ReviewActions::message(r.errorCode) : r.errorMessage;
        const QString name = row->value(u"member_name"_s).toString();
        result.prepend(QVariantMap { { u"mutationId"_s, QVariant(r.id) },
            { u"text"_s, prefix.arg(name.isEmpty() ? tr("đảng viên") : name, reason) } });
    }
    return result;
}

void CellReviewsController::sortByName(QList<SelfReviewEntry> &entries)
{
    QCollator collator { QLocale(QLocale::Vietnamese, QLocale::Vietnam) };
    std::stable_sort(
        entries.begin(), entries.end(), [&](const SelfReviewEntry &a, const SelfReviewEntry &b) {
            const int given = collator.compare(givenName(a.memberName), givenName(b.memberName));
            if (given != 0)
                return given < 0;
            return collator.compare(a.memberName, b.memberName) < 0;
        });
}

// ---- The page -----------------------------------------------------------------------------

QString CellReviewsController::title() const
{
    return m_cycle ? cycleTitle(*m_cycle) : QString();
}

QString CellReviewsController::dueText() const
{
    return m_cycle ? cycleDueText(*m_cycle) : QString();
}

bool CellReviewsController::isOpen() const
{
    return m_cycle && cycleOpen(*m_cycle);
}

int CellReviewsController::countStatus(QLatin1StringView status) const
{
    return int(std::count_if(m_rows.entries().cbegin(), m_rows.entries().cend(),
        [&](const SelfReviewEntry &e) { return e.status == status; }));
}

int CellReviewsController::submittedCount() const
{
    return int(std::count_if(m_rows.entries().cbegin(), m_rows.entries().cend(),
        [](const SelfReviewEntry &e) { return !e.selfReviewId.isEmpty(); }));
}

int CellReviewsController::proposedCount() const
{
    return countStatus(Status::Proposed) + countStatus(Status::Decided);
}

int CellReviewsController::decidedCount() const
{
    return countStatus(Status::Decided);
}

int CellReviewsController::proposedOf(const QString &rating) const
{
    return int(std::count_if(
        m_rows.entries().cbegin(), m_rows.entries().cend(), [&](const SelfReviewEntry &e) {
            return e.status != Status::Submitted && e.proposedRating == rating;
        }));
}

QString CellReviewsController::missingText() const
{
    if (m_missingNames.isEmpty())
        return {};
    return tr("Chưa nộp (%1): %2").arg(m_missingNames.size()).arg(m_missingNames.join(u", "_s));
}

QString CellReviewsController::submittedText() const
{
    return tr("Đã nộp %1/%2 bản kiểm điểm").arg(submittedCount()).arg(m_memberCount);
}

QStringList CellReviewsController::proposedCountTexts() const
{
    QStringList texts;
    for (const QString &rating : ReviewRating::all())
        texts << tr("%1: %2").arg(ReviewRating::name(rating)).arg(proposedOf(rating));
    return texts;
}

QStringList CellReviewsController::ratingValues() const
{
    return ReviewRating::all();
}

QStringList CellReviewsController::ratingLabels() const
{
    QStringList labels;
    for (const QString &rating : ReviewRating::all())
        labels << ReviewRating::name(rating);
    return labels;
}

QVariantMap CellReviewsController::review(const QString &selfReviewId) const
{
    const SelfReviewEntry *entry = m_rows.find(selfReviewId);
    if (!entry)
        return { { u"found"_s, false } };
    const QJsonObject row = m_texts.value(selfReviewId);
    const QModelIndex index = m_rows.index(int(entry - m_rows.entries().constData()));
    return { { u"found"_s, true }, { u"memberName"_s, entry->memberName },
        { u"text"_s, row.value(u"text"_s).toString() },
        { u"selfRatingText"_s, ReviewRating::name(entry->selfRating) },
        { u"detail"_s, index.data(SelfReviewListModel::DetailRole) },
        { u"proposedRating"_s, entry->proposedRating },
        { u"proposedIndex"_s, ReviewRating::rank(entry->proposedRating) },
        { u"proposedRatingText"_s, ReviewRating::name(entry->proposedRating) },
        { u"proposalComment"_s, entry->proposalComment },
        { u"decidedRatingText"_s, ReviewRating::name(entry->decidedRating) },
        { u"decisionComment"_s, entry->decisionComment },
        { u"isDecided"_s, entry->status == Status::Decided },
        { QString(Protocol::Key::Pending), entry->pending } };
}

bool CellReviewsController::propose(
    const QString &selfReviewId, const QString &rating, const QString &comment)
{
    LocalActions::Result outcome;
    const bool reached = withDatabase([&](SqliteDatabase &db) {
        outcome = ReviewActions(db, [this] {
            return now();
        }).propose(selfReviewId, rating, comment.trimmed());
    });
    if (!reached)
        return false;
    if (!outcome.ok()) {
        setErrorMessage(ReviewActions::message(outcome.error));
        return false;
    }
    setErrorMessage({});
    if (outcome.mutationId > 0)
        Q_EMIT localChangeMade();
    reload();
    return true;
}

bool CellReviewsController::proposeRating(const QString &selfReviewId, const QString &rating)
{
    const SelfReviewEntry *entry = m_rows.find(selfReviewId);
    return propose(selfReviewId, rating, entry ? entry->proposalComment : QString());
}

void CellReviewsController::dismissRejection(qint64 mutationId)
{
    withDatabase([&](SqliteDatabase &db) { Outbox(db).dismissRejected(mutationId); });
    reload();
}

void CellReviewsController::loadCell(SqliteDatabase &db)
{
    m_cycle = findCycle(db, m_cycleId);
    m_texts.clear();
    m_missingNames.clear();
    m_rejections.clear();
    QList<SelfReviewEntry> reviewed;
    QList<SelfReviewEntry> missing;
    if (m_cycle && !orgId().isEmpty()) {
        const QString cycleId = m_cycle->value(u"id"_s).toString();
        Outbox outbox(db);
        CellCatalog cell(db);
        QSet<QString> withReview;
        for (const QJsonObject &row : selfReviewRows(db, cycleId, orgId())) {
            SelfReviewEntry entry = entryOf(row, outbox);
            if (entry.memberName.isEmpty())
                entry.memberName = cell.memberName(entry.memberId);
            withReview.insert(entry.memberId);
            m_texts.insert(entry.selfReviewId, row);
            reviewed << entry;
        }
        for (const CellMember &member : cell.members(orgId())) {
            if (withReview.contains(member.id))
                continue;
            SelfReviewEntry entry;
            entry.memberId = member.id;
            entry.memberName = member.fullName;
            entry.orgId = orgId();
            missing << entry;
            m_missingNames << member.fullName;
        }
        sortByName(reviewed);
        const QString cell_ = orgId();
        m_rejections = refusals(
            db, Protocol::Mutation::ReviewPropose, cycleId,
            [&](const QJsonObject &row) { return row.value(u"org_id"_s).toString() == cell_; },
            tr("Đề xuất xếp loại cho đồng chí %1 không được máy chủ nhận. %2"));
    }
    m_memberCount = int(reviewed.size() + missing.size());
    m_rows.setEntries(reviewed + missing);
    Q_EMIT reviewsChanged();
}
