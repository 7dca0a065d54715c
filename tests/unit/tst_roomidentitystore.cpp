// The meeting room's identity in the account's vault (app/sync/roomidentitystore, DESIGN.md
// 8.8, issue 23) and the sign-in's wire pieces: the device key sent at login, the room key and
// certificate read from the answer, the room key pinned once, a certificate kept only when it
// verifies under the pinned key and certifies this device's key.
#include "authtokens.h"
#include "devicecertificate.h"
#include "loginrequest.h"
#include "protocol.h"
#include "publicationsignature.h"
#include "roomidentitystore.h"
#include "vaultfixture.h"
#include "wirevalues.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRoomIdentityStore : public QObject
{
    Q_OBJECT

private:
    static QJsonObject certify(const PublicationSignature::KeyPair &room,
        const QByteArray &devicePublicKey, const QString &cell = u"cell-a"_s)
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        return DeviceCertificate::issue(DeviceCertificate::Fields { u"dev-1"_s, u"u-1"_s, u"m-1"_s,
                                            cell, QString(Protocol::Role::Member), devicePublicKey,
                                            now.addSecs(-60), now.addDays(90) },
            room.secretKey);
    }

private Q_SLOTS:
    void loginCarriesTheDeviceKey()
    {
        LoginRequest request { u"an"_s, u"secret"_s, u"dev-1"_s, u"Phone"_s, u"android"_s };
        QVERIFY(!request.toJson().value(u"device").toObject().contains(u"public_key"));
        request.devicePublicKey = u"AAAA"_s;
        QCOMPARE(request.toJson().value(u"device").toObject().value(u"public_key").toString(),
            u"AAAA"_s);
    }

    void theAnswerCarriesTheRoomKeyAndCertificate()
    {
        const auto room = PublicationSignature::generateKeyPair();
        const auto device = PublicationSignature::generateKeyPair();
        QJsonObject body {
            { u"access_token"_s, u"a"_s }, { u"expires_in"_s, 900 }, { u"refresh_token"_s, u"r"_s },
            { u"user"_s,
                QJsonObject { { u"id"_s, u"u-1"_s }, { u"member_id"_s, u"m-1"_s },
                    { u"role"_s, QString(Protocol::Role::Member) }, { u"org_id"_s, u"cell-a"_s } } }
        };
        QString error;
        auto old = AuthTokens::fromJson(body, &error);
        QVERIFY2(old, qPrintable(error));
        QVERIFY(old->roomPublicKey.isEmpty());
        QVERIFY(old->deviceCertificate.isEmpty());
        body.insert(Protocol::Room::RoomPublicKey, PublicationSignature::toBase64(room.publicKey));
        body.insert(Protocol::Room::DeviceCertificate, certify(room, device.publicKey));
        const auto tokens = AuthTokens::fromJson(body, &error);
        QVERIFY(tokens);
        QCOMPARE(tokens->roomPublicKey, PublicationSignature::toBase64(room.publicKey));
        QCOMPARE(
            tokens->deviceCertificate, body.value(Protocol::Room::DeviceCertificate).toObject());
        QCOMPARE(AuthTokens::fromJson(tokens->toJson(), &error)->deviceCertificate,
            tokens->deviceCertificate);
    }

    void theRoomKeyIsPinnedOnce()
    {
        VaultFixture fixture;
        QVERIFY(fixture.vault->create(VaultFixture::kPin).ok());
        SqliteDatabase &db = fixture.vault->database();
        const auto room = PublicationSignature::generateKeyPair();
        const auto device = PublicationSignature::generateKeyPair();
        const QString roomKey = PublicationSignature::toBase64(room.publicKey);
        using Result = RoomIdentityStore::Result;

        QCOMPARE(RoomIdentityStore::keep(db, {}, device.secretKey, {}), Result::None);
        QVERIFY(RoomIdentityStore::load(db).roomPublicKey.isEmpty());
        QCOMPARE(
            RoomIdentityStore::keep(db, u"not base64!"_s, device.secretKey, {}), Result::Invalid);

        const QJsonObject certificate = certify(room, device.publicKey);
        QCOMPARE(RoomIdentityStore::keep(db, roomKey, device.secretKey, certificate), Result::Kept);
        auto stored = RoomIdentityStore::load(db);
        QCOMPARE(stored.roomPublicKey, room.publicKey);
        QCOMPARE(stored.deviceSecretKey, device.secretKey);
        QCOMPARE(stored.certificate, certificate);

        // A certificate for another device key, or signed by another key: nothing kept.
        const auto other = PublicationSignature::generateKeyPair();
        QCOMPARE(RoomIdentityStore::keep(
                     db, roomKey, device.secretKey, certify(room, other.publicKey, u"cell-b"_s)),
            Result::Invalid);
        QCOMPARE(RoomIdentityStore::keep(
                     db, roomKey, device.secretKey, certify(other, device.publicKey, u"cell-b"_s)),
            Result::Invalid);
        QCOMPARE(RoomIdentityStore::load(db).certificate, certificate);

        // Another server key is never pinned over the first.
        QCOMPARE(RoomIdentityStore::keep(db, PublicationSignature::toBase64(other.publicKey),
                     device.secretKey, certify(other, device.publicKey, u"cell-b"_s)),
            Result::Different);
        stored = RoomIdentityStore::load(db);
        QCOMPARE(stored.roomPublicKey, room.publicKey);
        QCOMPARE(stored.certificate, certificate);

        // A moved member's new certificate under the same key replaces the old one.
        const auto renewed = PublicationSignature::generateKeyPair();
        const QJsonObject moved = certify(room, renewed.publicKey, u"cell-b"_s);
        QCOMPARE(RoomIdentityStore::keep(db, roomKey, renewed.secretKey, moved), Result::Kept);
        QCOMPARE(DeviceCertificate::orgId(RoomIdentityStore::load(db).certificate), u"cell-b"_s);

        RoomIdentityStore::keepRevokedDevices(db, { u"dev-lost"_s, u"dev-old"_s });
        QCOMPARE(RoomIdentityStore::load(db).revokedDevices,
            QStringList({ u"dev-lost"_s, u"dev-old"_s }));

        // Kept in the vault: still there after locking and unlocking.
        fixture.vault->lock();
        QVERIFY(fixture.vault->unlock(VaultFixture::kPin).ok());
        QCOMPARE(
            RoomIdentityStore::load(fixture.vault->database()).deviceSecretKey, renewed.secretKey);
    }
};

QTEST_GUILESS_MAIN(TestRoomIdentityStore)
#include "tst_roomidentitystore.moc"
