#include "roomstatement.h"

#include "devicecertificate.h"
#include "publicationsignature.h"
#include "timestamps.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <sodium.h>

using namespace Qt::StringLiterals;

namespace RoomStatement {

namespace {

    constexpr QLatin1StringView kVersion("1");
    constexpr QLatin1StringView kSignature("signature");

    const QList<QLatin1StringView> &fieldNames()
    {
        static const QList<QLatin1StringView> names { "id"_L1, "meeting_id"_L1, "vote_id"_L1,
            "member_id"_L1, "device_id"_L1, "choice"_L1, "sealed"_L1, "at"_L1 };
        return names;
    }

    QString text(const QJsonObject &object, QLatin1StringView key)
    {
        return object.value(key).toString();
    }

    QByteArray compact(const QJsonObject &object)
    {
        // QJsonDocument writes the keys in ascending order (all ASCII here), compactly.
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }

    bool isBallotKey(const QString &key)
    {
        static const QRegularExpression hex(u"^[0-9a-f]{64}$"_s);
        return hex.match(key).hasMatch();
    }

    QByteArray boxPublicKey(const QByteArray &roomPublicKey)
    {
        if (roomPublicKey.size() != crypto_sign_PUBLICKEYBYTES)
            return {};
        QByteArray box(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
        if (crypto_sign_ed25519_pk_to_curve25519(reinterpret_cast<unsigned char *>(box.data()),
                reinterpret_cast<const unsigned char *>(roomPublicKey.constData()))
            != 0)
            return {};
        return box;
    }

} // namespace

QByteArray bytes(const QJsonObject &statement)
{
    QJsonObject canonical;
    canonical.insert(u"v"_s, text(statement, "v"_L1));
    canonical.insert(u"type"_s, text(statement, "type"_L1));
    for (const QLatin1StringView key : fieldNames())
        canonical.insert(key, text(statement, key));
    return compact(canonical);
}

QJsonObject sign(const Fields &fields, const QByteArray &deviceSecretKey)
{
    if (deviceSecretKey.size() != crypto_sign_SECRETKEYBYTES)
        return {};
    QJsonObject statement {
        { u"v"_s, QString(kVersion) },
        { u"type"_s, fields.type },
        { u"id"_s, fields.id },
        { u"meeting_id"_s, fields.meetingId },
        { u"vote_id"_s, fields.voteId },
        { u"member_id"_s, fields.memberId },
        { u"device_id"_s, fields.deviceId },
        { u"choice"_s, fields.choice },
        { u"sealed"_s, fields.sealed },
        { u"at"_s, Timestamps::toIso(fields.at) },
    };
    const QByteArray signature = PublicationSignature::sign(bytes(statement), deviceSecretKey);
    if (signature.isEmpty())
        return {};
    statement.insert(kSignature, PublicationSignature::toBase64(signature));
    return statement;
}

Fields fields(const QJsonObject &statement)
{
    return Fields {
        text(statement, "type"_L1),
        text(statement, "id"_L1),
        text(statement, "meeting_id"_L1),
        text(statement, "vote_id"_L1),
        text(statement, "member_id"_L1),
        text(statement, "device_id"_L1),
        text(statement, "choice"_L1),
        text(statement, "sealed"_L1),
        Timestamps::fromIso(text(statement, "at"_L1)),
    };
}

QString failureCode(Failure failure)
{
    switch (failure) {
    case Failure::None:
        return {};
    case Failure::Malformed:
        return u"malformed_statement"_s;
    case Failure::BadCertificate:
        return u"bad_certificate"_s;
    case Failure::WrongDevice:
        return u"wrong_device"_s;
    case Failure::BadSignature:
        return u"bad_signature"_s;
    }
    return u"malformed_statement"_s;
}

Failure verify(
    const QJsonObject &statement, const QJsonObject &certificate, const QByteArray &roomPublicKey)
{
    const Fields f = fields(statement);
    if (text(statement, "v"_L1) != kVersion || (f.type != CheckIn && f.type != Ballot)
        || f.id.isEmpty() || f.meetingId.isEmpty() || f.memberId.isEmpty() || f.deviceId.isEmpty()
        || !f.at.isValid())
        return Failure::Malformed;
    if (f.type == CheckIn && (!f.voteId.isEmpty() || !f.choice.isEmpty() || !f.sealed.isEmpty()))
        return Failure::Malformed;
    if (f.type == Ballot && (f.voteId.isEmpty() || f.choice.isEmpty() == f.sealed.isEmpty()))
        return Failure::Malformed;
    const auto signature = PublicationSignature::fromBase64(text(statement, kSignature));
    if (!signature || signature->size() != crypto_sign_BYTES)
        return Failure::Malformed;
    if (DeviceCertificate::check(certificate, roomPublicKey, f.at)
        != DeviceCertificate::Failure::None)
        return Failure::BadCertificate;
    if (DeviceCertificate::deviceId(certificate) != f.deviceId
        || DeviceCertificate::memberId(certificate) != f.memberId)
        return Failure::WrongDevice;
    if (!PublicationSignature::verify(
            bytes(statement), *signature, DeviceCertificate::publicKey(certificate)))
        return Failure::BadSignature;
    return Failure::None;
}

QString digest(const QJsonObject &statement)
{
    return PublicationSignature::sha256Hex(
        bytes(statement) + '\n' + text(statement, kSignature).toLatin1());
}

QString seal(const QString &voteId, const QString &memberId, const QString &choice,
    const QString &ballotKey, const QByteArray &roomPublicKey)
{
    const QByteArray box = boxPublicKey(roomPublicKey);
    if (box.isEmpty())
        return {};
    const QByteArray plain = compact(QJsonObject {
        { u"ballot_key"_s, ballotKey },
        { u"choice"_s, choice },
        { u"member_id"_s, memberId },
        { u"vote_id"_s, voteId },
    });
    QByteArray sealed(plain.size() + crypto_box_SEALBYTES, Qt::Uninitialized);
    if (crypto_box_seal(reinterpret_cast<unsigned char *>(sealed.data()),
            reinterpret_cast<const unsigned char *>(plain.constData()),
            static_cast<unsigned long long>(plain.size()),
            reinterpret_cast<const unsigned char *>(box.constData()))
        != 0)
        return {};
    return PublicationSignature::toBase64(sealed);
}

std::optional<SealedBallot> unseal(const QString &sealed, const QByteArray &roomSecretKey)
{
    if (roomSecretKey.size() != crypto_sign_SECRETKEYBYTES)
        return std::nullopt;
    const auto box = PublicationSignature::fromBase64(sealed);
    if (!box || box->size() <= qsizetype(crypto_box_SEALBYTES) || box->size() > 4096)
        return std::nullopt;
    unsigned char publicKey[crypto_box_PUBLICKEYBYTES];
    unsigned char secretKey[crypto_box_SECRETKEYBYTES];
    const auto *edSecret = reinterpret_cast<const unsigned char *>(roomSecretKey.constData());
    if (crypto_sign_ed25519_sk_to_curve25519(secretKey, edSecret) != 0
        || crypto_sign_ed25519_pk_to_curve25519(publicKey, edSecret + crypto_sign_SEEDBYTES) != 0) {
        sodium_memzero(secretKey, sizeof secretKey);
        return std::nullopt;
    }
    QByteArray plain(box->size() - crypto_box_SEALBYTES, Qt::Uninitialized);
    const int opened = crypto_box_seal_open(reinterpret_cast<unsigned char *>(plain.data()),
        reinterpret_cast<const unsigned char *>(box->constData()),
        static_cast<unsigned long long>(box->size()), publicKey, secretKey);
    sodium_memzero(secretKey, sizeof secretKey);
    if (opened != 0)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(plain, &error);
    sodium_memzero(plain.data(), size_t(plain.size()));
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    SealedBallot ballot { text(object, "vote_id"_L1), text(object, "member_id"_L1),
        text(object, "choice"_L1), text(object, "ballot_key"_L1) };
    if (ballot.voteId.isEmpty() || ballot.memberId.isEmpty() || ballot.choice.isEmpty()
        || !isBallotKey(ballot.ballotKey))
        return std::nullopt;
    return ballot;
}

} // namespace RoomStatement
