// The live pull (DESIGN.md 8.7) against the real server with the demo province, on both
// backends: GET /v1/sync/pull?wait=N held until a change the user may see commits — by an
// admin command run beside the server, or a push through another server process on the same
// database — and only then; the wait's end (the empty page), a revoked device (401
// device_revoked at once), an expired token (401 token_expired at that moment), a second
// live pull of one device (the first answered), a role change (the reset page), the
// per-address cap (429), bad `wait` values (400), and a client that leaves (forgotten). Assertions
// are functional: "answered before the wait ended", never a duration.
#include "pullquery.h"
#include "serverprocess.h"
#include "testhttp.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QScopeGuard>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>
#include <memory>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
namespace Query = Protocol::PullQuery;

namespace {

// The held pulls wait this long; every test expects its answer well before (kAnswered).
constexpr int kLongWait = 40;
constexpr int kAnsweredMs = 25000;
// A command beside the server (publish, device revoke, user set-role) finishes within this.
constexpr int kCommandMs = 120000;

// A signed-in device: its token, id and the cursor at the end of its full pull.
struct Device
{
    QString token;
    QString id;
    QString cursor;
};

// An answer of a held pull, read when its reply has finished.
struct Answer
{
    int status = 0;
    QJsonObject json;
    QByteArray body; // as the client received it (decompressed)
    [[nodiscard]] QString errorCode() const
    {
        return json.value(u"error"_s).toObject().value(u"code"_s).toString();
    }
    [[nodiscard]] QStringList changedIds() const
    {
        QStringList ids;
        for (const QJsonValue &change : json.value(u"changes"_s).toArray())
            ids << change.toObject().value(u"id"_s).toString();
        return ids;
    }
};

} // namespace

class TestServerLivePull : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    // A second serve process on the same database: tokens it issues live 2 s, it holds at
    // most 2 live pulls per address, and closes connections idle for 1 s.
    QProcess m_second;
    QUrl m_secondUrl;
    QList<ServerProcess::DemoAccount> m_accounts;
    QNetworkAccessManager m_network;

    ServerProcess::DemoAccount account(const QString &login) const
    {
        for (const auto &account : m_accounts) {
            if (account.login == login)
                return account;
        }
        qFatal("no demo account %s", qPrintable(login));
    }

    // Signs `login` in on a new device through `base` and pulls to the end (unless not).
    Device signIn(const QString &login, const QUrl &base, bool pull = true)
    {
        TestHttp http(base);
        Device device;
        device.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const HttpAnswer answer = http.login(login, account(login).password, device.id);
        if (answer.status != 200)
            qFatal("cannot sign %s in: %d", qPrintable(login), answer.status);
        device.token = answer.json.value(u"access_token"_s).toString();
        for (int page = 0; pull && page < 100; ++page) {
            QUrlQuery query;
            query.addQueryItem(Query::Limit, u"1000"_s);
            if (!device.cursor.isEmpty())
                query.addQueryItem(Query::Cursor, device.cursor);
            const HttpAnswer pulled = http.get(u"/v1/sync/pull?"_s + query.toString());
            if (pulled.status != 200)
                qFatal("pull failed: %d", pulled.status);
            device.cursor = pulled.json.value(Query::Cursor).toString();
            if (!pulled.json.value(u"has_more"_s).toBool())
                break;
        }
        return device;
    }

    // Starts a live pull (not waited for).
    QNetworkReply *startPull(const Device &device, const QString &wait, const QUrl &base = {})
    {
        QUrl url = base.isEmpty() ? m_server.baseUrl() : base;
        url.setPath(u"/v1/sync/pull"_s);
        QUrlQuery query;
        query.addQueryItem(Query::Cursor, device.cursor);
        query.addQueryItem(Query::Wait, wait);
        url.setQuery(query);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + device.token.toLatin1());
        return m_network.get(request);
    }

    // Waits (bounded) for the reply and reads it; status 0 when it did not finish in time.
    static Answer finish(QNetworkReply *reply, int timeoutMs = kAnsweredMs)
    {
        std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> owner(
            reply, [](QNetworkReply *r) { r->deleteLater(); });
        QDeadlineTimer deadline(timeoutMs);
        while (!reply->isFinished() && !deadline.hasExpired())
            QTest::qWait(20);
        Answer answer;
        if (!reply->isFinished()) {
            reply->abort();
            return answer;
        }
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        answer.json = QJsonDocument::fromJson(answer.body).object();
        return answer;
    }

    // Whether the reply is still open after the server has had time to handle what came
    // before: a health check on another connection is answered first.
    bool stillHeld(QNetworkReply *reply, const QUrl &base = {})
    {
        TestHttp http(base.isEmpty() ? m_server.baseUrl() : base);
        if (http.get(u"/v1/health"_s).status != 200)
            return false;
        QCoreApplication::processEvents();
        return !reply->isFinished();
    }

    // A command beside the server. The test's event loop keeps running meanwhile (held
    // replies and the second server's output are read; ServerProcess::run would block the
    // thread), and the bound is generous: under a machine loaded by parallel builds a command's
    // start-up alone has taken most of ServerProcess::run's 30 s.
    static ServerProcess::Result runBeside(const QStringList &arguments)
    {
        QProcess process;
        process.start(ServerProcess::executable(), arguments);
        ServerProcess::Result result;
        QDeadlineTimer deadline(kCommandMs);
        while (process.state() != QProcess::NotRunning && !deadline.hasExpired())
            QTest::qWait(20);
        result.finished = process.state() == QProcess::NotRunning;
        if (!result.finished) {
            process.kill();
            process.waitForFinished(5000);
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.standardOutput = process.readAllStandardOutput();
        result.standardError = process.readAllStandardError();
        if (!result.finished)
            result.standardError.prepend("did not finish in time; ");
        return result;
    }

    // `handbook-server publish` beside the server: a notice from the province to `audience`.
    QString publish(const QString &audience)
    {
        const auto result = runBeside({ u"publish"_s, u"--db"_s, m_server.databaseArgument(),
            u"--org"_s, account(u"tinhuy.sonlam"_s).orgId, u"--audience"_s, audience, u"--kind"_s,
            u"notice"_s, u"--number"_s, u"9-TB/TU"_s, u"--title"_s, u"Thông báo trực tuyến"_s });
        if (!result.finished || result.exitCode != 0)
            qFatal("publish failed: %s", result.standardError.constData());
        return QString::fromUtf8(result.standardOutput).trimmed();
    }

    // Pushes one note.put of the device's user through `base`.
    static int pushNote(const Device &device, const QUrl &base, const QString &documentId)
    {
        TestHttp http(base);
        http.setToken(device.token);
        const QJsonObject mutation { { u"id"_s, 1 }, { u"name"_s, u"note.put"_s },
            { u"args"_s,
                QJsonObject { { u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces) },
                    { u"document_id"_s, documentId }, { u"text"_s, u"ghi chú"_s } } } };
        return http
            .post(u"/v1/sync/push"_s,
                QJsonObject {
                    { u"device_id"_s, device.id }, { u"mutations"_s, QJsonArray { mutation } } })
            .status;
    }

    // A document the member of cell A sees (published to her cell).
    QString documentOfCellA() { return publish(account(u"dangvien.a1"_s).orgId); }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY2(m_server.writeDemo(&m_accounts, &error), qPrintable(error));
        m_second.setProgram(ServerProcess::executable());
        m_second.setArguments({ u"serve"_s, u"--db"_s, m_server.databaseArgument(), u"--listen"_s,
            u"127.0.0.1:0"_s, u"--workers"_s, u"1"_s, u"--access-ttl"_s, u"2"_s,
            u"--max-live-pulls-per-address"_s, u"2"_s, u"--idle-timeout"_s, u"1"_s });
        m_second.start();
        QDeadlineTimer deadline(30000);
        while (!m_second.canReadLine() && !deadline.hasExpired())
            m_second.waitForReadyRead(500);
        const QByteArray line = m_second.readLine().trimmed();
        QVERIFY2(line.startsWith("listening on "), line.constData());
        m_secondUrl = QUrl(QString::fromLatin1(line.mid(13)));
    }

    void cleanupTestCase()
    {
        if (m_second.state() != QProcess::NotRunning) {
            m_second.terminate();
            if (!m_second.waitForFinished(10000))
                m_second.kill();
        }
    }

    void badWaitIsRefused()
    {
        const Device device = signIn(u"dangvien.a2"_s, m_server.baseUrl());
        for (const QString &wait : { u"61"_s, u"-1"_s, u"x"_s, u"1.5"_s, QString() }) {
            const Answer answer = finish(startPull(device, wait));
            QCOMPARE(answer.status, 400);
            QCOMPARE(answer.errorCode(), u"bad_request"_s);
            QVERIFY(answer.json.value(u"error"_s)
                        .toObject()
                        .value(u"message"_s)
                        .toString()
                        .contains(Query::Wait));
        }
        // 0 answers at once, as a pull without `wait`.
        QCOMPARE(finish(startPull(device, u"0"_s)).status, 200);
    }

    void publicationWakesHeldPull()
    {
        const Device device = signIn(u"dangvien.a1"_s, m_server.baseUrl());
        QNetworkReply *held = startPull(device, QString::number(kLongWait));
        QVERIFY(stillHeld(held));
        const QString id = publish(account(u"dangvien.a1"_s).orgId);
        const Answer answer = finish(held);
        QCOMPARE(answer.status, 200);
        QVERIFY2(answer.changedIds().contains(id), QJsonDocument(answer.json).toJson());
    }

    void invisibleChangesKeepItHeld()
    {
        const QString document = documentOfCellA();
        const Device device = signIn(u"dangvien.a1"_s, m_server.baseUrl());
        const Device neighbour = signIn(u"dangvien.a2"_s, m_server.baseUrl());
        QNetworkReply *held = startPull(device, u"3"_s);
        QVERIFY(stillHeld(held));
        // Another cell's document and another member's note commit while it is held.
        publish(account(u"dangvien.b1"_s).orgId);
        QCOMPARE(pushNote(neighbour, m_server.baseUrl(), document), 200);
        QVERIFY(stillHeld(held));
        const Answer answer = finish(held);
        QCOMPARE(answer.status, 200);
        // The wait ended: an empty page whose cursor moved past the changes it does not see.
        QVERIFY2(answer.changedIds().isEmpty(), QJsonDocument(answer.json).toJson());
        QVERIFY(answer.json.value(Query::Cursor).toString() != device.cursor);
    }

    // A held pull whose wait ends with nothing it may see committed is answered without
    // reading the database (issue 19): byte for byte the page a normal pull from the same
    // cursor gives, its cursor moved past the changes it does not see; held by either
    // process (the second hears of the first's commits through the database).
    void quietWaitEndIsTheNormalPull_data()
    {
        QTest::addColumn<bool>("second");
        QTest::newRow("same process") << false;
        QTest::newRow("another process") << true;
    }

    void quietWaitEndIsTheNormalPull()
    {
        QFETCH(bool, second);
        const QUrl base = second ? m_secondUrl : m_server.baseUrl();
        const QString document = documentOfCellA();
        const Device neighbour = signIn(u"dangvien.a2"_s, m_server.baseUrl());
        // The wait must outlast the two commits below; on a loaded machine they may not fit
        // in the shortest, so a longer one is tried then (never a sleep).
        for (const int wait : { 3, 8, 20 }) {
            const Device device = signIn(u"dangvien.a1"_s, m_server.baseUrl());
            QNetworkReply *held = startPull(device, QString::number(wait), base);
            QVERIFY(stillHeld(held, base));
            // Changes it does not see, by a command beside the server and a push through the
            // first process: the cursor of the answer moves past them.
            publish(account(u"dangvien.b1"_s).orgId);
            QCOMPARE(pushNote(neighbour, m_server.baseUrl(), document), 200);
            if (!stillHeld(held, base)) {
                finish(held);
                continue;
            }
            const Answer quiet = finish(held);
            QCOMPARE(quiet.status, 200);
            QVERIFY2(quiet.changedIds().isEmpty(), quiet.body.constData());
            QVERIFY(quiet.json.value(Query::Cursor).toString() != device.cursor);
            // Nothing commits between: a normal pull from the held cursor is the same bytes.
            const Answer normal = finish(startPull(device, u"0"_s, base));
            QCOMPARE(normal.status, 200);
            QCOMPARE(quiet.body, normal.body);
            // And a live pull from the new cursor is held again (nothing new).
            Device moved = device;
            moved.cursor = quiet.json.value(Query::Cursor).toString();
            QNetworkReply *again = startPull(moved, QString::number(kLongWait), base);
            QVERIFY(stillHeld(again, base));
            again->abort();
            again->deleteLater();
            return;
        }
        QFAIL("the commits never fitted in a held pull's wait");
    }

    void revokedDeviceEndsHeldPull()
    {
        const Device device = signIn(u"dangvien.a2"_s, m_server.baseUrl());
        QNetworkReply *held = startPull(device, QString::number(kLongWait));
        QVERIFY(stillHeld(held));
        const auto revoked = runBeside(
            { u"device"_s, u"revoke"_s, u"--db"_s, m_server.databaseArgument(), device.id });
        QVERIFY2(revoked.exitCode == 0, revoked.standardError.constData());
        const Answer answer = finish(held);
        QCOMPARE(answer.status, 401);
        QCOMPARE(answer.errorCode(), u"device_revoked"_s);
        QVERIFY(answer.json.value(u"wipe"_s).toBool());
    }

    void expiredTokenEndsHeldPull()
    {
        // The second server issues tokens that live 2 s.
        const Device device = signIn(u"bithu.b"_s, m_secondUrl);
        QNetworkReply *held = startPull(device, QString::number(kLongWait), m_secondUrl);
        const Answer answer = finish(held);
        QCOMPARE(answer.status, 401);
        QCOMPARE(answer.errorCode(), u"token_expired"_s);
    }

    void secondPullOfDeviceAnswersFirst()
    {
        const Device device = signIn(u"bithu.a"_s, m_server.baseUrl());
        QNetworkReply *first = startPull(device, QString::number(kLongWait));
        QVERIFY(stillHeld(first));
        QNetworkReply *second = startPull(device, QString::number(kLongWait));
        const Answer answer = finish(first);
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.changedIds().isEmpty());
        QVERIFY(stillHeld(second));
        second->abort();
        second->deleteLater();
    }

    void perAddressCap()
    {
        // The second server holds two live pulls per address; tokens come from the first
        // (they live 15 minutes), the pulls go to the second.
        QList<QNetworkReply *> held;
        for (const QString &login : { u"danguy.quangtrung"_s, u"thanhuy.sonlam"_s }) {
            held << startPull(
                signIn(login, m_server.baseUrl()), QString::number(kLongWait), m_secondUrl);
            QVERIFY(stillHeld(held.last()));
        }
        const Answer refused = finish(startPull(signIn(u"huyenuy.daiphu"_s, m_server.baseUrl()),
            QString::number(kLongWait), m_secondUrl));
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.errorCode(), u"rate_limited"_s);
        for (QNetworkReply *reply : std::as_const(held)) {
            reply->abort();
            reply->deleteLater();
        }
    }

    void pushThroughOneProcessWakesTheOther()
    {
        const QString document = publish(account(u"dangvien.b1"_s).orgId);
        const Device device = signIn(u"dangvien.b1"_s, m_server.baseUrl());
        // Held by the second process, woken by a push through the first.
        QNetworkReply *held = startPull(device, QString::number(kLongWait), m_secondUrl);
        QVERIFY(stillHeld(held));
        QCOMPARE(pushNote(device, m_server.baseUrl(), document), 200);
        const Answer answer = finish(held);
        QCOMPARE(answer.status, 200);
        const QJsonArray changes = answer.json.value(u"changes"_s).toArray();
        QVERIFY2(!changes.isEmpty(), QJsonDocument(answer.json).toJson());
        QCOMPARE(changes.first().toObject().value(u"type"_s).toString(), u"note"_s);
    }

    void idleTimeoutSparesHeldPull()
    {
        // The second server closes connections idle for 1 s; a held pull is not idle.
        const Device device = signIn(u"dangvien.a2"_s, m_server.baseUrl());
        const Answer answer = finish(startPull(device, u"3"_s, m_secondUrl));
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.changedIds().isEmpty());
    }

    // A client that asks for a large page (a committee's first page, about 1 MB) and reads
    // none of it holds no worker: another client is served meanwhile, and the connection
    // guard lets the stalled connection go after the idle timeout (what the kernel has not
    // sent yet is the kernel's; a part still in the server's buffer is aborted).
    void slowReaderHoldsNothing()
    {
        const Device committee = signIn(u"tinhuy.sonlam"_s, m_server.baseUrl(), false);
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        const auto closeFd = qScopeGuard([fd] { ::close(fd); });
        const int small = 4096; // before connect: the window stays small
        QCOMPARE(::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &small, sizeof small), 0);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_port = htons(quint16(m_secondUrl.port()));
        QCOMPARE(::inet_pton(AF_INET, "127.0.0.1", &address.sin_addr), 1);
        QCOMPARE(::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address), 0);
        const QByteArray request = "GET /v1/sync/pull?" + Query::Limit.toString().toLatin1()
            + "=1000 HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
            + committee.token.toLatin1() + "\r\n\r\n";
        QCOMPARE(::send(fd, request.constData(), size_t(request.size()), 0), request.size());

        TestHttp other(m_secondUrl);
        QCOMPARE(other.get(u"/v1/health"_s).status, 200);
        // Whether the server process still holds its end of this connection: in
        // /proc/net/tcp a socket no process holds any more (closed with unsent data, left to
        // the kernel) has inode 0. Nothing when there is no such connection.
        sockaddr_in local {};
        socklen_t localLength = sizeof local;
        QCOMPARE(::getsockname(fd, reinterpret_cast<sockaddr *>(&local), &localLength), 0);
        const QString serverEnd = u":%1"_s.arg(m_secondUrl.port(), 4, 16, QChar(u'0')).toUpper();
        const QString clientEnd = u":%1"_s.arg(ntohs(local.sin_port), 4, 16, QChar(u'0')).toUpper();
        const auto serverHolds = [&]() -> std::optional<bool> {
            QFile table(u"/proc/net/tcp"_s);
            if (!table.open(QIODevice::ReadOnly))
                return std::nullopt;
            for (const QByteArray &line : table.readAll().split('\n')) {
                const QList<QByteArray> fields = line.simplified().split(' ');
                if (fields.size() > 9 && fields[1].endsWith(serverEnd.toLatin1())
                    && fields[2].endsWith(clientEnd.toLatin1()))
                    return fields[9] != "0";
            }
            return std::nullopt;
        };
        QVERIFY(serverHolds().has_value());
        // The guard lets the stalled connection go (idle timeout) without the client reading.
        QTRY_VERIFY_WITH_TIMEOUT(serverHolds() != std::optional<bool>(true), 20000);
        QCOMPARE(other.get(u"/v1/health"_s).status, 200);
    }

    void leavingClientIsForgotten()
    {
        const Device device = signIn(u"dangvien.a1"_s, m_server.baseUrl());
        QNetworkReply *held = startPull(device, QString::number(kLongWait));
        QVERIFY(stillHeld(held));
        held->abort();
        held->deleteLater();
        // A commit it would have seen: nothing is written to the gone client, the server lives
        // and holds the next live pull as before.
        publish(account(u"dangvien.a1"_s).orgId);
        const Device again = signIn(u"dangvien.a1"_s, m_server.baseUrl());
        QNetworkReply *next = startPull(again, QString::number(kLongWait));
        QVERIFY(stillHeld(next));
        const QString id = publish(account(u"dangvien.a1"_s).orgId);
        const Answer answer = finish(next);
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.changedIds().contains(id));
        QVERIFY(m_server.isRunning());
    }

    // A role change (the user command beside the server) changes what the held pull's user
    // sees: it is answered at once with the reset page of the new scope.
    void scopeChangeAnswersReset()
    {
        const Device device = signIn(u"dangvien.a2"_s, m_server.baseUrl());
        QNetworkReply *held = startPull(device, QString::number(kLongWait));
        QVERIFY(stillHeld(held));
        const auto changed
            = runBeside({ u"user"_s, u"set-role"_s, u"--db"_s, m_server.databaseArgument(),
                u"--login"_s, u"dangvien.a2"_s, u"--role"_s, u"secretary"_s });
        QVERIFY2(changed.exitCode == 0, changed.standardError.constData());
        const Answer answer = finish(held);
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.json.value(u"reset"_s).toBool());
    }
};

QTEST_GUILESS_MAIN(TestServerLivePull)
#include "tst_server_livepull.moc"
