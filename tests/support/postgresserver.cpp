#include "postgresserver.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QThread>
#include <memory>

#include <cerrno>
#include <csignal>
#include <grp.h>
#include <pwd.h>
#include <sys/prctl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// The database everyone may connect to, used to create the test databases.
const QString maintenanceDatabase = u"postgres"_s;

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

struct SharedServer
{
    std::unique_ptr<PostgresServer> server;
    QString error;
    bool tried = false;
};

SharedServer &sharedServer()
{
    static SharedServer shared;
    return shared;
}

void stopSharedServer()
{
    sharedServer().server.reset();
}

// Deletes the directories of test servers whose test process was killed (their postmaster
// died with it, see prepare()): older than a quarter of an hour (a younger one may be another
// test's initdb at work, whose single-user postgres processes come and go) and without a
// running postmaster.
void removeStaleDirectories()
{
    const QDir temp(QDir::tempPath());
    const QDateTime recent = QDateTime::currentDateTimeUtc().addSecs(-15 * 60);
    for (const QFileInfo &entry :
        temp.entryInfoList({ u"handbook-pg-*"_s }, QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QDateTime modified = entry.lastModified().toUTC();
        if (!modified.isValid() || modified > recent)
            continue;
        QFile pidFile(entry.filePath() + u"/data/postmaster.pid"_s);
        if (pidFile.open(QIODevice::ReadOnly)) {
            const qint64 pid = pidFile.readLine().trimmed().toLongLong();
            if (pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno != ESRCH))
                continue; // still running
        }
        QDir(entry.filePath()).removeRecursively();
    }
}

} // namespace

PostgresServer::PostgresServer()
    : m_dir(QDir::tempPath() + u"/handbook-pg-XXXXXX"_s)
{
    if (::geteuid() == 0) {
        // PostgreSQL refuses to run as root: its files and processes belong to `postgres`.
        if (const passwd *user = ::getpwnam("postgres")) {
            m_uid = int(user->pw_uid);
            m_gid = int(user->pw_gid);
        }
    }
}

PostgresServer::~PostgresServer()
{
    stop();
}

QString PostgresServer::binDirectory()
{
    const QString debian = u"/usr/lib/postgresql/15/bin"_s;
    if (QFile::exists(debian + u"/initdb"_s))
        return debian;
    QProcess pgConfig;
    pgConfig.start(u"pg_config"_s, { u"--bindir"_s });
    if (pgConfig.waitForFinished(10000) && pgConfig.exitCode() == 0)
        return QString::fromLocal8Bit(pgConfig.readAllStandardOutput()).trimmed();
    return QFileInfo(QStandardPaths::findExecutable(u"initdb"_s)).absolutePath();
}

void PostgresServer::prepare(QProcess &process) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LC_ALL"_s, u"C"_s);
    for (const QString &name : { u"PGDATA"_s, u"PGHOST"_s, u"PGPORT"_s, u"PGUSER"_s })
        environment.remove(name);
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(m_dir.path());
    const int uid = m_uid;
    const int gid = m_gid;
    const pid_t parent = ::getpid();
    // Runs in the child between fork and exec: only async-signal-safe calls.
    process.setChildProcessModifier([uid, gid, parent] {
        if (gid >= 0 && (::setgroups(0, nullptr) != 0 || ::setgid(gid_t(gid)) != 0))
            ::_exit(126);
        if (uid >= 0 && ::setuid(uid_t(uid)) != 0)
            ::_exit(126);
        // After the change of user, which clears it: end with the test process.
        ::prctl(PR_SET_PDEATHSIG, SIGQUIT);
        if (::getppid() != parent)
            ::_exit(126);
    });
}

bool PostgresServer::start(QString *error, int timeoutMs)
{
    if (!m_dir.isValid()) {
        *error = u"cannot create a temporary directory: "_s + m_dir.errorString();
        return false;
    }
    if (m_uid >= 0
        && ::chown(QFile::encodeName(m_dir.path()).constData(), uid_t(m_uid), gid_t(m_gid)) != 0) {
        *error = u"cannot give %1 to the postgres user"_s.arg(m_dir.path());
        return false;
    }
    if (::geteuid() == 0 && m_uid < 0) {
        *error = u"running as root, but there is no \"postgres\" user to run PostgreSQL as"_s;
        return false;
    }
    removeStaleDirectories();
    const QDeadlineTimer deadline(timeoutMs);
    if (!initdb(error, int(deadline.remainingTime())))
        return false;
    // Another process may take the free port between the probe and the bind: try again.
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (startPostmaster(error, int(deadline.remainingTime())))
            return true;
        if (deadline.hasExpired() || !log().contains(u"could not bind"_s))
            return false;
    }
    return false;
}

bool PostgresServer::initdb(QString *error, int timeoutMs)
{
    QProcess initdb;
    prepare(initdb);
    initdb.setProcessChannelMode(QProcess::MergedChannels);
    initdb.start(binDirectory() + u"/initdb"_s,
        { u"-D"_s, m_dir.filePath(u"data"_s), u"-U"_s, u"postgres"_s, u"--auth=trust"_s, u"-E"_s,
            u"UTF8"_s, u"--locale=C"_s, u"--no-sync"_s });
    if (!initdb.waitForStarted(10000)) {
        *error = u"cannot run %1/initdb: %2 (are the postgresql packages installed?)"_s.arg(
            binDirectory(), initdb.errorString());
        return false;
    }
    const bool finished = initdb.waitForFinished(timeoutMs);
    if (!finished)
        initdb.kill();
    if (!finished || initdb.exitStatus() != QProcess::NormalExit || initdb.exitCode() != 0) {
        initdb.waitForFinished(5000);
        *error = u"initdb failed: "_s + QString::fromLocal8Bit(initdb.readAll()).trimmed();
        return false;
    }
    return true;
}

bool PostgresServer::startPostmaster(QString *error, int timeoutMs)
{
    m_port = freePort();
    if (m_port == 0) {
        *error = u"no free port on 127.0.0.1"_s;
        return false;
    }
    QFile::remove(m_dir.filePath(u"postgres.log"_s));
    prepare(m_postmaster);
    // A file, not a pipe: a pipe nobody reads could fill up and stall the server.
    m_postmaster.setStandardOutputFile(m_dir.filePath(u"postgres.log"_s), QIODevice::Append);
    m_postmaster.setStandardErrorFile(m_dir.filePath(u"postgres.log"_s), QIODevice::Append);
    const QStringList speed = m_durable
        ? QStringList { u"-c"_s, u"shared_buffers=256MB"_s }
        : QStringList { u"-c"_s, u"fsync=off"_s, u"-c"_s, u"synchronous_commit=off"_s, u"-c"_s,
              u"full_page_writes=off"_s, u"-c"_s, u"shared_buffers=32MB"_s };
    m_postmaster.start(binDirectory() + u"/postgres"_s,
        QStringList { u"-D"_s, m_dir.filePath(u"data"_s), u"-p"_s, QString::number(m_port), u"-k"_s,
            m_dir.path(), u"-c"_s, u"listen_addresses=127.0.0.1"_s, u"-c"_s,
            u"max_connections=60"_s }
            + speed);
    if (!m_postmaster.waitForStarted(10000)) {
        *error = u"cannot run %1/postgres: %2"_s.arg(binDirectory(), m_postmaster.errorString());
        return false;
    }
    // Ready when a connection succeeds (what pg_ctl -w also checks); the wait is bounded.
    const QDeadlineTimer deadline(timeoutMs);
    const QString connectionName = u"handbook-pg-probe"_s;
    bool ready = false;
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
        probe.setHostName(u"127.0.0.1"_s);
        probe.setPort(m_port);
        probe.setUserName(u"postgres"_s);
        probe.setDatabaseName(maintenanceDatabase);
        probe.setConnectOptions(u"connect_timeout=2"_s);
        while (!ready && isRunning() && !deadline.hasExpired()) {
            ready = probe.open();
            if (!ready)
                m_postmaster.waitForFinished(50); // returns early only if it exits
        }
        if (!ready && !probe.lastError().text().isEmpty() && isRunning())
            *error = probe.lastError().text();
        probe.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    if (ready)
        return true;
    *error = u"PostgreSQL did not start on port %1: %2\n%3"_s.arg(m_port).arg(*error, log());
    stop();
    return false;
}

void PostgresServer::stop()
{
    if (!isRunning())
        return;
    // SIGINT: fast shutdown (disconnect clients, no waiting for them).
    ::kill(pid_t(m_postmaster.processId()), SIGINT);
    if (!m_postmaster.waitForFinished(30000)) {
        m_postmaster.kill();
        m_postmaster.waitForFinished(5000);
    }
}

QString PostgresServer::log() const
{
    QFile file(m_dir.filePath(u"postgres.log"_s));
    return file.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(file.readAll()).trimmed()
                                          : QString();
}

QString PostgresServer::createDatabase(QString *error)
{
    const QString name = u"handbook_%1"_s.arg(++m_databases);
    const QString connectionName = u"handbook-pg-admin"_s;
    bool created = false;
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
        admin.setHostName(u"127.0.0.1"_s);
        admin.setPort(m_port);
        admin.setUserName(u"postgres"_s);
        admin.setDatabaseName(maintenanceDatabase);
        if (!admin.open()) {
            *error = u"cannot connect to the test PostgreSQL: "_s + admin.lastError().text();
        } else {
            QSqlQuery query(admin);
            created = query.exec(u"CREATE DATABASE "_s + name);
            if (!created)
                *error = u"cannot create database %1: %2"_s.arg(name, query.lastError().text());
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    return created ? u"postgresql://postgres@127.0.0.1:%1/%2"_s.arg(m_port).arg(name) : QString();
}

PostgresServer *PostgresServer::shared(QString *error)
{
    SharedServer &shared = sharedServer();
    if (!shared.tried) {
        shared.tried = true;
        auto server = std::make_unique<PostgresServer>();
        if (server->start(&shared.error)) {
            shared.server = std::move(server);
            // Before the QCoreApplication is gone (and with it what QProcess needs).
            qAddPostRoutine(stopSharedServer);
        }
    }
    if (!shared.server)
        *error = shared.error;
    return shared.server.get();
}
