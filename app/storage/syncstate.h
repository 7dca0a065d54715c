// Small persistent sync facts in the vault: the pull cursor, this device's id, times.
#pragma once

#include "pullquery.h"

#include <QString>

class SqliteDatabase;

class SyncState
{
public:
    explicit SyncState(SqliteDatabase &db);

    [[nodiscard]] QString value(const QString &key, const QString &fallback = {});
    void setValue(const QString &key, const QString &value);
    void remove(const QString &key);

    // The opaque pull cursor (empty = pull from the start), kept under the name of the pull's
    // query parameter that carries it back (vaults since the first version use this key).
    [[nodiscard]] QString cursor() { return value(QString(Protocol::PullQuery::Cursor)); }
    void setCursor(const QString &cursor)
    {
        setValue(QString(Protocol::PullQuery::Cursor), cursor);
    }
    // This installation's device id: a UUID made once per vault.
    [[nodiscard]] QString deviceId();

private:
    SqliteDatabase &m_db;
};
