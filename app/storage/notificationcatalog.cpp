#include "notificationcatalog.h"

#include "sqlitedatabase.h"
#include "syncstate.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
const auto kSeenUntil = u"notifications_seen_until"_s;
} // namespace

NotificationCatalog::NotificationCatalog(SqliteDatabase &db)
    : m_db(db)
{ }

QString NotificationCatalog::seenUntil()
{
    // Never seen: "" (everything is new). The queries also read NULL as "": "> NULL" holds
    // for no row, and a new device showed nothing as new.
    return SyncState(m_db).value(kSeenUntil, u""_s);
}

QList<NotificationItem> NotificationCatalog::recent(int limit)
{
    const QString seen = seenUntil();
    Statement query(m_db,
        "SELECT data, ifnull(created_at, '') > ifnull(?2, '') FROM notifications "
        "ORDER BY created_at DESC, id DESC LIMIT ?1");
    query.bind(1, qint64(limit)).bind(2, seen);
    QList<NotificationItem> items;
    while (query.step()) {
        const QJsonObject data = QJsonDocument::fromJson(query.text(0).toUtf8()).object();
        NotificationItem item;
        item.id = data.value(u"id"_s).toString();
        item.kind = data.value(u"kind"_s).toString();
        item.title = data.value(u"title"_s).toString();
        item.body = data.value(u"body"_s).toString();
        item.refType = data.value(u"ref_type"_s).toString();
        item.refId = data.value(u"ref_id"_s).toString();
        item.createdAt = QDateTime::fromString(data.value(u"created_at"_s).toString(), Qt::ISODate);
        item.unread = query.integer(1) != 0;
        items.append(item);
    }
    return items;
}

int NotificationCatalog::unreadCount()
{
    Statement query(
        m_db, "SELECT count(*) FROM notifications WHERE ifnull(created_at, '') > ifnull(?1, '')");
    query.bind(1, seenUntil());
    return query.step() ? int(query.integer(0)) : 0;
}

void NotificationCatalog::markAllSeen(const QDateTime &now)
{
    // created_at is the server's ISO-8601 UTC text: compare as text in the same form.
    Statement newest(m_db, "SELECT max(created_at) FROM notifications");
    QString until = now.toUTC().toString(Qt::ISODate);
    if (newest.step() && !newest.isNull(0) && newest.text(0) > until)
        until = newest.text(0);
    SyncState(m_db).setValue(kSeenUntil, until);
}
