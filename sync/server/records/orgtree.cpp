#include "records/orgtree.h"

#include "db/sqlrunner.h"
#include "db/writetransaction.h"
#include "mutationnames.h"
#include "timestamps.h"
#include "wirevalues.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

void OrgTree::add(WriteTransaction &transaction, const Organization &organization)
{
    const QSqlDatabase db = transaction.db();
    execSql(db,
        u"INSERT INTO organizations (id, parent_id, name, kind, created_at) "
        "VALUES (?, ?, ?, ?, ?)"_s,
        { organization.id, organization.parentId.isEmpty() ? sqlNull() : organization.parentId,
            organization.name, organization.kind,
            Timestamps::toIso(QDateTime::currentDateTimeUtc()) });
    execSql(db, u"INSERT INTO org_closure (ancestor_id, descendant_id, depth) VALUES (?, ?, 0)"_s,
        { organization.id, organization.id });
    if (!organization.parentId.isEmpty()) {
        execSql(db,
            u"INSERT INTO org_closure (ancestor_id, descendant_id, depth) "
            "SELECT ancestor_id, ?, depth + 1 FROM org_closure WHERE descendant_id = ?"_s,
            { organization.id, organization.parentId });
    }
    transaction.recordChange(
        Protocol::RowType::Organization, organization.id, Protocol::ChangeOp::Put, organization.id);
}

std::optional<Organization> OrgTree::find(const QSqlDatabase &db, const QString &id)
{
    QSqlQuery query
        = runSql(db, u"SELECT id, parent_id, name, kind FROM organizations WHERE id = ?"_s, { id });
    if (!query.next())
        return std::nullopt;
    return Organization { query.value(0).toString(), query.value(1).toString(),
        query.value(2).toString(), query.value(3).toString() };
}

bool OrgTree::contains(
    const QSqlDatabase &db, const QString &ancestorId, const QString &descendantId)
{
    return scalarSql(db, u"SELECT 1 FROM org_closure WHERE ancestor_id = ? AND descendant_id = ?"_s,
        { ancestorId, descendantId })
        .isValid();
}

qint64 OrgTree::count(const QSqlDatabase &db)
{
    return scalarSql(db, u"SELECT COUNT(*) FROM organizations"_s).toLongLong();
}
