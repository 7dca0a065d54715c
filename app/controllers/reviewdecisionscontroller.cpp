#include "reviewdecisionscontroller.h"

#include "cellreviewscontroller.h"
#include "mutationnames.h"
#include "outbox.h"
#include "reviewactions.h"
#include "reviewrating.h"
#include "sqlitedatabase.h"
#include "wirevalues.h"

#include <QCollator>
#include <QHash>
#include <QLocale>
#include <algorithm>

using namespace Qt::StringLiterals;
namespace Status = Protocol::SelfReviewStatus;

ReviewDecisionsController::ReviewDecisionsController(QObject *parent)
    : CellController(parent)
{ }

void ReviewDecisionsController::setCycleId(const QString &id)
{
    if (m_cycleId == id)
        return;
    m_cycleId = id;
    m_choices.clear();
    Q_EMIT cycleIdChanged();
    reload();
}

QString ReviewDecisionsController::title() const
{
    return m_cycle ? CellReviewsController::cycleTitle(*m_cycle) : QString();
}

QString ReviewDecisionsController::dueText() const
{
    return m_cycle ? CellReviewsController::cycleDueText(*m_cycle) : QString();
}

bool ReviewDecisionsController::isOpen() const
{
    return m_cycle && CellReviewsController::cycleOpen(*m_cycle);
}

QStringList ReviewDecisionsController::ratingValues() const
{
    return ReviewRating::all();
}

QStringList ReviewDecisionsController::ratingLabels() const
{
    QStringList labels;
    for (const QString &rating : ReviewRating::all())
        labels << ReviewRating::name(rating);
    return labels;
}

QString ReviewDecisionsController::summaryText() const
{
    const QList<SelfReviewEntry> &entries = m_rows.entries();
    const auto proposed = std::count_if(entries.cbegin(), entries.cend(),
        [](const SelfReviewEntry &e) { return e.status != Status::Submitted; });
    const auto decided = std::count_if(entries.cbegin(), entries.cend(),
        [](const SelfReviewEntry &e) { return e.status == Status::Decided; });
    return tr("%1 bản kiểm điểm · chi bộ đã đề xuất %2 · đã quyết định %3")
        .arg(entries.size())
        .arg(proposed)
        .arg(decided);
}

void ReviewDecisionsController::choose(const QString &selfReviewId, const QString &rating)
{
    const SelfReviewEntry *entry = m_rows.find(selfReviewId);
    if (!entry || !SelfReviewListModel::canDecide(*entry))
        return;
    if (ReviewRating::isValid(rating) && rating != entry->proposedRating)
        m_choices.insert(selfReviewId, rating);
    else
        m_choices.remove(selfReviewId);
    m_rows.setChosen(selfReviewId, rating);
    Q_EMIT decisionsChanged();
}

int ReviewDecisionsController::decidableIn(const QString &orgId) const
{
    return int(std::count_if(
        m_rows.entries().cbegin(), m_rows.entries().cend(), [&](const SelfReviewEntry &e) {
            return (orgId.isEmpty() || e.orgId == orgId) && SelfReviewListModel::canDecide(e);
        }));
}

int ReviewDecisionsController::exceptionsIn(const QString &orgId) const
{
    return int(std::count_if(
        m_rows.entries().cbegin(), m_rows.entries().cend(), [&](const SelfReviewEntry &e) {
            return (orgId.isEmpty() || e.orgId == orgId) && SelfReviewListModel::canDecide(e)
                && SelfReviewListModel::decisionRating(e) != e.proposedRating;
        }));
}

QString ReviewDecisionsController::confirmText(const QString &orgId) const
{
    const int total = decidableIn(orgId);
    const int exceptions = exceptionsIn(orgId);
    QString unit;
    for (const SelfReviewEntry &e : m_rows.entries()) {
        if (!orgId.isEmpty() && e.orgId == orgId) {
            unit = e.orgName;
            break;
        }
    }
    QString text = orgId.isEmpty()
        ? tr("Quyết định xếp loại %1 đảng viên của tất cả các chi bộ:").arg(total)
        : tr("Quyết định xếp loại %1 đảng viên của %2:").arg(total).arg(unit);
    text += u' '
        + tr("%1 theo đề xuất của chi bộ, %2 theo xếp loại khác đồng chí đã chọn.")
              .arg(total - exceptions)
              .arg(exceptions);
    text += u' ' + tr("Quyết định xếp loại là cuối cùng, không sửa được sau khi gửi.");
    return text;
}

bool ReviewDecisionsController::decide(const QString &orgId)
{
    QList<QPair<QString, QString>> exceptions; // id, rating
    QStringList agreed;
    for (const SelfReviewEntry &e : m_rows.entries()) {
        if ((!orgId.isEmpty() && e.orgId != orgId) || !SelfReviewListModel::canDecide(e))
            continue;
        const QString rating = SelfReviewListModel::decisionRating(e);
        if (rating != e.proposedRating)
            exceptions.append({ e.selfReviewId, rating });
        else
            agreed << e.selfReviewId;
    }
    if (exceptions.isEmpty() && agreed.isEmpty()) {
        setErrorMessage(tr("Không có bản kiểm điểm nào chờ quyết định xếp loại."));
        return false;
    }
    QList<LocalActions::Result> results;
    const bool reached = withDatabase([&](SqliteDatabase &db) {
        ReviewActions actions(db, [this] { return now(); });
        for (const auto &[id, rating] : std::as_const(exceptions))
            results << actions.decide(id, rating, {});
        if (!agreed.isEmpty())
            results << actions.agreeWithProposals(agreed);
    });
    if (!reached)
        return false;
    int queued = 0;
    QString firstError;
    for (const LocalActions::Result &r : std::as_const(results)) {
        if (r.ok()) {
            queued += r.mutationId > 0 ? 1 : 0;
            m_choices.remove(r.rowId);
        } else if (firstError.isEmpty()) {
            firstError = r.error;
        }
    }
    if (firstError.isEmpty()) {
        setErrorMessage({});
    } else {
        const int failed = int(std::count_if(results.cbegin(), results.cend(),
            [](const LocalActions::Result &r) { return !r.ok(); }));
        setErrorMessage(tr("%1 quyết định chưa gửi được: %2")
                            .arg(failed)
                            .arg(ReviewActions::message(firstError)));
    }
    if (queued > 0)
        Q_EMIT localChangeMade();
    reload();
    return firstError.isEmpty();
}

void ReviewDecisionsController::dismissRejection(qint64 mutationId)
{
    withDatabase([&](SqliteDatabase &db) { Outbox(db).dismissRejected(mutationId); });
    reload();
}

void ReviewDecisionsController::loadCell(SqliteDatabase &db)
{
    m_cycle = CellReviewsController::findCycle(db, m_cycleId);
    m_rejections.clear();
    QList<SelfReviewEntry> entries;
    if (m_cycle && !orgId().isEmpty()) {
        const QString cycleId = m_cycle->value(u"id"_s).toString();
        const bool opener = m_cycle->value(u"opener_org_id"_s).toString() == orgId();
        QHash<QString, QString> parents;
        QHash<QString, QString> names;
        Statement orgs(db, "SELECT id, ifnull(parent_id, ''), ifnull(name, '') FROM organizations");
        while (orgs.step()) {
            parents.insert(orgs.text(0), orgs.text(1));
            names.insert(orgs.text(0), orgs.text(2));
        }
        const QString me = orgId();
        const auto decides
            = [&](const QString &cellId) { return opener || parents.value(cellId) == me; };
        Outbox outbox(db);
        for (const QJsonObject &row : CellReviewsController::selfReviewRows(db, cycleId)) {
            SelfReviewEntry entry = CellReviewsController::entryOf(row, outbox);
            if (!decides(entry.orgId))
                continue;
            entry.orgName = names.value(entry.orgId, entry.orgId);
            if (SelfReviewListModel::canDecide(entry))
                entry.chosenRating = m_choices.value(entry.selfReviewId);
            entries << entry;
        }
        CellReviewsController::sortByName(entries);
        QCollator collator { QLocale(QLocale::Vietnamese, QLocale::Vietnam) };
        collator.setNumericMode(true);
        std::stable_sort(entries.begin(), entries.end(),
            [&](const SelfReviewEntry &a, const SelfReviewEntry &b) {
                const int byName = collator.compare(a.orgName, b.orgName);
                return byName != 0 ? byName < 0 : a.orgId < b.orgId;
            });
        m_rejections = CellReviewsController::refusals(
            db, Protocol::Mutation::ReviewDecide, cycleId,
            [&](const QJsonObject &row) { return decides(row.value(u"org_id"_s).toString()); },
            tr("Quyết định xếp loại đồng chí %1 không được máy chủ nhận. %2"));
    }
    // Choices of rows no longer decidable (decided, or gone) are forgotten.
    for (auto it = m_choices.begin(); it != m_choices.end();) {
        const bool keep = std::any_of(entries.cbegin(), entries.cend(),
            [&](const SelfReviewEntry &e) { return e.selfReviewId == it.key(); });
        it = keep ? std::next(it) : m_choices.erase(it);
    }
    m_rows.setEntries(entries);
    Q_EMIT decisionsChanged();
}
