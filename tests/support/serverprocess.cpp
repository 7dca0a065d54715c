#include "serverprocess.h"

#include "postgresserver.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QUrl>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// The server ends with the test process, even when that one crashes or is killed.
void endWithTest(QProcess &process)
{
    const pid_t test = ::getpid();
    // Runs in the child between fork and exec: only async-signal-safe calls.
    process.setChildProcessModifier([test] {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != test)
            ::_exit(126);
    });
}

} // namespace

ServerProcess::ServerProcess()
{
    m_process.setProgram(executable());
    endWithTest(m_process);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    const QString kind = backend();
    if (kind == u"sqlite") {
        m_databaseArgument = u"sqlite:"_s + m_dir.filePath(u"server.db"_s);
    } else if (kind == u"postgresql") {
        if (PostgresServer *postgres = PostgresServer::shared(&m_setupError))
            m_databaseArgument = postgres->createDatabase(&m_setupError);
    } else {
        m_setupError = u"HANDBOOK_TEST_BACKEND must be sqlite or postgresql, not "_s + kind;
    }
}

QString ServerProcess::backend()
{
    const QString kind = qEnvironmentVariable("HANDBOOK_TEST_BACKEND");
    return kind.isEmpty() ? u"sqlite"_s : kind;
}

QSqlDatabase ServerProcess::openDatabase(const QString &connectionName, QString *error) const
{
    const bool sqlite = m_databaseArgument.startsWith(u"sqlite:");
    QSqlDatabase db = QSqlDatabase::addDatabase(sqlite ? u"QSQLITE"_s : u"QPSQL"_s, connectionName);
    if (sqlite) {
        db.setDatabaseName(m_databaseArgument.mid(7));
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    } else {
        const QUrl url(m_databaseArgument);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
    }
    if (!db.open()) {
        *error = u"cannot open %1: %2"_s.arg(m_databaseArgument, db.lastError().text());
        return QSqlDatabase();
    }
    return db;
}

ServerProcess::~ServerProcess()
{
    stop();
}

QString ServerProcess::executable()
{
    return QStringLiteral(HANDBOOK_SERVER_PATH);
}

ServerProcess::Result ServerProcess::run(const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    endWithTest(process);
    process.start(executable(), arguments);
    Result result;
    result.finished = process.waitForFinished(timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.standardOutput = process.readAllStandardOutput();
    result.standardError = process.readAllStandardError();
    return result;
}

bool ServerProcess::start(QString *error, const QStringList &extraArguments, int timeoutMs)
{
    if (!m_setupError.isEmpty() || m_databaseArgument.isEmpty()) {
        *error = u"no database for the server: "_s + m_setupError;
        return false;
    }
    const QDeadlineTimer deadline(timeoutMs);
    const Result init = run({ u"init"_s, u"--db"_s, databaseArgument() }, timeoutMs);
    if (!init.finished || init.exitCode != 0) {
        *error = u"init failed: "_s + QString::fromUtf8(init.standardError);
        return false;
    }
    m_process.setArguments(QStringList { u"serve"_s, u"--db"_s, databaseArgument(), u"--listen"_s,
                               u"127.0.0.1:0"_s, u"--workers"_s, QString::number(m_workers) }
        + extraArguments);
    m_process.start();
    while (!m_process.canReadLine()) {
        if (deadline.hasExpired() || !m_process.waitForReadyRead(int(deadline.remainingTime()))) {
            *error = u"no \"listening on\" line from the server; stderr: "_s
                + QString::fromUtf8(standardError());
            stop();
            return false;
        }
    }
    const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
    const QLatin1StringView prefix("listening on ");
    m_baseUrl = QUrl(line.mid(prefix.size()), QUrl::StrictMode);
    if (!line.startsWith(prefix) || !m_baseUrl.isValid() || m_baseUrl.port() <= 0) {
        *error = u"unexpected first line from the server: "_s + line;
        stop();
        return false;
    }
    return true;
}

int ServerProcess::stop(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    m_process.terminate();
    if (!m_process.waitForFinished(timeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(5000);
        return -1;
    }
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

void ServerProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(10000);
}

QList<qint64> ServerProcess::workerPids() const
{
    QList<qint64> pids;
    const qint64 pid = processId();
    if (pid <= 0)
        return pids;
    QFile children(u"/proc/%1/task/%1/children"_s.arg(pid));
    if (!children.open(QIODevice::ReadOnly))
        return pids;
    for (const QByteArray &word : children.readAll().simplified().split(' ')) {
        bool ok = false;
        const qint64 child = word.toLongLong(&ok);
        if (ok)
            pids << child;
    }
    return pids;
}

QByteArray ServerProcess::standardError()
{
    m_stderr += m_process.readAllStandardError();
    return m_stderr;
}

namespace {
ServerProcess::DemoHistory g_demoHistory = ServerProcess::DemoHistory::None;
} // namespace

void ServerProcess::setDemoHistory(DemoHistory history)
{
    g_demoHistory = history;
}

QStringList ServerProcess::demoHistoryArguments()
{
    return { u"--history"_s, g_demoHistory == DemoHistory::Full ? u"full"_s : u"none"_s };
}

ServerProcess::Result ServerProcess::runDemo(int timeoutMs) const
{
    return run(QStringList { u"demo"_s, u"--db"_s, m_databaseArgument, u"--accounts"_s,
                   demoAccountsFile() }
            + demoHistoryArguments(),
        timeoutMs);
}

QString ServerProcess::demoAccountsFile() const
{
    return m_dir.filePath(u"accounts.json"_s);
}

bool ServerProcess::writeDemo(QList<DemoAccount> *accounts, QString *error) const
{
    const Result demo = runDemo();
    if (!demo.finished || demo.exitCode != 0) {
        *error = u"demo failed: "_s + QString::fromUtf8(demo.standardError);
        return false;
    }
    QFile file(demoAccountsFile());
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1"_s.arg(file.fileName());
        return false;
    }
    accounts->clear();
    for (const QJsonValue &value : QJsonDocument::fromJson(file.readAll()).array()) {
        const QJsonObject o = value.toObject();
        accounts->append({ o.value(u"login"_s).toString(), o.value(u"password"_s).toString(),
            o.value(u"role"_s).toString(), o.value(u"member_id"_s).toString(),
            o.value(u"org_id"_s).toString() });
    }
    return true;
}
