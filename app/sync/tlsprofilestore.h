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
