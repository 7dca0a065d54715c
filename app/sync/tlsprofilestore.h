// The TLS profile of an account (sync/client/tlsprofile.h: the CAs and pins its server's
// certificate must match), kept in the account's vault so that every later sync trusts what
// the sign-in was told to trust.
#pragma once

#include "tlsprofile.h"

#include <optional>

class Vault;

class TlsProfileStore
{
public:
    // The stored profile (empty when none was stored); nullopt when one is stored but cannot
    // be read: the caller must then refuse to connect rather than fall back to the system's
    // CAs. The vault must be open; throws StorageError.
    [[nodiscard]] static std::optional<TlsProfile> load(Vault &vault);
    // Stores `profile`; an empty one removes the stored one. Throws StorageError.
    static void save(Vault &vault, const TlsProfile &profile);
};

class SqliteDatabase;

// The province root public key (DESIGN.md 8.1) an account verifies signed documents under:
// given at sign-in (`--root-key <base64>`) or shipped as root-key.pub beside server-ca.pem,
// pinned in the account's vault the first time one is given, never changed afterwards (a
// server has no say in it).
class RootKeyStore
{
public:
    enum class PinResult {
        Pinned, // none was pinned: this one is now
        Same, // this one was already pinned
        Different, // another key is pinned: refused, nothing changed
        Invalid, // not the base64 of a 32-byte Ed25519 public key
    };

    // The raw 32 bytes of a base64 public key (surrounding white space ignored), or nullopt.
    [[nodiscard]] static std::optional<QByteArray> parse(const QString &base64);
    // The base64 text of root-key.pub in the executable's directory (empty when none).
    [[nodiscard]] static QString shipped();
    // The pinned key's raw bytes (empty when none is pinned). Throws StorageError.
    [[nodiscard]] static QByteArray load(SqliteDatabase &db);
    // Pins `base64` unless another key is pinned. Throws StorageError.
    static PinResult pin(SqliteDatabase &db, const QString &base64);
};
