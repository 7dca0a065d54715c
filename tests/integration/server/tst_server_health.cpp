// handbook-server as a real process on loopback: health, JSON errors, hostile input, command
// line failures; and the client's side: ServerAddress rules and ApiClient error mapping.
#include "apiclient.h"
#include "apierror.h"
#include "protocol.h"
#include "serveraddress.h"
#include "serverprocess.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr int waitMs = 10000;

// A raw HTTP answer, read without ApiClient.
struct RawAnswer
{
    int status = 0;
    QByteArray contentType;
    QByteArray allow;
    QByteArray body;
};

// The single line a failing command must print on stderr.
QString onlyLine(const QByteArray &standardError)
{
    return standardError.count('\n') == 1
        ? QString::fromUtf8(standardError).trimmed()
        : u"<not one line: %1>"_s.arg(QString::fromUtf8(standardError));
}

} // namespace

class TestServerHealth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void healthThroughApiClient();
    void unknownRouteIsJson404();
    void wrongMethodIsJson405();
    void hostileInputDoesNotStopServer_data();
    void hostileInputDoesNotStopServer();
    void plainHttpOffLoopbackIsRefused();
    void badArgumentsFailWithOneLine_data();
    void badArgumentsFailWithOneLine();
    void initIsRepeatable();
    void stopsCleanlyOnSigterm();
    void serverAddressRules_data();
    void serverAddressRules();
    void clientReportsRefusedConnection();
    void clientReportsTimeout();

private:
    RawAnswer send(const QByteArray &verb, const QString &path);
    std::optional<ApiResult<HealthInfo>> healthOf(const QUrl &base, int timeoutMs = 15000);

    ServerProcess m_server;
    QNetworkAccessManager m_network;
};

void TestServerHealth::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QCOMPARE(m_server.baseUrl().host(), u"127.0.0.1"_s);
    QCOMPARE(m_server.baseUrl().scheme(), u"http"_s);
}

RawAnswer TestServerHealth::send(const QByteArray &verb, const QString &path)
{
    QUrl url = m_server.baseUrl();
    url.setPath(path);
    QNetworkReply *reply = m_network.sendCustomRequest(QNetworkRequest(url), verb);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    RawAnswer answer;
    if (finished.wait(waitMs)) {
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.contentType = reply->rawHeader("Content-Type");
        answer.allow = reply->rawHeader("Allow");
        answer.body = reply->readAll();
    }
    reply->deleteLater();
    return answer;
}

std::optional<ApiResult<HealthInfo>> TestServerHealth::healthOf(const QUrl &base, int timeoutMs)
{
    ApiClient client(&m_network, ServerAddress::parse(base.toString()));
    std::optional<ApiResult<HealthInfo>> result;
    client.health(this, [&](const ApiResult<HealthInfo> &answer) { result = answer; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs))
        qWarning("no health answer within %d ms", timeoutMs);
    return result;
}

void TestServerHealth::healthThroughApiClient()
{
    const auto result = healthOf(m_server.baseUrl());
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->error().message()));
    QCOMPARE(result->httpStatus(), 200);
    QCOMPARE(result->value().status(), u"ok"_s);
    QCOMPARE(result->value().db(), ServerProcess::backend());
    QCOMPARE(result->value().version(), QStringLiteral(HANDBOOK_VERSION));
}

void TestServerHealth::unknownRouteIsJson404()
{
    for (const QString &path : { u"/v1/nope"_s, u"/v1/health/extra"_s, u"/"_s, u"/v2/health"_s }) {
        const RawAnswer answer = send("GET", path);
        QCOMPARE(answer.status, 404);
        QCOMPARE(answer.contentType, "application/json"_ba);
        const auto error = ApiError::fromBytes(answer.body);
        QVERIFY2(error, answer.body.constData());
        QCOMPARE(error->code(), QString(Protocol::ErrorCode::NotFound));
    }
}

void TestServerHealth::wrongMethodIsJson405()
{
    const RawAnswer answer = send("POST", QString(Protocol::Path::Health));
    QCOMPARE(answer.status, 405);
    QCOMPARE(answer.allow, "GET"_ba);
    const auto error = ApiError::fromBytes(answer.body);
    QVERIFY2(error, answer.body.constData());
    QCOMPARE(error->code(), QString(Protocol::ErrorCode::MethodNotAllowed));
}

void TestServerHealth::hostileInputDoesNotStopServer_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("closesConnection");
    QTest::newRow("binary garbage") << QByteArray("\x00\xff\xfe GARBAGE\r\n\r\n", 15) << true;
    QTest::newRow("bad request line") << "HELLO\r\n\r\n"_ba << true;
    // A TLS hello on the plain port: the server waits for more; others must not wait on it.
    QTest::newRow("tls hello") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11)
                               << false;
    QTest::newRow("truncated body")
        << "POST /v1/health HTTP/1.1\r\nContent-Length: 50\r\n\r\n{"_ba << false;
    QTest::newRow("huge path") << "GET /" + QByteArray(200000, 'a') + " HTTP/1.1\r\n\r\n" << false;
}

void TestServerHealth::hostileInputDoesNotStopServer()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, closesConnection);
    QTcpSocket socket;
    socket.connectToHost(m_server.baseUrl().host(), quint16(m_server.baseUrl().port()));
    QVERIFY(socket.waitForConnected(waitMs));
    socket.write(bytes);
    QVERIFY(socket.waitForBytesWritten(waitMs));
    if (closesConnection) {
        QVERIFY(socket.state() == QAbstractSocket::UnconnectedState
            || socket.waitForDisconnected(waitMs));
    }
    // Whatever happened to that connection, the server still answers others.
    const auto result = healthOf(m_server.baseUrl());
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->error().code()));
    QVERIFY2(m_server.isRunning(), m_server.standardError().constData());
}

void TestServerHealth::plainHttpOffLoopbackIsRefused()
{
    const QString db = u"sqlite:"_s + m_server.directory() + u"/never.db"_s;
    const auto result
        = ServerProcess::run({ u"serve"_s, u"--db"_s, db, u"--listen"_s, u"0.0.0.0:0"_s });
    QVERIFY(result.finished);
    QVERIFY(result.exitCode != 0);
    QVERIFY2(
        onlyLine(result.standardError).contains(u"loopback"), result.standardError.constData());
    QVERIFY(result.standardOutput.isEmpty());
    // Arguments are checked before anything is created.
    QVERIFY(!QFile::exists(m_server.directory() + u"/never.db"_s));
}

void TestServerHealth::badArgumentsFailWithOneLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no command") << QStringList() << u"missing command"_s;
    QTest::newRow("unknown command") << QStringList { u"frobnicate"_s } << u"unknown command"_s;
    QTest::newRow("command without options") << QStringList { u"publish"_s } << u"--db"_s;
    QTest::newRow("init bad db") << QStringList { u"init"_s, u"--db"_s, u"foo"_s } << u"--db"_s;
    QTest::newRow("serve bad db") << QStringList { u"serve"_s, u"--db"_s, u"foo"_s, u"--listen"_s,
        u"127.0.0.1:0"_s } << u"--db"_s;
    QTest::newRow("serve no listen")
        << QStringList { u"serve"_s, u"--db"_s, u"sqlite:x.db"_s } << u"--listen"_s;
    QTest::newRow("unreadable db")
        << QStringList { u"init"_s, u"--db"_s, u"sqlite:/nonexistent/x/y.db"_s }
        << u"cannot open database"_s;
    QTest::newRow("unknown option") << QStringList { u"init"_s, u"--dbx"_s, u"a"_s } << u"dbx"_s;
    QTest::newRow("cert without key") << QStringList { u"serve"_s, u"--db"_s, u"sqlite:x.db"_s,
        u"--listen"_s, u"127.0.0.1:0"_s, u"--cert"_s, u"c.pem"_s }
                                      << u"--key"_s;
}

void TestServerHealth::badArgumentsFailWithOneLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);
    const auto result = ServerProcess::run(arguments);
    QVERIFY(result.finished);
    QVERIFY(result.exitCode > 0);
    const QString line = onlyLine(result.standardError);
    QVERIFY2(line.startsWith(u"handbook-server: ") && line.contains(reason), qPrintable(line));
}

void TestServerHealth::initIsRepeatable()
{
    const QString db = u"sqlite:"_s + m_server.directory() + u"/init.db"_s;
    QByteArray first;
    for (int i = 0; i < 2; ++i) {
        const auto result = ServerProcess::run({ u"init"_s, u"--db"_s, db });
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(
            result.standardOutput.contains("schema version "), result.standardOutput.constData());
        if (i == 0)
            first = result.standardOutput;
        else // the second run finds the schema current and reports the same version
            QCOMPARE(result.standardOutput, first);
    }
}

void TestServerHealth::stopsCleanlyOnSigterm()
{
    ServerProcess server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QCOMPARE(server.stop(), 0);
}

void TestServerHealth::serverAddressRules_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("normalised"); // empty: must be refused
    QTest::newRow("plain http elsewhere") << u"http://example.org"_s << QString();
    QTest::newRow("http loopback") << u"http://127.0.0.1:8080"_s << u"http://127.0.0.1:8080"_s;
    QTest::newRow("https") << u"https://x.vn"_s << u"https://x.vn"_s;
    QTest::newRow("trailing slashes") << u" https://x.vn// "_s << u"https://x.vn"_s;
    QTest::newRow("no scheme means https") << u"sotay.x.vn"_s << u"https://sotay.x.vn"_s;
    QTest::newRow("base path, default port")
        << u"https://X.vn:443/sotay/"_s << u"https://x.vn/sotay"_s;
    QTest::newRow("localhost") << u"http://localhost:9000/"_s << u"http://localhost:9000"_s;
    QTest::newRow("ipv6 loopback") << u"http://[::1]:8080"_s << u"http://[::1]:8080"_s;
    QTest::newRow("loopback lookalike") << u"http://127.0.0.1.example.org"_s << QString();
    QTest::newRow("credentials") << u"https://an:secret@x.vn"_s << QString();
    QTest::newRow("query") << u"https://x.vn/?a=1"_s << QString();
    QTest::newRow("other scheme") << u"ftp://x.vn"_s << QString();
    QTest::newRow("empty") << u"   "_s << QString();
    QTest::newRow("spaces") << u"https://x .vn"_s << QString();
}

void TestServerHealth::serverAddressRules()
{
    QFETCH(QString, typed);
    QFETCH(QString, normalised);
    const ServerAddress address = ServerAddress::parse(typed);
    QCOMPARE(address.isValid(), !normalised.isEmpty());
    if (normalised.isEmpty()) {
        QVERIFY(!address.errorMessage().isEmpty());
        return;
    }
    QCOMPARE(address.errorMessage(), QString());
    QCOMPARE(address.toString(), normalised);
    QCOMPARE(address.endpoint(Protocol::Path::Health).toString(), normalised + u"/v1/health"_s);
}

void TestServerHealth::clientReportsRefusedConnection()
{
    QTcpServer probe; // find a port nobody listens on
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    QUrl url(u"http://127.0.0.1"_s);
    url.setPort(probe.serverPort());
    probe.close();
    const auto result = healthOf(url);
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(result->httpStatus(), 0);
    QCOMPARE(result->error().code(), QString(Protocol::ErrorCode::NetworkUnreachable));
    QVERIFY(!result->error().message().isEmpty());
}

void TestServerHealth::clientReportsTimeout()
{
    QTcpServer silent; // accepts the connection and never answers
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QUrl url(u"http://127.0.0.1"_s);
    url.setPort(silent.serverPort());
    ApiClient client(&m_network, ServerAddress::parse(url.toString()));
    client.setTimeout(std::chrono::milliseconds(300));
    std::optional<ApiResult<HealthInfo>> result;
    client.health(this, [&](const ApiResult<HealthInfo> &answer) { result = answer; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), waitMs);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().code(), QString(Protocol::ErrorCode::Timeout));
}

QTEST_GUILESS_MAIN(TestServerHealth)
#include "tst_server_health.moc"
