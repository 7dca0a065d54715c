// The `--db` argument: `sqlite:<path>` or `postgresql://user[:password]@host[:port]/dbname`.
#pragma once

#include <QString>
#include <optional>

class DatabaseSpec
{
public:
    enum class Backend { Sqlite, PostgreSql };

    // Parses the argument; nullopt with a one-line *error otherwise. `postgres://` is accepted
    // as a synonym; query items (e.g. ?sslmode=require) become libpq connection options.
    [[nodiscard]] static std::optional<DatabaseSpec> parse(const QString &text, QString *error);

    [[nodiscard]] Backend backend() const { return m_backend; }
    // "sqlite" or "postgresql", as reported by GET /v1/health.
    [[nodiscard]] QString backendName() const;
    // The Qt SQL driver: "QSQLITE" or "QPSQL".
    [[nodiscard]] QString driverName() const;
    // SQLite file path (SQLite only).
    [[nodiscard]] QString sqlitePath() const { return m_path; }
    // PostgreSQL connection parts (PostgreSQL only); the password is never logged.
    [[nodiscard]] QString host() const { return m_host; }
    [[nodiscard]] int port() const { return m_port; }
    [[nodiscard]] QString user() const { return m_user; }
    [[nodiscard]] QString password() const { return m_password; }
    [[nodiscard]] QString databaseName() const { return m_databaseName; }
    // "key=value;..." for QSqlDatabase::setConnectOptions (PostgreSQL only).
    [[nodiscard]] QString connectOptions() const { return m_connectOptions; }
    // The spec without its password, for logs and error messages.
    [[nodiscard]] QString toDisplayString() const;

private:
    Backend m_backend = Backend::Sqlite;
    QString m_path;
    QString m_host;
    int m_port = 5432;
    QString m_user;
    QString m_password;
    QString m_databaseName;
    QString m_connectOptions;
};
