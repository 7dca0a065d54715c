// The idle lock (IdleLock): the open vault locks once no input came for the limit of the
// settings; input (an event through the application's filter, or activity()) starts the idle
// time again; a changed limit applies at the next check; only an open vault is watched. In the
// background (application state Inactive, Hidden or Suspended) it locks after the background
// time of the settings. The clock is the test's own, checks are called
// directly and state changes simulated: nothing waits for real time.
#include "appsettings.h"
#include "idlelock.h"
#include "vaultsession.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kMinuteMs = 60 * 1000;
const QString kPin = u"135790"_s;
} // namespace

class TestIdleLock : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VaultSession> m_session;
    std::unique_ptr<AppSettings> m_settings;
    qint64 m_nowMs = 1000; // the test's clock
    std::unique_ptr<IdleLock> m_lock;

    // The session's vault open, the settings at `minutes`, an idle lock on the test's clock.
    void openVault(int minutes)
    {
        m_dir = std::make_unique<QTemporaryDir>();
        Vault::Options options;
        options.accountDir = m_dir->filePath(u"accounts/local"_s);
        options.kdf = KdfParams::fastForTests();
        m_session = std::make_unique<VaultSession>(options);
        m_settings = std::make_unique<AppSettings>(m_dir->path());
        m_settings->setIdleLockMinutes(minutes);
        m_lock = std::make_unique<IdleLock>(
            m_session.get(), m_settings.get(), [this] { return m_nowMs; });
        QVERIFY(!m_lock->isChecking());
        QVERIFY(m_session->createPin(kPin, kPin));
        QTRY_COMPARE(m_session->state(), VaultSession::Unlocked);
    }

    void advanceMinutes(double minutes) { m_nowMs += qint64(minutes * kMinuteMs); }

private Q_SLOTS:
    void cleanup()
    {
        m_lock.reset();
        m_settings.reset();
        m_session.reset();
        m_dir.reset();
    }

    void locksWhenIdlePastTheLimit()
    {
        openVault(5);
        QVERIFY(m_lock->isChecking());
        advanceMinutes(4.9);
        m_lock->check();
        QCOMPARE(m_session->state(), VaultSession::Unlocked);
        advanceMinutes(0.1); // exactly the limit
        m_lock->check();
        QCOMPARE(m_session->state(), VaultSession::Locked);
        // A locked vault is not watched.
        QVERIFY(!m_lock->isChecking());
    }

    void theTimerRunsTheCheck()
    {
        openVault(1);
        advanceMinutes(2);
        // The periodic check is what the app relies on: fire it instead of waiting for it.
        auto *timer = m_lock->findChild<QTimer *>();
        QVERIFY(timer);
        QVERIFY(timer->isActive());
        QCOMPARE(timer->interval(), IdleLock::kCheckIntervalMs);
        QVERIFY(QMetaObject::invokeMethod(timer, "timeout", Qt::DirectConnection));
        QCOMPARE(m_session->state(), VaultSession::Locked);
        QVERIFY(!timer->isActive());
    }

    void inputStartsTheIdleTimeAgain()
    {
        openVault(2);
        advanceMinutes(1.5);
        // A key press anywhere in the app goes through the application's event filter.
        QObject target;
        QKeyEvent key(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, u"a"_s);
        QCoreApplication::sendEvent(&target, &key);
        advanceMinutes(1.5); // 3 minutes since the start, 1.5 since the key
        m_lock->check();
        QCOMPARE(m_session->state(), VaultSession::Unlocked);
        advanceMinutes(0.4);
        m_lock->activity(); // the same for input the app reports itself
        advanceMinutes(1.9);
        m_lock->check();
        QCOMPARE(m_session->state(), VaultSession::Unlocked);
        advanceMinutes(0.1);
        m_lock->check();
        QCOMPARE(m_session->state(), VaultSession::Locked);
    }

    void unlockingStartsTheIdleTimeAgain()
    {
        openVault(1);
        advanceMinutes(1);
        m_lock->check();
        QCOMPARE(m_session->state(), VaultSession::Locked);
        advanceMinutes(10); // a long time on the PIN page
        QVERIFY(m_session->unlock(kPin));
        QTRY_COMPARE(m_session->state(), VaultSession::Unlocked);
        QVERIFY(m_lock->isChecking());
        m_lock->check();
        QCOMPARE(m_session->state(), VaultSession::Unlocked);
    }

    void aChangedLimitApplies()
    {
        openVault(10);
        advanceMinutes(3);
        m_lock->check();
        QCOMPARE(m_session->state(), VaultSession::Unlocked);
        // Shorter than the idle time so far: locks at the next check.
        m_settings->setIdleLockMinutes(2);
        m_lock->check();
        QCOMPARE(m_session->state(), VaultSession::Locked);
    }

    void backgroundLongerThanTheGraceLocks()
    {
        openVault(30);
        QCOMPARE(m_settings->backgroundLockSeconds(), 60); // the default
        m_lock->setApplicationState(Qt::ApplicationInactive);
        QVERIFY(m_lock->isInBackground());
        advanceMinutes(0.5);
        m_lock->check(); // the periodic check, while away
        QCOMPARE(m_session->state(), VaultSession::Unlocked);
        advanceMinutes(0.5);
        m_lock->check();
        QCOMPARE(m_session->state(), VaultSession::Locked);
    }

    void comingBackAfterTheGraceLocksBeforeAnythingShows()
    {
        openVault(30);
        m_settings->setBackgroundLockSeconds(300);
        m_lock->setApplicationState(Qt::ApplicationSuspended);
        // The event loop may not run in the background (no periodic check): the return
        // decides.
        advanceMinutes(6);
        m_lock->setApplicationState(Qt::ApplicationActive);
        QCOMPARE(m_session->state(), VaultSession::Locked);
        QVERIFY(!m_lock->isInBackground());
    }

    void aShortAbsenceKeepsTheVaultOpen()
    {
        openVault(30);
        m_lock->setApplicationState(Qt::ApplicationHidden);
        advanceMinutes(0.9);
        m_lock->setApplicationState(Qt::ApplicationActive);
        QCOMPARE(m_session->state(), VaultSession::Unlocked);
        // Back in front, the background time is over; the idle time starts again.
        advanceMinutes(20);
        m_lock->check();
        QCOMPARE(m_session->state(), VaultSession::Unlocked);
        // Inactive then Suspended is one absence, counted from its start.
        m_lock->setApplicationState(Qt::ApplicationInactive);
        advanceMinutes(0.6);
        m_lock->setApplicationState(Qt::ApplicationSuspended);
        advanceMinutes(0.4);
        m_lock->setApplicationState(Qt::ApplicationActive);
        QCOMPARE(m_session->state(), VaultSession::Locked);
    }

    void immediatelyLocksAsSoonAsTheAppLeaves()
    {
        openVault(30);
        m_settings->setBackgroundLockSeconds(0);
        m_lock->setApplicationState(Qt::ApplicationInactive);
        QCOMPARE(m_session->state(), VaultSession::Locked);
    }

    // The real signal of QGuiApplication reaches the lock.
    void followsTheApplicationsState()
    {
        openVault(30);
        m_settings->setBackgroundLockSeconds(0);
        QVERIFY(QMetaObject::invokeMethod(qGuiApp, "applicationStateChanged", Qt::DirectConnection,
            Q_ARG(Qt::ApplicationState, Qt::ApplicationSuspended)));
        QCOMPARE(m_session->state(), VaultSession::Locked);
    }

    void theBackgroundTimeIsASetting()
    {
        QTemporaryDir dir;
        {
            AppSettings settings(dir.path());
            QCOMPARE(settings.backgroundLockSeconds(), 60);
            QCOMPARE(settings.backgroundLockChoices(), (QList<int> { 0, 60, 300 }));
            settings.setBackgroundLockSeconds(45); // not a choice
            QCOMPARE(settings.backgroundLockSeconds(), 60);
            settings.setBackgroundLockSeconds(300);
            QCOMPARE(settings.backgroundLockIndex(), 2);
            QCOMPARE(settings.backgroundLockText(0), u"Ngay lập tức"_s);
            QCOMPARE(settings.backgroundLockText(300), u"Sau 5 phút"_s);
        }
        QCOMPARE(AppSettings(dir.path()).backgroundLockSeconds(), 300); // saved
    }

    void aLongerLimitKeepsTheVaultOpen()
    {
        openVault(1);
        m_settings->setIdleLockMinutes(30);
        advanceMinutes(29);
        m_lock->check();
        QCOMPARE(m_session->state(), VaultSession::Unlocked);
        advanceMinutes(1);
        m_lock->check();
        QCOMPARE(m_session->state(), VaultSession::Locked);
    }
};

QTEST_MAIN(TestIdleLock)
#include "tst_idlelock.moc"
