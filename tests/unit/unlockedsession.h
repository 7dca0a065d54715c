// The unlocked session of a new account ("u1") in a temporary directory, with the Vietnamese
// locale and the fast test KDF: the starting point of the controller and model tests.
#pragma once

#include "keyenvelope.h"
#include "vaultsession.h"

#include <QLocale>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

// Null when the PIN could not be created or the vault did not unlock within the timeout.
inline std::unique_ptr<VaultSession> unlockedTestSession(
    const QTemporaryDir &dir, const QString &pin, int timeoutMs = 20000)
{
    QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    Vault::Options options;
    options.accountDir = dir.filePath(QStringLiteral("accounts/u1"));
    options.kdf = KdfParams::fastForTests();
    auto session = std::make_unique<VaultSession>(options);
    if (!session->createPin(pin, pin))
        return nullptr;
    if (!QTest::qWaitFor([&] { return session->state() == VaultSession::Unlocked; }, timeoutMs))
        return nullptr;
    return session;
}
