// Signing out (AccountController) erases the account's data on the device; when that fails,
// the account is kept (current-account still names it), the reason is shown in Vietnamese and
// signing out again retries. A device-only vault: no server is involved. Signing in (issue
// 15): the server checks the password before the PIN page (an unreachable server is said on
// the sign-in page, which keeps what was typed, and creates nothing); the address comes from
// the shipped server profile; PINs that are easy to guess are refused with the reason.
#include "accountcontroller.h"
#include "sqlitedatabase.h"
#include "synccontroller.h"
#include "syncstate.h"
#include "vaultsession.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
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
    // ---- Signing in ----

    void thePasswordIsCheckedBeforeThePin()
    {
        // A port where nothing listens: the server cannot be reached.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QString server = u"http://127.0.0.1:%1"_s.arg(probe.serverPort());
        probe.close();

        QTemporaryDir data;
        VaultSession session(
            { VaultSession::accountDirForDataDir(data.path()), KdfParams::fastForTests(), {} });
        AccountController account(&session, data.path(), KdfParams::fastForTests());
        QCOMPARE(account.screen(), AccountController::SignIn);
        QList<AccountController::Screen> screens;
        connect(&account, &AccountController::screenChanged, this,
            [&] { screens << account.screen(); });

        QVERIFY(account.beginSignIn(server, u" dangvien.a1 "_s, u"mat-khau-dai"_s));
        QVERIFY(account.busy());
        QCOMPARE(account.screen(), AccountController::SignIn);
        QTRY_VERIFY_WITH_TIMEOUT(!account.busy(), kTimeoutMs);

        // Still on the sign-in page, with the reason and what was typed; never on the PIN page.
        QVERIFY2(!screens.contains(AccountController::ChoosePin), "the PIN page came first");
        QCOMPARE(account.screen(), AccountController::SignIn);
        QVERIFY(!account.errorMessage().isEmpty());
        QCOMPARE(account.serverAddress(), server);
        QCOMPARE(account.login(), u"dangvien.a1"_s);
        QVERIFY(!account.finishSignIn(u"135790"_s, u"135790"_s));
        QVERIFY(!QDir(data.filePath(u"accounts"_s)).exists());
        QVERIFY(!QFile::exists(data.filePath(u"current-account"_s)));
    }

    // The sign-in field takes a server profile line (the slip's QR code, ServerProfileText):
    // the address part is the server, a bad pin after it is refused before anything is sent.
    void theServerFieldTakesAProfileLine()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QString server = u"http://127.0.0.1:%1"_s.arg(probe.serverPort());
        probe.close();
        QTemporaryDir data;
        VaultSession session(
            { VaultSession::accountDirForDataDir(data.path()), KdfParams::fastForTests(), {} });
        AccountController account(&session, data.path(), KdfParams::fastForTests());
        QVERIFY(!account.beginSignIn(
            server + u"#pin-sha256=AAAA"_s, u"dangvien.a1"_s, u"mat-khau-dai"_s));
        QVERIFY(account.errorMessage().contains(u"mã QR"_s));
        QVERIFY(!account.busy());
        QVERIFY(account.beginSignIn(
            server + u"#pin-sha256=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="_s,
            u"dangvien.a1"_s, u"mat-khau-dai"_s));
        QCOMPARE(account.serverAddress(), server);
        QTRY_VERIFY_WITH_TIMEOUT(!account.busy(), kTimeoutMs);
    }

    void theServerAddressComesFromTheShippedProfile()
    {
        QTemporaryDir data;
        QCOMPARE(AccountController::shippedServer(data.path()), QString());
        QFile profile(data.filePath(u"server-profile.json"_s));
        QVERIFY(profile.open(QIODevice::WriteOnly));
        profile.write("{\"server_url\": \"https://sotay.example.vn\"}");
        profile.close();
        VaultSession session(
            { VaultSession::accountDirForDataDir(data.path()), KdfParams::fastForTests(), {} });
        AccountController account(&session, data.path(), KdfParams::fastForTests());
        QCOMPARE(account.serverAddress(), u"https://sotay.example.vn"_s);
        // Not a valid address: ignored (the field starts empty), with a warning.
        QVERIFY(profile.open(QIODevice::WriteOnly | QIODevice::Truncate));
        profile.write("{\"server_url\": \"ftp://x\"}");
        profile.close();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"ignoring .*server-profile"_s));
        QCOMPARE(AccountController::shippedServer(data.path()), QString());
    }

    void trivialPinsAreRefused_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<bool>("refused");
        const QDate birth(1960, 3, 5);
        for (const QString &pin : { u"000000"_s, u"111111"_s, u"99999999"_s, u"123456"_s,
                 u"654321"_s, u"890123"_s, u"0123456789"_s, u"987654321"_s })
            QTest::newRow(qPrintable(pin)) << pin << true;
        for (const QString &format :
            { u"ddMMyy"_s, u"ddMMyyyy"_s, u"yyyyMMdd"_s, u"yyMMdd"_s, u"MMddyy"_s, u"dMyyyy"_s })
            QTest::newRow(qPrintable(u"birth date "_s + format)) << birth.toString(format) << true;
        for (const QString &pin : { u"135790"_s, u"246810"_s, u"97531864"_s, u"050361"_s })
            QTest::newRow(qPrintable(pin)) << pin << false;
    }

    void trivialPinsAreRefused()
    {
        QFETCH(QString, pin);
        QFETCH(bool, refused);
        const QString reason = VaultSession::pinWeakness(pin, QDate(1960, 3, 5));
        QCOMPARE(!reason.isEmpty(), refused);
        if (refused)
            QVERIFY2(reason.contains(u"Đồng chí hãy chọn mã khác"_s), qPrintable(reason));
    }

    void theBirthDateNeedsToBeKnown()
    {
        // Without the member's birth date only the digit rules apply.
        QVERIFY(VaultSession::pinWeakness(u"050360"_s).isEmpty());
        QTemporaryDir data;
        VaultSession session(
            { VaultSession::accountDirForDataDir(data.path()), KdfParams::fastForTests(), {} });
        AccountController account(&session, data.path(), KdfParams::fastForTests());
        QVERIFY(!account.pinProblem(u"123456"_s).isEmpty());
        QVERIFY(account.pinProblem(u"246810"_s).isEmpty());
    }

    void sendingTextsSayWhatIsTrue()
    {
        // Without a server (no address, or signed out): waiting for a sign-in, not "no network".
        QTemporaryDir data;
        VaultSession session(
            { VaultSession::accountDirForDataDir(data.path()), KdfParams::fastForTests(), {} });
        AccountController account(&session, data.path(), KdfParams::fastForTests());
        QVERIFY2(
            account.unsentNote().contains(u"chờ đăng nhập"_s), qPrintable(account.unsentNote()));
        QVERIFY(!account.unsentNote().contains(u"mạng"_s));
        // An unreachable server on a working network is not called "no network".
        const QString unreachable
            = SyncController::deliveryText(SyncController::ServerUnreachable, {}, QDateTime());
        QVERIFY2(unreachable.contains(u"máy chủ"_s) && !unreachable.contains(u"không có mạng"_s),
            qPrintable(unreachable));
        QVERIFY(SyncController::deliveryText(SyncController::NoNetwork, {}, {})
                    .contains(u"không có mạng"_s));
        QVERIFY(SyncController::deliveryText(SyncController::Failed, u"Lý do X"_s, {})
                    .contains(u"Lý do X"_s));
    }

    void aNewLocalPinAndAChangedPinAreChecked()
    {
        QTemporaryDir data;
        VaultSession session(
            { VaultSession::accountDirForDataDir(data.path()), KdfParams::fastForTests(), {} });
        QVERIFY(!session.createPin(u"123456"_s, u"123456"_s));
        QCOMPARE(session.errorCode(), u"pin_weak"_s);
        QVERIFY(session.createPin(kPin, kPin));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), VaultSession::Unlocked, kTimeoutMs);

        // The member's own birth date, from the replica.
        SyncState(session.vault().database()).setValue(u"member_id"_s, u"m1"_s);
        Statement(session.vault().database(),
            "INSERT INTO members (id, data) VALUES ('m1', '{\"birth_date\": \"1960-03-05\"}')")
            .exec();
        QCOMPARE(session.ownBirthDate(), QDate(1960, 3, 5));
        QVERIFY(!session.changePin(kPin, u"05031960"_s));
        QCOMPARE(session.errorCode(), u"pin_weak"_s);
        QVERIFY(session.errorMessage().contains(u"ngày sinh"_s));
        QVERIFY(!session.changePin(kPin, u"555555"_s));
        QVERIFY(session.changePin(kPin, u"97531864"_s));
        QTRY_VERIFY_WITH_TIMEOUT(session.state() != VaultSession::Busy, kTimeoutMs);
        QVERIFY2(session.errorCode().isEmpty(), qPrintable(session.errorCode()));
    }
};

QTEST_GUILESS_MAIN(TestAccountController)
#include "tst_accountcontroller.moc"
