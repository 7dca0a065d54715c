#include "roomidentitystore.h"

#include "devicecertificate.h"
#include "publicationsignature.h"
#include "syncstate.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
// SyncState keys (the vault is encrypted as a whole).
const auto kPinnedKey = u"room_key_pinned"_s;
const auto kDeviceKey = u"room_device_secret"_s;
const auto kCertificate = u"room_certificate"_s;
const auto kRevoked = u"room_revoked"_s;
constexpr qsizetype kPublicKeyBytes = 32;
constexpr qsizetype kSecretKeyBytes = 64;

QByteArray decoded(const QString &base64, qsizetype size)
{
    const auto bytes = PublicationSignature::fromBase64(base64.trimmed());
    return bytes && bytes->size() == size ? *bytes : QByteArray();
}

QString compact(const QJsonDocument &document)
{
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}
} // namespace

RoomIdentityStore::Result RoomIdentityStore::keep(SqliteDatabase &db, const QString &roomPublicKey,
    const QByteArray &deviceSecretKey, const QJsonObject &certificate)
{
    if (roomPublicKey.isEmpty())
        return Result::None;
    const QByteArray key = decoded(roomPublicKey, kPublicKeyBytes);
    if (key.isEmpty())
        return Result::Invalid;
    SyncState state(db);
    const QByteArray pinned = decoded(state.value(kPinnedKey), kPublicKeyBytes);
    if (!pinned.isEmpty() && pinned != key)
        return Result::Different;
    if (pinned.isEmpty())
        state.setValue(kPinnedKey, PublicationSignature::toBase64(key));
    if (certificate.isEmpty())
        return Result::Kept;
    // The certificate must be this device's key's, signed by the pinned room key.
    if (deviceSecretKey.size() != kSecretKeyBytes
        || DeviceCertificate::publicKey(certificate) != deviceSecretKey.right(kPublicKeyBytes)
        || DeviceCertificate::check(certificate, key, QDateTime::currentDateTimeUtc())
            != DeviceCertificate::Failure::None)
        return Result::Invalid;
    state.setValue(kDeviceKey, PublicationSignature::toBase64(deviceSecretKey));
    state.setValue(kCertificate, compact(QJsonDocument(certificate)));
    return Result::Kept;
}

void RoomIdentityStore::keepRevokedDevices(SqliteDatabase &db, const QStringList &deviceIds)
{
    SyncState(db).setValue(kRevoked, compact(QJsonDocument(QJsonArray::fromStringList(deviceIds))));
}

RoomIdentityStore::Stored RoomIdentityStore::load(SqliteDatabase &db)
{
    SyncState state(db);
    Stored stored;
    stored.roomPublicKey = decoded(state.value(kPinnedKey), kPublicKeyBytes);
    stored.deviceSecretKey = decoded(state.value(kDeviceKey), kSecretKeyBytes);
    stored.certificate = QJsonDocument::fromJson(state.value(kCertificate).toUtf8()).object();
    for (const QJsonValue &id : QJsonDocument::fromJson(state.value(kRevoked).toUtf8()).array())
        stored.revokedDevices.append(id.toString());
    return stored;
}

RoomIdentity RoomIdentityStore::identity(SqliteDatabase &db)
{
    const Stored stored = load(db);
    RoomIdentity identity;
    identity.certificate = stored.certificate;
    identity.deviceSecretKey = stored.deviceSecretKey;
    identity.roomPublicKey = stored.roomPublicKey;
    identity.revokedDevices
        = QSet<QString>(stored.revokedDevices.cbegin(), stored.revokedDevices.cend());
    return identity;
}
