// Brings a server database to the latest schema, or says why it cannot.
#pragma once

#include "db/schemamigrations.h"

#include <QString>
#include <span>

class ServerDatabase;

class SchemaMigrator
{
public:
    explicit SchemaMigrator(ServerDatabase &database);

    // Applies every pending step of `steps` in one transaction, holding a lock so that
    // concurrent servers migrate one at a time; refuses a database newer than `steps`.
    // Returns false with a one-line *error; on failure nothing is changed.
    [[nodiscard]] bool migrate(
        QString *error, std::span<const Migration> steps = SchemaMigrations::all());
    // The schema version recorded in the database (0 when none), or -1 with *error set.
    [[nodiscard]] int currentVersion(QString *error);

private:
    [[nodiscard]] bool exec(const QString &sql, QString *error);
    [[nodiscard]] bool applyPending(std::span<const Migration> steps, int *applied, QString *error);

    ServerDatabase &m_database;
};
