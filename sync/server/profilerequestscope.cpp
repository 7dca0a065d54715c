#include "profilerequestscope.h"

#include "sqlrunner.h"

using namespace Qt::StringLiterals;

ProfileRequestScope::ProfileRequestScope(const QSqlDatabase &db, const QString &memberId)
{
    // The role as it is now. A request recorded before its member became (or stopped being)
    // secretary stays in the scope it was recorded in until it is decided (see
    // docs/decisions.md, Profiles, "Requests").
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
