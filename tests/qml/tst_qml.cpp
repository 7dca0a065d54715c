// Runs tst_*.qml with the Handbook module. Each test file gets its own engine and a fresh
// VaultSession over a temporary vault (cheap Argon2id, a clock the tests can move), exposed
// as the `VaultSession` singleton just as main.cpp does, plus `TestClock` to move time, an
// `Account` without a server (nothing syncs), `TestData` to fill the open vault (and make
// temporary folders of files) and `NetworkTrap`, a loopback HTTP listener that records the
// paths asked of it.
#include "appsettings.h"
#include "outbox.h"
#include "qmlsingletons.h"
#include "replicastore.h"
#include "syncstate.h"
#include "vaultsession.h"
#include "vaultsyncstore.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtQuickTest>
#include <memory>
#include <vector>

Q_IMPORT_QML_PLUGIN(HandbookPlugin)

using namespace Qt::StringLiterals;

// The clock the test vault sees; QML moves it with `TestClock.advance(seconds)`.
class TestClock : public QObject
{
    Q_OBJECT

public:
    QDateTime now = QDateTime(QDate(2026, 11, 22), QTime(8, 0), QTimeZone::utc());

    Q_INVOKABLE void advance(int seconds) { now = now.addSecs(seconds); }
};

// Rows as a sync would have brought them, and who is signed in, for pages that show data.
class TestData : public QObject
{
    Q_OBJECT

public:
    explicit TestData(VaultSession *session)
        : m_session(session)
    { }

    Q_INVOKABLE void signIn(const QString &memberId, const QString &role, const QString &orgId)
    {
        VaultSyncStore(m_session->vault())
            .saveSession(u"token"_s, AuthUser { u"u-"_s + memberId, memberId, role, orgId });
    }
    // `row` is the server's JSON for a row of `type` (its "id" names it).
    Q_INVOKABLE void put(const QString &type, const QVariantMap &row)
    {
        ReplicaStore(m_session->vault().database())
            .put(type, row.value(u"id"_s).toString(), 1, QJsonObject::fromVariantMap(row));
    }
    // The server address the vault keeps (what a sign-in would have stored).
    Q_INVOKABLE void setServer(const QString &url)
    {
        SyncState(m_session->vault().database()).setValue(u"server_url"_s, url);
    }
    // Answers every pending mutation as the server would: applied, each with `data` (a
    // temporary password, say), or with `errorCode` rejected for `message`.
    Q_INVOKABLE void answerPending(
        const QVariantMap &data, const QString &errorCode, const QString &message)
    {
        PushReply reply;
        for (const PendingMutation &m : Outbox(m_session->vault().database()).pending()) {
            WireMutationResult result { m.id, errorCode.isEmpty(), errorCode, message, {} };
            if (result.applied)
                result.data = QJsonObject::fromVariantMap(data);
            reply.results.append(result);
            reply.lastMutationId = m.id;
        }
        VaultSyncStore(m_session->vault()).acknowledge(reply);
        m_session->noteDataChanged();
    }
    // A new temporary folder (removed with this engine) holding `files`: relative path ->
    // content ("sub/d.pdf"; a path ending in "/" is an empty folder). Returns its file: URL.
    Q_INVOKABLE QUrl makeFolder(const QVariantMap &files)
    {
        auto dir = std::make_unique<QTemporaryDir>();
        if (!dir->isValid())
            return {};
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            const QString path = dir->filePath(it.key());
            QDir().mkpath(it.key().endsWith(u'/') ? path : QFileInfo(path).path());
            if (it.key().endsWith(u'/'))
                continue;
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(it.value().toString().toUtf8()) < 0)
                return {};
        }
        const QUrl url = QUrl::fromLocalFile(dir->path());
        m_folders.push_back(std::move(dir));
        return url;
    }

private:
    VaultSession *m_session;
    std::vector<std::unique_ptr<QTemporaryDir>> m_folders;
};

// Text that QML must show as it is names URLs on this listener: a request arriving here means
// some text was rendered as markup. Records the path of each request and answers 404.
class NetworkTrap : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int port READ port CONSTANT)
    Q_PROPERTY(QStringList paths READ paths NOTIFY pathsChanged)

public:
    NetworkTrap()
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    if (!socket->canReadLine())
                        return;
                    // "GET /path HTTP/1.1"
                    const QList<QByteArray> words = socket->readLine().split(' ');
                    m_paths.append(QString::fromUtf8(words.value(1)));
                    Q_EMIT pathsChanged();
                    socket->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n"
                                  "Connection: close\r\n\r\n");
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    [[nodiscard]] int port() const { return m_server.serverPort(); }
    [[nodiscard]] QStringList paths() const { return m_paths; }

Q_SIGNALS:
    void pathsChanged();

private:
    QTcpServer m_server;
    QStringList m_paths;
};

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        QStandardPaths::setTestModeEnabled(true);
        QQuickStyle::setStyle(u"Material"_s);
        m_trap = std::make_unique<NetworkTrap>();
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        // The previous file's engine is gone by now: start from an empty vault.
        AppSettingsSingleton::setInstance(nullptr);
        m_settings.reset();
        m_data.reset();
        m_account.reset();
        m_session.reset();
        m_clock = std::make_unique<TestClock>();
        m_dir = std::make_unique<QTemporaryDir>();
        Vault::Options options;
        options.accountDir = VaultSession::accountDirForDataDir(m_dir->path());
        options.kdf = KdfParams::fastForTests();
        options.clock = [clock = m_clock.get()] { return clock->now; };
        m_session = std::make_unique<VaultSession>(options);
        VaultSessionSingleton::setInstance(m_session.get());
        // No server is stored in the test vault: the account never syncs.
        m_account = std::make_unique<AccountController>(
            m_session.get(), m_dir->path(), KdfParams::fastForTests());
        AccountSingleton::setInstance(m_account.get());
        m_data = std::make_unique<TestData>(m_session.get());
        // Settings of the test's data dir (SettingsPage reads them).
        m_settings = std::make_unique<AppSettings>(m_dir->path());
        m_settings->setVaultSession(m_session.get());
        AppSettingsSingleton::setInstance(m_settings.get());
        engine->rootContext()->setContextProperty(u"TestClock"_s, m_clock.get());
        engine->rootContext()->setContextProperty(u"TestData"_s, m_data.get());
        engine->rootContext()->setContextProperty(u"NetworkTrap"_s, m_trap.get());
    }

    void cleanupTestCase()
    {
        AppSettingsSingleton::setInstance(nullptr);
        m_settings.reset();
        AccountSingleton::setInstance(nullptr);
        VaultSessionSingleton::setInstance(nullptr);
        m_data.reset();
        m_account.reset();
        m_session.reset();
        m_trap.reset();
    }

private:
    std::unique_ptr<NetworkTrap> m_trap; // needs the application: made in applicationAvailable()
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestClock> m_clock;
    std::unique_ptr<VaultSession> m_session;
    std::unique_ptr<AccountController> m_account;
    std::unique_ptr<TestData> m_data;
    std::unique_ptr<AppSettings> m_settings;
};

// QUICK_TEST_MAIN_WITH_SETUP, but in a QApplication (as main.cpp): Qt Charts' ChartView draws
// through Graphics View, which needs one; Qt Quick Test makes a QGuiApplication only when there
// is no application yet.
int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    Setup setup;
    return quick_test_main_with_setup(argc, argv, "handbook_qml", QUICK_TEST_SOURCE_DIR, &setup);
}

#include "tst_qml.moc"
