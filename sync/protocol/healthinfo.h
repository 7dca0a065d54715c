// The answer of GET /v1/health: {"status": "ok", "version": "...", "db": "sqlite"|"postgresql"}.
#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

class HealthInfo
{
public:
    HealthInfo() = default;
    HealthInfo(QString status, QString version, QString db);

    // "ok" when the server can serve requests.
    [[nodiscard]] QString status() const { return m_status; }
    // The server's version (HANDBOOK_VERSION of the server build).
    [[nodiscard]] QString version() const { return m_version; }
    // Storage backend: Protocol::Backend::Sqlite or Protocol::Backend::PostgreSql.
    [[nodiscard]] QString db() const { return m_db; }
    // True when status is "ok".
    [[nodiscard]] bool isOk() const;

    [[nodiscard]] QJsonObject toJson() const;
    // Strict: all three fields must be strings; nullopt with *error set otherwise.
    [[nodiscard]] static std::optional<HealthInfo> fromJson(
        const QJsonObject &object, QString *error = nullptr);

    friend bool operator==(const HealthInfo &, const HealthInfo &) = default;

private:
    QString m_status;
    QString m_version;
    QString m_db;
};
