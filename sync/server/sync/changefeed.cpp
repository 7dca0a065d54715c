#include "sync/changefeed.h"

#include "db/sqlrunner.h"
#include "http/jsonsize.h"
#include "sync/entityserializer.h"
#include "wirevalues.h"

#include <QHash>
#include <QJsonArray>
#include <algorithm>

using namespace Qt::StringLiterals;
namespace ChangeOp = Protocol::ChangeOp;

namespace {

// Which change rows a user may see. Parameters, in order: own member id, own org (x3),
// secretary flag, own org, committee flag, own org (x3: subtree, profile requests, drafts),
// and the sequence bounds. A committee sees the profile requests recorded in its own
// organisation's scope, exactly (not its subtree): those of the secretaries of the cells
// directly below, which it decides (ProfileRequestScope). A signer is seen like a document of its
// organisation (DESIGN.md 8.1): in that organisation's subtree, and by committees above it.
// A document draft only by the committee users of its own organisation (DESIGN.md 8.2).
// Studying (DESIGN.md 8.3): a study (recorded in its audience's scope) like a document; a
// study submission (recorded in the member's cell, owned by the member) by the member and the
// cell's secretary, never by committees; study progress (recorded in its organisation's
// scope) by the secretary for the own cell and by committees for their subtree.
const QString kVisibleChanges = uR"SQL(
    (c.owner_member_id = ?
     OR (c.type IN ('organization', 'document', 'signer', 'study')
         AND c.org_id IN (SELECT ancestor_id FROM org_closure WHERE descendant_id = ?))
     OR (c.type IN ('meeting', 'member') AND c.org_id = ?)
     OR (c.type = 'organization' AND c.org_id = ?)
     OR (? = 1 AND c.type IN ('attendance', 'read_receipt', 'profile_request', 'feedback',
                              'study_submission', 'study_progress')
         AND c.org_id = ?)
     OR (? = 1 AND c.type IN ('organization', 'document', 'signer', 'meeting', 'member',
                              'study', 'study_progress')
         AND c.org_id IN (SELECT descendant_id FROM org_closure WHERE ancestor_id = ?))
     OR (? = 1 AND c.type = 'profile_request' AND c.org_id = ?)
     OR (? = 1 AND c.type = 'document_draft' AND c.org_id = ?))
)SQL"_s;

QVariantList visibilityBinds(const AuthenticatedUser &user)
{
    const QString member = user.memberId.isEmpty() ? u"-"_s : user.memberId;
    const int committee = user.isCommittee() ? 1 : 0;
    return { member, user.orgId, user.orgId, user.orgId, user.isSecretary() ? 1 : 0, user.orgId,
        committee, user.orgId, committee, user.orgId, committee, user.orgId };
}

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
    // Read the log in sequence order from the cursor and stop at the page's end. SQLite would
    // otherwise answer the ORs with one index each (type, org, owner), read every row the
    // user can see whatever the cursor, and sort them: a pull with nothing new read them all,
    // and a snapshot grew quadratic with the pages.
    const QString from
        = m_db.driverName() == u"QSQLITE" ? u"changes c NOT INDEXED"_s : u"changes c"_s;
    const QString select = u"SELECT c.seq, c.txn, c.type, c.entity_id, c.op FROM "_s + from
        + u" WHERE "_s + kVisibleChanges;
    QVariantList binds = visibilityBinds(m_user);
    binds << after << newest << limit + 1;
    QList<ChangeRow> rows;
    const auto collect = [&rows](const QSqlQuery &query) {
        rows << ChangeRow { query.value(0).toLongLong(), query.value(1).toString(),
            query.value(2).toString(), query.value(3).toString(), query.value(4).toString() };
    };
    // Most pulls find nothing new (the app pulls on every start and every few minutes): the
    // cursor is already at the newest change, so there is no range to read.
    if (after < newest) {
        forEachRow(m_db, select + u" AND c.seq > ? AND c.seq <= ? ORDER BY c.seq LIMIT ?"_s, binds,
            collect);
    }
    bool hasMore = rows.size() > limit;
    if (hasMore) {
        rows.removeLast();
        // Never split a transaction: add the rest of the last row's transaction. Writers
        // commit one after the other, so its rows end where the next transaction's begin.
        const QVariant next = scalarSql(m_db,
            u"SELECT seq FROM changes WHERE seq > ? AND txn <> ? ORDER BY seq LIMIT 1"_s,
            { rows.last().seq, rows.last().txn });
        QVariantList more = visibilityBinds(m_user);
        more << rows.last().seq << (next.isValid() ? next.toLongLong() : newest + 1)
             << rows.last().txn;
        forEachRow(m_db, select + u" AND c.seq > ? AND c.seq < ? AND c.txn = ? ORDER BY c.seq"_s,
            more, collect);
        QVariantList check = visibilityBinds(m_user);
        check << rows.last().seq;
        hasMore = scalarSql(m_db,
            u"SELECT 1 FROM "_s + from + u" WHERE "_s + kVisibleChanges
                + u" AND c.seq > ? LIMIT 1"_s,
            check)
                      .isValid();
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
    return QJsonObject { { u"changes"_s, changes },
        { u"cursor"_s, PullCursor { m_user.scopeGeneration, last }.encode() },
        { u"has_more"_s, hasMore }, { u"reset"_s, reset } };
}
