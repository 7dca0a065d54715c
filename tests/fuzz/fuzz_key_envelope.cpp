// libFuzzer target: the vault's key envelope file (<account>/envelope.json, DESIGN.md
// section 3) as KeyEnvelope::fromBytes reads it, then — when its Argon2id cost is small
// enough to fuzz — a PIN attempt through Vault::unlock on that file, which counts the wrong
// PIN, may lock out or wipe and rewrites the envelope.
// Properties: nothing crashes (no overflow or out-of-range read from the counter or times
// in the file); an accepted envelope writes back to bytes that read back the same; an
// envelope never opens with a PIN it was not made for; the wait before the next attempt is
// never longer than the longest delay (1 h).
#include "fuzzsupport.h"
#include "keyenvelope.h"
#include "vault.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <cstdlib>
#include <sodium.h>

using namespace Qt::StringLiterals;

namespace {

QTemporaryDir *directory = nullptr;

// Argon2id work a fuzz input may ask for (libsodium's minimum is 1 pass over 8 KiB).
constexpr quint64 kFuzzOpsLimit = 2;
constexpr quint64 kFuzzMemLimit = 64 * 1024;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::silenceQt();
    FuzzSupport::require(sodium_init() >= 0, "libsodium initialises");
    directory = new QTemporaryDir(FuzzSupport::scratchTemplate());
    std::atexit([] { QDir(directory->path()).removeRecursively(); });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = FuzzSupport::bytes(data, size);
    const auto envelope = KeyEnvelope::fromBytes(input);
    if (!envelope)
        return 0;
    const QByteArray written = envelope->toBytes();
    const auto again = KeyEnvelope::fromBytes(written);
    FuzzSupport::require(again.has_value(), "a written envelope reads back");
    FuzzSupport::require(again->toBytes() == written, "an envelope survives a round trip");

    const KdfParams params = envelope->params();
    if (params.opsLimit > kFuzzOpsLimit || params.memLimit > kFuzzMemLimit)
        return 0;
    FuzzSupport::require(!envelope->open(u"135790"_s, "handbook-vault-v1:fuzz").has_value(),
        "a planted envelope does not open");

    // A PIN attempt on the file, as the app makes it.
    const QString accountDir = directory->filePath(u"fuzz"_s);
    QDir(accountDir).removeRecursively();
    FuzzSupport::require(QDir().mkpath(accountDir), "the account directory can be made");
    Vault::Options options;
    options.accountDir = accountDir;
    options.kdf = KdfParams::fastForTests();
    Vault vault(options);
    {
        QFile file(vault.envelopePath());
        FuzzSupport::require(file.open(QIODevice::WriteOnly) && file.write(input) == input.size(),
            "the envelope can be written");
    }
    FuzzSupport::require(vault.secondsUntilNextAttempt() <= 3600, "a lockout lasts 1 h at most");
    const VaultError result = vault.unlock(u"135790"_s);
    FuzzSupport::require(!result.ok(), "a planted envelope does not unlock the vault");
    FuzzSupport::require(vault.secondsUntilNextAttempt() <= 3600, "a lockout lasts 1 h at most");
    FuzzSupport::require(!vault.isOpen(), "a vault that did not unlock stays closed");
    return 0;
}
