#include "db/writetransaction.h"

#include "db/changesignals.h"
#include "db/changewatcher.h"
#include "db/sqlrunner.h"

#include <QUuid>

using namespace Qt::StringLiterals;

WriteTransaction::WriteTransaction(ServerDatabase &database)
    : m_database(database)
    , m_db(database.connection())
    , m_postgres(database.spec().backend() == DatabaseSpec::Backend::PostgreSql)
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    execUnprepared(m_db, m_postgres ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s);
    if (m_postgres)
        execSql(m_db, u"SELECT pg_advisory_xact_lock(72616002)"_s);
}

WriteTransaction::~WriteTransaction()
{
    if (!m_done) {
        try {
            execUnprepared(m_db, u"ROLLBACK"_s);
        } catch (const DbError &) {
            // The connection may be gone; the server rolls back on disconnect anyway.
        }
    }
}

void WriteTransaction::commit()
{
    execUnprepared(m_db, u"COMMIT"_s);
    m_done = true;
    // The next request on this process must see this commit (a sign-out, a password change):
    // SQLite's data_version does not move for a connection's own commits, and PostgreSQL's
    // NOTIFY reaches the listener a little later.
    if (m_database.changeSignals().isWatched()) {
        if (ChangeWatcher *watcher = ChangeWatcher::of(m_database))
            watcher->takeInOwnCommit(m_recordedChanges);
    }
}

void WriteTransaction::recordChange(const QString &type, const QString &entityId, const QString &op,
    const QString &orgId, const QString &ownerMemberId)
{
    // One row per entity and scope: the newest change replaces the older one and gets a new
    // sequence number. When an entity moves to another scope (a member to another cell, a
    // document to another audience), the old scope gets a "delete" row (without owner), so
    // those who could see it before remove it on their next pull.
    m_recordedChanges = true;
    if (++m_changesInGroup > kMaxGroup) {
        m_id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_changesInGroup = 1;
    }
    const QVariant previousOrg = scalarSql(m_db,
        u"SELECT org_id FROM changes WHERE type = ? AND entity_id = ? AND op = 'put'"_s,
        { type, entityId });
    if (previousOrg.isValid() && previousOrg.toString() != orgId) {
        execSql(m_db, u"DELETE FROM changes WHERE type = ? AND entity_id = ? AND org_id = ?"_s,
            { type, entityId, previousOrg.toString() });
        execSql(m_db,
            u"INSERT INTO changes (txn, type, entity_id, op, org_id, owner_member_id) "
            "VALUES (?, ?, ?, 'delete', ?, ?)"_s,
            { m_id, type, entityId, previousOrg.toString(), sqlNull() });
    }
    execSql(m_db, u"DELETE FROM changes WHERE type = ? AND entity_id = ? AND org_id = ?"_s,
        { type, entityId, orgId });
    execSql(m_db,
        u"INSERT INTO changes (txn, type, entity_id, op, org_id, owner_member_id) "
        "VALUES (?, ?, ?, ?, ?, ?)"_s,
        { m_id, type, entityId, op, orgId, textOrNull(ownerMemberId) });
}
