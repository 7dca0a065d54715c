// A throw-away PostgreSQL 15 server for the integration tests: initdb into a temporary
// directory, the postmaster on a free 127.0.0.1 port (trust authentication, no fsync), one
// fresh database per caller; stopped and deleted when the object goes. As root, PostgreSQL's
// programs run as the `postgres` user (it refuses to run as root). The postmaster is a child
// of the test process that dies with it, so a crashed or killed test leaves no server behind.
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

class PostgresServer
{
public:
    PostgresServer();
    // Stops the server (fast shutdown, bounded wait) and deletes its files.
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    // Before start(): commits are flushed to disk (fsync, synchronous_commit, full page
    // writes: PostgreSQL's defaults) and the buffers are larger, for measurements; the tests'
    // default trades durability for speed.
    void setDurable(bool durable) { m_durable = durable; }
    // initdb, then start and wait until it accepts connections; false with *error (and the
    // server's log) when that fails or takes longer than `timeoutMs`.
    [[nodiscard]] bool start(QString *error, int timeoutMs = 120000);
    void stop();
    [[nodiscard]] bool isRunning() const { return m_postmaster.state() != QProcess::NotRunning; }
    [[nodiscard]] quint16 port() const { return m_port; }
    // The postmaster's process id (its backends are its children); 0 when not running.
    [[nodiscard]] qint64 processId() const { return m_postmaster.processId(); }
    // Creates an empty database; its spec "postgresql://postgres@127.0.0.1:<port>/<name>", or
    // an empty string with *error.
    [[nodiscard]] QString createDatabase(QString *error);

    // The server of this test process: started by the first call, stopped when the
    // QCoreApplication ends. Null with *error when it cannot start (the error is kept).
    [[nodiscard]] static PostgresServer *shared(QString *error);
    // The directory of initdb and postgres (PostgreSQL 15 on Debian), or of another version
    // found by pg_config.
    [[nodiscard]] static QString binDirectory();

private:
    // Prepares `process` to run a PostgreSQL program (as `postgres` when we are root).
    void prepare(QProcess &process) const;
    [[nodiscard]] bool initdb(QString *error, int timeoutMs);
    [[nodiscard]] bool startPostmaster(QString *error, int timeoutMs);
    [[nodiscard]] QString log() const;

    QTemporaryDir m_dir;
    QProcess m_postmaster;
    quint16 m_port = 0;
    int m_databases = 0;
    bool m_durable = false;
    // The user and group to run as (-1: stay who we are).
    int m_uid = -1;
    int m_gid = -1;
};
