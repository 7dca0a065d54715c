// Runs the real handbook-server of this build for integration tests: one-shot commands, or
// `serve` on a fresh database on 127.0.0.1 with a free port. Every wait is bounded.
// The backend comes from the environment: HANDBOOK_TEST_BACKEND=postgresql gives each
// ServerProcess a fresh database on a throw-away PostgreSQL server that the test process
// starts once (see PostgresServer); unset or "sqlite" gives a SQLite file.
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QSqlDatabase>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

class ServerProcess
{
public:
    // What a finished one-shot command produced.
    struct Result
    {
        bool finished = false; // false: it did not end in time (and was killed)
        int exitCode = -1;
        QByteArray standardOutput;
        QByteArray standardError;
    };
    // One account of the accounts file that `handbook-server demo --accounts` writes.
    struct DemoAccount
    {
        QString login, password, role, memberId, orgId;
    };

    // Creates this server's empty database (on PostgreSQL: starts the shared server first);
    // a failure is reported by start().
    ServerProcess();
    // Stops a running server: SIGTERM, then SIGKILL if it does not end in time.
    ~ServerProcess();
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    // Path of the handbook-server executable under test.
    [[nodiscard]] static QString executable();
    // Runs `handbook-server <arguments>` to completion, killing it after `timeoutMs`.
    [[nodiscard]] static Result run(const QStringList &arguments, int timeoutMs = 30000);

    // Before start(): `serve --workers <n>`. The default is 1 (one process, as the tests'
    // timings and counts expect); the tests of the supervisor ask for more.
    void setWorkers(int workers) { m_workers = workers; }
    // Runs `init`, then `serve --listen 127.0.0.1:0 --workers <n>` plus `extraArguments` on a
    // database in a private temporary directory, and waits for the "listening on <url>" line.
    // False with *error (including the server's stderr) when it does not come up in time.
    [[nodiscard]] bool start(
        QString *error, const QStringList &extraArguments = {}, int timeoutMs = 30000);
    // "http://127.0.0.1:<port>" once started.
    [[nodiscard]] QUrl baseUrl() const { return m_baseUrl; }
    // The --db argument of this server: "sqlite:<dir>/server.db" or
    // "postgresql://postgres@127.0.0.1:<port>/<db>"; valid before start().
    [[nodiscard]] QString databaseArgument() const { return m_databaseArgument; }
    // "sqlite" or "postgresql": the backend the tests run on (what /v1/health reports).
    [[nodiscard]] static QString backend();
    // A Qt SQL connection named `connectionName` to this server's database (for test set-up
    // and checks); invalid with *error when it cannot be opened. Remove it when done.
    [[nodiscard]] QSqlDatabase openDatabase(const QString &connectionName, QString *error) const;
    // What `demo` writes of the province's past year (`demo --history`): None unless a test
    // needs it (the committees' figures, the dashboard: orgstats, oversight, demo, the UI's
    // screenshots); such a test says so once, before its first demo, for its whole process.
    enum class DemoHistory { None, Full };
    static void setDemoHistory(DemoHistory history);
    // {"--history", "none" or "full"}: what every `demo` a test runs appends.
    [[nodiscard]] static QStringList demoHistoryArguments();
    // Runs `demo --accounts demoAccountsFile()` (and demoHistoryArguments()) on this server's
    // database (a whole province: a long bound).
    [[nodiscard]] Result runDemo(int timeoutMs = 120000) const;
    // directory()/accounts.json: where runDemo() has the demo write its accounts.
    [[nodiscard]] QString demoAccountsFile() const;
    // runDemo(), then the accounts it wrote; false with *error (the command's stderr) when the
    // command failed or the file cannot be read.
    [[nodiscard]] bool writeDemo(QList<DemoAccount> *accounts, QString *error) const;
    // A scratch directory that lives as long as this object.
    [[nodiscard]] QString directory() const { return m_dir.path(); }
    [[nodiscard]] bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    // Sends SIGTERM and waits; the exit code, or -1 if it had to be killed or crashed.
    int stop(int timeoutMs = 10000);
    // Kills the server at once (SIGKILL, as a crash would) and waits until it is gone.
    void kill();
    // The serve process's id (the supervisor with several workers); 0 when not running.
    [[nodiscard]] qint64 processId() const { return m_process.processId(); }
    // The worker processes of a supervisor (its children, from /proc); empty with one worker.
    [[nodiscard]] QList<qint64> workerPids() const;
    // Everything the server wrote on stderr so far.
    [[nodiscard]] QByteArray standardError();

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QUrl m_baseUrl;
    QByteArray m_stderr;
    QString m_databaseArgument;
    QString m_setupError; // why the database could not be created
    int m_workers = 1;
};
