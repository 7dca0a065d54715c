// Runs tst_*.qml with the Handbook module. Each test file gets its own engine and a fresh
// VaultSession over a temporary vault (cheap Argon2id, a clock the tests can move), exposed
// as the `VaultSession` singleton just as main.cpp does, plus `TestClock` to move time.
#include "qmlsingletons.h"
#include "vaultsession.h"

#include <QDateTime>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtQuickTest>
#include <memory>

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

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        QStandardPaths::setTestModeEnabled(true);
        QQuickStyle::setStyle(u"Material"_s);
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        // The previous file's engine is gone by now: start from an empty vault.
        m_session.reset();
        m_clock = std::make_unique<TestClock>();
        m_dir = std::make_unique<QTemporaryDir>();
        Vault::Options options;
        options.accountDir = VaultSession::accountDirForDataDir(m_dir->path());
        options.kdf = KdfParams::fastForTests();
        options.clock = [clock = m_clock.get()] { return clock->now; };
        m_session = std::make_unique<VaultSession>(options);
        VaultSessionSingleton::setInstance(m_session.get());
        engine->rootContext()->setContextProperty(u"TestClock"_s, m_clock.get());
    }

    void cleanupTestCase()
    {
        VaultSessionSingleton::setInstance(nullptr);
        m_session.reset();
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestClock> m_clock;
    std::unique_ptr<VaultSession> m_session;
};

QUICK_TEST_MAIN_WITH_SETUP(handbook_qml, Setup)

#include "tst_qml.moc"
