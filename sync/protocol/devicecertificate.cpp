#include "devicecertificate.h"

#include "mutationnames.h"
#include "publicationsignature.h"
#include "timestamps.h"

#include <QJsonDocument>
#include <sodium.h>

using namespace Qt::StringLiterals;

namespace DeviceCertificate {

namespace {

    constexpr QLatin1StringView kVersion("1");
    constexpr QLatin1StringView kSignature("signature");

    const QList<QLatin1StringView> &fieldNames()
    {
        static const QList<QLatin1StringView> names { "device_id"_L1, "user_id"_L1, "member_id"_L1,
            "org_id"_L1, "role"_L1, "public_key"_L1, "valid_from"_L1, "valid_until"_L1 };
        return names;
    }

    QString text(const QJsonObject &object, QLatin1StringView key)
    {
        return object.value(key).toString();
    }

} // namespace

QByteArray bytes(const QJsonObject &certificate)
{
    QJsonObject canonical;
    canonical.insert(u"v"_s, text(certificate, "v"_L1));
    canonical.insert(u"type"_s, text(certificate, "type"_L1));
    for (const QLatin1StringView key : fieldNames())
        canonical.insert(key, text(certificate, key));
    // QJsonDocument writes the keys in ascending order (all ASCII here), compactly.
    return QJsonDocument(canonical).toJson(QJsonDocument::Compact);
}

QJsonObject issue(const Fields &fields, const QByteArray &roomSecretKey)
{
    if (roomSecretKey.size() != crypto_sign_SECRETKEYBYTES
        || fields.publicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return {};
    QJsonObject certificate {
        { u"v"_s, QString(kVersion) },
        { u"type"_s, QString(Protocol::RowType::Device) },
        { u"device_id"_s, fields.deviceId },
        { u"user_id"_s, fields.userId },
        { u"member_id"_s, fields.memberId },
        { u"org_id"_s, fields.orgId },
        { u"role"_s, fields.role },
        { u"public_key"_s, PublicationSignature::toBase64(fields.publicKey) },
        { u"valid_from"_s, Timestamps::toIso(fields.validFrom) },
        { u"valid_until"_s, Timestamps::toIso(fields.validUntil) },
    };
    const QByteArray signature = PublicationSignature::sign(bytes(certificate), roomSecretKey);
    if (signature.isEmpty())
        return {};
    certificate.insert(kSignature, PublicationSignature::toBase64(signature));
    return certificate;
}

QString failureCode(Failure failure)
{
    switch (failure) {
    case Failure::None:
        return {};
    case Failure::Missing:
        return u"no_certificate"_s;
    case Failure::Malformed:
        return u"malformed_certificate"_s;
    case Failure::NoPinnedKey:
        return u"no_room_key"_s;
    case Failure::BadSignature:
        return u"bad_certificate"_s;
    case Failure::NotYetValid:
        return u"certificate_not_yet_valid"_s;
    case Failure::Expired:
        return u"certificate_expired"_s;
    }
    return u"malformed_certificate"_s;
}

Failure check(const QJsonObject &certificate, const QByteArray &roomPublicKey, const QDateTime &now)
{
    if (certificate.isEmpty())
        return Failure::Missing;
    if (roomPublicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return Failure::NoPinnedKey;
    if (text(certificate, "v"_L1) != kVersion
        || text(certificate, "type"_L1) != Protocol::RowType::Device
        || deviceId(certificate).isEmpty() || orgId(certificate).isEmpty()
        || publicKey(certificate).isEmpty())
        return Failure::Malformed;
    const auto signature = PublicationSignature::fromBase64(text(certificate, kSignature));
    const QDateTime from = Timestamps::fromIso(text(certificate, "valid_from"_L1));
    const QDateTime until = validUntil(certificate);
    if (!signature || !from.isValid() || !until.isValid())
        return Failure::Malformed;
    if (!PublicationSignature::verify(bytes(certificate), *signature, roomPublicKey))
        return Failure::BadSignature;
    if (now < from)
        return Failure::NotYetValid;
    if (now > until)
        return Failure::Expired;
    return Failure::None;
}

QByteArray publicKey(const QJsonObject &certificate)
{
    const auto key = PublicationSignature::fromBase64(text(certificate, "public_key"_L1));
    return key && key->size() == crypto_sign_PUBLICKEYBYTES ? *key : QByteArray();
}

QString deviceId(const QJsonObject &certificate)
{
    return text(certificate, "device_id"_L1);
}

QString orgId(const QJsonObject &certificate)
{
    return text(certificate, "org_id"_L1);
}

QString role(const QJsonObject &certificate)
{
    return text(certificate, "role"_L1);
}

QString memberId(const QJsonObject &certificate)
{
    return text(certificate, "member_id"_L1);
}

QDateTime validUntil(const QJsonObject &certificate)
{
    return Timestamps::fromIso(text(certificate, "valid_until"_L1));
}

} // namespace DeviceCertificate
