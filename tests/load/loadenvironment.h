// What the load test runs against, all on loopback and thrown away at the end: a PostgreSQL 15
// server of its own (durable settings unless asked otherwise), the demo province loaded with
// `handbook-server demo`, N more members imported with `handbook-server import-members` (spread
// over the demo's cells) and an account for each, and one `handbook-server serve` process.
#pragma once

#include "postgresserver.h"
#include "simulatedclient.h"

#include <QList>
#include <QProcess>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QUrl>

class LoadEnvironment
{
public:
    struct Options
    {
        int members = 1000;
        bool durable = true;
        int maxConnections = 1100;
        QString serverExecutable; // the `serve` binary; empty: the one of this build
    };

    LoadEnvironment();
    ~LoadEnvironment();
    LoadEnvironment(const LoadEnvironment &) = delete;
    LoadEnvironment &operator=(const LoadEnvironment &) = delete;

    // Builds everything and starts the server; false with *error. Says what it does on stdout.
    [[nodiscard]] bool setUp(const Options &options, QString *error);
    [[nodiscard]] QUrl serverUrl() const { return m_url; }
    [[nodiscard]] const QList<SimulatedClient::Account> &accounts() const { return m_accounts; }
    // A connection to the database for checks (remove it with QSqlDatabase::removeDatabase).
    [[nodiscard]] QSqlDatabase openDatabase(const QString &connectionName, QString *error) const;
    // CPU seconds used so far by the server process and by PostgreSQL (all its processes).
    [[nodiscard]] double serverCpuSeconds() const;
    [[nodiscard]] double databaseCpuSeconds() const;
    // The server's peak resident memory so far, in KiB (VmHWM).
    [[nodiscard]] qint64 serverPeakKb() const;
    // Whether the server is still up, and its log (stderr) so far.
    [[nodiscard]] bool serverRunning() const { return m_server.state() == QProcess::Running; }
    [[nodiscard]] QString serverLog() const;
    void stop();

private:
    [[nodiscard]] bool run(const QStringList &arguments, QString *error, int timeoutMs = 300000);
    [[nodiscard]] bool importMembers(int count, QString *error);
    [[nodiscard]] bool createAccounts(QString *error);
    [[nodiscard]] bool serve(const Options &options, QString *error);

    QTemporaryDir m_dir;
    PostgresServer m_postgres;
    QString m_database; // the --db argument
    QProcess m_server;
    QUrl m_url;
    QList<SimulatedClient::Account> m_accounts;
    QStringList m_memberIds;
    QStringList m_memberOrgs;
};
