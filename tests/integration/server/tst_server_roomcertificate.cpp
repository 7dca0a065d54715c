// Device certificates for the meeting room (DESIGN.md 8.8, issue 23) from the real
// handbook-server: sign-in with a device key gives a certificate that verifies under the room
// key it answers, POST /v1/auth/device-certificate gives one to a device already signed in (and
// a secretary her cell's revocation list), a revoked device gets none, a moved member's next
// request gets her new cell, the room key stays the same, and the app's sign-in keeps the
// pinned room key, its device key and its certificate in the vault.
#include "authfixture.h"
#include "clientdevice.h"
#include "devicecertificate.h"
#include "protocol.h"
#include "publicationsignature.h"
#include "roomidentitystore.h"
#include "vault.h"
#include "wirevalues.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kPassword = u"mat-khau-phong-1"_s;

QString path(QLatin1StringView p)
{
    return QString(p);
}
} // namespace

class TestServerRoomCertificate : public QObject
{
    Q_OBJECT

private:
    AuthFixture m_fx;
    QString m_anId;
    QByteArray m_roomKey;

    QByteArray roomKeyOf(const AuthFixture::Answer &answer)
    {
        return PublicationSignature::fromBase64(
            answer.body.value(Protocol::Room::RoomPublicKey).toString())
            .value_or(QByteArray());
    }

    AuthFixture::Answer loginWithKey(
        const QString &login, const QString &deviceId, const QByteArray &publicKey)
    {
        const QJsonObject body { { u"login"_s, login }, { u"password"_s, kPassword },
            { QString(Protocol::Key::Device),
                QJsonObject { { u"id"_s, deviceId }, { u"name"_s, u"Phone"_s },
                    { u"platform"_s, u"android"_s },
                    { u"public_key"_s, PublicationSignature::toBase64(publicKey) } } } };
        return m_fx.post(path(Protocol::Path::AuthLogin), body);
    }

    AuthFixture::Answer certificate(const QString &token, const QByteArray &publicKey)
    {
        return m_fx.post(path(Protocol::Path::AuthDeviceCertificate),
            QJsonObject { { u"public_key"_s, PublicationSignature::toBase64(publicKey) } }, token);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fx.start(&error), qPrintable(error));
        m_anId = m_fx.createUser(
            u"an"_s, kPassword, QString(Protocol::Role::Secretary), u"cell-a"_s, u"m-an"_s);
        QVERIFY(!m_anId.isEmpty());
        QVERIFY(!m_fx.createUser(u"binh"_s, kPassword, QString(Protocol::Role::Member), u"cell-a"_s,
                         u"m-binh"_s)
                     .isEmpty());
        QVERIFY(!m_fx.createUser(u"cuong"_s, kPassword, QString(Protocol::Role::Member),
                         u"cell-b"_s, u"m-cuong"_s)
                     .isEmpty());
    }

    void signInGivesACertificate()
    {
        const auto deviceKey = PublicationSignature::generateKeyPair();
        const auto answer = loginWithKey(u"an"_s, u"dev-an"_s, deviceKey.publicKey);
        QCOMPARE(answer.status, 200);
        m_roomKey = roomKeyOf(answer);
        QCOMPARE(m_roomKey.size(), 32);
        const QJsonObject certificate
            = answer.body.value(Protocol::Room::DeviceCertificate).toObject();
        QCOMPARE(DeviceCertificate::check(certificate, m_roomKey, QDateTime::currentDateTimeUtc()),
            DeviceCertificate::Failure::None);
        QCOMPARE(DeviceCertificate::deviceId(certificate), u"dev-an"_s);
        QCOMPARE(certificate.value(u"user_id").toString(), m_anId);
        QCOMPARE(DeviceCertificate::memberId(certificate), u"m-an"_s);
        QCOMPARE(DeviceCertificate::orgId(certificate), u"cell-a"_s);
        QCOMPARE(DeviceCertificate::role(certificate), QString(Protocol::Role::Secretary));
        QCOMPARE(DeviceCertificate::publicKey(certificate), deviceKey.publicKey);
        const qint64 days
            = QDateTime::currentDateTimeUtc().daysTo(DeviceCertificate::validUntil(certificate));
        QVERIFY2(days >= DeviceCertificate::kValidityDays - 1, qPrintable(QString::number(days)));
        // Signed by the room key: under any other key it fails.
        QCOMPARE(
            DeviceCertificate::check(certificate, PublicationSignature::generateKeyPair().publicKey,
                QDateTime::currentDateTimeUtc()),
            DeviceCertificate::Failure::BadSignature);

        // Without a device key: the room key to pin, no certificate (an older app).
        const auto plain = m_fx.login(u"binh"_s, kPassword, u"dev-binh-old"_s);
        QCOMPARE(plain.status, 200);
        QCOMPARE(roomKeyOf(plain), m_roomKey);
        QVERIFY(!plain.body.contains(Protocol::Room::DeviceCertificate));

        // A malformed device key is refused by name.
        const auto bad = loginWithKey(u"binh"_s, u"dev-binh-bad"_s, QByteArray(31, 'k'));
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.errorCode(), QString(Protocol::ErrorCode::InvalidArgs));
    }

    void aSignedInDeviceAsksForOne()
    {
        const auto login = m_fx.login(u"binh"_s, kPassword, u"dev-binh"_s);
        QCOMPARE(login.status, 200);
        const QString token = login.body.value(u"access_token").toString();
        const auto deviceKey = PublicationSignature::generateKeyPair();
        const auto answer = certificate(token, deviceKey.publicKey);
        QCOMPARE(answer.status, 200);
        QCOMPARE(roomKeyOf(answer), m_roomKey);
        const QJsonObject issued = answer.body.value(Protocol::Room::DeviceCertificate).toObject();
        QCOMPARE(DeviceCertificate::check(issued, m_roomKey, QDateTime::currentDateTimeUtc()),
            DeviceCertificate::Failure::None);
        QCOMPARE(DeviceCertificate::deviceId(issued), u"dev-binh"_s);
        QCOMPARE(DeviceCertificate::role(issued), QString(Protocol::Role::Member));
        // A member gets no revocation list.
        QVERIFY(!answer.body.contains(Protocol::Room::RevokedDevices));

        QCOMPARE(certificate(token, QByteArray(5, 'x')).status, 400);
        QCOMPARE(
            m_fx.post(path(Protocol::Path::AuthDeviceCertificate), QJsonObject {}, token).status,
            400);
        QCOMPARE(certificate(QString(), deviceKey.publicKey).status, 401);
    }

    void aRevokedDeviceGetsNoneAndIsListed()
    {
        const auto deviceKey = PublicationSignature::generateKeyPair();
        const auto login = loginWithKey(u"binh"_s, u"dev-binh-lost"_s, deviceKey.publicKey);
        QCOMPARE(login.status, 200);
        const QString token = login.body.value(u"access_token").toString();
        const auto other = loginWithKey(u"cuong"_s, u"dev-cuong-lost"_s, deviceKey.publicKey);
        QCOMPARE(other.status, 200);
        for (const QString &device : { u"dev-binh-lost"_s, u"dev-cuong-lost"_s }) {
            QCOMPARE(AuthFixture::cli({ u"device"_s, u"revoke"_s, u"--db"_s, m_fx.db(), device })
                         .exitCode,
                0);
        }

        const auto refused = certificate(token, deviceKey.publicKey);
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.errorCode(), QString(Protocol::ErrorCode::DeviceRevoked));
        QVERIFY(!refused.body.contains(Protocol::Room::DeviceCertificate));
        const auto again = loginWithKey(u"binh"_s, u"dev-binh-lost"_s, deviceKey.publicKey);
        QCOMPARE(again.status, 401);
        QVERIFY(!again.body.contains(Protocol::Room::DeviceCertificate));

        // The secretary's next request carries her cell's revoked device, not another cell's.
        const auto secretary = m_fx.login(u"an"_s, kPassword, u"dev-an"_s);
        QCOMPARE(secretary.status, 200);
        const auto answer = certificate(secretary.body.value(u"access_token").toString(),
            PublicationSignature::generateKeyPair().publicKey);
        QCOMPARE(answer.status, 200);
        const QJsonArray revoked = answer.body.value(Protocol::Room::RevokedDevices).toArray();
        QCOMPARE(revoked, QJsonArray { u"dev-binh-lost"_s });
    }

    void aMovedMemberGetsHerNewCell()
    {
        const auto login = m_fx.login(u"cuong"_s, kPassword, u"dev-cuong"_s);
        QCOMPARE(login.status, 200);
        const QString token = login.body.value(u"access_token").toString();
        const auto deviceKey = PublicationSignature::generateKeyPair();
        QCOMPARE(DeviceCertificate::orgId(certificate(token, deviceKey.publicKey)
                                              .body.value(Protocol::Room::DeviceCertificate)
                                              .toObject()),
            u"cell-b"_s);
        const auto move = AuthFixture::cli(
            { u"member"_s, u"move"_s, u"--db"_s, m_fx.db(), u"m-cuong"_s, u"cell-a"_s });
        QCOMPARE(move.exitCode, 0);
        const auto answer = certificate(token, deviceKey.publicKey);
        QCOMPARE(answer.status, 200);
        const QJsonObject moved = answer.body.value(Protocol::Room::DeviceCertificate).toObject();
        QCOMPARE(DeviceCertificate::orgId(moved), u"cell-a"_s);
        QCOMPARE(DeviceCertificate::check(moved, m_roomKey, QDateTime::currentDateTimeUtc()),
            DeviceCertificate::Failure::None);
    }

    void theRoomKeyIsKeptInTheDatabase()
    {
        // One row in server_meta, the same key for every answer so far.
        QCOMPARE(m_fx.scalar(u"SELECT COUNT(*) FROM server_meta WHERE key = 'room_signing_key'"_s)
                     .toInt(),
            1);
        const auto secret = PublicationSignature::fromBase64(
            m_fx.scalar(u"SELECT value FROM server_meta WHERE key = 'room_signing_key'"_s)
                .toString());
        QVERIFY(secret);
        QCOMPARE(secret->right(32), m_roomKey);
    }

    void theAppKeepsItsIdentityInTheVault()
    {
        ClientDevice device(m_fx.baseUrl());
        QString error;
        QVERIFY2(device.signIn(u"binh"_s, kPassword, &error), qPrintable(error));
        const auto stored = RoomIdentityStore::load(device.vault().database());
        QCOMPARE(stored.roomPublicKey, m_roomKey);
        QCOMPARE(DeviceCertificate::check(
                     stored.certificate, m_roomKey, QDateTime::currentDateTimeUtc()),
            DeviceCertificate::Failure::None);
        QCOMPARE(DeviceCertificate::orgId(stored.certificate), u"cell-a"_s);
        QCOMPARE(DeviceCertificate::memberId(stored.certificate), u"m-binh"_s);
        QCOMPARE(stored.deviceSecretKey.size(), 64);
        QCOMPARE(
            DeviceCertificate::publicKey(stored.certificate), stored.deviceSecretKey.right(32));
        // The server certified the device the vault signs in as.
        QCOMPARE(m_fx.scalar(u"SELECT user_id FROM devices WHERE id = ?"_s,
                         { DeviceCertificate::deviceId(stored.certificate) })
                     .toString(),
            stored.certificate.value(u"user_id").toString());
    }
};

QTEST_GUILESS_MAIN(TestServerRoomCertificate)
#include "tst_server_roomcertificate.moc"
