#include "sync/changefeed.h"

#include "db/sqlrunner.h"
#include "http/jsonsize.h"
#include "pullquery.h"
#include "sync/changevisibility.h"
#include "sync/entityserializer.h"
#include "wirevalues.h"

#include <QHash>
#include <QJsonArray>
#include <algorithm>

using namespace Qt::StringLiterals;
namespace ChangeOp = Protocol::ChangeOp;

namespace {

struct ChangeRow
{
    qint64 seq;
    QString txn;
    QString type;
    QString entityId;
    QString op;
};

} // namespace

ChangeFeed::ChangeFeed(const QSqlDatabase &db, const AuthenticatedUser &user)
    : m_db(db)
    , m_user(user)
{ }

QJsonObject ChangeFeed::page(
    const std::optional<PullCursor> &cursor, int limit, std::optional<qint64> newestChange)
{
    limit = qBound(1, limit, kMaxLimit);
    const bool reset = cursor && cursor->scopeGeneration != m_user.scopeGeneration;
    const qint64 after = (!cursor || reset) ? 0 : cursor->sequence;

    // The newest change now. Every change up to it has committed (writers commit in sequence
    // order, see WriteTransaction), so a page that reaches the end may carry the cursor up to
    // it, past the changes this user does not see: the next pull, often a pull with nothing
    // new, then starts there instead of reading them all again.
    const qint64 newest = newestChange
        ? *newestChange
        : scalarSql(m_db, u"SELECT MAX(seq) FROM changes"_s).toLongLong();
    // Which rows this user may see: the rules of ChangeVisibility as SQL.
    const ChangeVisibility::Sql visible = ChangeVisibility::sqlFor(m_user);
    // A member's or a secretary's rows are their own and those of a few organisations: read
    // one indexed branch each and merge them, so a pull from an old cursor costs what the user
    // sees, not every other member's notes and receipts since (a held pull's first page after
    // a night; a generic plan of the single condition walked the whole range). A committee's
    // subtree is read in sequence order from the cursor with the single condition, and so is
    // a short range (the common pull: a few changes since the last), where walking is cheaper.
    QList<ChangeVisibility::Sql> branches;
    if (newest - after > kBranchedRange && !m_user.isCommittee()) {
        branches = ChangeVisibility::branchesFor(
            m_user, ChangeVisibility::readPlace(m_db, m_user.orgId, false)->ancestors);
    }
    // SQLite would otherwise answer the ORs with one index each (type, org, owner), read every
    // row the user can see whatever the cursor, and sort them: a pull with nothing new read
    // them all, and a snapshot grew quadratic with the pages.
    const QString from
        = m_db.driverName() == u"QSQLITE" ? u"changes c NOT INDEXED"_s : u"changes c"_s;
    const QString columns = u"SELECT c.seq, c.txn, c.type, c.entity_id, c.op FROM "_s;
    // The visible rows whose sequence satisfies `range` (binds `rangeBinds`), in order, at
    // most `limit`.
    const auto visibleIn = [&](const QString &range, const QVariantList &rangeBinds, int limit,
                               QVariantList *binds) {
        if (branches.isEmpty()) {
            *binds = visible.binds + rangeBinds;
            *binds << limit;
            return columns + from + u" WHERE "_s + visible.condition + u" AND "_s + range
                + u" ORDER BY c.seq LIMIT ?"_s;
        }
        QStringList arms;
        binds->clear();
        for (const ChangeVisibility::Sql &branch : branches) {
            arms << columns + u"changes c WHERE "_s + branch.condition + u" AND "_s + range;
            *binds += branch.binds + rangeBinds;
        }
        *binds << limit;
        return u"SELECT seq, txn, type, entity_id, op FROM ("_s + arms.join(u" UNION ALL "_s)
            + u") AS visible ORDER BY seq LIMIT ?"_s;
    };
    QList<ChangeRow> rows;
    const auto collect = [&rows](const QSqlQuery &query) {
        rows << ChangeRow { query.value(0).toLongLong(), query.value(1).toString(),
            query.value(2).toString(), query.value(3).toString(), query.value(4).toString() };
    };
    // Most pulls find nothing new (the app pulls on every start and every few minutes): the
    // cursor is already at the newest change, so there is no range to read.
    if (after < newest) {
        QVariantList binds;
        const QString sql
            = visibleIn(u"c.seq > ? AND c.seq <= ?"_s, { after, newest }, limit + 1, &binds);
        forEachRow(m_db, sql, binds, collect);
    }
    bool hasMore = rows.size() > limit;
    if (hasMore) {
        rows.removeLast();
        // Never split a transaction: add the rest of the last row's transaction. Writers
        // commit one after the other, so its rows end where the next transaction's begin.
        const QVariant next = scalarSql(m_db,
            u"SELECT seq FROM changes WHERE seq > ? AND txn <> ? ORDER BY seq LIMIT 1"_s,
            { rows.last().seq, rows.last().txn });
        QVariantList more = visible.binds;
        more << rows.last().seq << (next.isValid() ? next.toLongLong() : newest + 1)
             << rows.last().txn;
        forEachRow(m_db,
            columns + from + u" WHERE "_s + visible.condition
                + u" AND c.seq > ? AND c.seq < ? AND c.txn = ? ORDER BY c.seq"_s,
            more, collect);
        QVariantList check;
        const QString sql = visibleIn(u"c.seq > ?"_s, { rows.last().seq }, 1, &check);
        hasMore = scalarSql(m_db, sql, check).isValid();
    }

    // The rows' current state, a few queries per type for each chunk of rows, written until
    // the page reaches its byte budget: whole transactions only, and at least one, so a
    // transaction larger than the budget is sent alone.
    EntitySerializer serializer(m_db, m_user);
    const bool tombstones = !(reset || !cursor); // a snapshot needs none
    QJsonArray changes;
    qint64 bytes = 0;
    qsizetype sent = 0; // rows of whole transactions on the page
    qsizetype chunk = kFirstChunk;
    bool cut = false;
    while (sent < rows.size() && !cut) {
        qsizetype end = std::min(rows.size(), sent + chunk);
        while (end < rows.size() && rows[end].txn == rows[end - 1].txn)
            ++end;
        QHash<QString, QStringList> wanted;
        for (qsizetype i = sent; i < end; ++i) {
            if (rows[i].op == ChangeOp::Put)
                wanted[rows[i].type] << rows[i].entityId;
        }
        QHash<QString, QHash<QString, EntitySerializer::Entity>> current;
        for (auto it = wanted.cbegin(); it != wanted.cend(); ++it)
            current.insert(it.key(), serializer.readMany(it.key(), it.value()));
        for (qsizetype first = sent; first < end;) {
            qsizetype next = first;
            QJsonArray transaction;
            qint64 transactionBytes = 0;
            for (; next < end && rows[next].txn == rows[first].txn; ++next) {
                const ChangeRow &row = rows[next];
                QJsonObject change;
                const auto &ofType = current[row.type];
                const auto found
                    = row.op == ChangeOp::Put ? ofType.constFind(row.entityId) : ofType.cend();
                if (found != ofType.cend()) {
                    change = QJsonObject { { u"type"_s, row.type }, { u"id"_s, row.entityId },
                        { u"op"_s, ChangeOp::Put }, { u"version"_s, found->version },
                        { u"data"_s, found->data } };
                } else if (tombstones) {
                    change = QJsonObject { { u"type"_s, row.type }, { u"id"_s, row.entityId },
                        { u"op"_s, ChangeOp::Delete } };
                } else {
                    continue;
                }
                transactionBytes += JsonSize::upperBound(change) + 1;
                transaction.append(change);
            }
            if (sent > 0 && bytes + transactionBytes > kPageBytes) {
                cut = true;
                break;
            }
            for (const QJsonValue &change : std::as_const(transaction))
                changes.append(change);
            bytes += transactionBytes;
            sent = first = next;
        }
        // Read about as many rows as the budget has room for, judged by those written.
        const qint64 perRow = std::max<qint64>(1, bytes / std::max<qsizetype>(1, sent));
        chunk = std::max<qsizetype>(kFirstChunk, (kPageBytes - bytes) / perRow + 1);
    }
    if (cut) {
        hasMore = true;
        rows.resize(sent);
    }
    const qint64 last = hasMore ? rows.last().seq
                                : std::max({ after, newest, rows.isEmpty() ? 0 : rows.last().seq });
    return pageObject(changes, PullCursor { m_user.scopeGeneration, last }, hasMore, reset);
}

QJsonObject ChangeFeed::pageObject(
    const QJsonArray &changes, const PullCursor &cursor, bool hasMore, bool reset)
{
    return QJsonObject { { u"changes"_s, changes },
        { Protocol::PullQuery::Cursor, cursor.encode() }, { u"has_more"_s, hasMore },
        { u"reset"_s, reset } };
}

bool ChangeFeed::carriesNews(const QJsonObject &page)
{
    return !page.value(u"changes"_s).toArray().isEmpty() || page.value(u"has_more"_s).toBool()
        || page.value(u"reset"_s).toBool();
}
