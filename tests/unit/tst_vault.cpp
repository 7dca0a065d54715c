// The PIN protects the data key: wrong PINs are counted and delayed, the 10th wipes,
// a PIN change re-wraps the key and keeps the data.
#include "replicastore.h"
#include "vaultfixture.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestVault : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsAndReopensWithPin()
    {
        VaultFixture f;
        QVERIFY(!f.vault->exists());
        QCOMPARE(f.vault->unlock(VaultFixture::kPin).code(), VaultError::NoVault);
        QVERIFY(f.vault->create(VaultFixture::kPin).ok());
        QVERIFY(f.vault->isOpen());
        ReplicaStore(f.vault->database())
            .put(u"document"_s, u"d1"_s, 1, QJsonObject { { u"title"_s, u"Nghị quyết"_s } });
        f.vault->lock();
        QVERIFY(!f.vault->isOpen());

        auto reopened = f.makeVault();
        QCOMPARE(reopened->lastKeyDerivation().count(), 0);
        QVERIFY(reopened->unlock(VaultFixture::kPin).ok());
        // The key's unwrapping is timed for the start-up benchmark.
        QVERIFY(reopened->lastKeyDerivation().count() > 0);
        QCOMPARE(ReplicaStore(reopened->database()).count(u"document"_s), 1);
        QCOMPARE(reopened->database().scalar("PRAGMA journal_mode").toString(), u"wal"_s);
        QCOMPARE(reopened->database().scalar("PRAGMA synchronous").toInt(), 2); // FULL
        QCOMPARE(reopened->database().scalar("PRAGMA temp_store").toInt(), 2); // MEMORY
        QCOMPARE(reopened->database().scalar("PRAGMA secure_delete").toInt(), 1);
        QVERIFY(!reopened->database().scalar("PRAGMA cipher_version").toString().isEmpty());
    }

    void rejectsBadPins()
    {
        VaultFixture f;
        QCOMPARE(f.vault->create(u"12345"_s).code(), VaultError::InvalidPin);
        QCOMPARE(f.vault->create(u"12345a"_s).code(), VaultError::InvalidPin);
        QCOMPARE(f.vault->create(u"1234567890123"_s).code(), VaultError::InvalidPin);
        QVERIFY(!f.vault->exists());
        QVERIFY(f.vault->create(VaultFixture::kPin).ok());
        QCOMPARE(f.vault->create(VaultFixture::kPin).code(), VaultError::AlreadyExists);
    }

    void wrongPinIsCountedAndDelayed()
    {
        VaultFixture f;
        QVERIFY(f.vault->create(VaultFixture::kPin).ok());
        f.vault->lock();

        VaultError error = f.vault->unlock(u"000000"_s);
        QCOMPARE(error.code(), VaultError::WrongPin);
        QCOMPARE(error.attemptsLeft, 9);
        QCOMPARE(f.vault->failedAttempts(), 1);
        QVERIFY(!error.message().isEmpty());
        QVERIFY(!f.vault->isOpen());

        QCOMPARE(f.vault->unlock(u"000000"_s).attemptsLeft, 8);
        QCOMPARE(f.vault->unlock(u"000000"_s).attemptsLeft, 7);
        error = f.vault->unlock(u"000000"_s); // 4th: a delay starts
        QCOMPARE(error.code(), VaultError::WrongPin);
        QVERIFY(error.retryAfterSeconds > 0);

        // During the delay even the right PIN is not tried, and nothing is counted.
        error = f.vault->unlock(VaultFixture::kPin);
        QCOMPARE(error.code(), VaultError::LockedOut);
        QVERIFY(error.retryAfterSeconds > 0);
        QCOMPARE(f.vault->failedAttempts(), 4);

        QVERIFY2(error.message().contains(u"giây"_s), qPrintable(error.message())); // 30 s

        f.now = f.now.addSecs(error.retryAfterSeconds);
        QVERIFY(f.vault->unlock(VaultFixture::kPin).ok());
        QCOMPARE(f.vault->failedAttempts(), 0); // a success resets the count
    }

    void tenthWrongPinWipesTheAccount()
    {
        VaultFixture f;
        QVERIFY(f.vault->create(VaultFixture::kPin).ok());
        f.vault->lock();
        QVERIFY(QFile::exists(f.vault->databasePath()));
        for (int attempt = 1; attempt <= 9; ++attempt) {
            f.now = f.now.addSecs(f.vault->secondsUntilNextAttempt());
            const VaultError error = f.vault->unlock(u"999999"_s);
            QCOMPARE(error.code(), VaultError::WrongPin);
            QCOMPARE(error.attemptsLeft, 10 - attempt);
        }
        // The last wait (an hour) is told in minutes.
        VaultError longWait(VaultError::LockedOut);
        longWait.retryAfterSeconds = f.vault->secondsUntilNextAttempt();
        QVERIFY2(longWait.message().contains(u"60 phút"_s), qPrintable(longWait.message()));
        f.now = f.now.addSecs(f.vault->secondsUntilNextAttempt());
        QCOMPARE(f.vault->unlock(u"999999"_s).code(), VaultError::Wiped);
        const QString base = f.vault->databasePath();
        for (const QString &path :
            { base, base + u"-wal"_s, base + u"-shm"_s, f.vault->envelopePath() })
            QVERIFY2(!QFile::exists(path), qPrintable(path));
        QVERIFY(!QDir(f.accountDir()).exists());
        QCOMPARE(f.vault->unlock(VaultFixture::kPin).code(), VaultError::NoVault);
    }

    void explicitWipeRemovesEverything()
    {
        VaultFixture f;
        QVERIFY(f.vault->create(VaultFixture::kPin).ok());
        QVERIFY(QFile::exists(f.vault->databasePath() + u"-wal"_s)); // open in WAL mode
        QVERIFY(f.vault->wipe().ok());
        QVERIFY(!f.vault->isOpen());
        QVERIFY(!QDir(f.accountDir()).exists());
    }

    void pinChangeRewrapsTheKeyOnly()
    {
        VaultFixture f;
        QVERIFY(f.vault->create(VaultFixture::kPin).ok());
        ReplicaStore(f.vault->database())
            .put(u"note"_s, u"n1"_s, 1, QJsonObject { { u"text"_s, u"ghi chú"_s } });
        f.vault->lock();
        QFile db(f.vault->databasePath());
        QVERIFY(db.open(QIODevice::ReadOnly));
        const QByteArray before = db.readAll();
        db.close();

        QCOMPARE(f.vault->changePin(u"111111"_s, u"13579135"_s).code(), VaultError::WrongPin);
        QCOMPARE(f.vault->changePin(VaultFixture::kPin, u"123"_s).code(), VaultError::InvalidPin);
        QVERIFY(f.vault->changePin(VaultFixture::kPin, u"13579135"_s).ok());

        QVERIFY(db.open(QIODevice::ReadOnly));
        QCOMPARE(db.readAll(), before); // the database was not re-encrypted
        db.close();

        QCOMPARE(f.vault->unlock(VaultFixture::kPin).code(), VaultError::WrongPin);
        QVERIFY(f.vault->unlock(u"13579135"_s).ok());
        QCOMPARE(
            ReplicaStore(f.vault->database()).get(u"note"_s, u"n1"_s)->value(u"text"_s).toString(),
            u"ghi chú"_s);
    }

    void damagedEnvelopeIsReported()
    {
        VaultFixture f;
        QVERIFY(f.vault->create(VaultFixture::kPin).ok());
        f.vault->lock();
        QFile envelope(f.vault->envelopePath());
        QVERIFY(envelope.open(QIODevice::WriteOnly | QIODevice::Truncate));
        envelope.write("{ not json");
        envelope.close();
        QCOMPARE(f.vault->unlock(VaultFixture::kPin).code(), VaultError::EnvelopeDamaged);
    }

    // Found while fuzzing the envelope (tests/fuzz/fuzz_key_envelope.cpp): values no code of
    // ours writes must read as a damaged envelope, not as a wrong PIN (which counts towards
    // the wipe) and never index the delay table out of range or run Argon2id for hours.
    void implausibleEnvelopeValuesAreDamage_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("negative failed attempts") << u"failed_attempts"_s << QJsonValue(-5);
        QTest::newRow("huge failed attempts") << u"failed_attempts"_s << QJsonValue(2147483647);
        QTest::newRow("fractional failed attempts") << u"failed_attempts"_s << QJsonValue(1.5);
        QTest::newRow("hours of Argon2id") << u"opslimit"_s << QJsonValue(qint64(1) << 32);
        QTest::newRow("negative opslimit") << u"opslimit"_s << QJsonValue(-1);
        QTest::newRow("terabytes of memory") << u"memlimit"_s << QJsonValue(qint64(1) << 40);
        QTest::newRow("short nonce") << u"nonce"_s << QJsonValue(u"AAAA"_s);
        QTest::newRow("short wrapped key") << u"wrapped_key"_s << QJsonValue(u"AAAA"_s);
    }

    void implausibleEnvelopeValuesAreDamage()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        VaultFixture f;
        QVERIFY(f.vault->create(VaultFixture::kPin).ok());
        f.vault->lock();
        QFile file(f.vault->envelopePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QVERIFY(KeyEnvelope::fromBytes(QJsonDocument(json).toJson()).has_value());
        json.insert(key, value);
        QVERIFY(!KeyEnvelope::fromBytes(QJsonDocument(json).toJson()).has_value());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(json).toJson());
        file.close();
        QCOMPARE(f.vault->unlock(u"999999"_s).code(), VaultError::EnvelopeDamaged);
        QCOMPARE(f.vault->failedAttempts(), 0);
        QVERIFY(f.vault->exists()); // not wiped
    }

    // A lockout stored far ahead (a clock that was wrong, a copied envelope) lasts at most
    // the longest delay.
    void lockoutNeverExceedsTheLongestDelay()
    {
        VaultFixture f;
        QVERIFY(f.vault->create(VaultFixture::kPin).ok());
        f.vault->lock();
        QFile file(f.vault->envelopePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        json.insert(u"failed_attempts"_s, 5);
        json.insert(u"locked_until"_s, u"2099-01-01T00:00:00Z"_s);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(json).toJson());
        file.close();
        QCOMPARE(f.vault->secondsUntilNextAttempt(), 3600);
        const VaultError locked = f.vault->unlock(VaultFixture::kPin);
        QCOMPARE(locked.code(), VaultError::LockedOut);
        QCOMPARE(locked.retryAfterSeconds, 3600);
        f.now = f.now.addSecs(3600);
        QVERIFY(f.vault->unlock(VaultFixture::kPin).ok());
    }

    void envelopeOfAnotherAccountDoesNotOpen()
    {
        VaultFixture a;
        QVERIFY(a.vault->create(VaultFixture::kPin).ok());
        a.vault->lock();
        // The account id is bound into the envelope: copying it under another id fails.
        const QString other = a.dir.path() + u"/accounts/u2"_s;
        QVERIFY(QDir().mkpath(other));
        QVERIFY(QFile::copy(a.vault->envelopePath(), other + u"/envelope.json"_s));
        QVERIFY(QFile::copy(a.vault->databasePath(), other + u"/vault.db"_s));
        Vault::Options options;
        options.accountDir = other;
        options.kdf = KdfParams::fastForTests();
        Vault copy(options);
        QCOMPARE(copy.unlock(VaultFixture::kPin).code(), VaultError::WrongPin);
    }
};

QTEST_GUILESS_MAIN(TestVault)
#include "tst_vault.moc"
