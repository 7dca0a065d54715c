#include "loadenvironment.h"

#include "auth/passwordhasher.h"
#include "auth/tokenstore.h"
#include "serverprocess.h"
#include "sync/pullcursor.h"
#include "timestamps.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QThread>
#include <QUuid>

#include <csignal>
#include <cstdio>
#include <sys/prctl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// The password of every load account (the hash is Argon2id at the server's real cost).
const QString kPassword = u"thu-tai-2026"_s;

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

// user + system CPU seconds of a process, from /proc/<pid>/stat; 0 when it is gone.
double cpuSeconds(qint64 pid)
{
    QFile file(u"/proc/%1/stat"_s.arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = file.readAll();
    // The fields after the command name (which is in parentheses and may hold spaces).
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    const double ticks = double(::sysconf(_SC_CLK_TCK));
    return (fields.at(11).toDouble() + fields.at(12).toDouble()) / ticks;
}

// The parent process id of `pid`, or 0.
qint64 parentOf(qint64 pid)
{
    QFile file(u"/proc/%1/stat"_s.arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = file.readAll();
    return stat.mid(stat.lastIndexOf(')') + 2).split(' ').value(1).toLongLong();
}

// The children of `pid` (a supervisor's workers).
QList<qint64> childrenOf(qint64 pid)
{
    QFile file(u"/proc/%1/task/%1/children"_s.arg(pid));
    QList<qint64> children;
    if (!file.open(QIODevice::ReadOnly))
        return children;
    for (const QByteArray &field : file.readAll().split(' ')) {
        bool ok = false;
        const qint64 child = field.trimmed().toLongLong(&ok);
        if (ok)
            children << child;
    }
    return children;
}

// A "VmXXX:" line of /proc/<pid>/status, in KiB; 0 when the process is gone.
qint64 statusKb(qint64 pid, const QByteArray &field)
{
    QFile file(u"/proc/%1/status"_s.arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    // /proc files say they are empty (size 0): read them whole, not up to atEnd().
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

} // namespace

LoadEnvironment::LoadEnvironment()
    : m_dir(QDir::tempPath() + u"/handbook-load-XXXXXX"_s)
{
    const pid_t parent = ::getpid();
    // Runs in the child between fork and exec: the server ends with this program.
    m_server.setChildProcessModifier([parent] {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent)
            ::_exit(126);
    });
}

LoadEnvironment::~LoadEnvironment()
{
    stop();
}

bool LoadEnvironment::run(const QStringList &arguments, QString *error, int timeoutMs)
{
    const ServerProcess::Result result = ServerProcess::run(arguments, timeoutMs);
    if (result.finished && result.exitCode == 0)
        return true;
    *error = u"handbook-server %1 failed: %2"_s.arg(
        arguments.value(0), QString::fromUtf8(result.standardError).trimmed());
    return false;
}

bool LoadEnvironment::setUp(const Options &options, QString *error)
{
    if (!m_dir.isValid()) {
        *error = u"cannot create a temporary directory"_s;
        return false;
    }
    m_options = options;
    QElapsedTimer clock;
    clock.start();
    m_postgres.setDurable(options.durable);
    if (!m_postgres.start(error))
        return false;
    m_database = m_postgres.createDatabase(error);
    if (m_database.isEmpty())
        return false;
    say(u"setup: PostgreSQL 15 on port %1 (%2) in %3 s"_s.arg(m_postgres.port())
            .arg(options.durable ? u"fsync and synchronous commits on"_s
                                 : u"fsync off, as in the tests"_s)
            .arg(double(clock.restart()) / 1000.0, 0, 'f', 1));
    const QString accounts = m_dir.filePath(u"demo-accounts.json"_s);
    if (!run({ u"init"_s, u"--db"_s, m_database }, error)
        || !run({ u"demo"_s, u"--db"_s, m_database, u"--accounts"_s, accounts }, error))
        return false;
    say(u"setup: demo province loaded in %1 s"_s.arg(double(clock.restart()) / 1000.0, 0, 'f', 1));
    if (!importMembers(options.members + options.idle, error))
        return false;
    say(u"setup: %1 members imported (import-members) in %2 s"_s.arg(options.members + options.idle)
            .arg(double(clock.restart()) / 1000.0, 0, 'f', 1));
    if (!createAccounts(options.members, error))
        return false;
    say(u"setup: %1 accounts and %2 idle devices written in %3 s"_s.arg(m_accounts.size())
            .arg(m_idle.size())
            .arg(double(clock.restart()) / 1000.0, 0, 'f', 1));
    return serve(error);
}

QSqlDatabase LoadEnvironment::openDatabase(const QString &connectionName, QString *error) const
{
    const QUrl url(m_database);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setDatabaseName(url.path().mid(1));
    if (!db.open()) {
        *error = u"cannot open %1: %2"_s.arg(m_database, db.lastError().text());
        return QSqlDatabase();
    }
    return db;
}

bool LoadEnvironment::importMembers(int count, QString *error)
{
    QStringList cells;
    {
        QSqlDatabase db = openDatabase(u"load-setup"_s, error);
        if (!db.isValid())
            return false;
        QSqlQuery query(db);
        if (!query.exec(u"SELECT id FROM organizations WHERE kind = 'cell' ORDER BY id"_s)) {
            *error = query.lastError().text();
            return false;
        }
        while (query.next())
            cells << query.value(0).toString();
    }
    QSqlDatabase::removeDatabase(u"load-setup"_s);
    if (cells.isEmpty()) {
        *error = u"the demo province has no cells"_s;
        return false;
    }
    QFile csv(m_dir.filePath(u"members.csv"_s));
    if (!csv.open(QIODevice::WriteOnly)) {
        *error = u"cannot write "_s + csv.fileName();
        return false;
    }
    QTextStream out(&csv);
    out << "id,full_name,org_id,gender,birth_date,admission_date,official_date\n";
    const QDate born(1960, 1, 1);
    for (int i = 0; i < count; ++i) {
        const QString id = u"load-member-%1"_s.arg(i + 1, 5, 10, QChar(u'0'));
        const QString cell = cells.at(i % cells.size());
        const QDate birth = born.addDays(i * 11 % 12000);
        out << id << u",Đảng viên thử tải %1,"_s.arg(i + 1) << cell << (i % 2 ? ",Nữ," : ",Nam,")
            << birth.toString(Qt::ISODate) << ',' << birth.addYears(25).toString(Qt::ISODate) << ','
            << birth.addYears(26).toString(Qt::ISODate) << '\n';
        m_memberIds << id;
        m_memberOrgs << cell;
    }
    out.flush();
    csv.close();
    return run({ u"import-members"_s, u"--db"_s, m_database, csv.fileName() }, error);
}

bool LoadEnvironment::createAccounts(int active, QString *error)
{
    // `handbook-server user create` hashes each password (Argon2id, about 0.1 s) in a process
    // of its own: for a thousand accounts the same rows are written here in one transaction,
    // with one hash of the server's real cost (a login costs what it costs in production).
    const QString hash = PasswordHasher::hash(kPassword);
    if (hash.isEmpty()) {
        *error = u"cannot hash the password"_s;
        return false;
    }
    bool ok = false;
    {
        QSqlDatabase db = openDatabase(u"load-accounts"_s, error);
        if (!db.isValid())
            return false;
        db.transaction();
        QSqlQuery insert(db);
        insert.prepare(
            u"INSERT INTO users (id, login, password_hash, member_id, role, org_id, "
            "must_change_password, created_at) VALUES (?, ?, ?, ?, 'member', ?, 0, ?)"_s);
        // Idle phones were seen earlier today, as on a working day: their day is logged
        // (device_days), so their live pulls measure holding, not the once-a-day first sighting.
        QSqlQuery device(db);
        device.prepare(
            u"INSERT INTO devices (id, user_id, name, platform, created_at, last_seen_at) "
            "VALUES (?, ?, 'Máy thử tải', 'load', ?, ?)"_s);
        QSqlQuery day(db);
        day.prepare(u"INSERT INTO device_days (device_id, day) VALUES (?, ?)"_s);
        QSqlQuery token(db);
        token.prepare(u"INSERT INTO access_tokens (token_hash, device_id, user_id, expires_at) "
                      "VALUES (?, ?, ?, ?)"_s);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString created = now.toString(Qt::ISODateWithMs);
        // Idle phones' tokens outlive any run (the server checks expiry on every use).
        const QString expires = Timestamps::toIso(now.addSecs(6 * 3600));
        QStringList idleUsers;
        ok = true;
        for (qsizetype i = 0; ok && i < m_memberIds.size(); ++i) {
            const QString login = u"thutai.%1"_s.arg(i + 1, 5, 10, QChar(u'0'));
            const QString userId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            insert.addBindValue(userId);
            insert.addBindValue(login);
            insert.addBindValue(hash);
            insert.addBindValue(m_memberIds.at(i));
            insert.addBindValue(m_memberOrgs.at(i));
            insert.addBindValue(created);
            ok = insert.exec();
            if (!ok)
                *error = u"cannot create %1: %2"_s.arg(login, insert.lastError().text());
            if (i < active) {
                m_accounts << SimulatedClient::Account { login, kPassword, m_memberIds.at(i) };
                continue;
            }
            const QString deviceId = u"idle-%1"_s.arg(i + 1, 5, 10, QChar(u'0'));
            const QString secret = TokenStore::generate();
            device.addBindValue(deviceId);
            device.addBindValue(userId);
            device.addBindValue(created);
            device.addBindValue(Timestamps::toIso(now));
            day.addBindValue(deviceId);
            day.addBindValue(Timestamps::toIso(now).left(10));
            token.addBindValue(TokenStore::hash(secret));
            token.addBindValue(deviceId);
            token.addBindValue(userId);
            token.addBindValue(expires);
            ok = ok && device.exec() && day.exec() && token.exec();
            if (!ok)
                *error = u"cannot create the device of %1: %2 %3 %4"_s.arg(login,
                    device.lastError().text(), day.lastError().text(), token.lastError().text());
            m_idle << IdleDevice { secret.toLatin1(), {} };
        }
        // An idle phone's replica is up to date: its cursor is the newest change, in the
        // user's scope generation (all the same for accounts just made).
        QSqlQuery newest(db);
        if (ok && !m_idle.isEmpty()) {
            ok = newest.exec(
                     u"SELECT (SELECT COALESCE(MAX(seq), 0) FROM changes), "
                     "(SELECT MAX(scope_generation) FROM users WHERE login LIKE 'thutai.%')"_s)
                && newest.next();
            if (!ok)
                *error = newest.lastError().text();
            const QString cursor = ok
                ? PullCursor { newest.value(1).toLongLong(), newest.value(0).toLongLong() }.encode()
                : QString();
            for (IdleDevice &idle : m_idle)
                idle.cursor = cursor;
        }
        ok = ok && db.commit();
    }
    QSqlDatabase::removeDatabase(u"load-accounts"_s);
    return ok;
}

bool LoadEnvironment::serve(QString *error)
{
    m_server.setStandardErrorFile(m_dir.filePath(u"server.log"_s), QIODevice::Append);
    // Access tokens last an hour: the phones run several scenarios without refreshing.
    // A restarted server listens where the phones already connect.
    const QString listen = u"127.0.0.1:%1"_s.arg(m_url.isValid() ? m_url.port() : 0);
    QStringList arguments { u"serve"_s, u"--db"_s, m_database, u"--listen"_s, listen,
        u"--access-ttl"_s, u"3600"_s };
    // As deployed: serve's own connection limit, unless more are needed than it allows.
    if (m_options.maxConnections > 0)
        arguments << u"--max-connections"_s << QString::number(m_options.maxConnections);
    if (m_options.workers > 0)
        arguments << u"--workers"_s << QString::number(m_options.workers);
    m_server.start(m_options.serverExecutable.isEmpty() ? ServerProcess::executable()
                                                        : m_options.serverExecutable,
        arguments);
    const QDeadlineTimer deadline(30000);
    while (!m_server.canReadLine()) {
        if (deadline.hasExpired() || !m_server.waitForReadyRead(int(deadline.remainingTime()))) {
            *error = u"the server did not start: "_s + serverLog();
            return false;
        }
    }
    const QString line = QString::fromUtf8(m_server.readLine()).trimmed();
    m_url = QUrl(line.mid(QLatin1StringView("listening on ").size()));
    if (!line.startsWith(u"listening on ") || m_url.port() <= 0) {
        *error = u"unexpected first line from the server: "_s + line;
        return false;
    }
    // The workers start after the line: wait (bounded) until they are all there.
    const int workers = m_options.workers > 0 ? m_options.workers : QThread::idealThreadCount();
    const int expected = workers == 1 ? 0 : workers;
    const QDeadlineTimer workersDeadline(20000);
    while (expected > 0 && childrenOf(m_server.processId()).size() < expected
        && !workersDeadline.hasExpired())
        m_server.waitForReadyRead(50);
    say(u"setup: handbook-server serving %1 (%2, %3 serving process(es))"_s
            .arg(m_url.toString(),
                m_options.workers > 0 ? u"--workers %1"_s.arg(m_options.workers)
                                      : u"default workers"_s)
            .arg(serverProcesses()));
    return true;
}

bool LoadEnvironment::restartServer(int workers, QString *error)
{
    if (m_server.state() != QProcess::NotRunning) {
        m_server.terminate();
        if (!m_server.waitForFinished(15000)) {
            m_server.kill();
            m_server.waitForFinished(5000);
        }
    }
    m_options.workers = workers;
    return serve(error);
}

QList<qint64> LoadEnvironment::serverPids() const
{
    if (m_server.state() != QProcess::Running)
        return {};
    const qint64 pid = m_server.processId();
    return QList<qint64> { pid } + childrenOf(pid);
}

int LoadEnvironment::serverProcesses() const
{
    const QList<qint64> pids = serverPids();
    return pids.size() <= 1 ? int(pids.size()) : int(pids.size()) - 1;
}

double LoadEnvironment::serverCpuSeconds() const
{
    double total = 0;
    for (const qint64 pid : serverPids())
        total += cpuSeconds(pid);
    return total;
}

double LoadEnvironment::databaseCpuSeconds() const
{
    const qint64 postmaster = m_postgres.processId();
    if (postmaster <= 0)
        return 0;
    double total = cpuSeconds(postmaster);
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool number = false;
        const qint64 pid = entry.toLongLong(&number);
        if (number && parentOf(pid) == postmaster)
            total += cpuSeconds(pid);
    }
    return total;
}

qint64 LoadEnvironment::serverPeakKb() const
{
    qint64 total = 0;
    for (const qint64 pid : serverPids())
        total += statusKb(pid, "VmHWM:");
    return total;
}

qint64 LoadEnvironment::serverRssKb() const
{
    qint64 total = 0;
    for (const qint64 pid : serverPids())
        total += statusKb(pid, "VmRSS:");
    return total;
}

QString LoadEnvironment::serverLog() const
{
    QFile file(m_dir.filePath(u"server.log"_s));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void LoadEnvironment::stop()
{
    if (m_server.state() != QProcess::NotRunning) {
        m_server.terminate();
        if (!m_server.waitForFinished(10000)) {
            m_server.kill();
            m_server.waitForFinished(5000);
        }
    }
    m_postgres.stop();
}
