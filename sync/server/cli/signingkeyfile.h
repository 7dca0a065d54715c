// The secret key files of `handbook-server signing` (DESIGN.md 8.1), each a small JSON object
// readable by its owner only (0600):
//   the province root:  {"public_key": <base64, 32 bytes>, "secret_key": <base64, 64 bytes>}
//   a signer key:       {"signer_id": <id>, "secret_key": <base64, 64-byte libsodium key>}
// A secret key is libsodium's seed followed by the public key, so the public key of a signer
// key file is its last 32 bytes.
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

class SigningKeyFile
{
public:
    struct Root
    {
        QByteArray publicKey;
        QByteArray secretKey;
    };
    struct Signer
    {
        QString signerId;
        QByteArray secretKey;
        [[nodiscard]] QByteArray publicKey() const { return secretKey.right(32); }
    };

    // Reads a root key file; nullopt with a one-line *error.
    [[nodiscard]] static std::optional<Root> readRoot(const QString &path, QString *error);
    // Reads a signer key file; nullopt with a one-line *error.
    [[nodiscard]] static std::optional<Signer> readSigner(const QString &path, QString *error);
    // Writes a root key file, refusing an existing one unless `replace`; false with *error.
    [[nodiscard]] static bool writeRoot(
        const QString &path, const Root &root, bool replace, QString *error);
    // Writes a signer key file, refusing an existing one unless `replace`; false with *error.
    [[nodiscard]] static bool writeSigner(
        const QString &path, const Signer &signer, bool replace, QString *error);
};
