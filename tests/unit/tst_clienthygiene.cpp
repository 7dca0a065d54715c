// Secrets at rest and in memory on the phone: the data directory and what
// the app writes in it (vault, its -wal/-shm, the key envelope, current-account, settings.ini)
// are the user's alone whatever the umask; a vault made before that is restricted when it is
// next unlocked; key material lives in SecureBuffer (sodium_malloc, wiped); a PIN string is
// wiped where it is not shared; the process is not dumpable and creates owner-only files.
#include "accountsignin.h"
#include "appsettings.h"
#include "filechecks.h"
#include "privatefiles.h"
#include "processhygiene.h"
#include "securebuffer.h"
#include "vault.h"
#include "vaultsession.h"
#include "vaultsyncstore.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <sodium.h>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#include <sys/stat.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

using namespace Qt::StringLiterals;

namespace {

const QString kPin = u"135790"_s;

} // namespace

class TestClientHygiene : public QObject
{
    Q_OBJECT

#ifdef Q_OS_UNIX
    mode_t m_umask = 0;
#endif

private Q_SLOTS:
    void init()
    {
#ifdef Q_OS_UNIX
        // A permissive umask, as a desktop session has: the modes must come from the code.
        m_umask = ::umask(022);
#endif
    }

    void cleanup()
    {
#ifdef Q_OS_UNIX
        ::umask(m_umask);
#endif
    }

    void vaultAndSyncStoreFilesAreOwnerOnly()
    {
#ifndef Q_OS_UNIX
        QSKIP("POSIX permissions only");
#endif
        QTemporaryDir parent;
        const QString dataDir = parent.filePath(u"data"_s);
        QVERIFY(PrivateFiles::makeDir(dataDir));
        const QString accountDir = AccountSignIn::accountDir(dataDir, u"u-1"_s);
        Vault::Options options;
        options.accountDir = accountDir;
        options.kdf = KdfParams::fastForTests();
        Vault vault(options);
        QVERIFY(vault.create(kPin).ok());
        // The sync store writes into the vault: the WAL and its index appear.
        VaultSyncStore(vault).saveSession(
            u"refresh-token"_s, AuthUser { u"u-1"_s, u"m-1"_s, u"member"_s, u"c1"_s });
        QVERIFY(AccountSignIn::writeCurrentAccount(dataDir, u"u-1"_s));
        AppSettings settings(dataDir);
        settings.setTextScale(1.5);
        QVERIFY(QFile::exists(vault.databasePath() + u"-wal"_s));
        QVERIFY(QFile::exists(dataDir + u"/settings.ini"_s));
        QVERIFY(vault.changePin(kPin, u"24681012"_s).ok()); // the envelope is rewritten
        const QStringList open = notOwnerOnly(dataDir);
        QVERIFY2(open.isEmpty(), qPrintable(open.join(u", "_s)));
        QCOMPARE(QFileInfo(accountDir).permissions() & 0x7777, QFileDevice::Permissions(0x7700));
        QCOMPARE(QFileInfo(vault.envelopePath()).permissions() & 0x7777,
            QFileDevice::Permissions(0x6600));
    }

    void anOldVaultIsRestrictedWhenUnlocked()
    {
#ifndef Q_OS_UNIX
        QSKIP("POSIX permissions only");
#endif
        QTemporaryDir parent;
        Vault::Options options;
        options.accountDir = parent.filePath(u"data/accounts/u-1"_s);
        options.kdf = KdfParams::fastForTests();
        {
            Vault vault(options);
            QVERIFY(vault.create(kPin).ok());
            vault.lock();
            // As an older version left it.
            for (const QString &file : { vault.databasePath(), vault.envelopePath() })
                QVERIFY(::chmod(QFile::encodeName(file).constData(), 0644) == 0);
            for (const QString &dir : { options.accountDir, parent.filePath(u"data/accounts"_s) })
                QVERIFY(::chmod(QFile::encodeName(dir).constData(), 0755) == 0);
            QVERIFY(!notOwnerOnly(parent.filePath(u"data/accounts"_s)).isEmpty());
        }
        Vault vault(options);
        QVERIFY(vault.unlock(kPin).ok());
        const QStringList open = notOwnerOnly(parent.filePath(u"data/accounts"_s));
        QVERIFY2(open.isEmpty(), qPrintable(open.join(u", "_s)));
    }

    void secureBufferHoldsAndWipesKeys()
    {
        SecureBuffer empty;
        QVERIFY(empty.isNull());
        SecureBuffer zeros(32);
        QVERIFY(!zeros.isNull());
        QCOMPARE(zeros.size(), 32);
        QVERIFY(sodium_is_zero(zeros.constData(), 32));

        const SecureBuffer a = SecureBuffer::random(32);
        const SecureBuffer b = SecureBuffer::random(32);
        QVERIFY(!a.isNull() && !b.isNull());
        QVERIFY(!sodium_is_zero(a.constData(), 32));
        QVERIFY(!a.equals(b));

        // Taking bytes over leaves none where they were.
        QByteArray bytes("0123456789abcdef0123456789abcdef");
        const QByteArray expected(bytes.constData(), bytes.size()); // a copy of its own
        SecureBuffer taken = SecureBuffer::takeFrom(bytes);
        QVERIFY(bytes.isEmpty());
        QCOMPARE(QByteArray(taken.chars(), taken.size()), expected);

        // Moving hands the memory over; the source is empty.
        const unsigned char *memory = taken.constData();
        SecureBuffer moved = std::move(taken);
        QVERIFY(taken.isNull()); // NOLINT(bugprone-use-after-move): checked on purpose
        QCOMPARE(moved.constData(), memory);
        SecureBuffer assigned;
        assigned = std::move(moved);
        QCOMPARE(assigned.constData(), memory);
        QVERIFY(assigned.equals(SecureBuffer::fromString(QString::fromLatin1(expected))));
        assigned.clear();
        QVERIFY(assigned.isNull());
    }

    void theDataKeyComesBackInSecureMemory()
    {
        const SecureBuffer dek = SecureBuffer::random(KeyEnvelope::kKeyBytes);
        const KeyEnvelope envelope
            = KeyEnvelope::seal(dek, kPin, KdfParams::fastForTests(), "context");
        std::optional<SecureBuffer> opened = envelope.open(kPin, "context");
        QVERIFY(opened);
        QVERIFY(opened->equals(dek));
        QVERIFY(!envelope.open(u"000000"_s, "context"));
        QVERIFY(!envelope.open(kPin, "other context"));
    }

    void pinStringsAreWipedWhereUnshared()
    {
        // Shared: the other owner keeps its text; this one is emptied.
        QString pin = u"1357"_s + u"90"_s;
        const QString other = pin;
        wipeString(pin);
        QVERIFY(pin.isEmpty());
        QCOMPARE(other, u"135790"_s);
        // Unshared: overwritten, then released.
        QString alone = QString::number(13579024);
        wipeString(alone);
        QVERIFY(alone.isEmpty());
        // Read-only literal data is never written to.
        QString literal = u"246810"_s;
        wipeString(literal);
        QVERIFY(literal.isEmpty());
    }

    void theProcessIsNotDumpableAndCreatesPrivateFiles()
    {
        ProcessHygiene::apply();
#ifdef Q_OS_LINUX
        QCOMPARE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
#endif
#ifdef Q_OS_UNIX
        rlimit core {};
        QVERIFY(::getrlimit(RLIMIT_CORE, &core) == 0);
        QCOMPARE(core.rlim_cur, rlim_t(0));
        const mode_t mask = ::umask(077);
        QCOMPARE(mask, mode_t(077));
        QTemporaryDir dir;
        QFile file(dir.filePath(u"plain"_s));
        QVERIFY(file.open(QIODevice::WriteOnly)); // no explicit permissions
        file.close();
        QCOMPARE(file.permissions() & 0x0077, QFileDevice::Permissions());
#endif
    }
};

QTEST_GUILESS_MAIN(TestClientHygiene)
#include "tst_clienthygiene.moc"
