#include "auth/roomcertificates.h"

#include "db/sqlrunner.h"
#include "devicecertificate.h"
#include "publicationsignature.h"
#include "timestamps.h"

#include <QDateTime>
#include <sodium.h>

using namespace Qt::StringLiterals;

namespace RoomCertificates {

namespace {
    const QString &metaKey()
    {
        static const QString key = u"room_signing_key"_s;
        return key;
    }
} // namespace

RoomKey roomKey(const QSqlDatabase &db)
{
    QString stored
        = scalarSql(db, u"SELECT value FROM server_meta WHERE key = ?"_s, { metaKey() }).toString();
    if (stored.isEmpty()) {
        const auto pair = PublicationSignature::generateKeyPair();
        // Two processes may race here: the first row wins, both read it back.
        execSql(db, u"INSERT INTO server_meta (key, value) VALUES (?, ?) ON CONFLICT DO NOTHING"_s,
            { metaKey(), PublicationSignature::toBase64(pair.secretKey) });
        stored = scalarSql(db, u"SELECT value FROM server_meta WHERE key = ?"_s, { metaKey() })
                     .toString();
    }
    const auto secret = PublicationSignature::fromBase64(stored);
    if (!secret || secret->size() != crypto_sign_SECRETKEYBYTES)
        throw DbError(u"server_meta room_signing_key is malformed"_s);
    // A libsodium Ed25519 secret key is the seed followed by the public key.
    return RoomKey { secret->right(crypto_sign_PUBLICKEYBYTES), *secret };
}

QJsonObject issue(
    const QSqlDatabase &db, const AuthenticatedUser &user, const QByteArray &devicePublicKey)
{
    const RoomKey key = roomKey(db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    DeviceCertificate::Fields fields;
    fields.deviceId = user.deviceId;
    fields.userId = user.userId;
    fields.memberId = user.memberId;
    fields.orgId = user.orgId;
    fields.role = user.role;
    fields.publicKey = devicePublicKey;
    // A few minutes of slack for a phone whose clock runs behind the server's.
    fields.validFrom = now.addSecs(-10 * 60);
    fields.validUntil = now.addDays(DeviceCertificate::kValidityDays);
    return DeviceCertificate::issue(fields, key.secretKey);
}

QStringList revokedDevices(const QSqlDatabase &db, const QString &cellId)
{
    const QString since = Timestamps::toIso(
        QDateTime::currentDateTimeUtc().addDays(-DeviceCertificate::kValidityDays - 1));
    QStringList ids;
    // revoked_at is written by Timestamps::toIso: fixed width, so it sorts as text.
    forEachRow(db,
        u"SELECT d.id FROM devices d JOIN users u ON u.id = d.user_id "
        "WHERE u.org_id = ? AND d.revoked_at IS NOT NULL AND d.revoked_at >= ? ORDER BY d.id"_s,
        { cellId, since },
        [&ids](const QSqlQuery &query) { ids.append(query.value(0).toString()); });
    return ids;
}

QByteArray parsePublicKey(const QString &base64)
{
    const auto key = PublicationSignature::fromBase64(base64);
    return key && key->size() == crypto_sign_PUBLICKEYBYTES ? *key : QByteArray();
}

} // namespace RoomCertificates
