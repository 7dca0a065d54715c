// `serve --workers <n>` (issue 19): worker processes sharing one listening socket, a crashed
// worker replaced, SIGTERM stopping everything, and each worker's token cache honouring a
// revocation, a password change or a role change made by another process at once; an idle
// pull costs no database round trip (PostgreSQL: the workers' backends stay idle).
#include "authfixture.h"
#include "protocol.h"
#include "pullquery.h"
#include "rawhttp.h"
#include "serverprocess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include <csignal>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString kPassword = u"Mật-khẩu-đủ-dài-2025"_s;
const QString kNewPassword = u"Mật-khẩu-mới-đủ-dài-2026"_s;

// Children of `pid` (all its threads), from /proc.
QList<qint64> childrenOf(qint64 pid)
{
    QList<qint64> children;
    const QDir tasks(u"/proc/%1/task"_s.arg(pid));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile file(tasks.filePath(task + u"/children"_s));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &word : file.readAll().simplified().split(' '))
            if (!word.isEmpty())
                children << word.toLongLong();
    }
    return children;
}

// The worker processes of the servers this test started: the children of our children that
// are handbook-server (not PostgreSQL's backends).
QList<qint64> allWorkers()
{
    QList<qint64> workers;
    for (const qint64 child : childrenOf(QCoreApplication::applicationPid())) {
        QFile command(u"/proc/%1/cmdline"_s.arg(child));
        if (command.open(QIODevice::ReadOnly) && command.readAll().contains("handbook-server"))
            workers += childrenOf(child);
    }
    return workers;
}

bool isAlive(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return false;
    return !status.readAll().contains("\nState:\tZ");
}

// The socket inodes of process `pid`'s open descriptors.
QSet<QByteArray> socketInodes(qint64 pid)
{
    QSet<QByteArray> inodes;
    const QDir fds(u"/proc/%1/fd"_s.arg(pid));
    for (const QString &fd : fds.entryList(QDir::System | QDir::NoDotAndDotDot)) {
        const QString target = QFile::symLinkTarget(fds.filePath(fd));
        if (target.contains(u"socket:["_s))
            inodes << target.section(u'[', 1).chopped(1).toLatin1();
    }
    return inodes;
}

// The inode of the server-side socket of the connection whose client end is local port
// `clientPort` (from /proc/net/tcp: local = the server's port, remote = ours).
QByteArray serverSocketInode(quint16 serverPort, quint16 clientPort)
{
    QFile file(u"/proc/net/tcp"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray local = u":%1"_s.arg(serverPort, 4, 16, QChar(u'0')).toUpper().toLatin1();
    const QByteArray remote = u":%1"_s.arg(clientPort, 4, 16, QChar(u'0')).toUpper().toLatin1();
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() > 9 && f[1].endsWith(local) && f[2].endsWith(remote))
            return f[9];
    }
    return {};
}

// One kept-alive HTTP/1.1 connection: requests one after another on the same socket.
class KeptConnection
{
public:
    bool open(const QUrl &base)
    {
        m_socket.connectToHost(base.host(), quint16(base.port()));
        m_host = base.host().toLatin1();
        return m_socket.waitForConnected(10000);
    }
    [[nodiscard]] quint16 localPort() const { return m_socket.localPort(); }
    [[nodiscard]] bool isOpen() const
    {
        return m_socket.state() == QAbstractSocket::ConnectedState;
    }
    RawAnswer get(const QString &target, const QString &token)
    {
        RawAnswer answer;
        m_socket.write("GET " + target.toUtf8() + " HTTP/1.1\r\nHost: " + m_host
            + "\r\nAuthorization: Bearer " + token.toLatin1() + "\r\n\r\n");
        QByteArray buffer;
        const QDeadlineTimer deadline(10000);
        qsizetype headEnd = -1;
        qsizetype length = -1;
        for (;;) {
            buffer += m_socket.readAll();
            if (headEnd < 0 && (headEnd = buffer.indexOf("\r\n\r\n")) >= 0) {
                answer.head = buffer.left(headEnd);
                answer.status = answer.head.mid(9, 3).toInt();
                length = answer.header("content-length").toLongLong();
            }
            if (headEnd >= 0 && buffer.size() >= headEnd + 4 + length) {
                answer.body = buffer.mid(headEnd + 4, length);
                return answer;
            }
            if (deadline.hasExpired() || !m_socket.waitForReadyRead(int(deadline.remainingTime())))
                return {};
        }
    }

private:
    QTcpSocket m_socket;
    QByteArray m_host;
};

RawAnswer getFresh(const QUrl &base, const QString &target, const QString &token)
{
    return sendRaw(base,
        "GET " + target.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
            + "Authorization: Bearer " + token.toLatin1() + "\r\n\r\n");
}

} // namespace

class TestServerWorkers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void workersOptionIsChecked();
    void crashedWorkerIsReplaced();
    void sigtermStopsEveryProcess();
    void revocationReachesEveryWorker();
    void passwordChangeReachesEveryWorker();
    void roleChangeReachesEveryWorker();
    void idlePullMakesNoRoundTrip();

private:
    // A fixture serving with two workers, a member "an" signed in on `devices` devices (their
    // access tokens), and kept-alive connections until each worker holds at least one.
    struct TwoWorkers
    {
        AuthFixture fx;
        QString userId;
        QStringList tokens;
        std::vector<std::unique_ptr<KeptConnection>> kept;
    };
    bool startTwoWorkers(TwoWorkers &setup, int devices, QString *error);
    // Every kept connection and `fresh` new ones answer `status` with `code` (when given).
    void expectEverywhere(TwoWorkers &setup, const QString &target, const QString &token,
        int status, const QString &code = {}, int fresh = 20);
};

void TestServerWorkers::workersOptionIsChecked()
{
    ServerProcess server;
    for (const QString &value : { u"0"_s, u"x"_s, u"65"_s }) {
        const auto result = ServerProcess::run({ u"serve"_s, u"--db"_s, server.databaseArgument(),
            u"--listen"_s, u"127.0.0.1:0"_s, u"--workers"_s, value });
        QVERIFY(result.finished);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.standardError.contains("--workers must be"), result.standardError);
    }
}

void TestServerWorkers::crashedWorkerIsReplaced()
{
    ServerProcess server;
    server.setWorkers(2);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QVERIFY(QTest::qWaitFor([&] { return server.workerPids().size() == 2; }, 10000));
    QCOMPARE(sendRaw(server.baseUrl(), "GET /v1/health HTTP/1.1\r\nHost: x\r\n\r\n").status, 200);

    const qint64 victim = server.workerPids().first();
    QCOMPARE(::kill(pid_t(victim), SIGKILL), 0);
    // New connections are served by the other worker while the supervisor replaces it.
    for (int i = 0; i < 20; ++i) {
        QCOMPARE(sendRaw(server.baseUrl(),
                     "GET /v1/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                     .status,
            200);
    }
    // The supervisor logs the crash, then starts a replacement (the log line may reach our
    // pipe after the new process appears: wait for both).
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     const QList<qint64> pids = server.workerPids();
                     return pids.size() == 2 && !pids.contains(victim)
                         && server.standardError().contains("restarting");
                 },
                 10000),
        server.standardError().constData());
    QCOMPARE(sendRaw(server.baseUrl(), "GET /v1/health HTTP/1.1\r\nHost: x\r\n\r\n").status, 200);
}

void TestServerWorkers::sigtermStopsEveryProcess()
{
    ServerProcess server;
    server.setWorkers(2);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QVERIFY(QTest::qWaitFor([&] { return server.workerPids().size() == 2; }, 10000));
    const QList<qint64> workers = server.workerPids();
    QCOMPARE(server.stop(), 0);
    for (const qint64 pid : workers)
        QVERIFY2(!isAlive(pid), qPrintable(u"worker %1 outlived its supervisor"_s.arg(pid)));
}

bool TestServerWorkers::startTwoWorkers(TwoWorkers &setup, int devices, QString *error)
{
    if (!setup.fx.start(error, {}, { u"--workers"_s, u"2"_s }))
        return false;
    setup.userId = setup.fx.createUser(u"an"_s, kPassword, u"member"_s, u"cell-a"_s, u"m-an"_s);
    for (int i = 0; i < devices; ++i) {
        const auto login = setup.fx.login(u"an"_s, kPassword, u"dev-%1"_s.arg(i));
        if (login.status != 200) {
            *error = u"login failed: "_s + QString::fromUtf8(login.raw);
            return false;
        }
        setup.tokens << login.body.value(u"access_token").toString();
    }
    QList<qint64> workers;
    if (!QTest::qWaitFor([&] { return (workers = allWorkers()).size() == 2; }, 10000)) {
        *error = u"two workers did not appear"_s;
        return false;
    }
    // Kept-alive connections until each worker holds one (the kernel picks the worker).
    QSet<qint64> covered;
    const quint16 port = quint16(setup.fx.baseUrl().port());
    for (int i = 0; i < 64 && covered.size() < 2; ++i) {
        auto connection = std::make_unique<KeptConnection>();
        if (!connection->open(setup.fx.baseUrl())
            || connection->get(QString(Protocol::Path::AuthMe), setup.tokens.first()).status
                != 200) {
            *error = u"a kept-alive request failed"_s;
            return false;
        }
        const QByteArray inode = serverSocketInode(port, connection->localPort());
        for (const qint64 worker : workers) {
            if (!inode.isEmpty() && socketInodes(worker).contains(inode))
                covered << worker;
        }
        setup.kept.push_back(std::move(connection));
    }
    if (covered.size() < 2) {
        *error = u"64 connections did not reach both workers"_s;
        return false;
    }
    return true;
}

void TestServerWorkers::expectEverywhere(TwoWorkers &setup, const QString &target,
    const QString &token, int status, const QString &code, int fresh)
{
    for (auto &connection : setup.kept) {
        const RawAnswer answer = connection->get(target, token);
        QCOMPARE(answer.status, status);
        if (!code.isEmpty())
            QCOMPARE(answer.errorCode(), code);
    }
    for (int i = 0; i < fresh; ++i) {
        const RawAnswer answer = getFresh(setup.fx.baseUrl(), target, token);
        QCOMPARE(answer.status, status);
        if (!code.isEmpty())
            QCOMPARE(answer.errorCode(), code);
    }
}

void TestServerWorkers::revocationReachesEveryWorker()
{
    TwoWorkers setup;
    QString error;
    QVERIFY2(startTwoWorkers(setup, 1, &error), qPrintable(error));
    const QString pull = QString(Protocol::Path::SyncPull);
    // Warm both workers' caches: many pulls, on the kept connections and on fresh ones.
    expectEverywhere(setup, pull, setup.tokens[0], 200);

    const auto revoke
        = AuthFixture::cli({ u"device"_s, u"revoke"_s, u"--db"_s, setup.fx.db(), u"dev-0"_s });
    QCOMPARE(revoke.exitCode, 0);
    expectEverywhere(
        setup, pull, setup.tokens[0], 401, QString(Protocol::ErrorCode::DeviceRevoked));
}

void TestServerWorkers::passwordChangeReachesEveryWorker()
{
    TwoWorkers setup;
    QString error;
    QVERIFY2(startTwoWorkers(setup, 2, &error), qPrintable(error));
    const QString me = QString(Protocol::Path::AuthMe);
    expectEverywhere(setup, me, setup.tokens[1], 200);

    // On one worker, with device 0's token: the other devices are signed out everywhere.
    const auto changed = setup.fx.post(QString(Protocol::Path::AuthPassword),
        QJsonObject { { u"old_password"_s, kPassword }, { u"new_password"_s, kNewPassword } },
        setup.tokens[0]);
    QCOMPARE(changed.status, 200);
    expectEverywhere(
        setup, me, setup.tokens[1], 401, QString(Protocol::ErrorCode::Unauthenticated));
    expectEverywhere(setup, me, setup.tokens[0], 200);
}

void TestServerWorkers::roleChangeReachesEveryWorker()
{
    TwoWorkers setup;
    QString error;
    QVERIFY2(startTwoWorkers(setup, 1, &error), qPrintable(error));
    const QString me = QString(Protocol::Path::AuthMe);
    expectEverywhere(setup, me, setup.tokens[0], 200);

    const auto setRole = AuthFixture::cli({ u"user"_s, u"set-role"_s, u"--db"_s, setup.fx.db(),
        u"--login"_s, u"an"_s, u"--role"_s, u"secretary"_s });
    QVERIFY2(setRole.exitCode == 0, setRole.standardError.constData());
    // Every worker answers with the new role at once.
    const auto roleOf = [](const RawAnswer &answer) {
        const QJsonObject body = QJsonDocument::fromJson(answer.body).object();
        const QJsonObject user = body.contains(u"user"_s) ? body.value(u"user").toObject() : body;
        return user.value(u"role").toString();
    };
    for (auto &connection : setup.kept)
        QCOMPARE(roleOf(connection->get(me, setup.tokens[0])), u"secretary"_s);
    for (int i = 0; i < 20; ++i)
        QCOMPARE(roleOf(getFresh(setup.fx.baseUrl(), me, setup.tokens[0])), u"secretary"_s);
}

void TestServerWorkers::idlePullMakesNoRoundTrip()
{
    if (ServerProcess::backend() != u"postgresql"_s) {
        QSKIP("SQLite runs inside each worker: no connection to observe from outside; the "
              "PostgreSQL run checks that the workers' backends stay idle");
    }
    TwoWorkers setup;
    QString error;
    QVERIFY2(startTwoWorkers(setup, 1, &error), qPrintable(error));
    // The cursor after everything there is: a pull from it has nothing new.
    QString cursor;
    for (int page = 0; page < 100; ++page) {
        QUrlQuery query;
        if (!cursor.isEmpty())
            query.addQueryItem(QString(Protocol::PullQuery::Cursor), cursor);
        const QString target = QString(Protocol::Path::SyncPull)
            + (cursor.isEmpty() ? QString() : u"?"_s + query.toString(QUrl::FullyEncoded));
        const RawAnswer answer = setup.kept.front()->get(target, setup.tokens[0]);
        QCOMPARE(answer.status, 200);
        const QJsonObject body = QJsonDocument::fromJson(answer.body).object();
        cursor = body.value(u"cursor").toString();
        if (!body.value(u"has_more").toBool())
            break;
    }
    QUrlQuery query;
    query.addQueryItem(QString(Protocol::PullQuery::Cursor), cursor);
    const QString idle
        = QString(Protocol::Path::SyncPull) + u"?"_s + query.toString(QUrl::FullyEncoded);
    // Warm: every kept connection (both workers) pulls once.
    for (auto &connection : setup.kept)
        QCOMPARE(connection->get(idle, setup.tokens[0]).status, 200);

    // Each backend of this database but ours, with the moment its state last changed:
    // a query on a worker's connection (even SELECT 1) changes it at once (pg_stat_activity
    // is live, unlike the counters of pg_stat_database, which are flushed up to 10 s late).
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"probe"_s);
    const QUrl spec(setup.fx.db());
    db.setHostName(spec.host());
    db.setPort(spec.port());
    db.setUserName(spec.userName());
    db.setDatabaseName(spec.path().mid(1));
    QVERIFY2(db.open(), qPrintable(db.lastError().text()));
    const auto backends = [&db] {
        QMap<qint64, QString> states;
        QSqlQuery query(db);
        if (!query.exec(u"SELECT pid, state_change::text FROM pg_stat_activity WHERE datname = "
                        "current_database() AND pid <> pg_backend_pid()"_s))
            return states;
        while (query.next())
            states.insert(query.value(0).toLongLong(), query.value(1).toString());
        return states;
    };
    const QMap<qint64, QString> before = backends();
    QVERIFY(before.size() >= 4); // each worker's serving and listening connections, the fixture's
    for (int i = 0; i < 200; ++i) {
        auto &connection = setup.kept[std::size_t(i) % setup.kept.size()];
        const RawAnswer answer = connection->get(idle, setup.tokens[0]);
        QCOMPARE(answer.status, 200);
        QVERIFY(
            QJsonDocument::fromJson(answer.body).object().value(u"changes").toArray().isEmpty());
    }
    const QMap<qint64, QString> after = backends();
    QCOMPARE(after, before);
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"probe"_s);
}

QTEST_GUILESS_MAIN(TestServerWorkers)
#include "tst_server_workers.moc"
