#include "cli/signingkeyfile.h"

#include "publicationsignature.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
namespace Signature = PublicationSignature;

namespace {

constexpr qsizetype kPublicKeyBytes = 32;
constexpr qsizetype kSecretKeyBytes = 64;

std::optional<QJsonObject> readObject(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parse;
    const QJsonDocument json = QJsonDocument::fromJson(file.read(64 * 1024), &parse);
    if (parse.error != QJsonParseError::NoError || !json.isObject()) {
        *error = u"%1 is not a key file (a JSON object)"_s.arg(path);
        return std::nullopt;
    }
    return json.object();
}

// The secret key of a key file: 64 bytes whose last 32 are the public key of the first 32.
std::optional<QByteArray> secretKey(const QJsonObject &object, const QString &path, QString *error)
{
    const auto secret = Signature::fromBase64(object.value("secret_key"_L1).toString());
    const auto pair = secret && secret->size() == kSecretKeyBytes
        ? Signature::keyPairFromSeed(secret->left(32))
        : std::nullopt;
    if (!pair || pair->secretKey != *secret) {
        *error = u"%1: secret_key is not a base64 Ed25519 secret key (64 bytes)"_s.arg(path);
        return std::nullopt;
    }
    return secret;
}

// Writes owner-only from the first byte (never readable by others, not even for a moment).
bool writeSecret(const QString &path, const QJsonObject &object, bool replace, QString *error)
{
    if (replace && QFile::exists(path) && !QFile::remove(path)) {
        *error = u"cannot replace %1"_s.arg(path);
        return false;
    }
    QFile file(path);
    if (!replace && file.exists()) {
        *error = u"%1 already exists; a key file is never overwritten"_s.arg(path);
        return false;
    }
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(bytes) != bytes.size() || !file.flush()) {
        *error = u"cannot write %1: %2"_s.arg(path, file.errorString());
        file.remove();
        return false;
    }
    return true;
}

} // namespace

std::optional<SigningKeyFile::Root> SigningKeyFile::readRoot(const QString &path, QString *error)
{
    const auto object = readObject(path, error);
    if (!object)
        return std::nullopt;
    const auto secret = secretKey(*object, path, error);
    if (!secret)
        return std::nullopt;
    const auto publicKey = Signature::fromBase64(object->value("public_key"_L1).toString());
    if (!publicKey || publicKey->size() != kPublicKeyBytes || *publicKey != secret->right(32)) {
        *error = u"%1: public_key does not belong to secret_key"_s.arg(path);
        return std::nullopt;
    }
    return Root { *publicKey, *secret };
}

std::optional<SigningKeyFile::Signer> SigningKeyFile::readSigner(
    const QString &path, QString *error)
{
    const auto object = readObject(path, error);
    if (!object)
        return std::nullopt;
    const QString id = object->value("signer_id"_L1).toString();
    if (id.isEmpty()) {
        *error = u"%1: signer_id is missing"_s.arg(path);
        return std::nullopt;
    }
    const auto secret = secretKey(*object, path, error);
    if (!secret)
        return std::nullopt;
    return Signer { id, *secret };
}

bool SigningKeyFile::writeRoot(const QString &path, const Root &root, bool replace, QString *error)
{
    return writeSecret(path,
        QJsonObject { { u"public_key"_s, Signature::toBase64(root.publicKey) },
            { u"secret_key"_s, Signature::toBase64(root.secretKey) } },
        replace, error);
}

bool SigningKeyFile::writeSigner(
    const QString &path, const Signer &signer, bool replace, QString *error)
{
    return writeSecret(path,
        QJsonObject { { u"signer_id"_s, signer.signerId },
            { u"secret_key"_s, Signature::toBase64(signer.secretKey) } },
        replace, error);
}
