// One server write: a database transaction whose changes are recorded in the change log
// that drives pulls. On PostgreSQL writers take a transaction-scoped advisory lock, so
// change sequence numbers commit in order and a pull cursor never skips a late commit.
#pragma once

#include "db/serverdatabase.h"

#include <QSqlDatabase>
#include <QString>

class WriteTransaction
{
public:
    // Begins (BEGIN IMMEDIATE on SQLite); throws DbError.
    explicit WriteTransaction(ServerDatabase &database);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    // Commits; in a watched process (serve) also has the ChangeWatcher read what it changed,
    // so that this process's next request sees it (see ChangeWatcher::takeInOwnCommit).
    void commit();
    [[nodiscard]] QSqlDatabase db() const { return m_db; }
    [[nodiscard]] bool isPostgres() const { return m_postgres; }
    // Identifies this transaction's changes in the change log: a pull page never splits a
    // group. Bulk loads (demo, imports) are cut into groups of kMaxGroup changes so that pages
    // stay small; a request of the API never comes near that size.
    [[nodiscard]] const QString &id() const { return m_id; }

    // Records that an entity changed: `op` is "put" or "delete"; `orgId` is the
    // organisation whose scope decides visibility; `ownerMemberId` the member it belongs to.
    void recordChange(const QString &type, const QString &entityId, const QString &op,
        const QString &orgId, const QString &ownerMemberId = {});

    static constexpr int kMaxGroup = 200;

private:
    ServerDatabase &m_database;
    QSqlDatabase m_db;
    bool m_recordedChanges = false;
    int m_changesInGroup = 0;
    bool m_postgres = false;
    bool m_done = false;
    QString m_id;
};
