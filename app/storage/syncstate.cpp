#include "syncstate.h"

#include "sqlitedatabase.h"

#include <QUuid>

SyncState::SyncState(SqliteDatabase &db)
    : m_db(db)
{ }

QString SyncState::value(const QString &key, const QString &fallback)
{
    Statement query(m_db, "SELECT value FROM sync_state WHERE key = ?1");
    query.bind(1, key);
    return query.step() ? query.text(0) : fallback;
}

void SyncState::setValue(const QString &key, const QString &value)
{
    Statement upsert(m_db,
        "INSERT INTO sync_state(key, value) VALUES(?1, ?2) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    upsert.bind(1, key).bind(2, value).exec();
}

void SyncState::remove(const QString &key)
{
    Statement del(m_db, "DELETE FROM sync_state WHERE key = ?1");
    del.bind(1, key).exec();
}

QString SyncState::deviceId()
{
    QString id = value(QStringLiteral("device_id"));
    if (id.isEmpty()) {
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        setValue(QStringLiteral("device_id"), id);
    }
    return id;
}
