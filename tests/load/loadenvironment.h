// What the load test runs against, all on loopback and thrown away at the end: a PostgreSQL 15
// server of its own (durable settings unless asked otherwise), the demo province loaded with
// `handbook-server demo`, N more members imported with `handbook-server import-members` (spread
// over the demo's cells) and an account for each, and one `handbook-server serve` (its worker
// processes, or one process with --workers 1). Idle phones (members beyond the active ones) get
// their device and access token written straight into the database, with the cursor of an
// up-to-date replica: they only hold live pulls, and 10,000 Argon2id sign-ins are not what is
// measured.
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
        int members = 1000; // active phones: they sign in through the API
        int idle = 0; // idle phones: accounts, devices and tokens written directly
        bool durable = true;
        int maxConnections = 0; // `serve --max-connections`; 0: serve's default
        int workers = 0; // `serve --workers`; 0: the default (every core)
        QString serverExecutable; // the `serve` binary; empty: the one of this build
    };
    // An idle phone's credentials: a valid access token and the cursor of a full replica.
    struct IdleDevice
    {
        QByteArray token;
        QString cursor;
    };

    LoadEnvironment();
    ~LoadEnvironment();
    LoadEnvironment(const LoadEnvironment &) = delete;
    LoadEnvironment &operator=(const LoadEnvironment &) = delete;

    // Builds everything and starts the server; false with *error. Says what it does on stdout.
    [[nodiscard]] bool setUp(const Options &options, QString *error);
    [[nodiscard]] QUrl serverUrl() const { return m_url; }
    [[nodiscard]] const QList<SimulatedClient::Account> &accounts() const { return m_accounts; }
    [[nodiscard]] const QList<IdleDevice> &idleDevices() const { return m_idle; }
    // Stops the server and starts it again with `workers` (0: the default), same database.
    [[nodiscard]] bool restartServer(int workers, QString *error);
    // The number of serving processes (the workers, or the one process).
    [[nodiscard]] int serverProcesses() const;
    // A connection to the database for checks (remove it with QSqlDatabase::removeDatabase).
    [[nodiscard]] QSqlDatabase openDatabase(const QString &connectionName, QString *error) const;
    // CPU seconds used so far by the server (the process and its workers) and by PostgreSQL (all
    // its processes).
    [[nodiscard]] double serverCpuSeconds() const;
    [[nodiscard]] double databaseCpuSeconds() const;
    // The server's peak resident memory so far, in KiB (VmHWM, summed over its processes), and
    // its resident memory now (VmRSS, summed).
    [[nodiscard]] qint64 serverPeakKb() const;
    [[nodiscard]] qint64 serverRssKb() const;
    // Whether the server is still up, and its log (stderr) so far.
    [[nodiscard]] bool serverRunning() const { return m_server.state() == QProcess::Running; }
    [[nodiscard]] QString serverLog() const;
    void stop();

private:
    [[nodiscard]] bool run(const QStringList &arguments, QString *error, int timeoutMs = 300000);
    [[nodiscard]] bool importMembers(int count, QString *error);
    [[nodiscard]] bool createAccounts(int active, QString *error);
    [[nodiscard]] bool serve(QString *error);
    // The server process and its workers.
    [[nodiscard]] QList<qint64> serverPids() const;

    QTemporaryDir m_dir;
    PostgresServer m_postgres;
    QString m_database; // the --db argument
    QProcess m_server;
    QUrl m_url;
    Options m_options;
    QList<SimulatedClient::Account> m_accounts;
    QList<IdleDevice> m_idle;
    QStringList m_memberIds;
    QStringList m_memberOrgs;
};
