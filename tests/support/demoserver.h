// For the client tests: the real handbook-server (ServerProcess: SQLite or PostgreSQL) holding
// the demo province of `handbook-server demo`, the demo accounts it wrote (login, password,
// role, member, cell) and a connection to its database for the tests' checks. The client
// tests all start from this same province, so its set-up lives here once.
#pragma once

#include "serverprocess.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QUrl>
#include <QVariant>

class DemoServer
{
public:
    // One account of the demo's accounts file.
    using Account = ServerProcess::DemoAccount;

    DemoServer();
    // Closes the check connection before the server stops.
    ~DemoServer();
    DemoServer(const DemoServer &) = delete;
    DemoServer &operator=(const DemoServer &) = delete;

    // Starts the server, runs `demo --accounts` on its database, reads the accounts and opens
    // the check connection; false with *error (the server's stderr when a command failed).
    [[nodiscard]] bool start(QString *error);

    [[nodiscard]] QUrl baseUrl() const { return m_server.baseUrl(); }
    // The server's --db argument, for `handbook-server <command> --db ...` during a test.
    [[nodiscard]] QString databaseArgument() const { return m_server.databaseArgument(); }
    // A scratch directory that lives as long as the server.
    [[nodiscard]] QString directory() const { return m_server.directory(); }
    // The demo's province root public key (base64; root-key.pub beside the accounts file): what
    // a device pins at sign-in (--root-key) to verify the demo's signed documents.
    [[nodiscard]] QString rootPublicKey() const;
    [[nodiscard]] const ServerProcess &process() const { return m_server; }

    [[nodiscard]] bool hasAccount(const QString &login) const { return m_accounts.contains(login); }
    // The demo account `login`; a test that names an account the demo has not is wrong:
    // it stops the test run (qFatal).
    [[nodiscard]] Account account(const QString &login) const;
    // The account's password, or empty when the demo has no such login.
    [[nodiscard]] QString password(const QString &login) const
    {
        return m_accounts.value(login).password;
    }

    // The check connection to the server's database (for reads, and writes that play
    // another device).
    [[nodiscard]] QSqlDatabase db() const;
    // First column of the first row; a failed query or no row stops the test run (qFatal):
    // the checks' queries are meant to answer.
    [[nodiscard]] QVariant scalar(const QString &sql, const QVariantList &binds = {}) const;
    // The same, but an invalid QVariant when there is no row (the caller compares it).
    [[nodiscard]] QVariant scalarOrNull(const QString &sql, const QVariantList &binds = {}) const;

private:
    ServerProcess m_server;
    QString m_connectionName;
    QHash<QString, Account> m_accounts;
};
