// One Qt SQL connection to the server's database (QSQLITE or QPSQL), owned for its lifetime.
// Qt SQL connections belong to the thread that opened them: create one per thread.
#pragma once

#include "db/databasespec.h"

#include <QSqlDatabase>
#include <QString>
#include <memory>

class ChangeSignals;

class ServerDatabase
{
public:
    explicit ServerDatabase(DatabaseSpec spec);
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase &) = delete;
    ServerDatabase &operator=(const ServerDatabase &) = delete;

    // Connects (creating a missing SQLite file); false with a one-line *error otherwise.
    [[nodiscard]] bool open(QString *error);
    // What this connection was opened from.
    [[nodiscard]] const DatabaseSpec &spec() const { return m_spec; }
    // The open connection; do not keep copies beyond this object's life.
    [[nodiscard]] QSqlDatabase connection() const;
    // A trivial round trip to the database, reconnecting once if the connection was lost;
    // false with *error set when the database does not answer.
    [[nodiscard]] bool ping(QString *error);
    // What this process knows about the database without asking it (see changesignals.h);
    // watched only in `serve`.
    [[nodiscard]] ChangeSignals &changeSignals() const { return *m_signals; }

private:
    [[nodiscard]] bool connect(QString *error);

    DatabaseSpec m_spec;
    QString m_connectionName;
    std::unique_ptr<ChangeSignals> m_signals;
};
