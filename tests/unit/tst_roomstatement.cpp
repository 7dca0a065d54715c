// RoomStatement (sync/protocol, DESIGN.md 8.8, issue 23): a member's check-in or ballot signed
// with the device key its room certificate certifies. Sign/verify round trip, every Failure
// (malformed forms, a certificate of another room key, expired at the statement's time, another
// device or member, a changed byte), the digest, and a secret ballot's sealed box.
#include "devicecertificate.h"
#include "publicationsignature.h"
#include "roomstatement.h"
#include "timestamps.h"
#include "wirevalues.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using RoomStatement::Failure;

namespace {

const QString kBallotKey = u"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"_s;

struct Device
{
    PublicationSignature::KeyPair key;
    QJsonObject certificate;
};

} // namespace

class TestRoomStatement : public QObject
{
    Q_OBJECT

    PublicationSignature::KeyPair m_room = PublicationSignature::generateKeyPair();
    QDateTime m_now = QDateTime::currentDateTimeUtc();

    Device device(const QString &deviceId, const QString &memberId,
        const QByteArray &roomSecretKey = {}, QDateTime from = {}, QDateTime until = {}) const
    {
        Device d { PublicationSignature::generateKeyPair(), {} };
        d.certificate = DeviceCertificate::issue(
            DeviceCertificate::Fields { deviceId, u"u-"_s + memberId, memberId, u"cell-a"_s,
                QString(Protocol::Role::Member), d.key.publicKey,
                from.isValid() ? from : m_now.addDays(-1),
                until.isValid() ? until : m_now.addDays(30) },
            roomSecretKey.isEmpty() ? m_room.secretKey : roomSecretKey);
        return d;
    }

    RoomStatement::Fields checkIn(const QString &deviceId = u"dev-1"_s) const
    {
        return { QString(RoomStatement::CheckIn), u"st-1"_s, u"meet-1"_s, {}, u"m-1"_s, deviceId,
            {}, {}, m_now };
    }
    RoomStatement::Fields openBallot() const
    {
        return { QString(RoomStatement::Ballot), u"st-2"_s, u"meet-1"_s, u"vote-1"_s, u"m-1"_s,
            u"dev-1"_s, u"Đồng ý"_s, {}, m_now };
    }

private Q_SLOTS:
    void signAndVerify()
    {
        const Device d = device(u"dev-1"_s, u"m-1"_s);
        for (const auto &fields : { checkIn(), openBallot() }) {
            const QJsonObject statement = RoomStatement::sign(fields, d.key.secretKey);
            QVERIFY(!statement.isEmpty());
            QCOMPARE(
                RoomStatement::verify(statement, d.certificate, m_room.publicKey), Failure::None);
            const auto back = RoomStatement::fields(statement);
            QCOMPARE(back.type, fields.type);
            QCOMPARE(back.id, fields.id);
            QCOMPARE(back.voteId, fields.voteId);
            QCOMPARE(back.choice, fields.choice);
            QCOMPARE(Timestamps::toIso(back.at), Timestamps::toIso(fields.at));
        }
        // A malformed device key signs nothing.
        QVERIFY(RoomStatement::sign(checkIn(), QByteArray(10, 'k')).isEmpty());
        QCOMPARE(RoomStatement::failureCode(Failure::None), QString());
        QCOMPARE(RoomStatement::failureCode(Failure::BadSignature), u"bad_signature"_s);
        QCOMPARE(RoomStatement::failureCode(Failure::Malformed), u"malformed_statement"_s);
        QCOMPARE(RoomStatement::failureCode(Failure::BadCertificate), u"bad_certificate"_s);
        QCOMPARE(RoomStatement::failureCode(Failure::WrongDevice), u"wrong_device"_s);
    }

    void malformedForms_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("ballot");
        QTest::newRow("version") << u"v"_s << u"2"_s << false;
        QTest::newRow("type") << u"type"_s << u"room_other"_s << false;
        QTest::newRow("no id") << u"id"_s << QString() << false;
        QTest::newRow("no meeting") << u"meeting_id"_s << QString() << false;
        QTest::newRow("no member") << u"member_id"_s << QString() << false;
        QTest::newRow("no device") << u"device_id"_s << QString() << false;
        QTest::newRow("bad time") << u"at"_s << u"yesterday"_s << false;
        QTest::newRow("check-in with vote") << u"vote_id"_s << u"vote-1"_s << false;
        QTest::newRow("check-in with choice") << u"choice"_s << u"Đồng ý"_s << false;
        QTest::newRow("check-in with sealed") << u"sealed"_s << u"AAAA"_s << false;
        QTest::newRow("ballot without vote") << u"vote_id"_s << QString() << true;
        QTest::newRow("ballot without choice") << u"choice"_s << QString() << true;
        QTest::newRow("ballot with both") << u"sealed"_s << u"AAAA"_s << true;
        QTest::newRow("signature not base64") << u"signature"_s << u"!!!"_s << true;
        QTest::newRow("signature short") << u"signature"_s << u"AAAA"_s << true;
    }
    void malformedForms()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(bool, ballot);
        const Device d = device(u"dev-1"_s, u"m-1"_s);
        // Signed after the change (so that only the form is wrong), except the signature.
        RoomStatement::Fields fields = ballot ? openBallot() : checkIn();
        QJsonObject statement = RoomStatement::sign(fields, d.key.secretKey);
        statement.insert(key, value);
        if (key != u"signature") {
            const QByteArray signature
                = PublicationSignature::sign(RoomStatement::bytes(statement), d.key.secretKey);
            statement.insert(u"signature"_s, PublicationSignature::toBase64(signature));
        }
        QCOMPARE(
            RoomStatement::verify(statement, d.certificate, m_room.publicKey), Failure::Malformed);
    }

    void certificateFailures()
    {
        const QJsonObject statement
            = RoomStatement::sign(checkIn(), device(u"dev-1"_s, u"m-1"_s).key.secretKey);
        // A certificate of another room key.
        const auto otherRoom = PublicationSignature::generateKeyPair();
        Device foreign = device(u"dev-1"_s, u"m-1"_s, otherRoom.secretKey);
        QJsonObject signedByForeign = RoomStatement::sign(checkIn(), foreign.key.secretKey);
        QCOMPARE(RoomStatement::verify(signedByForeign, foreign.certificate, m_room.publicKey),
            Failure::BadCertificate);
        // Expired at the statement's time (though valid now), or not yet valid then.
        Device expired = device(u"dev-1"_s, u"m-1"_s, {}, m_now.addDays(-10), m_now.addDays(10));
        RoomStatement::Fields old = checkIn();
        old.at = m_now.addDays(-11);
        QCOMPARE(RoomStatement::verify(RoomStatement::sign(old, expired.key.secretKey),
                     expired.certificate, m_room.publicKey),
            Failure::BadCertificate);
        RoomStatement::Fields late = checkIn();
        late.at = m_now.addDays(11);
        QCOMPARE(RoomStatement::verify(RoomStatement::sign(late, expired.key.secretKey),
                     expired.certificate, m_room.publicKey),
            Failure::BadCertificate);
        // No certificate at all, or a tampered one.
        QCOMPARE(RoomStatement::verify(statement, QJsonObject {}, m_room.publicKey),
            Failure::BadCertificate);
        Device d = device(u"dev-1"_s, u"m-1"_s);
        QJsonObject tampered = d.certificate;
        tampered.insert(u"org_id"_s, u"cell-b"_s);
        QCOMPARE(RoomStatement::verify(
                     RoomStatement::sign(checkIn(), d.key.secretKey), tampered, m_room.publicKey),
            Failure::BadCertificate);
        // A malformed room key verifies nothing.
        QCOMPARE(RoomStatement::verify(RoomStatement::sign(checkIn(), d.key.secretKey),
                     d.certificate, QByteArray(3, 'r')),
            Failure::BadCertificate);
    }

    void anotherDeviceOrMember()
    {
        const Device d = device(u"dev-1"_s, u"m-1"_s);
        // The statement names another device than the certificate.
        QCOMPARE(RoomStatement::verify(RoomStatement::sign(checkIn(u"dev-2"_s), d.key.secretKey),
                     d.certificate, m_room.publicKey),
            Failure::WrongDevice);
        // Another member's certificate for this device id.
        const Device other = device(u"dev-1"_s, u"m-2"_s);
        QCOMPARE(RoomStatement::verify(RoomStatement::sign(checkIn(), other.key.secretKey),
                     other.certificate, m_room.publicKey),
            Failure::WrongDevice);
        // Signed by a key the certificate does not certify (a copied certificate).
        const Device thief = device(u"dev-1"_s, u"m-1"_s);
        QCOMPARE(RoomStatement::verify(RoomStatement::sign(checkIn(), thief.key.secretKey),
                     d.certificate, m_room.publicKey),
            Failure::BadSignature);
    }

    void aChangedByteBreaksTheSignature()
    {
        const Device d = device(u"dev-1"_s, u"m-1"_s);
        const QJsonObject statement = RoomStatement::sign(openBallot(), d.key.secretKey);
        for (const QString &key : { u"id"_s, u"meeting_id"_s, u"vote_id"_s, u"choice"_s }) {
            QJsonObject changed = statement;
            changed.insert(key, statement.value(key).toString() + u"x"_s);
            QCOMPARE(RoomStatement::verify(changed, d.certificate, m_room.publicKey),
                Failure::BadSignature);
        }
        QJsonObject changedTime = statement;
        changedTime.insert(u"at"_s, Timestamps::toIso(m_now.addSecs(1)));
        QCOMPARE(RoomStatement::verify(changedTime, d.certificate, m_room.publicKey),
            Failure::BadSignature);
        // A flipped bit of the signature itself.
        QByteArray signature
            = *PublicationSignature::fromBase64(statement.value(u"signature"_s).toString());
        signature[5] = char(signature.at(5) ^ 0x01);
        QJsonObject flipped = statement;
        flipped.insert(u"signature"_s, PublicationSignature::toBase64(signature));
        QCOMPARE(
            RoomStatement::verify(flipped, d.certificate, m_room.publicKey), Failure::BadSignature);
        // Keys outside the canonical fields are not signed and change nothing.
        QJsonObject extra = statement;
        extra.insert(u"note"_s, u"x"_s);
        QCOMPARE(RoomStatement::bytes(extra), RoomStatement::bytes(statement));
    }

    void digest()
    {
        const Device d = device(u"dev-1"_s, u"m-1"_s);
        const QJsonObject statement = RoomStatement::sign(openBallot(), d.key.secretKey);
        const QString digest = RoomStatement::digest(statement);
        QCOMPARE(digest.size(), 64);
        QCOMPARE(RoomStatement::digest(statement), digest);
        // Through JSON text and back (the other device's push): the same.
        const QJsonObject copy = QJsonObject::fromVariantMap(statement.toVariantMap());
        QCOMPARE(RoomStatement::digest(copy), digest);
        // Other content under the same id, or the same content signed again by another key.
        RoomStatement::Fields other = openBallot();
        other.choice = u"Không đồng ý"_s;
        QVERIFY(RoomStatement::digest(RoomStatement::sign(other, d.key.secretKey)) != digest);
        QVERIFY(RoomStatement::digest(RoomStatement::sign(
                    openBallot(), PublicationSignature::generateKeyPair().secretKey))
            != digest);
    }

    void sealAndUnseal()
    {
        const QString sealed
            = RoomStatement::seal(u"vote-1"_s, u"m-1"_s, u"Đồng ý"_s, kBallotKey, m_room.publicKey);
        QVERIFY(!sealed.isEmpty());
        QVERIFY(!sealed.contains(u"Đồng"_s));
        // Sealed twice: different boxes (an ephemeral key each time).
        QVERIFY(
            RoomStatement::seal(u"vote-1"_s, u"m-1"_s, u"Đồng ý"_s, kBallotKey, m_room.publicKey)
            != sealed);
        const auto opened = RoomStatement::unseal(sealed, m_room.secretKey);
        QVERIFY(opened);
        QCOMPARE(opened->voteId, u"vote-1"_s);
        QCOMPARE(opened->memberId, u"m-1"_s);
        QCOMPARE(opened->choice, u"Đồng ý"_s);
        QCOMPARE(opened->ballotKey, kBallotKey);

        // A secret ballot carries the box, verifies and has no choice in the clear.
        const Device d = device(u"dev-1"_s, u"m-1"_s);
        RoomStatement::Fields secret = openBallot();
        secret.choice.clear();
        secret.sealed = sealed;
        const QJsonObject statement = RoomStatement::sign(secret, d.key.secretKey);
        QCOMPARE(RoomStatement::verify(statement, d.certificate, m_room.publicKey), Failure::None);
        QVERIFY(!RoomStatement::bytes(statement).contains("\xC4\x90\xE1\xBB\x93ng"));

        // A malformed room key seals nothing.
        QVERIFY(
            RoomStatement::seal(u"v"_s, u"m"_s, u"c"_s, kBallotKey, QByteArray(5, 'x')).isEmpty());
    }

    void unsealRefuses()
    {
        const QString sealed
            = RoomStatement::seal(u"vote-1"_s, u"m-1"_s, u"Đồng ý"_s, kBallotKey, m_room.publicKey);
        // Another room's key, or a malformed one.
        QVERIFY(!RoomStatement::unseal(sealed, PublicationSignature::generateKeyPair().secretKey));
        QVERIFY(!RoomStatement::unseal(sealed, QByteArray(10, 'k')));
        // A tampered box.
        QByteArray box = *PublicationSignature::fromBase64(sealed);
        box[box.size() - 3] = char(box.at(box.size() - 3) ^ 0x40);
        QVERIFY(!RoomStatement::unseal(PublicationSignature::toBase64(box), m_room.secretKey));
        // Not base64, too short, empty.
        QVERIFY(!RoomStatement::unseal(u"%%%"_s, m_room.secretKey));
        QVERIFY(!RoomStatement::unseal(u"AAAA"_s, m_room.secretKey));
        QVERIFY(!RoomStatement::unseal(QString(), m_room.secretKey));
        // A box that opens but holds no valid ballot key, or misses a field.
        for (const QString &key : { u"ABC"_s, kBallotKey.toUpper(), kBallotKey.left(62) }) {
            const QString bad
                = RoomStatement::seal(u"vote-1"_s, u"m-1"_s, u"Đồng ý"_s, key, m_room.publicKey);
            QVERIFY(!bad.isEmpty());
            QVERIFY2(!RoomStatement::unseal(bad, m_room.secretKey), qPrintable(key));
        }
        QVERIFY(!RoomStatement::unseal(
            RoomStatement::seal(u"vote-1"_s, u"m-1"_s, QString(), kBallotKey, m_room.publicKey),
            m_room.secretKey));
        QVERIFY(!RoomStatement::unseal(
            RoomStatement::seal(QString(), u"m-1"_s, u"Có"_s, kBallotKey, m_room.publicKey),
            m_room.secretKey));
    }
};

QTEST_GUILESS_MAIN(TestRoomStatement)
#include "tst_roomstatement.moc"
