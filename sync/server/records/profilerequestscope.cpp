#include "records/profilerequestscope.h"

#include "db/sqlrunner.h"
#include "db/writetransaction.h"
#include "mutationnames.h"
#include "wirevalues.h"

using namespace Qt::StringLiterals;

ProfileRequestScope::ProfileRequestScope(const QSqlDatabase &db, const QString &memberId)
{
    // The role and cell as they are now: a change of either moves the pending requests
    // (rescopePending).
    QSqlQuery query = runSql(db,
        u"SELECT m.org_id, o.parent_id, (SELECT COUNT(*) FROM users u WHERE u.member_id = m.id "
        "AND u.role = 'secretary' AND u.org_id = m.org_id) "
        "FROM members m JOIN organizations o ON o.id = m.org_id WHERE m.id = ?"_s,
        { memberId });
    if (!query.next())
        return;
    m_memberOrg = query.value(0).toString();
    if (query.value(2).toLongLong() > 0 && !query.value(1).isNull())
        m_aboveOrg = query.value(1).toString();
}

int ProfileRequestScope::rescopePending(WriteTransaction &transaction, const QString &memberId)
{
    const QSqlDatabase db = transaction.db();
    const QString deciding = ProfileRequestScope(db, memberId).decidingOrg();
    if (deciding.isEmpty())
        return 0;
    // Only those recorded elsewhere: a change that leaves the deciders as they were (a
    // committee account for the member, a move back and forth) sends nothing again. Decided
    // requests move too: they may hold the citizen ID or discipline fields, which
    // the old cell's secretaries must no longer hold; only the pending ones are counted.
    QStringList moving;
    int pending = 0;
    forEachRow(db,
        u"SELECT r.id, r.status FROM profile_requests r WHERE r.member_id = ? "
        "AND NOT EXISTS (SELECT 1 FROM changes c WHERE c.type = 'profile_request' "
        "AND c.entity_id = r.id AND c.op = 'put' AND c.org_id = ?) ORDER BY r.created_at, r.id"_s,
        { memberId, deciding }, [&moving, &pending](const QSqlQuery &row) {
            moving << row.value(0).toString();
            if (row.value(1).toString() == Protocol::ProfileRequestStatus::Pending)
                ++pending;
        });
    // Recorded after the rows are read (QPSQL loses a result when another statement runs).
    for (const QString &id : std::as_const(moving))
        transaction.recordChange(
            Protocol::RowType::ProfileRequest, id, Protocol::ChangeOp::Put, deciding, memberId);
    return pending;
}
