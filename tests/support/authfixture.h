// For the auth tests: a handbook-server on a fresh database (SQLite or PostgreSQL, as
// ServerProcess chooses) holding a province, two cells and their members, with accounts made
// by `handbook-server user create`; helpers to talk HTTP to it and to read its database
// (audit log, tokens, devices).
#pragma once

#include "serverprocess.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPair>
#include <QString>
#include <QVariant>

class QNetworkReply;

class AuthFixture
{
public:
    // What the server answered; status 0 when no answer came in time.
    struct Answer
    {
        int status = 0;
        QByteArray raw;
        QJsonObject body;
        QByteArray retryAfter;
        [[nodiscard]] QString errorCode() const;
        [[nodiscard]] bool wipe() const;
    };

    AuthFixture();
    ~AuthFixture();

    // init, the organisation tree and members (cells "cell-a", "cell-b" under "province",
    // members "m-an", "m-binh" in cell-a, "m-cuong" in cell-b), then serve. `environment` is
    // set for the server process only (e.g. HANDBOOK_ACCESS_TOKEN_TTL); `serveArguments` are
    // added to `serve` (e.g. --cert/--key).
    [[nodiscard]] bool start(QString *error,
        const QList<QPair<QByteArray, QByteArray>> &environment = {},
        const QStringList &serveArguments = {});
    // The server's base URL (http://127.0.0.1:<port>, https:// with --cert).
    [[nodiscard]] QUrl baseUrl() const { return m_server.baseUrl(); }
    // A scratch directory that lives as long as the fixture.
    [[nodiscard]] QString directory() const { return m_server.directory(); }
    // The server's --db argument.
    [[nodiscard]] QString db() const { return m_server.databaseArgument(); }
    // `handbook-server <arguments>`.
    [[nodiscard]] static ServerProcess::Result cli(const QStringList &arguments);
    // `user create`; the new user's id, or empty (with a warning) when it failed.
    QString createUser(const QString &login, const QString &password, const QString &role,
        const QString &org, const QString &member = {}, bool mustChange = false);

    [[nodiscard]] Answer post(
        const QString &path, const QByteArray &body, const QByteArray &authorization = {});
    [[nodiscard]] Answer post(
        const QString &path, const QJsonObject &body, const QString &token = {});
    [[nodiscard]] Answer get(const QString &path, const QByteArray &authorization = {});
    // GET /v1/auth/me with a bearer token.
    [[nodiscard]] Answer me(const QString &token);
    [[nodiscard]] Answer login(const QString &login, const QString &password,
        const QString &deviceId, const QString &deviceName = QStringLiteral("Phone"));
    [[nodiscard]] Answer refresh(const QString &refreshToken, const QString &deviceId);
    // One exchange with any method with the server at `base` (the fixture's or another): an
    // optional bearer token and X-Forwarded-For; a body is sent as `contentType`. A real HEAD
    // for "HEAD" (QNetworkAccessManager knows a HEAD answer has no body only through head()).
    [[nodiscard]] static Answer send(const QUrl &base, const QByteArray &method,
        const QString &route, const QByteArray &body = {}, const QString &token = {},
        const QByteArray &forwardedFor = {},
        const QByteArray &contentType = QByteArrayLiteral("application/json"));

    // First column of the first row of a query on the server's database.
    [[nodiscard]] QVariant scalar(const QString &sql, const QVariantList &binds = {});
    // Runs a statement on the server's database (test set-up).
    bool exec(const QString &sql, const QVariantList &binds = {});
    // Audit entries with this action and outcome (and detail, when given).
    [[nodiscard]] int auditCount(
        const QString &action, const QString &outcome, const QString &detail = {});

private:
    [[nodiscard]] bool prepareDatabase(QString *error);
    [[nodiscard]] static Answer wait(QNetworkReply *reply);

    ServerProcess m_server;
    QNetworkAccessManager m_network;
    QString m_connectionName;
};
