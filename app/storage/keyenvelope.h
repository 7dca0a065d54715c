// The wrapped data key of one account: XChaCha20-Poly1305 under an Argon2id key derived
// from the PIN, plus the KDF parameters, salt and the failed-attempt counter. Stored as
// JSON next to the vault; holds no secret in the clear.
#pragma once

#include "securebuffer.h"

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

    // The most an envelope may ask for: more is a damaged (or planted) envelope, which would
    // otherwise make unlocking run for hours or exhaust memory. libsodium's "sensitive"
    // preset (4 passes, 1 GiB) is already far beyond what a phone should do.
    static constexpr quint64 kMaxOpsLimit = 16;
    static constexpr quint64 kMaxMemLimit = 1024ull * 1024 * 1024;
};

class KeyEnvelope
{
public:
    static constexpr int kKeyBytes = 32;

    // Wraps dek under pin with fresh salt and nonce; `context` is bound as associated data.
    // The PIN-derived key lives in a SecureBuffer and is wiped before this returns.
    [[nodiscard]] static KeyEnvelope seal(const SecureBuffer &dek, const QString &pin,
        const KdfParams &params, const QByteArray &context);
    // The same for a key held by the caller in a QByteArray (benchmarks).
    [[nodiscard]] static KeyEnvelope seal(const QByteArray &dek, const QString &pin,
        const KdfParams &params, const QByteArray &context);
    // The data key (in sodium_malloc'ed memory), or nothing when pin is wrong (or the
    // envelope was altered).
    [[nodiscard]] std::optional<SecureBuffer> open(
        const QString &pin, const QByteArray &context) const;

    // Reads the envelope file; nothing if missing or unreadable (`damaged` tells which).
    [[nodiscard]] static std::optional<KeyEnvelope> load(const QString &path, bool *damaged);
    // Writes atomically (QSaveFile), readable by the owner only; false on I/O failure.
    [[nodiscard]] bool save(const QString &path) const;
    // The file's content (JSON), and back: nothing when the bytes are not a well-formed
    // envelope (format, KDF parameters within bounds, salt, nonce and wrapped key of the right
    // sizes, a failed-attempt counter from 0). What fromBytes() accepts, toBytes() writes
    // back equally.
    [[nodiscard]] QByteArray toBytes() const;
    [[nodiscard]] static std::optional<KeyEnvelope> fromBytes(const QByteArray &bytes);

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
