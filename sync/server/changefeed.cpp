#include "changefeed.h"

#include "entityserializer.h"
#include "sqlrunner.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

// Which change rows a user may see. Parameters, in order: own member id, own org (x3),
// secretary flag, own org, committee flag, own org, and the sequence bounds.
const QString kVisibleChanges = uR"SQL(
    (c.owner_member_id = ?
     OR (c.type IN ('organization', 'document')
         AND c.org_id IN (SELECT ancestor_id FROM org_closure WHERE descendant_id = ?))
     OR (c.type IN ('meeting', 'member') AND c.org_id = ?)
     OR (c.type = 'organization' AND c.org_id = ?)
     OR (? = 1 AND c.type IN ('attendance', 'read_receipt', 'profile_request', 'feedback')
         AND c.org_id = ?)
     OR (? = 1 AND c.type IN ('organization', 'document', 'meeting', 'member')
         AND c.org_id IN (SELECT descendant_id FROM org_closure WHERE ancestor_id = ?)))
)SQL"_s;

QVariantList visibilityBinds(const AuthenticatedUser &user)
{
    const QString member = user.memberId.isEmpty() ? u"-"_s : user.memberId;
    return { member, user.orgId, user.orgId, user.orgId, user.isSecretary() ? 1 : 0, user.orgId,
        user.isCommittee() ? 1 : 0, user.orgId };
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

QJsonObject ChangeFeed::page(const std::optional<PullCursor> &cursor, int limit)
{
    limit = qBound(1, limit, kMaxLimit);
    const bool reset = cursor && cursor->scopeGeneration != m_user.scopeGeneration;
    const qint64 after = (!cursor || reset) ? 0 : cursor->sequence;

    QVariantList binds = visibilityBinds(m_user);
    binds << after << limit + 1;
    QSqlQuery query = runSql(m_db,
        u"SELECT c.seq, c.txn, c.type, c.entity_id, c.op FROM changes c WHERE "_s + kVisibleChanges
            + u" AND c.seq > ? ORDER BY c.seq LIMIT ?"_s,
        binds);
    QList<ChangeRow> rows;
    while (query.next()) {
        rows << ChangeRow { query.value(0).toLongLong(), query.value(1).toString(),
            query.value(2).toString(), query.value(3).toString(), query.value(4).toString() };
    }
    bool hasMore = rows.size() > limit;
    if (hasMore) {
        rows.removeLast();
        // Never split a transaction: add the rest of the last row's transaction.
        QVariantList more = visibilityBinds(m_user);
        more << rows.last().seq << rows.last().txn;
        QSqlQuery rest = runSql(m_db,
            u"SELECT c.seq, c.txn, c.type, c.entity_id, c.op FROM changes c WHERE "_s
                + kVisibleChanges + u" AND c.seq > ? AND c.txn = ? ORDER BY c.seq"_s,
            more);
        while (rest.next()) {
            rows << ChangeRow { rest.value(0).toLongLong(), rest.value(1).toString(),
                rest.value(2).toString(), rest.value(3).toString(), rest.value(4).toString() };
        }
        QVariantList check = visibilityBinds(m_user);
        check << rows.last().seq;
        hasMore = scalarSql(m_db,
            u"SELECT 1 FROM changes c WHERE "_s + kVisibleChanges + u" AND c.seq > ? LIMIT 1"_s,
            check)
                      .isValid();
    }

    EntitySerializer serializer(m_db, m_user);
    QJsonArray changes;
    for (const ChangeRow &row : rows) {
        std::optional<EntitySerializer::Entity> entity;
        if (row.op == u"put")
            entity = serializer.read(row.type, row.entityId);
        if (!entity) {
            // A snapshot needs no tombstones; an incremental pull passes them on.
            if (!(reset || !cursor))
                changes.append(QJsonObject {
                    { u"type"_s, row.type }, { u"id"_s, row.entityId }, { u"op"_s, u"delete"_s } });
            continue;
        }
        changes.append(
            QJsonObject { { u"type"_s, row.type }, { u"id"_s, row.entityId }, { u"op"_s, u"put"_s },
                { u"version"_s, entity->version }, { u"data"_s, entity->data } });
    }
    const qint64 last = rows.isEmpty() ? after : rows.last().seq;
    return QJsonObject { { u"changes"_s, changes },
        { u"cursor"_s, PullCursor { m_user.scopeGeneration, last }.encode() },
        { u"has_more"_s, hasMore }, { u"reset"_s, reset } };
}
