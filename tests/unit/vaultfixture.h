// A real SQLCipher vault in a temporary directory, with cheap Argon2id parameters and a
// controllable clock, for storage tests.
#pragma once

#include "vault.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <memory>

class VaultFixture
{
public:
    static inline const QString kPin = QStringLiteral("246810");

    VaultFixture()
        : now(QDateTime(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC))
    {
        vault = makeVault();
    }

    [[nodiscard]] QString accountDir() const { return dir.path() + QStringLiteral("/accounts/u1"); }

    [[nodiscard]] std::unique_ptr<Vault> makeVault()
    {
        Vault::Options options;
        options.accountDir = accountDir();
        options.kdf = KdfParams::fastForTests();
        options.clock = [this] { return now; };
        return std::make_unique<Vault>(options);
    }

    QTemporaryDir dir;
    QDateTime now;
    std::unique_ptr<Vault> vault;
};
