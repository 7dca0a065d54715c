// The wrapped data key of one account: XChaCha20-Poly1305 under an Argon2id key derived
// from the PIN, plus the KDF parameters, salt and the failed-attempt counter. Stored as
// JSON next to the vault; holds no secret in the clear.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

// Argon2id cost. Stored with each envelope so it can change without breaking old ones.
struct KdfParams
{
    quint64 opsLimit = 0;
    quint64 memLimit = 0; // bytes

    // Production cost: 3 passes over 64 MiB (about half a second on a mid-range phone).
    [[nodiscard]] static KdfParams standard();
    // libsodium's minimum: for tests only.
    [[nodiscard]] static KdfParams fastForTests();
};

class KeyEnvelope
{
public:
    static constexpr int kKeyBytes = 32;

    // Wraps dek under pin with fresh salt and nonce; `context` is bound as associated data.
    [[nodiscard]] static KeyEnvelope seal(const QByteArray &dek, const QString &pin,
        const KdfParams &params, const QByteArray &context);
    // The data key, or nothing when pin is wrong (or the envelope was altered).
    [[nodiscard]] std::optional<QByteArray> open(
        const QString &pin, const QByteArray &context) const;

    // Reads the envelope file; nothing if missing or unreadable (`damaged` tells which).
    [[nodiscard]] static std::optional<KeyEnvelope> load(const QString &path, bool *damaged);
    // Writes atomically (QSaveFile); false on I/O failure.
    [[nodiscard]] bool save(const QString &path) const;

    int failedAttempts = 0;
    QDateTime lastFailureUtc;
    QDateTime lockedUntilUtc;

    [[nodiscard]] KdfParams params() const { return m_params; }

private:
    KdfParams m_params;
    QByteArray m_salt;
    QByteArray m_nonce;
    QByteArray m_ciphertext;
};

// Overwrites the bytes of a QByteArray that held key material.
void wipeBytes(QByteArray &bytes);
