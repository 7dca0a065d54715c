// What went wrong opening or changing the vault, as a value the UI can show.
#pragma once

#include <QString>

class VaultError
{
public:
    enum Code {
        None, // success
        NoVault, // nothing has been created for this account yet
        AlreadyExists, // create() on an existing vault
        InvalidPin, // the PIN does not follow the rules (6-12 digits)
        WrongPin, // the PIN did not unwrap the key; attemptsLeft tells how many remain
        LockedOut, // too many wrong PINs recently; retryAfterSeconds tells how long to wait
        Wiped, // the last allowed attempt failed: the account's data was erased
        Damaged, // the database file is corrupt, truncated or tampered with
        EnvelopeDamaged, // the key envelope is unreadable: the data cannot be decrypted
        NotEncrypted, // the SQLite library has no encryption (fail closed)
        TooNew, // the database was written by a newer version of the app
        Io, // the file system refused (disk full, permissions)
    };

    VaultError() = default;
    VaultError(Code code, QString detail = {});

    [[nodiscard]] bool ok() const { return m_code == None; }
    [[nodiscard]] Code code() const { return m_code; }
    // Machine-readable code, e.g. "wrong_pin".
    [[nodiscard]] QString codeName() const;
    // Vietnamese message for the user (translated through qsTr-compatible context).
    [[nodiscard]] QString message() const;
    // Technical detail for diagnostics; never contains content, keys or PINs.
    [[nodiscard]] QString detail() const { return m_detail; }

    int attemptsLeft = -1;
    int retryAfterSeconds = 0;

private:
    Code m_code = None;
    QString m_detail;
};
