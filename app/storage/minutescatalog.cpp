#include "minutescatalog.h"

#include "sqlitedatabase.h"
#include "syncstate.h"
#include "timestamps.h"
#include "wirevalues.h"

#include <algorithm>

using namespace Qt::StringLiterals;

MinutesCatalog::MinutesCatalog(SqliteDatabase &db)
    : m_db(db)
{ }

std::optional<MinutesDraft> MinutesCatalog::draft(const QString &meetingId)
{
    Statement query(m_db, "SELECT text, updated_at FROM minutes_drafts WHERE meeting_id = ?1");
    query.bind(1, meetingId);
    if (!query.step())
        return std::nullopt;
    return MinutesDraft { query.text(0), Timestamps::fromIso(query.text(1)) };
}

void MinutesCatalog::saveDraft(const QString &meetingId, const QString &text, const QDateTime &at)
{
    Statement upsert(m_db,
        "INSERT INTO minutes_drafts(meeting_id, text, updated_at) VALUES (?1, ?2, ?3) "
        "ON CONFLICT(meeting_id) DO UPDATE SET text = excluded.text, "
        "updated_at = excluded.updated_at");
    upsert.bind(1, meetingId).bind(2, text).bind(3, Timestamps::toIso(at));
    upsert.step();
}

void MinutesCatalog::removeDraft(const QString &meetingId)
{
    Statement remove(m_db, "DELETE FROM minutes_drafts WHERE meeting_id = ?1");
    remove.bind(1, meetingId);
    remove.step();
}

void MinutesCatalog::markSeen(const QString &meetingId, const QDateTime &at)
{
    Statement insert(
        m_db, "INSERT OR IGNORE INTO minutes_seen(meeting_id, seen_at) VALUES (?1, ?2)");
    insert.bind(1, meetingId).bind(2, Timestamps::toIso(at));
    insert.step();
}

bool MinutesCatalog::seen(const QString &meetingId)
{
    Statement query(m_db, "SELECT 1 FROM minutes_seen WHERE meeting_id = ?1");
    query.bind(1, meetingId);
    return query.step();
}

QList<UnseenMinutes> MinutesCatalog::unseenByAbsentMember()
{
    SyncState state(m_db);
    const QString memberId = state.value(u"member_id"_s);
    const QString orgId = state.value(u"org_id"_s);
    if (memberId.isEmpty() || state.value(u"role"_s) == Protocol::Role::Secretary)
        return {};
    // My attendance row is "<meeting id>:<member id>" (the server's id).
    Statement query(m_db,
        "SELECT m.id, json_extract(m.data, '$.title'), m.starts_at FROM meetings m "
        "LEFT JOIN attendance a ON a.id = m.id || ':' || ?1 "
        "WHERE m.org_id = ?2 AND coalesce(json_extract(m.data, '$.minutes'), '') <> '' "
        "AND m.id NOT IN (SELECT meeting_id FROM minutes_seen) "
        "AND coalesce(json_extract(a.data, '$.present'), 0) <> 1");
    query.bind(1, memberId).bind(2, orgId);
    QList<UnseenMinutes> result;
    while (query.step())
        result.append({ query.text(0), query.text(1), Timestamps::fromIso(query.text(2)) });
    std::stable_sort(result.begin(), result.end(),
        [](const UnseenMinutes &a, const UnseenMinutes &b) { return a.startsAt > b.startsAt; });
    return result;
}
