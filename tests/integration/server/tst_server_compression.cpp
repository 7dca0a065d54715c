// gzip on pull answers (docs/protocol-extensions.md, "Compression"), on the real server with
// the demo province: a client that sends Accept-Encoding: gzip gets a gzip body that holds
// exactly the JSON it would get without; refusals, small answers and old clients get plain
// JSON; the app's own transport (QNetworkAccessManager) asks for gzip and hands the sync
// engine decoded JSON. Runs on SQLite and PostgreSQL (ServerProcess).
#include "http/responsecompression.h"
#include "httprequest.h"
#include "networktransport.h"
#include "serveraddress.h"
#include "serverprocess.h"
#include "testhttp.h"
#include "transportexchange.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>

using namespace Qt::StringLiterals;

class TestServerCompression : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void acceptEncodingRules_data();
    void acceptEncodingRules();
    void pullIsGzipWhenAccepted();
    void plainWhenNotAccepted_data();
    void plainWhenNotAccepted();
    void smallAnswersStayPlain();
    void appTransportAsksForGzipAndDecodes();

private:
    HttpAnswer pull(const QByteArray &acceptEncoding, const QString &query = u"limit=200"_s);

    ServerProcess m_server;
    std::unique_ptr<TestHttp> m_http;
    QString m_token;
};

void TestServerCompression::initTestCase()
{
    const auto demo = m_server.runDemo();
    QVERIFY2(demo.finished && demo.exitCode == 0, demo.standardError.constData());
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QFile file(m_server.demoAccountsFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject member;
    for (const QJsonValue &account : QJsonDocument::fromJson(file.readAll()).array()) {
        if (account.toObject().value(u"role"_s).toString() == u"member")
            member = account.toObject();
    }
    m_http = std::make_unique<TestHttp>(m_server.baseUrl());
    const HttpAnswer login = m_http->login(
        member.value(u"login"_s).toString(), member.value(u"password"_s).toString());
    QCOMPARE(login.status, 200);
    m_token = login.json.value(u"access_token"_s).toString();
}

HttpAnswer TestServerCompression::pull(const QByteArray &acceptEncoding, const QString &query)
{
    // An Accept-Encoding of our own stops QNetworkAccessManager from adding and decoding one.
    return m_http->send(
        "GET", u"/v1/sync/pull?"_s + query, {}, { { "Accept-Encoding", acceptEncoding } });
}

void TestServerCompression::acceptEncodingRules_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<bool>("gzip");
    QTest::newRow("gzip") << "gzip"_ba << true;
    QTest::newRow("Qt's default") << "gzip, deflate"_ba << true;
    QTest::newRow("browser") << "gzip, deflate, br, zstd"_ba << true;
    QTest::newRow("case and spaces") << " GZIP ;Q=0.5 "_ba << true;
    QTest::newRow("x-gzip") << "x-gzip"_ba << true;
    QTest::newRow("wildcard") << "*"_ba << true;
    QTest::newRow("empty") << ""_ba << false;
    QTest::newRow("identity") << "identity"_ba << false;
    QTest::newRow("deflate only") << "deflate, br"_ba << false;
    QTest::newRow("gzip refused") << "gzip;q=0"_ba << false;
    QTest::newRow("gzip refused, wildcard") << "*, gzip;q=0"_ba << false;
    QTest::newRow("wildcard refused") << "*;q=0"_ba << false;
    QTest::newRow("malformed q") << "gzip;q=abc"_ba << false;
    QTest::newRow("q out of range") << "gzip;q=2"_ba << false;
}

void TestServerCompression::acceptEncodingRules()
{
    QFETCH(QByteArray, header);
    QFETCH(bool, gzip);
    QCOMPARE(ResponseCompression::acceptsGzip(header), gzip);
}

void TestServerCompression::pullIsGzipWhenAccepted()
{
    const HttpAnswer plain = pull("identity");
    QCOMPARE(plain.status, 200);
    QVERIFY(plain.header("Content-Encoding").isEmpty());
    QVERIFY(plain.json.value(u"changes"_s).toArray().size() > 10);

    const HttpAnswer compressed = pull("gzip, deflate");
    QCOMPARE(compressed.status, 200);
    QCOMPARE(compressed.header("Content-Encoding"), "gzip"_ba);
    QVERIFY(compressed.header("Vary").contains("Accept-Encoding"));
    QCOMPARE(compressed.header("Content-Type"), "application/json"_ba);
    QCOMPARE(compressed.header("Cache-Control"), "no-store"_ba);
    QCOMPARE(compressed.header("Content-Length").toLongLong(), compressed.body.size());
    // Much smaller (signatures and fingerprints do not compress: about a third), and exactly
    // the same JSON once decoded.
    QVERIFY2(compressed.body.size() * 2 < plain.body.size(),
        qPrintable(
            u"%1 bytes gzip, %2 plain"_s.arg(compressed.body.size()).arg(plain.body.size())));
    const QByteArray decoded = gunzip(compressed.body);
    QVERIFY(!decoded.isEmpty());
    QCOMPARE(QJsonDocument::fromJson(decoded).object(), plain.json);
}

void TestServerCompression::plainWhenNotAccepted_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::newRow("gzip refused") << "gzip;q=0, deflate"_ba;
    QTest::newRow("deflate only") << "deflate"_ba;
    QTest::newRow("brotli only") << "br"_ba;
}

void TestServerCompression::plainWhenNotAccepted()
{
    QFETCH(QByteArray, header);
    const HttpAnswer answer = pull(header);
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.header("Content-Encoding").isEmpty());
    QVERIFY(answer.header("Vary").contains("Accept-Encoding"));
    QVERIFY(answer.json.value(u"changes"_s).toArray().size() > 10);
}

void TestServerCompression::smallAnswersStayPlain()
{
    // Page to the end, then ask again: the answer is a few dozen bytes.
    QString cursor;
    for (int page = 0; page < 100; ++page) {
        const HttpAnswer answer = pull("identity",
            u"limit=1000&cursor="_s + QString::fromUtf8(QUrl::toPercentEncoding(cursor)));
        QCOMPARE(answer.status, 200);
        cursor = answer.json.value(u"cursor"_s).toString();
        if (!answer.json.value(u"has_more"_s).toBool())
            break;
    }
    const HttpAnswer empty = pull(
        "gzip", u"limit=1000&cursor="_s + QString::fromUtf8(QUrl::toPercentEncoding(cursor)));
    QCOMPARE(empty.status, 200);
    QVERIFY(empty.body.size() < ResponseCompression::kMinimumBytes);
    QVERIFY(empty.header("Content-Encoding").isEmpty());
    QVERIFY(empty.json.value(u"changes"_s).toArray().isEmpty());
}

void TestServerCompression::appTransportAsksForGzipAndDecodes()
{
    QNetworkAccessManager network;
    NetworkTransport transport(&network, ServerAddress::parse(m_server.baseUrl().toString()));
    HttpRequest request;
    request.path = u"/v1/sync/pull"_s;
    request.query.addQueryItem(u"limit"_s, u"200"_s);
    request.setHeader("Authorization", "Bearer " + m_token.toLatin1());
    const std::optional<HttpResponse> answer = exchange(transport, request);
    const bool done = answer.has_value();
    QVERIFY(done);
    const HttpResponse &response = *answer;
    QCOMPARE(response.status, 200);
    // It came compressed (Qt keeps that header) and the engine gets the JSON.
    QCOMPARE(response.header("Content-Encoding"), "gzip"_ba);
    QCOMPARE(QJsonDocument::fromJson(response.body).object(), pull("identity").json);
}

QTEST_GUILESS_MAIN(TestServerCompression)
#include "tst_server_compression.moc"
