// TLS pinning on the client (docs/decisions.md, "TLS pinning") against the real
// handbook-server over HTTPS, with certificates made at test time by the openssl command: a
// CA "A" that signed the server's certificate, another CA "B". The client trusts only the CA
// (and pins) of its profile: CA A works; CA B, the system's CAs and a wrong SPKI pin are
// refused with the Vietnamese message; a redirect (to plain HTTP, or to another host) is
// refused and not followed; sign-in stores the profile in the vault and `handbook sync` uses
// it later; the GUI's AccountController and AccountSync do the same; no source file of the app
// or the server ignores TLS errors.
#include "accountcontroller.h"
#include "accountsignin.h"
#include "accountsync.h"
#include "authfixture.h"
#include "networktransport.h"
#include "protocol.h"
#include "syncengine.h"
#include "syncerrors.h"
#include "syncstate.h"
#include "tlsprofile.h"
#include "tlsprofilestore.h"
#include "transportexchange.h"
#include "vault.h"
#include "vaultsession.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

const QString kPassword = u"mat-khau-an-1"_s;
const QString kPin = u"246810"_s;

// Runs openssl with `arguments` in `dir`; false (with a warning) when it fails.
bool openssl(const QString &dir, const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.start(u"openssl"_s, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        qWarning("openssl %s failed: %s", qPrintable(arguments.join(u' ')),
            process.readAllStandardError().constData());
        return false;
    }
    return true;
}

// A CA <name>.pem / <name>.key (EC P-256, CA:TRUE).
bool makeCa(const QString &dir, const QString &name)
{
    return openssl(dir,
        { u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
            u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-days"_s, u"2"_s, u"-subj"_s,
            u"/CN=Handbook test CA "_s + name, u"-addext"_s, u"basicConstraints=critical,CA:TRUE"_s,
            u"-addext"_s, u"keyUsage=critical,keyCertSign,cRLSign"_s, u"-keyout"_s,
            name + u".key"_s, u"-out"_s, name + u".pem"_s });
}

// A server certificate <name>.pem / <name>.key for 127.0.0.1 signed by CA <ca>.
bool makeServerCertificate(const QString &dir, const QString &name, const QString &ca)
{
    QFile extensions(dir + u"/"_s + name + u".ext"_s);
    if (!extensions.open(QIODevice::WriteOnly))
        return false;
    extensions.write("basicConstraints=CA:FALSE\nsubjectAltName=IP:127.0.0.1\n"
                     "extendedKeyUsage=serverAuth\nkeyUsage=digitalSignature\n");
    extensions.close();
    return openssl(dir,
               { u"req"_s, u"-new"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                   u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-subj"_s, u"/CN=127.0.0.1"_s,
                   u"-keyout"_s, name + u".key"_s, u"-out"_s, name + u".csr"_s })
        && openssl(dir,
            { u"x509"_s, u"-req"_s, u"-in"_s, name + u".csr"_s, u"-CA"_s, ca + u".pem"_s,
                u"-CAkey"_s, ca + u".key"_s, u"-CAcreateserial"_s, u"-days"_s, u"2"_s,
                u"-extfile"_s, name + u".ext"_s, u"-out"_s, name + u".pem"_s });
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// What one request through a NetworkTransport gave.
HttpResponse send(NetworkTransport &transport, const QString &path)
{
    HttpRequest request;
    request.method = "GET";
    request.path = path;
    return exchange(transport, request).value_or(HttpResponse());
}

// An HTTPS server (certificate of CA A) that answers every request with a redirect.
class RedirectServer : public QObject
{
public:
    RedirectServer(const QSslConfiguration &tls, QByteArray location)
        : m_location(std::move(location))
    {
        m_server.setSslConfiguration(tls);
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QIODevice::readyRead, socket, [this, socket] {
                    if (!socket->readAll().contains("\r\n\r\n"))
                        return;
                    ++m_requests;
                    socket->write("HTTP/1.1 301 Moved Permanently\r\nLocation: " + m_location
                        + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    socket->disconnectFromHost();
                });
                connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    [[nodiscard]] QString url() const
    {
        return u"https://127.0.0.1:%1"_s.arg(m_server.serverPort());
    }
    [[nodiscard]] int requests() const { return m_requests; }

private:
    QSslServer m_server;
    QByteArray m_location;
    int m_requests = 0;
};

} // namespace

class TestClientTls : public QObject
{
    Q_OBJECT

    AuthFixture m_fx;
    QString m_dir;
    TlsProfile m_caA;
    TlsProfile m_caB;
    QByteArray m_serverPin; // SPKI SHA-256 of the server's key, as openssl computes it

    [[nodiscard]] std::unique_ptr<NetworkTransport> transport(
        QNetworkAccessManager *network, const TlsProfile &profile, const QString &url = {}) const
    {
        ServerAddress address
            = ServerAddress::parse(url.isEmpty() ? m_fx.baseUrl().toString() : url);
        address.setTlsProfile(profile);
        auto result = std::make_unique<NetworkTransport>(network, address);
        result->setTimeout(std::chrono::seconds(15));
        return result;
    }

    // Signs in with `profile` into a fresh data directory; the outcome's error code or "ok".
    QString signIn(const TlsProfile &profile, const QString &dataDir, QString *message = nullptr,
        std::unique_ptr<Vault> *vault = nullptr)
    {
        QNetworkAccessManager network;
        ServerAddress address = ServerAddress::parse(m_fx.baseUrl().toString());
        address.setTlsProfile(profile);
        NetworkTransport transport(&network, address);
        AccountSignIn signIn(&transport, dataDir, KdfParams::fastForTests());
        signIn.setTlsProfile(profile);
        QString result = u"no answer"_s;
        QEventLoop loop;
        signIn.signIn(u"an"_s, kPassword, u"246810"_s, [&](AccountSignIn::Outcome &outcome) {
            result = outcome.error.isNull() ? u"ok"_s : outcome.error.code();
            if (message)
                *message = outcome.error.message();
            if (vault)
                *vault = std::move(outcome.vault);
            loop.quit();
        });
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        if (result == u"no answer"_s)
            loop.exec();
        return result;
    }

    // The pinned profile of CA A plus the server's key.
    [[nodiscard]] TlsProfile pinnedProfile() const
    {
        TlsProfile pinned = m_caA;
        QString error;
        if (!pinned.addPin(QString::fromLatin1(m_serverPin.toBase64()), &error))
            qWarning("pin refused: %s", qPrintable(error));
        return pinned;
    }

    // One run of an AccountSync over the account in `dataDir` (its vault opened with the
    // PIN): the error code of the sync, or "ok".
    QString syncOnce(const QString &dataDir, const std::optional<TlsProfile> &configured,
        const std::function<void(Vault &)> &prepare = {})
    {
        Vault::Options options;
        options.accountDir = VaultSession::accountDirForDataDir(dataDir);
        options.kdf = KdfParams::fastForTests();
        Vault vault(options);
        if (!vault.unlock(kPin).ok())
            return u"cannot unlock"_s;
        if (prepare)
            prepare(vault);
        QString result = u"no answer"_s;
        {
            AccountSync sync(vault, AccountSync::storedServer(vault), configured);
            QEventLoop loop;
            connect(&sync.engine(), &SyncEngine::finished, &loop, [&](bool ok) {
                result = ok ? u"ok"_s : sync.engine().lastError().code();
                loop.quit();
            });
            QTimer::singleShot(60000, &loop, &QEventLoop::quit);
            sync.engine().setBlobsEnabled(false);
            if (sync.engine().start())
                loop.exec();
        }
        vault.lock();
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QFAIL("Qt has no TLS backend here");
        m_dir = m_fx.directory();
        QVERIFY(makeCa(m_dir, u"caA"_s));
        QVERIFY(makeCa(m_dir, u"caB"_s));
        QVERIFY(makeServerCertificate(m_dir, u"server"_s, u"caA"_s));
        // The pin as operators compute it: SHA-256 of the DER SubjectPublicKeyInfo.
        QVERIFY(openssl(m_dir,
            { u"pkey"_s, u"-in"_s, u"server.key"_s, u"-pubout"_s, u"-outform"_s, u"der"_s,
                u"-out"_s, u"server.spki"_s }));
        m_serverPin = QCryptographicHash::hash(
            readFile(m_dir + u"/server.spki"_s), QCryptographicHash::Sha256);
        QCOMPARE(m_serverPin.size(), 32);
        QString error;
        m_caA = TlsProfile::fromCaFile(m_dir + u"/caA.pem"_s, &error).value_or(TlsProfile());
        m_caB = TlsProfile::fromCaFile(m_dir + u"/caB.pem"_s, &error).value_or(TlsProfile());
        QVERIFY2(!m_caA.isEmpty() && !m_caB.isEmpty(), qPrintable(error));
        QVERIFY2(
            m_fx.start(&error, {},
                { u"--cert"_s, m_dir + u"/server.pem"_s, u"--key"_s, m_dir + u"/server.key"_s }),
            qPrintable(error));
        QCOMPARE(m_fx.baseUrl().scheme(), u"https"_s);
        QVERIFY(
            !m_fx.createUser(u"an"_s, kPassword, u"member"_s, u"cell-a"_s, u"m-an"_s).isEmpty());
    }

    void spkiHashIsTheStandardPin()
    {
        const auto certificates
            = QSslCertificate::fromData(readFile(m_dir + u"/server.pem"_s), QSsl::Pem);
        QCOMPARE(certificates.size(), 1);
        QCOMPARE(TlsProfile::spkiSha256(certificates.first()), m_serverPin);
        TlsProfile profile;
        QString error;
        QVERIFY(profile.addPin(u"sha256/"_s + QString::fromLatin1(m_serverPin.toBase64()), &error));
        QCOMPARE(profile.pins(), QList<QByteArray> { m_serverPin });
        QVERIFY(!profile.addPin(u"AAAA"_s, &error));
        QVERIFY(!profile.addPin(u"not base64 at all!"_s, &error));
        const auto again = TlsProfile::fromJson(profile.toJson());
        QVERIFY(again && *again == profile);
    }

    void pinnedCaIsAccepted()
    {
        QNetworkAccessManager network;
        auto client = transport(&network, m_caA);
        const HttpResponse health = send(*client, QString(Protocol::Path::Health));
        QVERIFY2(health.transportError.isNull(), qPrintable(health.transportError.message()));
        QCOMPARE(health.status, 200);
    }

    void otherCaIsRefusedWithAClearMessage_data()
    {
        QTest::addColumn<bool>("systemCas");
        QTest::newRow("another CA") << false;
        QTest::newRow("the system's CAs") << true;
    }

    void otherCaIsRefusedWithAClearMessage()
    {
        QFETCH(bool, systemCas);
        QNetworkAccessManager network;
        auto client = transport(&network, systemCas ? TlsProfile() : m_caB);
        const HttpResponse health = send(*client, QString(Protocol::Path::Health));
        QCOMPARE(health.status, 0);
        QCOMPARE(health.transportError.code(), QString(SyncErrors::TlsUntrusted));
        QVERIFY2(health.transportError.message().startsWith(u"Chứng chỉ bảo mật của máy chủ"_s),
            qPrintable(health.transportError.message()));
        QVERIFY(SyncErrors::isTransient(health.transportError));
        QVERIFY(!SyncErrors::isOffline(health.transportError));
    }

    void spkiPinMismatchIsRefused()
    {
        QNetworkAccessManager network;
        TlsProfile wrongPin = m_caA;
        QString error;
        QVERIFY(wrongPin.addPin(
            QString::fromLatin1(TlsProfile::spkiSha256(m_caB.caCertificates().first()).toBase64()),
            &error));
        auto refused = transport(&network, wrongPin);
        const HttpResponse answer = send(*refused, QString(Protocol::Path::Health));
        QCOMPARE(answer.status, 0);
        QCOMPARE(answer.transportError.code(), QString(SyncErrors::TlsUntrusted));

        // The right pin (besides a wrong one) works, for every request on a kept connection.
        TlsProfile rightPin = wrongPin;
        QVERIFY(rightPin.addPin(QString::fromLatin1(m_serverPin.toBase64()), &error));
        auto accepted = transport(&network, rightPin);
        for (int i = 0; i < 4; ++i) {
            const HttpResponse health = send(*accepted, QString(Protocol::Path::Health));
            QVERIFY2(health.transportError.isNull(), qPrintable(health.transportError.message()));
            QCOMPARE(health.status, 200);
        }
    }

    void redirectsAreRefused_data()
    {
        QTest::addColumn<bool>("toPlainHttp");
        QTest::newRow("https to http") << true;
        QTest::newRow("to another host") << false;
    }

    void redirectsAreRefused()
    {
        QFETCH(bool, toPlainHttp);
        QTcpServer plain; // where the redirect points: it must never be contacted
        QVERIFY(plain.listen(QHostAddress::LocalHost, 0));
        const QByteArray location = toPlainHttp
            ? "http://127.0.0.1:" + QByteArray::number(plain.serverPort()) + "/v1/health"
            : "https://localhost:" + QByteArray::number(m_fx.baseUrl().port()) + "/v1/health";
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(readFile(m_dir + u"/server.pem"_s), QSsl::Pem));
        tls.setPrivateKey(QSslKey(readFile(m_dir + u"/server.key"_s), QSsl::Ec));
        RedirectServer redirecting(tls, location);
        QNetworkAccessManager network;
        auto client = transport(&network, m_caA, redirecting.url());
        const HttpResponse answer = send(*client, QString(Protocol::Path::Health));
        QCOMPARE(redirecting.requests(), 1);
        QCOMPARE(answer.status, 0);
        QCOMPARE(answer.transportError.code(), QString(SyncErrors::RedirectRefused));
        QVERIFY2(answer.transportError.message().startsWith(u"Máy chủ chuyển sang"_s),
            qPrintable(answer.transportError.message()));
        QCoreApplication::processEvents();
        QVERIFY(!plain.hasPendingConnections());
    }

    void signInStoresTheProfile()
    {
        QTemporaryDir data;
        std::unique_ptr<Vault> vault;
        TlsProfile pinned = m_caA;
        QString error;
        QVERIFY(pinned.addPin(QString::fromLatin1(m_serverPin.toBase64()), &error));
        QCOMPARE(signIn(pinned, data.path(), nullptr, &vault), u"ok"_s);
        QVERIFY(vault && vault->isOpen());
        const auto stored = TlsProfileStore::load(*vault);
        QVERIFY(stored.has_value());
        QVERIFY(*stored == pinned);
        vault->lock();

        QTemporaryDir other;
        QString message;
        QCOMPARE(signIn(m_caB, other.path(), &message), QString(SyncErrors::TlsUntrusted));
        QVERIFY2(message.contains(u"cán bộ quản trị"_s), qPrintable(message));
        QVERIFY(!QFile::exists(other.path() + u"/current-account"_s));
    }

    // The GUI (AccountController as HandbookApp builds it, with --ca/--pin-sha256): the
    // sign-in trusts the configured profile and stores it; the account's sync (AccountSync)
    // then trusts the stored one without being told, also after the app starts again.
    void accountControllerSignsInWithThePinnedProfile()
    {
        QTemporaryDir data;
        const TlsProfile pinned = pinnedProfile();
        Vault::Options options;
        options.accountDir = VaultSession::accountDirForDataDir(data.path());
        options.kdf = KdfParams::fastForTests();
        {
            VaultSession session(options);
            AccountController account(&session, data.path(), KdfParams::fastForTests());
            account.setTlsProfile(pinned);
            QVERIFY(account.beginSignIn(m_fx.baseUrl().toString(), u"an"_s, kPassword));
            // The server checks the password first, then the PIN page comes.
            QTRY_COMPARE_WITH_TIMEOUT(account.screen(), AccountController::ChoosePin, 30000);
            QVERIFY(account.finishSignIn(kPin, kPin));
            QTRY_COMPARE_WITH_TIMEOUT(account.screen(), AccountController::Home, 30000);
            QVERIFY2(account.errorMessage().isEmpty(), qPrintable(account.errorMessage()));
            QVERIFY(account.sync() != nullptr);
            QTRY_VERIFY_WITH_TIMEOUT(
                account.sync()->lastSuccess().isValid() && !account.sync()->running(), 60000);
            QVERIFY2(account.sync()->lastErrorCode().isEmpty(),
                qPrintable(account.sync()->lastErrorCode()));
            const auto stored = TlsProfileStore::load(session.vault());
            QVERIFY(stored.has_value());
            QVERIFY(*stored == pinned);
            session.lock();
        }
        {
            // Started again without --ca: unlocking syncs with the stored profile.
            options.accountDir = VaultSession::accountDirForDataDir(data.path());
            VaultSession session(options);
            AccountController account(&session, data.path(), KdfParams::fastForTests());
            QCOMPARE(session.state(), VaultSession::Locked);
            QVERIFY(session.unlock(kPin));
            QTRY_COMPARE_WITH_TIMEOUT(account.screen(), AccountController::Home, 30000);
            QVERIFY(account.sync() != nullptr);
            QTRY_VERIFY_WITH_TIMEOUT(
                account.sync()->lastSuccess().isValid() && !account.sync()->running(), 60000);
            QVERIFY2(account.sync()->lastErrorCode().isEmpty(),
                qPrintable(account.sync()->lastErrorCode()));
            session.lock();
        }
    }

    void accountControllerRefusesAnotherCa_data()
    {
        QTest::addColumn<bool>("configured");
        QTest::newRow("another CA configured") << true;
        QTest::newRow("nothing configured or shipped") << false;
    }

    // A server whose certificate the configured profile (or, without one and with nothing
    // shipped, the system's CAs) does not trust: the password is not sent, the sign-in page
    // says why in Vietnamese, and nothing of the account is kept.
    void accountControllerRefusesAnotherCa()
    {
        QFETCH(bool, configured);
        QVERIFY(TlsProfile::shipped().isEmpty()); // no server-ca.pem next to the test
        QTemporaryDir data;
        Vault::Options options;
        options.accountDir = VaultSession::accountDirForDataDir(data.path());
        options.kdf = KdfParams::fastForTests();
        VaultSession session(options);
        AccountController account(&session, data.path(), KdfParams::fastForTests());
        if (configured)
            account.setTlsProfile(m_caB);
        // The password goes to the server before any PIN: the refusal comes
        // while the sign-in page is still up, and the PIN page never does.
        QVERIFY(account.beginSignIn(m_fx.baseUrl().toString(), u"an"_s, kPassword));
        QVERIFY(account.busy());
        QTRY_VERIFY_WITH_TIMEOUT(!account.busy(), 30000);
        QCOMPARE(account.screen(), AccountController::SignIn);
        QVERIFY2(account.errorMessage().startsWith(u"Chứng chỉ bảo mật của máy chủ"_s),
            qPrintable(account.errorMessage()));
        QVERIFY2(account.errorMessage().contains(u"cán bộ quản trị"_s),
            qPrintable(account.errorMessage()));
        QCOMPARE(session.state(), VaultSession::NoVault);
        QVERIFY(!QFile::exists(data.path() + u"/current-account"_s));
    }

    // AccountSync trusts the stored profile; a configured one instead (stored once a sync
    // worked with it); never the system's CAs when the stored one cannot be read.
    void accountSyncUsesTheStoredProfile()
    {
        QTemporaryDir data;
        const TlsProfile pinned = pinnedProfile();
        std::unique_ptr<Vault> vault;
        QCOMPARE(signIn(pinned, data.path(), nullptr, &vault), u"ok"_s);
        AccountSync::storeServer(*vault, ServerAddress::parse(m_fx.baseUrl().toString()));
        vault->lock();
        vault.reset();

        QCOMPARE(syncOnce(data.path(), std::nullopt), u"ok"_s);
        // Another CA stored with the account: refused.
        QCOMPARE(syncOnce(data.path(), std::nullopt,
                     [&](Vault &open) { TlsProfileStore::save(open, m_caB); }),
            QString(SyncErrors::TlsUntrusted));
        // A configured profile is used instead, then stored because the sync worked.
        QCOMPARE(syncOnce(data.path(), pinned), u"ok"_s);
        QCOMPARE(syncOnce(data.path(), std::nullopt), u"ok"_s);
        // A wrong configured profile is refused and not stored.
        QCOMPARE(syncOnce(data.path(), m_caB), QString(SyncErrors::TlsUntrusted));
        QCOMPARE(syncOnce(data.path(), std::nullopt), u"ok"_s);
        // A stored profile that cannot be read trusts no server (not the system's CAs).
        QCOMPARE(syncOnce(data.path(), std::nullopt,
                     [](Vault &open) {
                         SyncState(open.database()).setValue(u"tls_profile"_s, u"{broken"_s);
                     }),
            QString(SyncErrors::TlsUntrusted));
    }

    void syncCommandKeepsTheProfile()
    {
        QTemporaryDir data;
        const auto run = [&](const QStringList &extra) {
            QProcess process;
            process.start(QStringLiteral(HANDBOOK_CLIENT_PATH),
                QStringList { u"sync"_s, u"--data-dir"_s, data.path(), u"--server"_s,
                    m_fx.baseUrl().toString(), u"--pin"_s, u"135790"_s, u"--no-blobs"_s }
                    + extra);
            process.waitForFinished(120000);
            return std::pair { process.exitCode(),
                QString::fromUtf8(process.readAllStandardError()) };
        };
        // Signing in with the CA stores it; the next sync trusts it without being told.
        auto [code, err] = run(
            { u"--login"_s, u"an"_s, u"--password"_s, kPassword, u"--ca"_s, m_dir + u"/caA.pem"_s,
                u"--pin-sha256"_s, QString::fromLatin1(m_serverPin.toBase64()) });
        QVERIFY2(code == 0, qPrintable(err));
        std::tie(code, err) = run({});
        QVERIFY2(code == 0, qPrintable(err));
        // Another CA given on the command line is refused, with the reason on one line, and not
        // stored: the next sync still works.
        std::tie(code, err) = run({ u"--ca"_s, m_dir + u"/caB.pem"_s });
        QCOMPARE(code, 1);
        QVERIFY2(
            err.startsWith(u"handbook sync: tls_untrusted: Chứng chỉ bảo mật"_s), qPrintable(err));
        std::tie(code, err) = run({});
        QVERIFY2(code == 0, qPrintable(err));
        // Bad TLS options are bad arguments.
        QCOMPARE(run({ u"--pin-sha256"_s, u"abc"_s }).first, 2);
        QCOMPARE(run({ u"--ca"_s, m_dir + u"/server.ext"_s }).first, 2);
    }

    void nothingIgnoresTlsErrors()
    {
        int scanned = 0;
        for (const QString &folder : { u"/app"_s, u"/sync"_s }) {
            QDirIterator it(QStringLiteral(HANDBOOK_SOURCE_DIR) + folder,
                { u"*.cpp"_s, u"*.h"_s, u"*.qml"_s }, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                ++scanned;
                QVERIFY2(!readFile(path).contains("ignoreSslErrors"), qPrintable(path));
            }
        }
        QVERIFY(scanned > 50);
    }
};

QTEST_GUILESS_MAIN(TestClientTls)
#include "tst_client_tls.moc"
