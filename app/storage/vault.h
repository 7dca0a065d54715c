// The account's encrypted local store: a SQLCipher database keyed by a random data key
// (DEK) that is wrapped under a PIN-derived key in the KeyEnvelope (DESIGN.md section 3).
#pragma once

#include "keyenvelope.h"
#include "sqlitedatabase.h"
#include "vaulterror.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <chrono>
#include <functional>
#include <memory>

// Result of "check storage": SQLCipher's page HMAC check plus SQLite's structural check.
struct IntegrityReport
{
    bool ok = false;
    QStringList problems; // one line per problem found, no content
};

class Vault
{
public:
    using Clock = std::function<QDateTime()>;

    struct Options
    {
        QString accountDir; // <data>/accounts/<user_id>
        KdfParams kdf = KdfParams::standard(); // used when creating or re-wrapping
        Clock clock; // defaults to the UTC system clock
    };

    static constexpr int kMaxAttempts = 10;

    explicit Vault(Options options);
    ~Vault();
    Vault(const Vault &) = delete;
    Vault &operator=(const Vault &) = delete;

    // A PIN is 6 to 12 digits.
    [[nodiscard]] static bool isValidPin(const QString &pin);

    [[nodiscard]] bool exists() const;
    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] QString databasePath() const;
    [[nodiscard]] QString envelopePath() const;

    // Creates a new vault protected by pin and leaves it open.
    VaultError create(const QString &pin);
    // Unwraps the key with pin and opens the database (slow: Argon2id).
    VaultError unlock(const QString &pin);
    // Checks pin against the envelope of a vault that may be open, with the rules of unlock():
    // the delay after wrong PINs (LockedOut), the attempt counted (WrongPin), the account wiped
    // after the last allowed one (Wiped). Asked again before an act that needs the person, not
    // just the open phone (signing a publication).
    VaultError checkPin(const QString &pin);
    // Re-wraps the key under newPin; the database is not re-encrypted. Works locked or open.
    VaultError changePin(const QString &oldPin, const QString &newPin);
    // Closes the database and forgets the key.
    void lock();
    // Deletes the database, its -wal/-shm and the envelope.
    VaultError wipe();

    [[nodiscard]] int failedAttempts() const;
    // Seconds before another PIN attempt is allowed (0 = now).
    [[nodiscard]] int secondsUntilNextAttempt() const;

    // Runs PRAGMA cipher_integrity_check and PRAGMA integrity_check on the open vault.
    [[nodiscard]] IntegrityReport checkStorage();

    // The open database (only valid while isOpen()).
    [[nodiscard]] SqliteDatabase &database();
    [[nodiscard]] int schemaVersion();

    // How long the last unlock() spent unwrapping the key (Argon2id): the start-up benchmark
    // reports it apart from the app's own work (tests/bench). Zero before the first unlock.
    [[nodiscard]] std::chrono::nanoseconds lastKeyDerivation() const { return m_lastKeyDerivation; }

private:
    VaultError openDatabase(const SecureBuffer &dek, bool create);
    // Sets the account directory (and accounts/) to 0700 and its files to 0600.
    void restrictFiles() const;
    VaultError recordFailure(KeyEnvelope &envelope);
    [[nodiscard]] QDateTime now() const;

    Options m_options;
    SqliteDatabase m_db;
    std::chrono::nanoseconds m_lastKeyDerivation { 0 };
};
