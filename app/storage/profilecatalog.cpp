#include "profilecatalog.h"

#include "outbox.h"
#include "sqlitedatabase.h"
#include "syncstate.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

QJsonObject parse(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QList<QJsonObject> rowsOf(Statement &query)
{
    QList<QJsonObject> rows;
    while (query.step())
        rows.append(parse(query.text(0)));
    return rows;
}

} // namespace

ProfileCatalog::ProfileCatalog(SqliteDatabase &db)
    : m_db(db)
{ }

ProfileViewer ProfileCatalog::viewer()
{
    SyncState state(m_db);
    return { state.value(u"member_id"_s), state.value(u"org_id"_s), state.value(u"role"_s) };
}

std::optional<QJsonObject> ProfileCatalog::member(const QString &id)
{
    Statement query(m_db, "SELECT data FROM members WHERE id = ?1");
    query.bind(1, id);
    if (!query.step())
        return std::nullopt;
    return parse(query.text(0));
}

QString ProfileCatalog::organizationName(const QString &orgId)
{
    Statement query(m_db, "SELECT name FROM organizations WHERE id = ?1");
    query.bind(1, orgId);
    return query.step() ? query.text(0) : QString();
}

QList<DirectoryEntry> ProfileCatalog::directory()
{
    // A full profile carries its version; a directory entry only id, org, name and position.
    Statement query(m_db,
        "SELECT m.id, m.org_id, ifnull(o.name, ''), ifnull(m.full_name, ''), "
        "ifnull(m.position, ''), json_type(m.data, '$.version') IS NOT NULL "
        "FROM members m LEFT JOIN organizations o ON o.id = m.org_id");
    QList<DirectoryEntry> entries;
    while (query.step())
        entries.append({ query.text(0), query.text(1), query.text(2), query.text(3), query.text(4),
            query.integer(5) != 0 });
    return entries;
}

QList<QJsonObject> ProfileCatalog::fullProfiles()
{
    Statement query(m_db,
        "SELECT json_object('gender', json_extract(data, '$.gender'), "
        "'birth_date', json_extract(data, '$.birth_date'), "
        "'education', json_extract(data, '$.education'), "
        "'ethnicity', json_extract(data, '$.ethnicity')) "
        "FROM members WHERE json_type(data, '$.version') IS NOT NULL");
    return rowsOf(query);
}

QList<QJsonObject> ProfileCatalog::requestsOf(const QString &memberId)
{
    Statement query(m_db,
        "SELECT data FROM profile_requests WHERE member_id = ?1 "
        "ORDER BY json_extract(data, '$.created_at') DESC, id");
    query.bind(1, memberId);
    return rowsOf(query);
}

QList<QJsonObject> ProfileCatalog::pendingRequestsOfCell(
    const QString &cellId, const QString &exceptMemberId)
{
    Statement query(m_db,
        "SELECT r.data FROM profile_requests r JOIN members m ON m.id = r.member_id "
        "WHERE r.status = 'pending' AND m.org_id = ?1 AND r.member_id <> ?2 "
        "ORDER BY json_extract(r.data, '$.created_at'), r.id");
    query.bind(1, cellId).bind(2, exceptMemberId);
    return rowsOf(query);
}

QList<QJsonObject> ProfileCatalog::pendingRequestsOfCellsBelow(
    const QString &orgId, const QString &exceptMemberId)
{
    Statement query(m_db,
        "SELECT r.data FROM profile_requests r JOIN members m ON m.id = r.member_id "
        "JOIN organizations o ON o.id = m.org_id "
        "WHERE r.status = 'pending' AND o.parent_id = ?1 AND r.member_id IS NOT ?2 "
        "ORDER BY json_extract(r.data, '$.created_at'), r.id");
    // IS NOT: a committee account often has no member record (the id binds as NULL).
    query.bind(1, orgId).bind(2, exceptMemberId);
    return rowsOf(query);
}

QList<QJsonObject> ProfileCatalog::pendingRequestsToReview(const ProfileViewer &viewer)
{
    if (viewer.isSecretary())
        return pendingRequestsOfCell(viewer.orgId, viewer.memberId);
    if (viewer.isCommittee())
        return pendingRequestsOfCellsBelow(viewer.orgId, viewer.memberId);
    return {};
}

QList<QJsonObject> ProfileCatalog::notifications(const QString &kind, int limit)
{
    Statement query(m_db,
        "SELECT data FROM notifications WHERE kind = ?1 ORDER BY created_at DESC, id LIMIT ?2");
    query.bind(1, kind).bind(2, limit);
    return rowsOf(query);
}

bool ProfileCatalog::waitsToBeSent(const QString &type, const QString &id)
{
    return Outbox(m_db).hasPendingChange(type, id);
}
