// Argon2id password hashes (libsodium's crypto_pwhash_str format, parameters included).
#pragma once

#include <QString>

class PasswordHasher
{
public:
    [[nodiscard]] static QString hash(const QString &password);
    [[nodiscard]] static bool verify(const QString &hash, const QString &password);
    // Server-side password rule: at least 8 characters, not all digits. Empty when fine,
    // else the reason (English, for the API error message).
    [[nodiscard]] static QString weakness(const QString &password);
};
