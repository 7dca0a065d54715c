#include "db/schemamigrator.h"

#include "db/serverdatabase.h"
#include "http/serverlog.h"
#include "timestamps.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString createBookkeeping = u"CREATE TABLE IF NOT EXISTS schema_migrations ("
                                  "version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                                  "applied_at TEXT NOT NULL)"_s;

// Serialises migrators of one PostgreSQL database across processes (any constant works).
const QString postgresLock = u"SELECT pg_advisory_xact_lock(72616001)"_s;

} // namespace

SchemaMigrator::SchemaMigrator(ServerDatabase &database)
    : m_database(database)
{ }

bool SchemaMigrator::migrate(QString *error, std::span<const Migration> steps)
{
    const bool sqlite = m_database.spec().backend() == DatabaseSpec::Backend::Sqlite;
    // SQLite: take the write lock at once, so two processes cannot both read version N.
    if (!exec(sqlite ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s, error))
        return false;
    int applied = 0;
    const bool ok = (sqlite || exec(postgresLock, error)) && exec(createBookkeeping, error)
        && applyPending(steps, &applied, error) && exec(u"COMMIT"_s, error);
    if (!ok) {
        QString ignored;
        (void)exec(u"ROLLBACK"_s, &ignored);
        return false;
    }
    if (applied > 0)
        qCInfo(lcDb).noquote() << u"applied %1 migration(s) to %2"_s.arg(
            QString::number(applied), m_database.spec().toDisplayString());
    return true;
}

int SchemaMigrator::currentVersion(QString *error)
{
    QSqlDatabase db = m_database.connection();
    if (!db.tables().contains(u"schema_migrations"_s))
        return 0;
    QSqlQuery query(db);
    if (!query.exec(u"SELECT COALESCE(MAX(version), 0) FROM schema_migrations"_s)
        || !query.next()) {
        *error = u"cannot read the schema version: %1"_s.arg(query.lastError().text().simplified());
        return -1;
    }
    return query.value(0).toInt();
}

bool SchemaMigrator::exec(const QString &sql, QString *error)
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = u"database error: %1"_s.arg(query.lastError().text().simplified());
    return false;
}

bool SchemaMigrator::applyPending(std::span<const Migration> steps, int *applied, QString *error)
{
    const int current = currentVersion(error);
    if (current < 0)
        return false;
    const int latest = steps.empty() ? 0 : steps.back().version;
    if (current > latest) {
        *error = u"the database schema is at version %1, newer than this server's %2: "
                 "upgrade handbook-server"_s.arg(current)
                     .arg(latest);
        return false;
    }
    const bool sqlite = m_database.spec().backend() == DatabaseSpec::Backend::Sqlite;
    QSqlDatabase db = m_database.connection();
    for (const Migration &step : steps) {
        if (step.version <= current)
            continue;
        for (const auto statements : { step.common, sqlite ? step.sqlite : step.postgresql }) {
            for (const char *statement : statements) {
                if (!exec(QString::fromUtf8(statement), error)) {
                    *error = u"migration %1 (%2) failed: %3"_s.arg(step.version)
                                 .arg(QLatin1StringView(step.name), *error);
                    return false;
                }
            }
        }
        QSqlQuery record(db);
        record.prepare(
            u"INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"_s);
        record.addBindValue(step.version);
        record.addBindValue(QString::fromUtf8(step.name));
        record.addBindValue(Timestamps::toIso(QDateTime::currentDateTimeUtc()));
        if (!record.exec()) {
            *error = u"cannot record migration %1: %2"_s.arg(step.version)
                         .arg(record.lastError().text().simplified());
            return false;
        }
        ++*applied;
    }
    return true;
}
