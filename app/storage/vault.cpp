#include "vault.h"

#include "migrations.h"
#include "privatefiles.h"
#include "searchpassage.h"
#include "vietnamesetokenizer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <sodium.h>
#include <sqlite3.h>

#include <algorithm>
#include <iterator>

Q_LOGGING_CATEGORY(lcVault, "handbook.vault")

namespace {

// Wait imposed after the n-th consecutive wrong PIN (index n); the 10th wipes.
constexpr int kDelaySeconds[] = { 0, 0, 0, 0, 30, 60, 300, 900, 1800, 3600 };

QByteArray envelopeContext(const QString &accountDir)
{
    return "handbook-vault-v1:" + QFileInfo(accountDir).fileName().toUtf8();
}

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

Vault::Vault(Options options)
    : m_options(std::move(options))
{
    if (!m_options.clock)
        m_options.clock = [] { return QDateTime::currentDateTimeUtc(); };
}

Vault::~Vault()
{
    lock();
}

bool Vault::isValidPin(const QString &pin)
{
    if (pin.size() < 6 || pin.size() > 12)
        return false;
    for (const QChar c : pin) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

QString Vault::databasePath() const
{
    return m_options.accountDir + QStringLiteral("/vault.db");
}

QString Vault::envelopePath() const
{
    return m_options.accountDir + QStringLiteral("/envelope.json");
}

bool Vault::exists() const
{
    return QFile::exists(envelopePath()) || QFile::exists(databasePath());
}

bool Vault::isOpen() const
{
    return m_db.isOpen();
}

QDateTime Vault::now() const
{
    return m_options.clock();
}

VaultError Vault::create(const QString &pin)
{
    if (!sodiumReady())
        return VaultError(
            VaultError::NotEncrypted, QStringLiteral("libsodium failed to initialise"));
    if (exists())
        return VaultError(VaultError::AlreadyExists);
    if (!isValidPin(pin))
        return VaultError(VaultError::InvalidPin);
    // <data>/accounts/<id>: both levels the user's alone.
    if (!PrivateFiles::makeDir(m_options.accountDir))
        return VaultError(VaultError::Io, QStringLiteral("cannot create the account directory"));
    PrivateFiles::restrictDir(QFileInfo(m_options.accountDir).path());

    const SecureBuffer dek = SecureBuffer::random(KeyEnvelope::kKeyBytes);
    if (dek.isNull())
        return VaultError(VaultError::Io, QStringLiteral("no memory for the key"));
    const KeyEnvelope envelope
        = KeyEnvelope::seal(dek, pin, m_options.kdf, envelopeContext(m_options.accountDir));
    if (!envelope.save(envelopePath()))
        return VaultError(VaultError::Io, QStringLiteral("cannot write the key envelope"));
    // SQLite creates the -wal and -shm files with the database file's permissions.
    if (!PrivateFiles::createFile(databasePath()))
        return VaultError(VaultError::Io, QStringLiteral("cannot create the database file"));
    VaultError error = openDatabase(dek, true);
    if (!error.ok()) {
        lock();
        QFile::remove(envelopePath());
        QFile::remove(databasePath());
    }
    return error;
}

VaultError Vault::unlock(const QString &pin)
{
    if (!sodiumReady())
        return VaultError(
            VaultError::NotEncrypted, QStringLiteral("libsodium failed to initialise"));
    lock();
    bool damaged = false;
    std::optional<KeyEnvelope> envelope = KeyEnvelope::load(envelopePath(), &damaged);
    if (!envelope)
        return VaultError(damaged || QFile::exists(databasePath()) ? VaultError::EnvelopeDamaged
                                                                   : VaultError::NoVault);
    if (const int wait = secondsUntilNextAttempt(); wait > 0) {
        // A lock further ahead than the longest delay (the clock was wrong when it was set, or
        // the envelope was planted) is shortened to that delay and stored, so that it ends.
        if (envelope->lockedUntilUtc > now().addSecs(wait)) {
            envelope->lockedUntilUtc = now().addSecs(wait);
            if (!envelope->save(envelopePath()))
                qCWarning(lcVault) << "could not shorten a lockout";
        }
        VaultError error(VaultError::LockedOut);
        error.retryAfterSeconds = wait;
        error.attemptsLeft = kMaxAttempts - envelope->failedAttempts;
        return error;
    }
    const auto derivationStart = std::chrono::steady_clock::now();
    std::optional<SecureBuffer> dek = envelope->open(pin, envelopeContext(m_options.accountDir));
    m_lastKeyDerivation = std::chrono::steady_clock::now() - derivationStart;
    if (!dek)
        return recordFailure(*envelope);
    if (envelope->failedAttempts > 0) {
        envelope->failedAttempts = 0;
        envelope->lockedUntilUtc = {};
        if (!envelope->save(envelopePath()))
            qCWarning(lcVault) << "could not reset the failed-attempt counter";
    }
    VaultError error = openDatabase(*dek, false);
    dek.reset(); // wiped
    if (error.ok())
        restrictFiles(); // vaults made before files were owner-only
    return error;
}

VaultError Vault::checkPin(const QString &pin)
{
    if (!sodiumReady())
        return VaultError(
            VaultError::NotEncrypted, QStringLiteral("libsodium failed to initialise"));
    bool damaged = false;
    std::optional<KeyEnvelope> envelope = KeyEnvelope::load(envelopePath(), &damaged);
    if (!envelope)
        return VaultError(damaged ? VaultError::EnvelopeDamaged : VaultError::NoVault);
    if (const int wait = secondsUntilNextAttempt(); wait > 0) {
        VaultError error(VaultError::LockedOut);
        error.retryAfterSeconds = wait;
        error.attemptsLeft = kMaxAttempts - envelope->failedAttempts;
        return error;
    }
    std::optional<SecureBuffer> dek = envelope->open(pin, envelopeContext(m_options.accountDir));
    if (!dek)
        return recordFailure(*envelope);
    dek.reset(); // wiped
    if (envelope->failedAttempts > 0) {
        envelope->failedAttempts = 0;
        envelope->lockedUntilUtc = {};
        if (!envelope->save(envelopePath()))
            qCWarning(lcVault) << "could not reset the failed-attempt counter";
    }
    return {};
}

VaultError Vault::recordFailure(KeyEnvelope &envelope)
{
    envelope.failedAttempts += 1;
    envelope.lastFailureUtc = now();
    if (envelope.failedAttempts >= kMaxAttempts) {
        qCWarning(lcVault) << "maximum PIN attempts reached: wiping the account";
        wipe();
        return VaultError(VaultError::Wiped);
    }
    const int delay = kDelaySeconds[envelope.failedAttempts];
    envelope.lockedUntilUtc = delay > 0 ? now().addSecs(delay) : QDateTime();
    if (!envelope.save(envelopePath()))
        return VaultError(VaultError::Io, QStringLiteral("cannot record the failed attempt"));
    VaultError error(VaultError::WrongPin);
    error.attemptsLeft = kMaxAttempts - envelope.failedAttempts;
    error.retryAfterSeconds = delay;
    return error;
}

int Vault::failedAttempts() const
{
    bool damaged = false;
    const auto envelope = KeyEnvelope::load(envelopePath(), &damaged);
    return envelope ? envelope->failedAttempts : 0;
}

int Vault::secondsUntilNextAttempt() const
{
    bool damaged = false;
    const auto envelope = KeyEnvelope::load(envelopePath(), &damaged);
    if (!envelope || !envelope->lockedUntilUtc.isValid())
        return 0;
    // Never longer than the longest delay: a clock that was far ahead when the failure was
    // recorded (or a planted envelope) must not lock the member out for years.
    const qint64 wait = now().secsTo(envelope->lockedUntilUtc);
    return int(std::clamp<qint64>(wait, 0, std::end(kDelaySeconds)[-1]));
}

VaultError Vault::changePin(const QString &oldPin, const QString &newPin)
{
    if (!isValidPin(newPin))
        return VaultError(VaultError::InvalidPin);
    bool damaged = false;
    std::optional<KeyEnvelope> envelope = KeyEnvelope::load(envelopePath(), &damaged);
    if (!envelope)
        return VaultError(damaged ? VaultError::EnvelopeDamaged : VaultError::NoVault);
    if (const int wait = secondsUntilNextAttempt(); wait > 0) {
        // A lock further ahead than the longest delay (the clock was wrong when it was set, or
        // the envelope was planted) is shortened to that delay and stored, so that it ends.
        if (envelope->lockedUntilUtc > now().addSecs(wait)) {
            envelope->lockedUntilUtc = now().addSecs(wait);
            if (!envelope->save(envelopePath()))
                qCWarning(lcVault) << "could not shorten a lockout";
        }
        VaultError error(VaultError::LockedOut);
        error.retryAfterSeconds = wait;
        return error;
    }
    const QByteArray context = envelopeContext(m_options.accountDir);
    std::optional<SecureBuffer> dek = envelope->open(oldPin, context);
    if (!dek)
        return recordFailure(*envelope);
    const KeyEnvelope rewrapped = KeyEnvelope::seal(*dek, newPin, m_options.kdf, context);
    dek.reset(); // wiped
    if (!rewrapped.save(envelopePath()))
        return VaultError(VaultError::Io, QStringLiteral("cannot write the key envelope"));
    return {};
}

void Vault::restrictFiles() const
{
    PrivateFiles::restrictDir(m_options.accountDir);
    PrivateFiles::restrictDir(QFileInfo(m_options.accountDir).path());
    const QString base = databasePath();
    for (const QString &file :
        { base, base + QStringLiteral("-wal"), base + QStringLiteral("-shm"), envelopePath() }) {
        if (QFile::exists(file))
            PrivateFiles::restrictFile(file);
    }
}

VaultError Vault::openDatabase(const SecureBuffer &dek, bool create)
{
    const QString path = databasePath();
    if (!create && !QFile::exists(path))
        return VaultError(VaultError::Damaged, QStringLiteral("the database file is missing"));
    try {
        m_db.open(path, create);
        // The raw key as SQLCipher's x'<hex>' form, built in guarded memory and handed over
        // with sqlite3_key (no SQL text holding it); SQLCipher wipes its own copy when done.
        SecureBuffer hexKey(2 * dek.size() + 3);
        if (hexKey.isNull() || dek.isNull())
            return VaultError(VaultError::Io, QStringLiteral("no memory for the key"));
        hexKey.data()[0] = 'x';
        hexKey.data()[1] = '\'';
        sodium_bin2hex(reinterpret_cast<char *>(hexKey.data() + 2), size_t(2 * dek.size() + 1),
            dek.constData(), size_t(dek.size()));
        hexKey.data()[hexKey.size() - 1] = '\'';
        if (sqlite3_key(m_db.handle(), hexKey.constData(), int(hexKey.size())) != SQLITE_OK) {
            lock();
            return VaultError(VaultError::NotEncrypted, QStringLiteral("sqlite3_key failed"));
        }
        // Fail closed: a plain SQLite library ignores PRAGMA key and would write clear text.
        if (m_db.scalar("PRAGMA cipher_version").toString().isEmpty()) {
            lock();
            return VaultError(VaultError::NotEncrypted, QStringLiteral("cipher_version is empty"));
        }
        // The key came out of an authenticated envelope, so a failure to read page 1 here
        // means the file itself is damaged or replaced, not a wrong PIN.
        (void)m_db.scalar("SELECT count(*) FROM sqlite_master");
        if (!create) {
            const QFileInfo wal(path + QStringLiteral("-wal"));
            const qint64 pages = m_db.scalar("PRAGMA page_count").toLongLong();
            const qint64 pageSize = m_db.scalar("PRAGMA page_size").toLongLong();
            const qint64 fileSize = QFileInfo(path).size();
            if (fileSize % pageSize != 0
                || (!(wal.exists() && wal.size() > 0) && pages * pageSize > fileSize)) {
                lock();
                return VaultError(
                    VaultError::Damaged, QStringLiteral("the database file is truncated"));
            }
        }
        // An existing vault always has a schema; an empty file would silently become a
        // new, empty vault and hide the loss.
        if (!create && Migrations::currentVersion(m_db) == 0) {
            lock();
            return VaultError(VaultError::Damaged, QStringLiteral("the database is empty"));
        }
        m_db.exec("PRAGMA journal_mode = WAL");
        m_db.exec("PRAGMA synchronous = FULL");
        m_db.exec("PRAGMA temp_store = MEMORY");
        m_db.exec("PRAGMA secure_delete = ON");
        m_db.exec("PRAGMA foreign_keys = ON");
        // Search as you type (issue 19) reads the same FTS5 doclists, texts and documents rows
        // on every keystroke; SQLCipher decrypts a page each time it enters SQLite's page cache
        // (2 MB by default, far below the search index of a province's documents), so the
        // pages read are kept decrypted in this process's memory, allocated as they are read,
        // 128 MB at most (the benchmark's 50 searches on 5,000 documents touch about 90 MB;
        // docs/benchmarks.md row 4), freed when the vault is locked.
        m_db.exec("PRAGMA cache_size = -131072");
        VietnameseTokenizer::registerWith(m_db);
        SearchPassage::registerWith(m_db);
        if (Migrations::migrate(m_db) == Migrations::Result::TooNew) {
            lock();
            return VaultError(VaultError::TooNew);
        }
    } catch (const StorageError &error) {
        lock();
        qCWarning(lcVault) << "opening the vault failed, sqlite code" << error.code();
        if (error.isDamage())
            return VaultError(VaultError::Damaged, QString::fromUtf8(error.what()));
        return VaultError(VaultError::Io, QString::fromUtf8(error.what()));
    }
    return {};
}

void Vault::lock()
{
    m_db.close();
}

VaultError Vault::wipe()
{
    lock();
    const QString base = databasePath();
    bool ok = true;
    for (const QString &file : { base, base + QStringLiteral("-wal"), base + QStringLiteral("-shm"),
             base + QStringLiteral("-journal"), envelopePath() }) {
        if (QFile::exists(file) && !QFile::remove(file))
            ok = false;
    }
    QDir(m_options.accountDir).removeRecursively();
    if (!ok || QFile::exists(envelopePath()))
        return VaultError(VaultError::Io, QStringLiteral("some files could not be deleted"));
    return {};
}

IntegrityReport Vault::checkStorage()
{
    IntegrityReport report;
    if (!isOpen()) {
        report.problems << QStringLiteral("vault is locked");
        return report;
    }
    try {
        Statement cipherCheck(m_db, "PRAGMA cipher_integrity_check");
        while (cipherCheck.step())
            report.problems << cipherCheck.text(0);
    } catch (const StorageError &error) {
        report.problems << QString::fromUtf8(error.what());
    }
    try {
        Statement check(m_db, "PRAGMA integrity_check");
        while (check.step()) {
            const QString line = check.text(0);
            if (line != u"ok")
                report.problems << line;
        }
    } catch (const StorageError &error) {
        report.problems << QString::fromUtf8(error.what());
    }
    report.ok = report.problems.isEmpty();
    return report;
}

SqliteDatabase &Vault::database()
{
    return m_db;
}

int Vault::schemaVersion()
{
    return isOpen() ? Migrations::currentVersion(m_db) : 0;
}
