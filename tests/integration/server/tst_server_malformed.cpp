// Malformed and hostile requests against the real handbook-server: each gets the right 4xx
// with the JSON error shape where an HTTP answer is possible, and /v1/health still answers
// afterwards (DESIGN.md section 5: "A malformed request is a 400, never a 500, and never
// takes the server down"). Also: truncated, stalled and trickled requests.
#include "blobfixture.h"
#include "mutationnames.h"
#include "protocol.h"
#include "rawhttp.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTest>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace FixtureIds;

namespace {

// One request as bytes, with Host and Content-Length.
QByteArray request(const QByteArray &method, const QByteArray &target, const QByteArray &body = {},
    const QByteArray &headers = {})
{
    return method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n" + headers + "\r\n" + body;
}

QByteArray bearer(const QString &token)
{
    return "Authorization: Bearer " + token.toLatin1() + "\r\n";
}

const QByteArray json = "Content-Type: application/json\r\n";
const QByteArray device = R"("device":{"id":"d-1","name":"Phone","platform":"android"})";

} // namespace

class TestServerMalformed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void malformedRequestIsRefused_data();
    void malformedRequestIsRefused();
    void truncatedRequestThenClose();
    void stalledRequestGets408();
    void tricklingRequestGets408();
    void idleConnectionIsClosed();
    void connectionsBeyondTheLimitGet503();
    void serverIsStillRunning();

private:
    // /v1/health answers 200 on a new connection.
    void verifyHealthy(QUrl base);

    BlobFixture m_fixture;
    BlobFixture m_impatient; // --idle-timeout 1
    BlobFixture m_crowded; // --max-connections 3
    QString m_member;
    QString m_secretary;
    QString m_published; // a blob of a document for cell A
};

void TestServerMalformed::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.start(&error), qPrintable(error));
    QVERIFY2(m_impatient.start(&error, { u"--idle-timeout"_s, u"1"_s }), qPrintable(error));
    QVERIFY2(m_crowded.start(&error, { u"--max-connections"_s, u"3"_s }), qPrintable(error));
    m_member = m_fixture.signIn(memberA);
    m_secretary = m_fixture.signIn(secretaryA);
    QVERIFY(!m_member.isEmpty() && !m_secretary.isEmpty());
    const QByteArray bytes = BlobFixture::sampleBytes(1000);
    m_published = BlobFixture::sha256(bytes);
    const RawAnswer stored = sendRaw(m_fixture.baseUrl(),
        request("PUT", "/v1/blobs/" + m_published.toLatin1(), bytes, bearer(m_secretary)));
    QCOMPARE(stored.status, 201);
    QVERIFY(m_fixture.addDocument(u"doc-1"_s, cellA, m_published, bytes.size()));
}

void TestServerMalformed::verifyHealthy(QUrl base)
{
    const RawAnswer health = sendRaw(base, request("GET", "/v1/health"));
    QCOMPARE(health.status, 200);
    QVERIFY(health.body.contains("\"status\":\"ok\""));
}

void TestServerMalformed::malformedRequestIsRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QString badRequest(Protocol::ErrorCode::BadRequest);
    const QString tooLarge(Protocol::ErrorCode::PayloadTooLarge);
    const QByteArray login = "/v1/auth/login";
    const QByteArray member = bearer(m_member);
    const QByteArray secretary = bearer(m_secretary);
    const QByteArray blob = "/v1/blobs/" + m_published.toLatin1();

    // Bodies that are not the JSON object a route expects.
    QTest::newRow("login: not JSON") << request("POST", login, "{", json) << 400 << badRequest;
    QTest::newRow("login: JSON array") << request("POST", login, "[]", json) << 400 << badRequest;
    QTest::newRow("login: null") << request("POST", login, "null", json) << 400 << badRequest;
    QTest::newRow("login: empty body") << request("POST", login, "", json) << 400 << badRequest;
    QTest::newRow("login: wrong types")
        << request("POST", login, R"({"login":5,"password":true,"device":"x"})", json) << 400
        << badRequest;
    QTest::newRow("login: missing fields")
        << request("POST", login, R"({"login":"mem-a"})", json) << 400 << badRequest;
    QTest::newRow("login: device is an array")
        << request("POST", login, R"({"login":"a","password":"b","device":[1]})", json) << 400
        << badRequest;
    QTest::newRow("login: not UTF-8") << request(
        "POST", login, "{\"login\":\"\xff\xfe\",\"password\":\"x\"," + device + "}", json)
                                      << 400 << badRequest;
    QTest::newRow("login: garbage after the object")
        << request("POST", login, R"({"login":"a"} trailing)", json) << 400 << badRequest;
    QTest::newRow("login: nested too deep")
        << request("POST", login, QByteArray(100000, '['), json) << 400 << badRequest;
    QTest::newRow("login: body over 1 MiB")
        << "POST /v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: 2000000\r\n\r\n{"_ba << 413
        << tooLarge;
    QTest::newRow("refresh: empty object")
        << request("POST", "/v1/auth/refresh", "{}", json) << 400 << badRequest;
    QTest::newRow("password: wrong types") << request(
        "POST", "/v1/auth/password", R"({"old_password":1,"new_password":[]})", json + member)
                                           << 400 << badRequest;
    QTest::newRow("push: not JSON")
        << request("POST", "/v1/sync/push", "mutations", json + member) << 400 << badRequest;
    QTest::newRow("push: JSON array")
        << request("POST", "/v1/sync/push", "[]", json + member) << 400 << badRequest;
    QTest::newRow("push: mutations not an array")
        << request("POST", "/v1/sync/push", R"({"device_id":"d-1","mutations":{}})", json + member)
        << 400 << badRequest;
    QTest::newRow("push: no device_id") << request("POST", "/v1/sync/push", R"({"mutations":[]})",
        json + member) << 400 << badRequest;
    QTest::newRow("push: not UTF-8") << request(
        "POST", "/v1/sync/push", "{\"device_id\":\"\xc3\x28\",\"mutations\":[]}", json + member)
                                     << 400 << badRequest;
    QTest::newRow("pull: garbled cursor")
        << request("GET", "/v1/sync/pull?cursor=%25%25garbage%25%25", {}, member) << 400
        << QString(Protocol::SyncErrorCode::BadCursor);
    QTest::newRow("pull: cursor of another shape")
        << request("GET", "/v1/sync/pull?cursor=eyJ4IjoxfQ", {}, member) << 400
        << QString(Protocol::SyncErrorCode::BadCursor);
    QTest::newRow("pull: limit not a number")
        << request("GET", "/v1/sync/pull?limit=many", {}, member) << 400 << badRequest;
    QTest::newRow("pull: token not UTF-8")
        << request("GET", "/v1/sync/pull", {}, "Authorization: Bearer \xff\xfe\r\n") << 401
        << QString(Protocol::ErrorCode::Unauthenticated);

    // Blobs.
    QTest::newRow("blob: upper-case name")
        << request("GET", blob.toUpper().replace("/V1/BLOBS/", "/v1/blobs/"), {}, member) << 400
        << badRequest;
    QTest::newRow("blob: short name")
        << request("GET", "/v1/blobs/abc123", {}, member) << 400 << badRequest;
    QTest::newRow("blob: wrong hash")
        << request("PUT", "/v1/blobs/" + QByteArray(64, 'a'), "some bytes", secretary) << 400
        << QString(Protocol::ErrorCode::HashMismatch);
    QTest::newRow("blob: bad Content-Range") << request("PUT", "/v1/blobs/" + QByteArray(64, 'b'),
        "abc", secretary + "Content-Range: bytes abc\r\n")
                                             << 400 << badRequest;
    QTest::newRow("blob: Content-Range and body disagree") << request("PUT",
        "/v1/blobs/" + QByteArray(64, 'b'), "abc", secretary + "Content-Range: bytes 0-9/20\r\n")
                                                           << 400 << badRequest;
    QTest::newRow("blob: bad Range")
        << request("GET", blob, {}, member + "Range: bytes=a-b\r\n") << 400 << badRequest;
    QTest::newRow("blob: over 50 MiB") << "PUT " + blob
            + " HTTP/1.1\r\nHost: x\r\nContent-Length: 60000000\r\n" + secretary
            + "\r\n" << 413 << tooLarge;

    // Routing.
    QTest::newRow("unknown route")
        << request("GET", "/v1/nope") << 404 << QString(Protocol::ErrorCode::NotFound);
    QTest::newRow("path with NUL")
        << request("GET", "/v1/health%00") << 404 << QString(Protocol::ErrorCode::NotFound);
    QTest::newRow("wrong method") << request("DELETE", "/v1/health") << 405
                                  << QString(Protocol::ErrorCode::MethodNotAllowed);
    QTest::newRow("GET on login") << request("GET", login) << 405
                                  << QString(Protocol::ErrorCode::MethodNotAllowed);
    QTest::newRow("unknown method")
        << request("BREW", "/v1/health") << 405 << QString(Protocol::ErrorCode::MethodNotAllowed);

    // The HTTP layer itself.
    QTest::newRow("garbage bytes")
        << QByteArray("\x00\xff\xfe GARBAGE\r\n\r\n", 15) << 400 << badRequest;
    QTest::newRow("bad request line") << "HELLO\r\n\r\n"_ba << 400 << badRequest;
    QTest::newRow("HTTP/2.0") << "GET /v1/health HTTP/2.0\r\n\r\n"_ba << 400 << badRequest;
    QTest::newRow("very long header line")
        << "GET /v1/health HTTP/1.1\r\nX-Long: " + QByteArray(100000, 'a') + "\r\n\r\n"
        << 431 << tooLarge;
    QByteArray manyHeaders = "GET /v1/health HTTP/1.1\r\n";
    for (int i = 0; i < 150; ++i)
        manyHeaders += "X-H" + QByteArray::number(i) + ": 1\r\n";
    QTest::newRow("150 headers") << manyHeaders + "\r\n" << 431 << tooLarge;
    QTest::newRow("huge path") << "GET /" + QByteArray(200000, 'a') + " HTTP/1.1\r\n\r\n"
                               << 431 << tooLarge;
    QTest::newRow("header without colon")
        << "GET /v1/health HTTP/1.1\r\nno colon here\r\n\r\n"_ba << 400 << badRequest;
    QTest::newRow("Content-Length not a number")
        << "POST /v1/auth/login HTTP/1.1\r\nContent-Length: ten\r\n\r\n"_ba << 400 << badRequest;
    QTest::newRow("negative Content-Length")
        << "POST /v1/auth/login HTTP/1.1\r\nContent-Length: -1\r\n\r\n"_ba << 400 << badRequest;
    QTest::newRow("two Content-Lengths")
        << "POST /v1/auth/login HTTP/1.1\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}"_ba
        << 400 << badRequest;
    QTest::newRow("chunked body")
        << "POST /v1/auth/login HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n"_ba
        << 411 << badRequest;
}

void TestServerMalformed::malformedRequestIsRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    QFETCH(QString, code);
    const RawAnswer answer = sendRaw(m_fixture.baseUrl(), bytes);
    QVERIFY2(answer.status == status,
        qPrintable(u"got %1: %2 %3"_s.arg(answer.status)
                       .arg(QString::fromUtf8(answer.head.left(200)),
                           QString::fromUtf8(answer.body.left(300)))));
    QCOMPARE(answer.header("Content-Type"), "application/json"_ba);
    QCOMPARE(answer.errorCode(), code);
    verifyHealthy(m_fixture.baseUrl());
    QVERIFY2(m_fixture.server().isRunning(), m_fixture.server().standardError().constData());
}

void TestServerMalformed::truncatedRequestThenClose()
{
    // The head announces 100 bytes; 10 come, then the client goes away.
    const QByteArray truncated
        = "POST /v1/auth/login HTTP/1.1\r\nContent-Length: 100\r\n\r\n{\"login\":"_ba;
    const RawAnswer answer = sendRaw(m_fixture.baseUrl(), truncated, 3000, true);
    QCOMPARE(answer.status, 0);
    // And a head cut in the middle of a line.
    QCOMPARE(sendRaw(m_fixture.baseUrl(), "GET /v1/hea"_ba, 3000, true).status, 0);
    verifyHealthy(m_fixture.baseUrl());
}

void TestServerMalformed::stalledRequestGets408()
{
    // Half a head, then nothing: after the idle timeout (1 s) the server answers and closes.
    QElapsedTimer clock;
    clock.start();
    const RawAnswer answer
        = sendRaw(m_impatient.baseUrl(), "POST /v1/auth/login HTTP/1.1\r\nContent-Le"_ba, 10000);
    QCOMPARE(answer.status, 408);
    QCOMPARE(answer.errorCode(), QString(Protocol::ErrorCode::RequestTimeout));
    QVERIFY(clock.elapsed() >= 900);
    // A body that stops halfway.
    const RawAnswer body = sendRaw(m_impatient.baseUrl(),
        "POST /v1/auth/login HTTP/1.1\r\nContent-Length: 50\r\n\r\n{\"login\""_ba, 10000);
    QCOMPARE(body.status, 408);
    verifyHealthy(m_impatient.baseUrl());
}

void TestServerMalformed::tricklingRequestGets408()
{
    // One byte every 200 ms keeps the connection busy but the head never completes in time:
    // the head must arrive within the idle timeout of its first byte.
    QTcpSocket socket;
    socket.connectToHost(m_impatient.baseUrl().host(), quint16(m_impatient.baseUrl().port()));
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray head = "GET /v1/health HTTP/1.1\r\nX-Slow: " + QByteArray(200, 's');
    QElapsedTimer clock;
    clock.start();
    QByteArray received;
    for (qsizetype i = 0; i < head.size() && clock.elapsed() < 10000; ++i) {
        if (socket.state() != QAbstractSocket::ConnectedState)
            break;
        socket.write(head.sliced(i, 1));
        socket.waitForBytesWritten(1000);
        if (socket.waitForReadyRead(200))
            received += socket.readAll();
        if (received.contains("\r\n\r\n"))
            break;
    }
    QVERIFY2(received.startsWith("HTTP/1.1 408"), received.constData());
    QVERIFY(clock.elapsed() < 5000);
    verifyHealthy(m_impatient.baseUrl());
}

void TestServerMalformed::idleConnectionIsClosed()
{
    // A complete request is answered; the connection kept alive is closed after 1 s idle.
    QTcpSocket socket;
    socket.connectToHost(m_impatient.baseUrl().host(), quint16(m_impatient.baseUrl().port()));
    QVERIFY(socket.waitForConnected(5000));
    socket.write(request("GET", "/v1/health"));
    QVERIFY(socket.waitForReadyRead(5000));
    QVERIFY(socket.readAll().startsWith("HTTP/1.1 200"));
    QElapsedTimer clock;
    clock.start();
    QVERIFY(socket.waitForDisconnected(10000));
    QVERIFY(clock.elapsed() >= 500);
}

void TestServerMalformed::connectionsBeyondTheLimitGet503()
{
    const QUrl base = m_crowded.baseUrl();
    std::vector<std::unique_ptr<QTcpSocket>> open;
    for (int i = 0; i < 3; ++i) {
        // Each one answered once, so the server has surely taken it; then kept open.
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(base.host(), quint16(base.port()));
        QVERIFY(socket->waitForConnected(5000));
        socket->write(request("GET", "/v1/health"));
        QVERIFY(socket->waitForReadyRead(5000));
        QVERIFY(socket->readAll().startsWith("HTTP/1.1 200"));
        open.push_back(std::move(socket));
    }
    const RawAnswer refused = sendRaw(base, request("GET", "/v1/health"));
    QCOMPARE(refused.status, 503);
    QCOMPARE(refused.errorCode(), QString(Protocol::ErrorCode::Unavailable));
    QCOMPARE(refused.header("Retry-After"), "5"_ba);
    // A slot frees up when a client leaves.
    open.front()->disconnectFromHost();
    open.erase(open.begin());
    // Each try opens a connection that holds a slot until the server sees it close: try
    // until one succeeds (QTRY_COMPARE would open one more after that).
    const bool freed = QTest::qWaitFor(
        [&] { return sendRaw(base, request("GET", "/v1/health")).status == 200; }, 10000);
    QVERIFY(freed);
}

void TestServerMalformed::serverIsStillRunning()
{
    QVERIFY2(m_fixture.server().isRunning(), m_fixture.server().standardError().constData());
    QVERIFY(m_impatient.server().isRunning());
    QVERIFY(m_crowded.server().isRunning());
    // It stops cleanly, too.
    QCOMPARE(m_fixture.server().stop(), 0);
}

QTEST_GUILESS_MAIN(TestServerMalformed)
#include "tst_server_malformed.moc"
