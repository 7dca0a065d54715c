// Small persistent sync facts in the vault: the pull cursor, this device's id, times.
#pragma once

#include <QString>

class SqliteDatabase;

class SyncState
{
public:
    explicit SyncState(SqliteDatabase &db);

    [[nodiscard]] QString value(const QString &key, const QString &fallback = {});
    void setValue(const QString &key, const QString &value);
    void remove(const QString &key);

    // The opaque pull cursor (empty = pull from the start).
    [[nodiscard]] QString cursor() { return value(QStringLiteral("cursor")); }
    void setCursor(const QString &cursor) { setValue(QStringLiteral("cursor"), cursor); }
    // This installation's device id: a UUID made once per vault.
    [[nodiscard]] QString deviceId();

private:
    SqliteDatabase &m_db;
};
