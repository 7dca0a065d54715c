// VaultSession: the QML-facing vault state, over a real vault in a temporary directory with
// cheap Argon2id parameters and a controllable clock.
#include "vaultsession.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
const QString kPin = u"246810"_s;
const QString kWrongPin = u"135790"_s;
constexpr int kTimeoutMs = 20000;
} // namespace

class TestVaultSession : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir *m_dir = nullptr;
    QDateTime m_now;

    std::unique_ptr<VaultSession> makeSession()
    {
        Vault::Options options;
        options.accountDir = m_dir->filePath(u"accounts/local"_s);
        options.kdf = KdfParams::fastForTests();
        options.clock = [this] { return m_now; };
        return std::make_unique<VaultSession>(options);
    }

    // Starts an operation and waits until the session leaves Busy.
    static void waitIdle(VaultSession &session)
    {
        QTRY_VERIFY_WITH_TIMEOUT(session.state() != VaultSession::Busy, kTimeoutMs);
    }

    static void createUnlocked(VaultSession &session)
    {
        QVERIFY(session.createPin(kPin, kPin));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), VaultSession::Unlocked, kTimeoutMs);
    }

    static void wrongAttempt(VaultSession &session)
    {
        QVERIFY(session.unlock(kWrongPin));
        waitIdle(session);
        QCOMPARE(session.errorCode(), u"wrong_pin"_s);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = new QTemporaryDir;
        QVERIFY(m_dir->isValid());
        m_now = QDateTime(QDate(2026, 11, 22), QTime(8, 0), QTimeZone::utc());
    }

    void cleanup()
    {
        delete m_dir;
        m_dir = nullptr;
    }

    void startsWithoutVault()
    {
        auto session = makeSession();
        QCOMPARE(session->state(), VaultSession::NoVault);
        QCOMPARE(session->attemptsLeft(), Vault::kMaxAttempts);
        QVERIFY(session->errorCode().isEmpty());
    }

    void createPinUnlocksOffTheUiThread()
    {
        auto session = makeSession();
        QSignalSpy stateSpy(session.get(), &VaultSession::stateChanged);
        QVERIFY(session->createPin(kPin, kPin));
        // The work runs in the background: the call returns while the session is Busy.
        QCOMPARE(session->state(), VaultSession::Busy);
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), VaultSession::Unlocked, kTimeoutMs);
        QCOMPARE(stateSpy.count(), 2); // Busy, Unlocked
        QVERIFY(session->errorCode().isEmpty());
        QVERIFY(session->vault().isOpen());
        QVERIFY(QFile::exists(m_dir->filePath(u"accounts/local/vault.db"_s)));
    }

    void mismatchedConfirmationIsRejected()
    {
        auto session = makeSession();
        QSignalSpy errorSpy(session.get(), &VaultSession::errorChanged);
        QVERIFY(!session->createPin(kPin, u"246811"_s));
        QCOMPARE(session->state(), VaultSession::NoVault);
        QCOMPARE(session->errorCode(), u"pin_mismatch"_s);
        QCOMPARE(session->errorMessage(), u"Mã PIN nhập lại không khớp"_s);
        QCOMPARE(errorSpy.count(), 1);
        QVERIFY(!session->vault().exists());
    }

    void invalidPinIsRejected_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::newRow("too short") << u"12345"_s;
        QTest::newRow("too long") << u"1234567890123"_s;
        QTest::newRow("letters") << u"12345a"_s;
    }

    void invalidPinIsRejected()
    {
        QFETCH(QString, pin);
        auto session = makeSession();
        QVERIFY(!session->createPin(pin, pin));
        QCOMPARE(session->state(), VaultSession::NoVault);
        QCOMPARE(session->errorCode(), u"invalid_pin"_s);
        QVERIFY(!session->errorMessage().isEmpty());
    }

    void lockThenUnlock()
    {
        auto session = makeSession();
        createUnlocked(*session);
        session->lock();
        QCOMPARE(session->state(), VaultSession::Locked);
        QVERIFY(!session->vault().isOpen());

        QVERIFY(session->unlock(kPin));
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), VaultSession::Unlocked, kTimeoutMs);
        QVERIFY(session->errorCode().isEmpty());
    }

    void reopenedSessionIsLocked()
    {
        {
            auto session = makeSession();
            createUnlocked(*session);
        }
        auto session = makeSession();
        QCOMPARE(session->state(), VaultSession::Locked);
    }

    void wrongPinCountsDown()
    {
        auto session = makeSession();
        createUnlocked(*session);
        session->lock();
        QSignalSpy attemptsSpy(session.get(), &VaultSession::attemptsLeftChanged);

        wrongAttempt(*session);
        QCOMPARE(session->state(), VaultSession::Locked);
        QCOMPARE(session->attemptsLeft(), Vault::kMaxAttempts - 1);
        QCOMPARE(attemptsSpy.count(), 1);
        QVERIFY(session->errorMessage().contains(QString::number(Vault::kMaxAttempts - 1)));

        wrongAttempt(*session);
        QCOMPARE(session->attemptsLeft(), Vault::kMaxAttempts - 2);

        // A new session (app restart) reads the counter back from disk.
        session.reset();
        session = makeSession();
        QCOMPARE(session->attemptsLeft(), Vault::kMaxAttempts - 2);

        // The right PIN resets the counter.
        QVERIFY(session->unlock(kPin));
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), VaultSession::Unlocked, kTimeoutMs);
        QCOMPARE(session->attemptsLeft(), Vault::kMaxAttempts);
    }

    void repeatedWrongPinsImposeAWait()
    {
        auto session = makeSession();
        createUnlocked(*session);
        session->lock();
        int wrong = 0;
        while (session->retryAfterSeconds() == 0 && wrong < Vault::kMaxAttempts - 2) {
            wrongAttempt(*session);
            ++wrong;
        }
        const int wait = session->retryAfterSeconds();
        QVERIFY2(wait > 0, "no delay after several wrong PINs");

        // While waiting, even the right PIN is refused.
        QVERIFY(session->unlock(kPin));
        waitIdle(*session);
        QCOMPARE(session->state(), VaultSession::Locked);
        QCOMPARE(session->errorCode(), u"locked_out"_s);
        QCOMPARE(session->attemptsLeft(), Vault::kMaxAttempts - wrong);

        // The countdown follows the clock and ends at 0.
        m_now = m_now.addSecs(wait / 2);
        QTRY_VERIFY_WITH_TIMEOUT(session->retryAfterSeconds() <= wait - wait / 2, kTimeoutMs);
        QVERIFY(session->retryAfterSeconds() > 0);
        m_now = m_now.addSecs(wait);
        QTRY_COMPARE_WITH_TIMEOUT(session->retryAfterSeconds(), 0, kTimeoutMs);
        QVERIFY(session->errorCode().isEmpty()); // "wait" no longer applies

        QVERIFY(session->unlock(kPin));
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), VaultSession::Unlocked, kTimeoutMs);
    }

    void tenthWrongPinWipes()
    {
        auto session = makeSession();
        createUnlocked(*session);
        session->lock();
        for (int i = 0; i < Vault::kMaxAttempts; ++i) {
            m_now = m_now.addDays(1); // past any delay
            QTRY_COMPARE_WITH_TIMEOUT(session->retryAfterSeconds(), 0, kTimeoutMs);
            QVERIFY(session->unlock(kWrongPin));
            waitIdle(*session);
        }
        QCOMPARE(session->errorCode(), u"wiped"_s);
        QCOMPARE(session->state(), VaultSession::NoVault);
        QVERIFY(!session->vault().exists());
    }

    void onlyOneOperationAtATime()
    {
        auto session = makeSession();
        QVERIFY(session->createPin(kPin, kPin));
        QCOMPARE(session->state(), VaultSession::Busy);
        QVERIFY(!session->createPin(kPin, kPin));
        QVERIFY(!session->unlock(kPin));
        QVERIFY(!session->changePin(kPin, u"11223344"_s));
        QVERIFY(!session->checkStorage());
        QVERIFY(!session->wipe());
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), VaultSession::Unlocked, kTimeoutMs);
    }

    void lockDuringUnlockWins()
    {
        auto session = makeSession();
        createUnlocked(*session);
        session->lock();
        QVERIFY(session->unlock(kPin));
        session->lock(); // e.g. the app went to the background meanwhile
        waitIdle(*session);
        QCOMPARE(session->state(), VaultSession::Locked);
        QVERIFY(!session->vault().isOpen());
    }

    void changePin()
    {
        auto session = makeSession();
        createUnlocked(*session);
        QSignalSpy changedSpy(session.get(), &VaultSession::pinChanged);
        const QString newPin = u"11223344"_s;

        QVERIFY(session->changePin(kWrongPin, newPin));
        waitIdle(*session);
        QCOMPARE(session->errorCode(), u"wrong_pin"_s);
        QCOMPARE(session->state(), VaultSession::Unlocked);
        QCOMPARE(changedSpy.count(), 0);

        QVERIFY(!session->changePin(kPin, u"12"_s));
        QCOMPARE(session->errorCode(), u"invalid_pin"_s);

        QVERIFY(session->changePin(kPin, newPin));
        QTRY_COMPARE_WITH_TIMEOUT(changedSpy.count(), 1, kTimeoutMs);
        QCOMPARE(session->state(), VaultSession::Unlocked);
        QVERIFY(session->errorCode().isEmpty());

        session->lock();
        wrongAttempt(*session); // kWrongPin
        QVERIFY(session->unlock(kPin)); // the old PIN no longer works
        waitIdle(*session);
        QCOMPARE(session->errorCode(), u"wrong_pin"_s);
        QVERIFY(session->unlock(newPin));
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), VaultSession::Unlocked, kTimeoutMs);
    }

    void checkStorageReports()
    {
        auto session = makeSession();
        QVERIFY(!session->checkStorage()); // nothing to check yet
        createUnlocked(*session);
        QSignalSpy reportSpy(session.get(), &VaultSession::storageReportChanged);
        QVERIFY(session->checkStorage());
        QTRY_COMPARE_WITH_TIMEOUT(reportSpy.count(), 1, kTimeoutMs);
        waitIdle(*session);
        QVERIFY(session->storageOk());
        QVERIFY(!session->storageReport().isEmpty());
        QCOMPARE(session->state(), VaultSession::Unlocked);

        session->lock();
        QVERIFY(session->storageReport().isEmpty()); // the report belongs to the open vault
    }

    void wipeForgetsEverything()
    {
        auto session = makeSession();
        createUnlocked(*session);
        QVERIFY(session->wipe());
        QCOMPARE(session->state(), VaultSession::NoVault);
        QVERIFY(!QFile::exists(m_dir->filePath(u"accounts/local/vault.db"_s)));
        QVERIFY(!QFile::exists(m_dir->filePath(u"accounts/local/envelope.json"_s)));
    }

    void accountDirectory_data()
    {
        QTest::addColumn<QByteArray>("currentAccount"); // empty: no file
        QTest::addColumn<QString>("expected");
        QTest::newRow("no file") << QByteArray() << u"accounts/local"_s;
        QTest::newRow("account id") << QByteArray("u-42\n") << u"accounts/u-42"_s;
        QTest::newRow("spaces") << QByteArray("  7f3a9c \r\n") << u"accounts/7f3a9c"_s;
        QTest::newRow("path escape") << QByteArray("../../etc") << u"accounts/local"_s;
        QTest::newRow("slash") << QByteArray("a/b") << u"accounts/local"_s;
        QTest::newRow("blank") << QByteArray("\n") << u"accounts/local"_s;
    }

    void accountDirectory()
    {
        QFETCH(QByteArray, currentAccount);
        QFETCH(QString, expected);
        if (!currentAccount.isEmpty()) {
            QFile file(m_dir->filePath(u"current-account"_s));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(currentAccount);
        }
        if (QTest::currentDataTag() == QByteArrayLiteral("path escape")
            || QTest::currentDataTag() == QByteArrayLiteral("slash"))
            QTest::ignoreMessage(QtWarningMsg, "ignoring current-account: not a plain account id");
        QCOMPARE(VaultSession::accountDirForDataDir(m_dir->path()), m_dir->filePath(expected));
    }
};

QTEST_GUILESS_MAIN(TestVaultSession)
#include "tst_vaultsession.moc"
