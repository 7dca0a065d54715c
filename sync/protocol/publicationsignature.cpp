#include "publicationsignature.h"

#include "mutationnames.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <sodium.h>

using namespace Qt::StringLiterals;

namespace PublicationSignature {

namespace {

    bool sodiumReady()
    {
        static const bool ready = sodium_init() >= 0;
        return ready;
    }

    QString text(const QJsonObject &object, QLatin1StringView key)
    {
        const QJsonValue value = object.value(key);
        if (value.isDouble())
            return QString::number(qint64(value.toDouble()));
        return value.toString();
    }

    QJsonArray canonicalAttachments(const QJsonArray &given)
    {
        QList<QJsonObject> attachments;
        for (const QJsonValue &value : given) {
            const QJsonObject attachment = value.toObject();
            attachments.append(QJsonObject { { u"name"_s, text(attachment, "name"_L1) },
                { u"sha256"_s, text(attachment, "sha256"_L1) },
                { u"size"_s, text(attachment, "size"_L1) } });
        }
        std::stable_sort(
            attachments.begin(), attachments.end(), [](const QJsonObject &a, const QJsonObject &b) {
                return a.value(u"sha256").toString().toUtf8()
                    < b.value(u"sha256").toString().toUtf8();
            });
        QJsonArray result;
        for (const QJsonObject &attachment : attachments)
            result.append(attachment);
        return result;
    }

    // QJsonDocument writes an object's keys in QString order (UTF-16 code units), which for the
    // ASCII keys used here is ascending byte order.
    QByteArray compact(const QJsonObject &object)
    {
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }

} // namespace

KeyPair generateKeyPair()
{
    if (!sodiumReady())
        return {};
    KeyPair pair;
    pair.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    pair.secretKey.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(pair.publicKey.data()),
        reinterpret_cast<unsigned char *>(pair.secretKey.data()));
    return pair;
}

std::optional<KeyPair> keyPairFromSeed(const QByteArray &seed)
{
    if (!sodiumReady() || seed.size() != crypto_sign_SEEDBYTES)
        return std::nullopt;
    KeyPair pair;
    pair.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    pair.secretKey.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(pair.publicKey.data()),
        reinterpret_cast<unsigned char *>(pair.secretKey.data()),
        reinterpret_cast<const unsigned char *>(seed.constData()));
    return pair;
}

QByteArray sign(const QByteArray &message, const QByteArray &secretKey)
{
    if (!sodiumReady() || secretKey.size() != crypto_sign_SECRETKEYBYTES)
        return {};
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
        reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()),
        reinterpret_cast<const unsigned char *>(secretKey.constData()));
    return signature;
}

bool verify(const QByteArray &message, const QByteArray &signature, const QByteArray &publicKey)
{
    if (!sodiumReady() || signature.size() != crypto_sign_BYTES
        || publicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return false;
    return crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char *>(signature.constData()),
               reinterpret_cast<const unsigned char *>(message.constData()),
               quint64(message.size()),
               reinterpret_cast<const unsigned char *>(publicKey.constData()))
        == 0;
}

QString toBase64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

std::optional<QByteArray> fromBase64(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || toBase64(*decoded) != text)
        return std::nullopt; // only the one canonical spelling of the bytes
    return *decoded;
}

QString fingerprint(const QByteArray &publicKey)
{
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return {};
    const QByteArray hex = QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256)
                               .left(16)
                               .toHex()
                               .toUpper();
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups << QString::fromLatin1(hex.mid(i, 4));
    return groups.join(u' ');
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString bodySha256(const QString &body)
{
    return sha256Hex(body.toUtf8());
}

QByteArray documentBytes(const QJsonObject &document)
{
    QJsonObject canonical;
    canonical.insert(u"v"_s, u"1"_s);
    canonical.insert(u"type"_s, QString(Protocol::RowType::Document));
    for (const auto key : { "id"_L1, "org_id"_L1, "audience_org_id"_L1, "kind"_L1, "number"_L1,
             "title"_L1, "issued_date"_L1, "issuer"_L1, "summary"_L1, "classification"_L1 })
        canonical.insert(key, text(document, key));
    canonical.insert(u"body_sha256"_s,
        document.contains("body"_L1) ? bodySha256(document.value("body"_L1).toString())
                                     : text(document, "body_sha256"_L1));
    canonical.insert(u"attachments"_s,
        canonicalAttachments(document.contains("attachments"_L1)
                ? document.value("attachments"_L1).toArray()
                : document.value("signed_attachments"_L1).toArray()));
    return compact(canonical);
}

QByteArray signerBytes(const QJsonObject &signer)
{
    QJsonObject canonical;
    canonical.insert(u"v"_s, u"1"_s);
    canonical.insert(u"type"_s, QString(Protocol::RowType::Signer));
    for (const auto key :
        { "id"_L1, "org_id"_L1, "name"_L1, "public_key"_L1, "valid_from"_L1, "valid_until"_L1 })
        canonical.insert(key, text(signer, key));
    return compact(canonical);
}

namespace {
    struct Code
    {
        Failure failure;
        QLatin1StringView code;
    };
    constexpr Code kCodes[] = {
        { Failure::None, "verified"_L1 },
        { Failure::NoRootKey, "no_root_key"_L1 },
        { Failure::UnknownSigner, "unknown_signer"_L1 },
        { Failure::BadCertificate, "bad_certificate"_L1 },
        { Failure::NotValidOnIssuedDate, "not_valid_on_issued_date"_L1 },
        { Failure::Revoked, "revoked"_L1 },
        { Failure::WrongOrganisation, "wrong_organisation"_L1 },
        { Failure::BadSignature, "bad_signature"_L1 },
        { Failure::Malformed, "malformed"_L1 },
    };
} // namespace

QString failureCode(Failure failure)
{
    for (const Code &code : kCodes) {
        if (code.failure == failure)
            return QString(code.code);
    }
    return QString(kCodes[std::size(kCodes) - 1].code);
}

Failure failureFromCode(const QString &text)
{
    for (const Code &code : kCodes) {
        if (text == code.code)
            return code.failure;
    }
    return Failure::Malformed;
}

Failure verifyCertificate(const QJsonObject &signer, const QByteArray &rootPublicKey)
{
    const auto certificate = fromBase64(signer.value("certificate"_L1).toString());
    const auto publicKey = fromBase64(signer.value("public_key"_L1).toString());
    if (!certificate || !publicKey || publicKey->size() != crypto_sign_PUBLICKEYBYTES)
        return Failure::BadCertificate; // not certified (yet), or not a key
    if (!verify(signerBytes(signer), *certificate, rootPublicKey))
        return Failure::BadCertificate;
    return Failure::None;
}

Failure verifySignedBytes(const QJsonObject &document, const QJsonObject &signer)
{
    const QJsonObject signature = document.value("signature"_L1).toObject();
    const auto value = fromBase64(signature.value("value"_L1).toString());
    const auto publicKey = fromBase64(signer.value("public_key"_L1).toString());
    if (!value || !publicKey || signature.value("signer_id"_L1).toString() != text(signer, "id"_L1))
        return Failure::Malformed;
    const QDate issued = QDate::fromString(text(document, "issued_date"_L1), Qt::ISODate);
    const QDate from = QDate::fromString(text(signer, "valid_from"_L1), Qt::ISODate);
    const QDate until = QDate::fromString(text(signer, "valid_until"_L1), Qt::ISODate);
    if (!issued.isValid() || !from.isValid() || !until.isValid() || issued < from || issued > until)
        return Failure::NotValidOnIssuedDate;
    const QString revokedAt = text(signer, "revoked_at"_L1);
    if (!revokedAt.isEmpty()) {
        const QDateTime revoked = QDateTime::fromString(revokedAt, Qt::ISODateWithMs);
        const QDate revokedOn = revoked.isValid() ? revoked.toUTC().date()
                                                  : QDate::fromString(revokedAt, Qt::ISODate);
        // A revocation stands from its day on; a date that cannot be read revokes everything.
        if (!revokedOn.isValid() || revokedOn <= issued)
            return Failure::Revoked;
    }
    if (!verify(documentBytes(document), *value, *publicKey))
        return Failure::BadSignature;
    return Failure::None;
}

} // namespace PublicationSignature
