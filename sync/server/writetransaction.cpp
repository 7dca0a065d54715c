#include "writetransaction.h"

#include "sqlrunner.h"

#include <QUuid>

using namespace Qt::StringLiterals;

WriteTransaction::WriteTransaction(ServerDatabase &database)
    : m_db(database.connection())
    , m_postgres(database.spec().backend() == DatabaseSpec::Backend::PostgreSql)
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    runSql(m_db, m_postgres ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s);
    if (m_postgres)
        runSql(m_db, u"SELECT pg_advisory_xact_lock(72616002)"_s);
}

WriteTransaction::~WriteTransaction()
{
    if (!m_done) {
        try {
            runSql(m_db, u"ROLLBACK"_s);
        } catch (const DbError &) {
            // The connection may be gone; the server rolls back on disconnect anyway.
        }
    }
}

void WriteTransaction::commit()
{
    runSql(m_db, u"COMMIT"_s);
    m_done = true;
}

void WriteTransaction::recordChange(const QString &type, const QString &entityId,
                                    const QString &op, const QString &orgId,
                                    const QString &ownerMemberId)
{
    // One row per entity: the newest change replaces the older one, with a new sequence.
    runSql(m_db, u"DELETE FROM changes WHERE type = ? AND entity_id = ?"_s, {type, entityId});
    runSql(m_db,
           u"INSERT INTO changes (txn, type, entity_id, op, org_id, owner_member_id) "
           "VALUES (?, ?, ?, ?, ?, ?)"_s,
           {m_id, type, entityId, op, textOrNull(orgId), textOrNull(ownerMemberId)});
}
