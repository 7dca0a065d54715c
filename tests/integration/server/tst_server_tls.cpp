// handbook-server over HTTPS with --cert/--key: a certificate made at test time; the client
// trusts exactly that certificate (no verification is switched off) and gets its health.
#include "serverprocess.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// GET url trusting only `ca`; returns the status (0 when TLS or the connection failed).
int getTrusting(const QUrl &url, const QList<QSslCertificate> &ca, QByteArray *body = nullptr)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(ca);
    request.setSslConfiguration(tls);
    request.setTransferTimeout(15000);
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    if (body)
        *body = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

} // namespace

class TestServerTls : public QObject
{
    Q_OBJECT

    QString m_cert;
    QString m_key;
    ServerProcess m_server;

private Q_SLOTS:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QFAIL("Qt has no TLS backend here");
        m_cert = m_server.directory() + u"/cert.pem"_s;
        m_key = m_server.directory() + u"/key.pem"_s;
        QProcess openssl;
        openssl.start(u"openssl"_s,
            { u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-days"_s, u"2"_s, u"-subj"_s,
                u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s, u"-keyout"_s,
                m_key, u"-out"_s, m_cert });
        QVERIFY(openssl.waitForFinished(30000));
        QCOMPARE(openssl.exitCode(), 0);
        QString error;
        QVERIFY2(
            m_server.start(&error, { u"--cert"_s, m_cert, u"--key"_s, m_key }), qPrintable(error));
        QCOMPARE(m_server.baseUrl().scheme(), u"https"_s);
    }

    void healthOverHttpsWithTheServersCertificate()
    {
        QFile file(m_cert);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QSslCertificate> ca = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        QCOMPARE(ca.size(), 1);
        QUrl url = m_server.baseUrl();
        url.setPath(u"/v1/health"_s);
        QByteArray body;
        QCOMPARE(getTrusting(url, ca, &body), 200);
        QCOMPARE(QJsonDocument::fromJson(body).object().value(u"status"_s).toString(), u"ok"_s);
    }

    void anUntrustedCertificateIsRefused()
    {
        QUrl url = m_server.baseUrl();
        url.setPath(u"/v1/health"_s);
        QCOMPARE(getTrusting(url, QSslConfiguration::systemCaCertificates()), 0);
    }

    void plainHttpToTheTlsPortGetsNoAnswer()
    {
        QUrl url = m_server.baseUrl();
        url.setScheme(u"http"_s);
        url.setPath(u"/v1/health"_s);
        QVERIFY(getTrusting(url, {}) != 200);
        QVERIFY(m_server.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestServerTls)
#include "tst_server_tls.moc"
