// Signing out (AccountController) erases the account's data on the device; when that fails,
// the account is kept (current-account still names it), the reason is shown in Vietnamese and
// signing out again retries. A device-only vault: no server is involved.
#include "accountcontroller.h"
#include "vaultsession.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kPin = u"135790"_s;
constexpr int kTimeoutMs = 20000;
} // namespace

class TestAccountController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signOutErasesTheAccount()
    {
        QTemporaryDir data;
        QFile current(data.filePath(u"current-account"_s));
        QVERIFY(current.open(QIODevice::WriteOnly));
        current.write("u1\n");
        current.close();
        Vault::Options options;
        options.accountDir = VaultSession::accountDirForDataDir(data.path());
        options.kdf = KdfParams::fastForTests();
        QVERIFY(options.accountDir.endsWith(u"accounts/u1"_s));
        VaultSession session(options);
        AccountController account(&session, data.path(), KdfParams::fastForTests());
        QVERIFY(session.createPin(kPin, kPin));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), VaultSession::Unlocked, kTimeoutMs);
        QCOMPARE(account.screen(), AccountController::Home);
        QVERIFY(!account.hasServer());

        QSignalSpy signedOut(&account, &AccountController::signedOut);
        account.signOut();
        QCOMPARE(signedOut.count(), 1);
        QVERIFY(!account.signOutFailed());
        QVERIFY(account.errorMessage().isEmpty());
        QVERIFY(!QFile::exists(current.fileName()));
        QVERIFY(!QDir(options.accountDir).exists());
        QCOMPARE(account.screen(), AccountController::SignIn);
    }

    void aFailedWipeKeepsTheAccountAndCanBeRetried()
    {
        QTemporaryDir data;
        QFile current(data.filePath(u"current-account"_s));
        QVERIFY(current.open(QIODevice::WriteOnly));
        current.write("u1\n");
        current.close();
        Vault::Options options;
        options.accountDir = VaultSession::accountDirForDataDir(data.path());
        options.kdf = KdfParams::fastForTests();
        VaultSession session(options);
        AccountController account(&session, data.path(), KdfParams::fastForTests());
        QVERIFY(session.createPin(kPin, kPin));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), VaultSession::Unlocked, kTimeoutMs);

        // Where the vault's journal file would be, a directory: it cannot be deleted as a file,
        // so the wipe reports a failure (the tests run as root: permissions would not stop it).
        const QString journal = session.vault().databasePath() + u"-journal"_s;
        QVERIFY(QDir().mkpath(journal + u"/blocker"_s));

        QSignalSpy signedOut(&account, &AccountController::signedOut);
        QSignalSpy errors(&account, &AccountController::errorChanged);
        QTest::ignoreMessage(QtWarningMsg, "sign-out: the account's data could not be erased");
        account.signOut();
        QCOMPARE(signedOut.count(), 0);
        QVERIFY(account.signOutFailed());
        QVERIFY(errors.count() >= 1);
        QVERIFY2(account.errorMessage().startsWith(u"Chưa xóa được dữ liệu"_s),
            qPrintable(account.errorMessage()));
        // The account is kept: the next sign-out goes to the same files.
        QVERIFY(QFile::exists(current.fileName()));
        QCOMPARE(VaultSession::accountDirForDataDir(data.path()), options.accountDir);
        QVERIFY(session.state() != VaultSession::Unlocked);

        // Retry (the obstacle is gone): erased, signed out, the message cleared.
        QDir(journal).removeRecursively();
        account.signOut();
        QCOMPARE(signedOut.count(), 1);
        QVERIFY(!account.signOutFailed());
        QVERIFY(account.errorMessage().isEmpty());
        QVERIFY(!QFile::exists(current.fileName()));
        QCOMPARE(account.screen(), AccountController::SignIn);
    }

    void clearingTheErrorForgetsTheFailure()
    {
        QTemporaryDir data;
        Vault::Options options;
        options.accountDir = VaultSession::accountDirForDataDir(data.path());
        options.kdf = KdfParams::fastForTests();
        VaultSession session(options);
        AccountController account(&session, data.path(), KdfParams::fastForTests());
        QVERIFY(session.createPin(kPin, kPin));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), VaultSession::Unlocked, kTimeoutMs);
        QVERIFY(QDir().mkpath(session.vault().databasePath() + u"-journal/blocker"_s));
        QTest::ignoreMessage(QtWarningMsg, "sign-out: the account's data could not be erased");
        account.signOut();
        QVERIFY(account.signOutFailed());
        account.clearError();
        QVERIFY(!account.signOutFailed());
        QVERIFY(account.errorMessage().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAccountController)
#include "tst_accountcontroller.moc"
