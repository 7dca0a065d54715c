// Several servers, one PostgreSQL (DESIGN.md sections 4 and 7, docs/deploy.md): two
// handbook-server processes on one database and nginx in front of them as the load balancer,
// with the configuration of docs/deploy.md (NginxProcess).
// - Clients push through one server and pull through the other, and devices that sync
//   through nginx hold the same replicas.
// - A server killed (SIGKILL) in the middle of a paged pull, or in the middle of a push batch
//   (while its transaction holds the write lock), loses nothing: the client resumes through
//   nginx, every mutation is applied exactly once, the replica equals a fresh pull.
// - The blob cache: nginx keeps the bytes, a server still decides every download.
// - Behind the balancer, failed sign-ins count against the client's address (X-Forwarded-For
//   from a trusted proxy), not against the balancer's.
// PostgreSQL only; skipped when nginx is not installed (scripts/setup installs it).
#include "auth/loginratelimiter.h"
#include "clientdevice.h"
#include "databaseprobe.h"
#include "nginxprocess.h"
#include "outbox.h"
#include "serverprocess.h"
#include "testbytes.h"
#include "testhttp.h"
#include "vaultsyncstore.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QUuid>
#include <array>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int kServers = 2;

QString serverName(int index)
{
    return index == 0 ? u"server_a"_s : u"server_b"_s;
}

// "type id" of the first row where two replicas differ, or empty when they are the same.
QString difference(const ClientDevice::Rows &got, const ClientDevice::Rows &expected)
{
    QStringList types = got.keys() + expected.keys();
    types.removeDuplicates();
    types.sort();
    for (const QString &type : std::as_const(types)) {
        // A device row changes with its own device's requests (signed in, seen on a new day),
        // so two devices pulling at different moments see different versions of it.
        if (type == u"device")
            continue;
        const auto mine = got.value(type);
        const auto theirs = expected.value(type);
        for (auto row = theirs.begin(); row != theirs.end(); ++row) {
            if (mine.value(row.key()) != row.value())
                return u"%1 %2 differs or is missing"_s.arg(type, row.key());
        }
        if (mine.size() != theirs.size())
            return u"%1: %2 rows, expected %3"_s.arg(type).arg(mine.size()).arg(theirs.size());
    }
    return {};
}

// A hash of every replicated row, in a fixed order.
QByteArray fingerprint(const ClientDevice::Rows &rows)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QStringList types = rows.keys();
    types.sort();
    for (const QString &type : std::as_const(types)) {
        if (type == u"device") // as in difference()
            continue;
        QStringList ids = rows.value(type).keys();
        ids.sort();
        for (const QString &id : std::as_const(ids))
            hash.addData(type.toUtf8() + ' ' + id.toUtf8() + ' '
                + QJsonDocument(rows.value(type).value(id)).toJson(QJsonDocument::Compact) + '\n');
    }
    return hash.result().toHex();
}

// One login request written on a connection from `source` (an address of 127.0.0.0/8), with
// an X-Forwarded-For header when `forwardedFor` is given; the HTTP status of the answer (bounded
// wait), 0 when there was none.
int loginFrom(const QHostAddress &source, const QUrl &server, const QString &login,
    const QString &password, const QByteArray &forwardedFor = {})
{
    QTcpSocket socket;
    if (!socket.bind(source))
        return 0;
    socket.connectToHost(server.host(), quint16(server.port()));
    if (!socket.waitForConnected(5000))
        return 0;
    const QByteArray body = QJsonDocument(
        QJsonObject { { u"login"_s, login }, { u"password"_s, password },
            { u"device"_s,
                QJsonObject { { u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces) } } } })
                                .toJson(QJsonDocument::Compact);
    const QByteArray forwarded
        = forwardedFor.isEmpty() ? QByteArray() : "X-Forwarded-For: " + forwardedFor + "\r\n";
    socket.write("POST /v1/auth/login HTTP/1.1\r\nHost: " + server.host().toLatin1() + "\r\n"
        + forwarded + "Content-Type: application/json\r\nConnection: close\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QByteArray answer;
    while (!answer.contains("\r\n") && socket.waitForReadyRead(20000))
        answer += socket.readAll();
    // "HTTP/1.1 200 OK"
    return answer.startsWith("HTTP/1.1 ") ? answer.mid(9, 3).toInt() : 0;
}

} // namespace

class TestScaleOut : public QObject
{
    Q_OBJECT

    std::array<std::unique_ptr<ServerProcess>, kServers> m_servers;
    std::array<quint16, kServers> m_ports {};
    QString m_database; // the --db every server shares
    NginxProcess m_nginx;
    QSqlDatabase m_db;
    QHash<QString, QJsonObject> m_accounts; // login -> demo account

    QString account(const QString &login, const QString &field) const
    {
        return m_accounts.value(login).value(field).toString();
    }
    QUrl direct(int index) const { return m_servers.at(index)->baseUrl(); }

    QVariant scalar(const QString &sql, const QVariantList &binds = {}) const
    {
        return DatabaseProbe(m_db, DatabaseProbe::OnError::Fatal).scalar(sql, binds);
    }

    // Starts server `index` on the shared database (on `port`, or a free one), named in
    // pg_stat_activity by its application_name.
    bool startServer(int index, quint16 port, QString *error)
    {
        auto server = std::make_unique<ServerProcess>();
        if (m_database.isEmpty())
            m_database = server->databaseArgument();
        // nginx connects from 127.0.0.1: its X-Forwarded-For names the client (docs/deploy.md).
        QStringList extra { u"--db"_s, m_database + u"?application_name="_s + serverName(index),
            u"--trusted-proxy"_s, u"127.0.0.1"_s };
        if (port != 0)
            extra << u"--listen"_s << u"127.0.0.1:%1"_s.arg(port);
        if (!server->start(error, extra))
            return false;
        m_ports[index] = quint16(server->baseUrl().port());
        m_servers[index] = std::move(server);
        return true;
    }

    // A new device of `login`, signed in through `server`; aborts the test if that fails.
    std::unique_ptr<ClientDevice> signedIn(const QUrl &server, const QString &login)
    {
        auto device = std::make_unique<ClientDevice>(server);
        QString error;
        if (!device->signIn(login, account(login, u"password"_s), &error))
            qFatal("sign-in of %s through %s failed: %s", qPrintable(login),
                qPrintable(server.toString()), qPrintable(error));
        device->engine().setBlobsEnabled(false);
        return device;
    }

    // Requests nginx sent to each server so far (by the access log).
    std::array<int, kServers> requestsPerServer() const
    {
        std::array<int, kServers> counts {};
        for (const QString &line : m_nginx.accessLog()) {
            for (int i = 0; i < kServers; ++i)
                counts[i] += line.count(u"127.0.0.1:%1"_s.arg(m_ports.at(i)));
        }
        return counts;
    }

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void pushThroughOneServerPullThroughTheOther();
    void killingAServerMidPullLosesNothing();
    void killingAServerMidPushLosesNothing();
    void blobCacheServesBytesOnlyToThoseWhoMaySee();
    void failedSignInsCountAgainstTheClientNotTheBalancer();
};

void TestScaleOut::initTestCase()
{
    if (ServerProcess::backend() != u"postgresql")
        QSKIP("several servers share one PostgreSQL database: run with "
              "HANDBOOK_TEST_BACKEND=postgresql (ctest -R tst_scaleout)");
    if (NginxProcess::executable().isEmpty())
        QSKIP("nginx is not installed (scripts/setup installs nginx-light)");
    QString error;
    QVERIFY2(startServer(0, 0, &error), qPrintable(error));
    const QString accounts = m_servers[0]->directory() + u"/accounts.json"_s;
    const auto demo = ServerProcess::run(
        QStringList { u"demo"_s, u"--db"_s, m_database, u"--accounts"_s, accounts }
            + ServerProcess::demoHistoryArguments(),
        120000);
    QVERIFY2(demo.finished && demo.exitCode == 0, demo.standardError.constData());
    QVERIFY(ClientDevice::trustDemoRootKey(accounts));
    QFile file(accounts);
    QVERIFY(file.open(QIODevice::ReadOnly));
    for (const QJsonValue &value : QJsonDocument::fromJson(file.readAll()).array())
        m_accounts.insert(value[u"login"_s].toString(), value.toObject());
    QVERIFY2(startServer(1, 0, &error), qPrintable(error));
    // A killed server is back within a test: nginx tries it again after a second, not ten.
    m_nginx.setFailTimeout(1);
    QVERIFY2(m_nginx.start({ direct(0), direct(1) }, &error), qPrintable(error));
    m_db = m_servers[0]->openDatabase(u"check"_s, &error);
    QVERIFY2(m_db.isValid(), qPrintable(error));
    qInfo("nginx %s in front of %s and %s", qPrintable(m_nginx.url().toString()),
        qPrintable(direct(0).toString()), qPrintable(direct(1).toString()));
}

void TestScaleOut::init()
{
    // A test that killed a server brings it back on the same port (nginx's upstream), and
    // waits until nginx sends it requests again (once its fail timeout has passed).
    for (int i = 0; i < kServers; ++i) {
        if (!m_servers.at(i) || m_servers.at(i)->isRunning())
            continue;
        QString error;
        QVERIFY2(startServer(i, m_ports.at(i), &error), qPrintable(error));
        const QString upstream = u" 127.0.0.1:%1 200 "_s.arg(m_ports.at(i));
        const QDeadlineTimer deadline(30000);
        TestHttp http(m_nginx.url());
        bool back = false;
        while (!back && !deadline.hasExpired()) {
            QCOMPARE(http.get(u"/v1/health"_s).status, 200);
            back = m_nginx.accessLog().constLast().contains(upstream);
        }
        QVERIFY2(back, qPrintable(serverName(i) + u" gets no requests from nginx"_s));
    }
}

void TestScaleOut::cleanupTestCase()
{
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"check"_s);
    m_nginx.stop();
}

void TestScaleOut::pushThroughOneServerPullThroughTheOther()
{
    QString error;
    auto member = signedIn(direct(0), u"dangvien.a1"_s);
    auto secretary = signedIn(direct(1), u"bithu.a"_s);
    QVERIFY2(member->sync(&error), qPrintable(error));
    QVERIFY2(secretary->sync(&error), qPrintable(error));

    // The member writes through server A ...
    QStringList documents = member->rows().value(u"document"_s).keys();
    documents.sort();
    QVERIFY(documents.size() >= 3);
    LocalActions actions = member->actions();
    const auto note = actions.putNote(documents.at(0), u"Ghi chú gửi qua máy chủ A"_s);
    const auto read = actions.markRead(documents.at(1));
    const auto feedback = actions.postFeedback(u"Góp ý gửi qua máy chủ A"_s);
    const auto bookmark = actions.bookmark(documents.at(2));
    for (const auto &result : { note, read, feedback, bookmark })
        QVERIFY2(result.ok() && result.mutationId > 0, qPrintable(result.error));
    QVERIFY2(member->sync(&error), qPrintable(error));
    // ... the secretary through server B.
    const auto shared = secretary->actions().shareDocument(
        u"Thông báo gửi qua máy chủ B"_s, u"notice"_s, u"Tóm tắt"_s, u"Nội dung thông báo"_s, {});
    QVERIFY2(shared.ok(), qPrintable(shared.error));
    QVERIFY2(secretary->sync(&error), qPrintable(error));

    // Each pulls through the other server and sees the other's changes.
    member->setServer(direct(1));
    secretary->setServer(direct(0));
    QVERIFY2(member->sync(&error), qPrintable(error));
    QVERIFY2(secretary->sync(&error), qPrintable(error));
    QVERIFY(member->rows().value(u"document"_s).contains(shared.rowId));
    QVERIFY(member->rows().value(u"note"_s).contains(note.rowId));
    QVERIFY(secretary->rows().value(u"feedback"_s).contains(feedback.rowId));
    bool receiptSeen = false;
    for (const QJsonObject &row : secretary->rows().value(u"read_receipt"_s))
        receiptSeen = receiptSeen
            || (row.value(u"document_id"_s).toString() == documents.at(1)
                && row.value(u"member_id"_s).toString()
                    == account(u"dangvien.a1"_s, u"member_id"_s));
    QVERIFY(receiptSeen);

    // Fresh devices of the same users, syncing through nginx, hold the same replicas.
    const auto before = requestsPerServer();
    auto memberViaNginx = signedIn(m_nginx.url(), u"dangvien.a1"_s);
    auto secretaryViaNginx = signedIn(m_nginx.url(), u"bithu.a"_s);
    memberViaNginx->engine().setPageSize(10); // several pages, spread over both servers
    QVERIFY2(memberViaNginx->sync(&error), qPrintable(error));
    QVERIFY2(secretaryViaNginx->sync(&error), qPrintable(error));
    QVERIFY2(member->sync(&error), qPrintable(error)); // nothing new: the replica stays
    QCOMPARE(difference(member->rows(), memberViaNginx->rows()), QString());
    QCOMPARE(difference(secretary->rows(), secretaryViaNginx->rows()), QString());
    QCOMPARE(fingerprint(member->rows()), fingerprint(memberViaNginx->rows()));
    QCOMPARE(fingerprint(secretary->rows()), fingerprint(secretaryViaNginx->rows()));
    const auto after = requestsPerServer();
    for (int i = 0; i < kServers; ++i)
        QVERIFY2(after.at(i) > before.at(i), qPrintable(serverName(i) + u" got no request"_s));
    qInfo("through nginx: %d requests to server A, %d to server B; member replica %s",
        after.at(0) - before.at(0), after.at(1) - before.at(1),
        fingerprint(member->rows()).left(16).constData());
}

void TestScaleOut::killingAServerMidPullLosesNothing()
{
    // The province committee sees the whole province: hundreds of rows, in small pages (a
    // page never splits a server transaction: the demo wrote groups of 200 changes) that
    // nginx spreads over both servers. Server B dies after the second page.
    auto committee = signedIn(m_nginx.url(), u"thanhuy.sonlam"_s);
    committee->engine().setPageSize(10);
    int killedAfterPage = 0;
    connect(&committee->engine(), &SyncEngine::progressChanged, this, [&] {
        if (killedAfterPage == 0 && committee->engine().progress().pages >= 2) {
            killedAfterPage = committee->engine().progress().pages;
            m_servers[1]->kill();
        }
    });
    QString error;
    const bool firstRun = committee->sync(&error);
    QVERIFY2(killedAfterPage > 0, "the pull ended before server B was killed");
    QVERIFY(!m_servers[1]->isRunning());
    int runs = 1;
    if (!firstRun) {
        qInfo("the run during the kill failed (%s); syncing again", qPrintable(error));
        for (; runs < 5 && !committee->sync(&error); ++runs) { }
        QVERIFY2(committee->engine().lastError().isNull(), qPrintable(error));
    }
    const int pages = committee->engine().progress().pages;

    // Nothing missing, nothing extra: the replica equals a fresh pull from server A.
    auto fresh = signedIn(direct(0), u"thanhuy.sonlam"_s);
    QVERIFY2(fresh->sync(&error), qPrintable(error));
    QCOMPARE(difference(committee->rows(), fresh->rows()), QString());
    QCOMPARE(committee->count(u"member"_s),
        scalar(u"SELECT count(*) FROM members WHERE org_id IN (SELECT descendant_id FROM "
               "org_closure WHERE ancestor_id = ?)"_s,
            { account(u"thanhuy.sonlam"_s, u"org_id"_s) })
            .toInt());
    qInfo("server B killed after page %d of the pull; %d run(s) through nginx, %d pages in the "
          "last; %d members, %d documents",
        killedAfterPage, runs, pages, committee->count(u"member"_s),
        committee->count(u"document"_s));
}

void TestScaleOut::killingAServerMidPushLosesNothing()
{
    QString error;
    auto member = signedIn(m_nginx.url(), u"dangvien.a2"_s);
    QVERIFY2(member->sync(&error), qPrintable(error));
    QStringList documents = member->rows().value(u"document"_s).keys();
    QVERIFY(!documents.isEmpty());
    const QString memberId = account(u"dangvien.a2"_s, u"member_id"_s);

    // 300 mutations: three batches of 100, each mutation its own server transaction.
    constexpr int kNotes = 180;
    constexpr int kFeedback = 120;
    LocalActions actions = member->actions();
    QList<qint64> mutations;
    QSet<QString> notes;
    QSet<QString> feedback;
    for (int i = 0; i < kNotes + kFeedback; ++i) {
        const bool isNote = i % 5 < 3; // 3 notes, then 2 feedback posts
        const auto result = isNote
            ? actions.putNote(documents.at(i % documents.size()), u"Ghi chú số %1"_s.arg(i))
            : actions.postFeedback(u"Góp ý số %1"_s.arg(i));
        QVERIFY2(result.ok(), qPrintable(result.error));
        (isNote ? notes : feedback).insert(result.rowId);
        mutations << result.mutationId;
    }
    QCOMPARE(notes.size() + feedback.size(), kNotes + kFeedback);

    // While the push runs, watch the database: once 20 mutations are in, kill the server
    // whose transaction holds the write lock (named by its application_name) at that moment.
    const QString deviceId = member->deviceId();
    int killed = -1;
    qint64 killedAfter = 0;
    QTimer watch;
    watch.setInterval(1);
    connect(&watch, &QTimer::timeout, this, [&] {
        const qint64 last
            = scalar(u"SELECT last_mutation_id FROM devices WHERE id = ?"_s, { deviceId })
                  .toLongLong();
        if (last < 20)
            return;
        const QString holder
            = scalar(u"SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a "
                     "ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted "
                     "AND a.datname = current_database()"_s)
                  .toString();
        for (int i = 0; i < kServers; ++i) {
            if (holder == serverName(i)) {
                watch.stop();
                killed = i;
                killedAfter = last;
                m_servers[i]->kill();
                return;
            }
        }
    });
    watch.start();
    const bool firstRun = member->sync(&error);
    watch.stop();
    QVERIFY2(killed >= 0, "the push ended before a server could be killed in a transaction");
    QVERIFY(killedAfter < mutations.size());
    int runs = 1;
    if (!firstRun) {
        qInfo("the run during the kill failed (%s); syncing again", qPrintable(error));
        for (; runs < 5 && !member->sync(&error); ++runs) { }
        if (!member->engine().lastError().isNull()) {
            QSqlQuery activity(m_db);
            activity.exec(u"SELECT application_name, state, wait_event_type, wait_event, "
                          "left(query, 80) FROM pg_stat_activity WHERE datname = "
                          "current_database()"_s);
            while (activity.next())
                qInfo("pg_stat_activity: %s | %s | %s | %s | %s",
                    qPrintable(activity.value(0).toString()),
                    qPrintable(activity.value(1).toString()),
                    qPrintable(activity.value(2).toString()),
                    qPrintable(activity.value(3).toString()),
                    qPrintable(activity.value(4).toString()));
            for (int i = 0; i < kServers; ++i)
                qInfo("%s: running %d, stderr: %s", qPrintable(serverName(i)),
                    int(m_servers[i]->isRunning()),
                    m_servers[i]->standardError().right(1500).constData());
            qInfo("nginx: %s\n%s", qPrintable(m_nginx.errorLog().right(3000)),
                qPrintable(m_nginx.accessLog().mid(m_nginx.accessLog().size() - 30).join(u'\n')));
        }
        QVERIFY2(member->engine().lastError().isNull(), qPrintable(error));
    }
    QCOMPARE(member->store().pendingCount(), 0);
    QCOMPARE(Outbox(member->db()).rejected().size(), 0);

    // Exactly once: every mutation has one result, applied; one row per note and feedback.
    QSqlQuery results(m_db);
    results.prepare(u"SELECT mutation_id, status FROM mutation_results WHERE device_id = ? "
                    "ORDER BY mutation_id"_s);
    results.addBindValue(deviceId);
    QVERIFY(results.exec());
    QList<qint64> applied;
    while (results.next()) {
        QCOMPARE(results.value(1).toString(), u"applied"_s);
        applied << results.value(0).toLongLong();
    }
    QCOMPARE(applied, mutations);
    QCOMPARE(
        scalar(u"SELECT last_mutation_id FROM devices WHERE id = ?"_s, { deviceId }).toLongLong(),
        mutations.last());
    QCOMPARE(
        scalar(u"SELECT count(*) FROM notes WHERE member_id = ? AND text LIKE 'Ghi chú số %'"_s,
            { memberId })
            .toInt(),
        kNotes);
    QCOMPARE(
        scalar(u"SELECT count(*) FROM feedback WHERE member_id = ? AND text LIKE 'Góp ý số %'"_s,
            { memberId })
            .toInt(),
        kFeedback);
    for (const QString &id : std::as_const(notes)) {
        QCOMPARE(scalar(u"SELECT count(*) FROM notes WHERE id = ?"_s, { id }).toInt(), 1);
        QCOMPARE(
            scalar(u"SELECT count(*) FROM changes WHERE type = 'note' AND entity_id = ?"_s, { id })
                .toInt(),
            1);
    }
    for (const QString &id : std::as_const(feedback))
        QCOMPARE(scalar(u"SELECT count(*) FROM feedback WHERE id = ?"_s, { id }).toInt(), 1);

    // And the device's replica equals a fresh one's.
    auto fresh = signedIn(direct(1 - killed), u"dangvien.a2"_s);
    QVERIFY2(fresh->sync(&error), qPrintable(error));
    QVERIFY2(member->sync(&error), qPrintable(error));
    QCOMPARE(difference(member->rows(), fresh->rows()), QString());
    qInfo("%s killed (SIGKILL) holding the write lock after %lld of %d mutations; %d run(s) "
          "through nginx; all %d applied once",
        qPrintable(serverName(killed)), killedAfter, int(mutations.size()), runs,
        int(applied.size()));
}

void TestScaleOut::blobCacheServesBytesOnlyToThoseWhoMaySee()
{
    // Cell A's secretary shares a file through nginx (uploaded in chunks: PUT through nginx).
    QString error;
    auto secretary = signedIn(m_nginx.url(), u"bithu.a"_s);
    secretary->engine().setChunkSize(64 * 1024);
    const QByteArray file = randomBytes(300000, 9);
    const QString sha
        = QString::fromLatin1(QCryptographicHash::hash(file, QCryptographicHash::Sha256).toHex());
    const auto shared = secretary->actions().shareDocument(u"Tài liệu có tệp đính kèm"_s,
        u"other"_s, {}, {}, { { file, u"tai-lieu.pdf"_s, u"application/pdf"_s } });
    QVERIFY2(shared.ok(), qPrintable(shared.error));
    QVERIFY2(secretary->sync(&error), qPrintable(error));
    QCOMPARE(scalar(u"SELECT complete FROM blobs WHERE sha256 = ?"_s, { sha }).toInt(), 1);

    const auto client = [this](const QString &login) {
        auto http = std::make_unique<TestHttp>(m_nginx.url());
        const HttpAnswer answer = http->login(login, account(login, u"password"_s));
        if (answer.status != 200)
            qFatal("login of %s failed: %d", qPrintable(login), answer.status);
        return http;
    };
    auto a1 = client(u"dangvien.a1"_s);
    auto a2 = client(u"dangvien.a2"_s);
    auto b1 = client(u"dangvien.b1"_s); // another cell: may not see it
    const QString path = u"/v1/blobs/"_s + sha;

    // The first download fills the cache; the next ones come from it.
    const HttpAnswer first = a1->get(path);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.body, file);
    const HttpAnswer second = a2->get(path);
    QCOMPARE(second.status, 200);
    QCOMPARE(second.body, file);
    QCOMPARE(second.header("X-Cache-Status"), "HIT"_ba);
    QCOMPARE(second.header("ETag"), '"' + sha.toLatin1() + '"');
    const HttpAnswer range = a1->send("GET", path, {}, { { "Range", "bytes=1000-1999" } });
    QCOMPARE(range.status, 206);
    QCOMPARE(range.body, file.mid(1000, 1000));
    QCOMPARE(range.header("X-Cache-Status"), "HIT"_ba);

    // A member of another cell, or nobody, gets nothing from the cache.
    const HttpAnswer denied = b1->get(path);
    QCOMPARE(denied.status, 404);
    QCOMPARE(denied.errorCode(), u"not_found"_s);
    QVERIFY(denied.body.size() < 200);
    const HttpAnswer anonymous = TestHttp(m_nginx.url()).get(path);
    QCOMPARE(anonymous.status, 401);
    QCOMPARE(anonymous.errorCode(), u"unauthenticated"_s); // the server's own answer

    // Uploads pass through untouched: HEAD tells where a partial upload stands.
    const QByteArray other = randomBytes(20, 10);
    const QString otherSha
        = QString::fromLatin1(QCryptographicHash::hash(other, QCryptographicHash::Sha256).toHex());
    TestHttp upload(m_nginx.url());
    QCOMPARE(upload.login(u"bithu.a"_s, account(u"bithu.a"_s, u"password"_s)).status, 200);
    QCOMPARE(upload
                 .send("PUT", u"/v1/blobs/"_s + otherSha, other.left(10),
                     { { "Content-Range", "bytes 0-9/20" } })
                 .status,
        200);
    const HttpAnswer head = upload.send("HEAD", u"/v1/blobs/"_s + otherSha);
    QCOMPARE(head.status, 404);
    QCOMPARE(head.header("Upload-Offset"), "10"_ba);

    // A restricted document's file (Cache-Control: no-store) is never kept by nginx.
    const QString attachment = m_servers[0]->directory() + u"/mat.pdf"_s;
    const QByteArray secret = randomBytes(50000, 11);
    QFile out(attachment);
    QVERIFY(out.open(QIODevice::WriteOnly) && out.write(secret) == secret.size());
    out.close();
    const auto published = ServerProcess::run({ u"publish"_s, u"--db"_s, m_database, u"--org"_s,
        account(u"thanhuy.sonlam"_s, u"org_id"_s), u"--audience"_s,
        account(u"thanhuy.sonlam"_s, u"org_id"_s), u"--kind"_s, u"directive"_s, u"--number"_s,
        u"09-CT/TU"_s, u"--title"_s, u"Chỉ thị mật"_s, u"--classification"_s, u"restricted"_s,
        u"--attach"_s, attachment });
    QVERIFY2(published.finished && published.exitCode == 0, published.standardError.constData());
    const QString secretPath = u"/v1/blobs/"_s
        + QString::fromLatin1(QCryptographicHash::hash(secret, QCryptographicHash::Sha256).toHex());
    for (int i = 0; i < 2; ++i) {
        const HttpAnswer answer = a1->get(secretPath);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.body, secret);
        QCOMPARE(answer.header("Cache-Control"), "no-store"_ba);
        QVERIFY2(answer.header("X-Cache-Status") != "HIT", answer.header("X-Cache-Status"));
    }
    QCOMPARE(b1->get(secretPath).status, 404);
}

void TestScaleOut::failedSignInsCountAgainstTheClientNotTheBalancer()
{
    // Every connection a server gets comes from nginx. A client at 127.0.0.2 that fails to sign
    // in again and again is stopped (429), by its own address that nginx forwards; another
    // client at 127.0.0.3, behind the same balancer, still signs in.
    const QHostAddress attacker(u"127.0.0.2"_s);
    const QHostAddress neighbour(u"127.0.0.3"_s);
    const QString wrong = u"mat-khau-sai"_s;
    for (int i = 0; i < LoginRateLimiter::FailuresPerAddress; ++i)
        QCOMPARE(loginFrom(attacker, m_nginx.url(), u"khong-ton-tai-%1"_s.arg(i), wrong), 401);
    QCOMPARE(loginFrom(attacker, m_nginx.url(), u"khong-ton-tai-x"_s, wrong), 429);
    // Writing another address in X-Forwarded-For changes nothing: nginx appends the real one,
    // and a server believes the header only from nginx.
    QCOMPARE(loginFrom(attacker, m_nginx.url(), u"khong-ton-tai-y"_s, wrong, "203.0.113.9"), 429);
    QCOMPARE(loginFrom(attacker, direct(0), u"khong-ton-tai-z"_s, wrong, "203.0.113.9"), 429);
    QCOMPARE(loginFrom(neighbour, m_nginx.url(), u"dangvien.b1"_s,
                 account(u"dangvien.b1"_s, u"password"_s)),
        200);
    // The audit log names the client, not the balancer.
    QVERIFY(scalar(u"SELECT count(*) FROM audit_log WHERE action = 'login' AND outcome = "
                   "'rate_limited' AND address = '127.0.0.2'"_s)
                .toInt()
        >= 3);
    QCOMPARE(scalar(u"SELECT count(*) FROM audit_log WHERE action = 'login' AND outcome = "
                    "'failed' AND address = '127.0.0.1'"_s)
                 .toInt(),
        0);
}

QTEST_GUILESS_MAIN(TestScaleOut)
#include "tst_scaleout.moc"
