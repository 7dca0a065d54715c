// DocumentFetcher against the real handbook-server with the demo province: a member's session
// fetches a restricted document (body included, which the pull leaves out); another branch's
// restricted document answers "not found"; without a usable session, or without a server,
// nothing is fetched and the reader gets a plain Vietnamese reason.
#include "authsession.h"
#include "clientdevice.h"
#include "demoserver.h"
#include "documentfetcher.h"
#include "networktransport.h"
#include "serveraddress.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr int kTimeoutMs = 30000;

// Runs one fetch to its answer (bounded).
ApiResult<QJsonObject> fetch(DocumentFetcher &fetcher, const QString &id)
{
    std::optional<ApiResult<QJsonObject>> answer;
    QObject context;
    fetcher.fetchDocument(
        id, &context, [&](const ApiResult<QJsonObject> &result) { answer = result; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, kTimeoutMs))
        return { ApiError(u"test_timeout"_s, u"no answer"_s), 0 };
    return *answer;
}
} // namespace

class TestDocumentFetcher : public QObject
{
    Q_OBJECT

    DemoServer m_server;
    QString m_password;
    QString m_ownRestricted; // 16-NQ/TU: the province's, visible to every member
    QString m_otherRestricted; // 09-KL/HU: Đại Phú's, not visible to cell A

    QString documentId(const QString &number)
    {
        return m_server
            .scalar(
                u"SELECT id FROM documents WHERE number = ? AND classification = 'restricted'"_s,
                { number })
            .toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_password = m_server.password(u"dangvien.a1"_s);
        QVERIFY(!m_password.isEmpty());
        m_ownRestricted = documentId(u"16-NQ/TU"_s);
        m_otherRestricted = documentId(u"09-KL/HU"_s);
    }

    void fetchesARestrictedDocumentWithAValidSession()
    {
        ClientDevice device(m_server.baseUrl());
        QString error;
        QVERIFY2(device.signIn(u"dangvien.a1"_s, m_password, &error), qPrintable(error));
        DocumentFetcher fetcher(&device.engine().auth());

        const auto own = fetch(fetcher, m_ownRestricted);
        QVERIFY2(own.ok(), qPrintable(own.error().code()));
        const QJsonObject document = own.value();
        QCOMPARE(document.value(u"id"_s).toString(), m_ownRestricted);
        QCOMPARE(document.value(u"classification"_s).toString(), u"restricted"_s);
        QVERIFY(document.value(u"body"_s).toString().contains(u"khu vực phòng thủ"_s));
        QVERIFY(fetcher.isOnline());

        // Another branch's restricted document: as if it did not exist.
        const auto other = fetch(fetcher, m_otherRestricted);
        QVERIFY(!other.ok());
        QCOMPARE(other.httpStatus(), 404);
        QCOMPARE(other.error().code(), u"not_found"_s);
        QVERIFY(DocumentFetcher::messageFor(other.error()).contains(u"không được xem"_s));
    }

    void refusesWithoutAValidSession()
    {
        QNetworkAccessManager network;
        NetworkTransport transport(&network, ServerAddress::parse(m_server.baseUrl().toString()));
        transport.setTimeout(std::chrono::seconds(10));

        // Never signed in: nothing to send.
        AuthSession none(&transport);
        DocumentFetcher noSession(&none);
        const auto unsigned_ = fetch(noSession, m_ownRestricted);
        QVERIFY(!unsigned_.ok());
        QVERIFY(!unsigned_.error().code().isEmpty());
        QVERIFY(DocumentFetcher::messageFor(unsigned_.error()).contains(u"đăng nhập"_s));

        // A made-up access token: the server refuses it (and there is no refresh token).
        AuthSession forged(&transport);
        AuthTokens tokens;
        tokens.accessToken = u"forged-token-0123456789abcdef"_s;
        forged.adopt(tokens);
        DocumentFetcher forgedFetcher(&forged);
        const auto refused = fetch(forgedFetcher, m_ownRestricted);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().code() == u"unauthenticated"_s
                || refused.error().code() == u"signed_out"_s,
            qPrintable(refused.error().code()));

        // No session object at all.
        DocumentFetcher detached(nullptr);
        QVERIFY(!fetch(detached, m_ownRestricted).ok());
    }

    void saysOfflineWhenNoServerAnswers()
    {
        // A port nobody listens on (taken, then freed).
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        QNetworkAccessManager network;
        NetworkTransport transport(
            &network, ServerAddress::parse(u"http://127.0.0.1:%1"_s.arg(port)));
        AuthSession auth(&transport);
        AuthTokens tokens;
        tokens.accessToken = u"any-token"_s;
        auth.adopt(tokens);
        DocumentFetcher fetcher(&auth);
        QSignalSpy onlineChanged(&fetcher, &DocumentFetcher::onlineChanged);
        const auto offline = fetch(fetcher, m_ownRestricted);
        QVERIFY(!offline.ok());
        QCOMPARE(offline.httpStatus(), 0);
        QVERIFY(!fetcher.isOnline());
        QCOMPARE(onlineChanged.count(), 1);
        QVERIFY(DocumentFetcher::messageFor(offline.error()).contains(u"cần kết nối mạng"_s));
    }
};

QTEST_MAIN(TestDocumentFetcher)

#include "tst_document_fetcher.moc"
