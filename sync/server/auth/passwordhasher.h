// Argon2id password hashes (libsodium's crypto_pwhash_str format, parameters included), and
// the server's rule for a chosen password.
#pragma once

#include <QString>

class PasswordHasher
{
public:
    // Logins shorter than this are not looked for inside passwords: they occur in too many
    // ordinary words ("an" in "banana").
    static constexpr qsizetype MinLoginLengthToRefuse = 3;

    // How much work a hash costs. Interactive for every password a person chooses or is given;
    // Published for a password that is written down in plain text anyway (the demo's accounts
    // file, printed by `handbook-server demo`), where the hash protects nothing: libsodium's
    // minimum, so that a demo (run by every integration test) does not spend seconds on it.
    enum class Cost { Interactive, Published };

    [[nodiscard]] static QString hash(const QString &password, Cost cost = Cost::Interactive);
    [[nodiscard]] static bool verify(const QString &hash, const QString &password);
    // Server-side password rule: at least 8 characters, not all digits, not one of the
    // commonest passwords (assets/server/common-passwords.txt, compared lower-cased with
    // diacritics removed) and not containing the login (the same way; ignoring punctuation
    // too). Empty when fine, else the reason (English, for the API error message and the CLI).
    [[nodiscard]] static QString weakness(const QString &password, const QString &login = {});
    // Lower case, without diacritics (đ -> d): how passwords and logins are compared.
    [[nodiscard]] static QString fold(const QString &text);
    // True when `password` (folded) is in the shipped list of common passwords.
    [[nodiscard]] static bool isCommon(const QString &password);
};
