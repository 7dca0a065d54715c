// The meeting room's transport (sync/room, DESIGN.md 8.8, issue 23), without a server: device
// certificates signed by a room key made here, the room's rules, the handshake's keys, the
// discovery datagrams, and a secretary's room on loopback that lets in only the good member.

#include "devicecertificate.h"
#include "protocol.h"
#include "publicationsignature.h"
#include "roomchannel.h"
#include "roomdiscovery.h"
#include "roomhandshake.h"
#include "roomhost.h"
#include "roomidentities.h"
#include "roomidentity.h"
#include "wirevalues.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(RoomAnnouncement)

namespace {

// A TCP relay between a member and the room that can flip one byte of what the member sends.
class TamperingRelay : public QTcpServer
{
public:
    explicit TamperingRelay(quint16 target)
        : m_target(target)
    {
        listen(QHostAddress::LocalHost, 0);
    }
    // Flip the last byte of the next chunk the member sends.
    bool flipNextMemberChunk = false;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *member = new QTcpSocket(this);
        member->setSocketDescriptor(descriptor);
        auto *room = new QTcpSocket(this);
        room->connectToHost(QHostAddress::LocalHost, m_target);
        connect(member, &QTcpSocket::readyRead, this, [this, member, room] {
            QByteArray chunk = member->readAll();
            if (flipNextMemberChunk && !chunk.isEmpty()) {
                flipNextMemberChunk = false;
                chunk[chunk.size() - 1] = char(chunk.at(chunk.size() - 1) ^ 0x01);
            }
            room->write(chunk);
        });
        connect(
            room, &QTcpSocket::readyRead, this, [member, room] { member->write(room->readAll()); });
        connect(member, &QTcpSocket::disconnected, room, &QTcpSocket::disconnectFromHost);
        connect(room, &QTcpSocket::disconnected, member, &QTcpSocket::disconnectFromHost);
    }

private:
    quint16 m_target;
};

} // namespace

class TestRoom : public QObject
{
    Q_OBJECT

private:
    RoomIdentities m_ids;
    PublicationSignature::KeyPair &m_roomKey = m_ids.roomKey;
    using Options = RoomIdentities::Options;
    using Outcome = RoomIdentities::Outcome;

    RoomIdentity identity(const QString &deviceId, const QString &cell, const Options &options)
    {
        return m_ids.identity(deviceId, cell, options);
    }
    RoomIdentity identity(const QString &deviceId, const QString &cell)
    {
        return m_ids.identity(deviceId, cell);
    }
    RoomIdentity secretary() { return m_ids.secretary(); }
    static Outcome join(RoomChannel &member, quint16 port)
    {
        return RoomIdentities::join(member, port);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<RoomRefusal>();
        qRegisterMetaType<RoomAnnouncement>();
        QVERIFY(m_roomKey.publicKey.size() == 32);
    }

    void certificateBytesAreCanonical()
    {
        const auto seed = PublicationSignature::keyPairFromSeed(QByteArray(32, '\x07'));
        QVERIFY(seed);
        DeviceCertificate::Fields fields { u"dev-1"_s, u"u-1"_s, u"m-1"_s, u"cell-a"_s,
            QString(Protocol::Role::Member), seed->publicKey,
            QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC),
            QDateTime(QDate(2027, 3, 1), QTime(8, 0), Qt::UTC) };
        const QJsonObject certificate = DeviceCertificate::issue(fields, m_roomKey.secretKey);
        const QByteArray expected = "{\"device_id\":\"dev-1\",\"member_id\":\"m-1\","
                                    "\"org_id\":\"cell-a\",\"public_key\":\""
            + PublicationSignature::toBase64(seed->publicKey).toUtf8()
            + "\",\"role\":\"member\",\"type\":\"device\",\"user_id\":\"u-1\","
              "\"v\":\"1\",\"valid_from\":\"2026-12-01T08:00:00.000Z\","
              "\"valid_until\":\"2027-03-01T08:00:00.000Z\"}";
        QCOMPARE(DeviceCertificate::bytes(certificate), expected);
        const QDateTime inside(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
        QCOMPARE(DeviceCertificate::check(certificate, m_roomKey.publicKey, inside),
            DeviceCertificate::Failure::None);
        QCOMPARE(DeviceCertificate::check(certificate, m_roomKey.publicKey, inside.addYears(1)),
            DeviceCertificate::Failure::Expired);
        QCOMPARE(DeviceCertificate::check(certificate, m_roomKey.publicKey, inside.addYears(-1)),
            DeviceCertificate::Failure::NotYetValid);
        QCOMPARE(DeviceCertificate::check(certificate, {}, inside),
            DeviceCertificate::Failure::NoPinnedKey);
        QCOMPARE(DeviceCertificate::check({}, m_roomKey.publicKey, inside),
            DeviceCertificate::Failure::Missing);
        // Any field changed: the signature no longer holds.
        QJsonObject moved = certificate;
        moved.insert(u"org_id"_s, u"cell-b"_s);
        QCOMPARE(DeviceCertificate::check(moved, m_roomKey.publicKey, inside),
            DeviceCertificate::Failure::BadSignature);
        QJsonObject promoted = certificate;
        promoted.insert(u"role"_s, QString(Protocol::Role::Secretary));
        QCOMPARE(DeviceCertificate::check(promoted, m_roomKey.publicKey, inside),
            DeviceCertificate::Failure::BadSignature);
        QJsonObject broken = certificate;
        broken.insert(u"public_key"_s, u"AAAA"_s);
        QCOMPARE(DeviceCertificate::check(broken, m_roomKey.publicKey, inside),
            DeviceCertificate::Failure::Malformed);
        // Another key's signature.
        const auto other = PublicationSignature::generateKeyPair();
        QCOMPARE(DeviceCertificate::check(certificate, other.publicKey, inside),
            DeviceCertificate::Failure::BadSignature);
    }

    void policy_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<int>("side");
        QTest::addColumn<RoomRefusal>("expected");
        const int member = int(RoomPolicy::PeerSide::Member);
        const int host = int(RoomPolicy::PeerSide::Host);
        QTest::newRow("good member") << u"good"_s << member << RoomRefusal::None;
        QTest::newRow("other cell") << u"other"_s << member << RoomRefusal::OtherCell;
        QTest::newRow("revoked") << u"revoked"_s << member << RoomRefusal::Revoked;
        QTest::newRow("no certificate") << u"none"_s << member << RoomRefusal::NoCertificate;
        QTest::newRow("expired") << u"expired"_s << member << RoomRefusal::Expired;
        QTest::newRow("not yet valid") << u"future"_s << member << RoomRefusal::Expired;
        QTest::newRow("forged") << u"forged"_s << member << RoomRefusal::BadCertificate;
        QTest::newRow("member as host") << u"good"_s << host << RoomRefusal::NotSecretary;
    }

    void policy()
    {
        QFETCH(QString, who);
        QFETCH(int, side);
        QFETCH(RoomRefusal, expected);
        const RoomIdentity self = secretary();
        QVERIFY(self.isUsable(QDateTime::currentDateTimeUtc()));
        RoomIdentity peer;
        Options options;
        if (who == u"good")
            peer = identity(u"dev-good"_s, u"cell-a"_s);
        else if (who == u"other")
            peer = identity(u"dev-other"_s, u"cell-b"_s);
        else if (who == u"revoked")
            peer = identity(u"dev-revoked"_s, u"cell-a"_s);
        else if (who == u"expired") {
            options.validFromDays = -100;
            options.validUntilDays = -1;
            peer = identity(u"dev-old"_s, u"cell-a"_s, options);
        } else if (who == u"future") {
            options.validFromDays = 2;
            peer = identity(u"dev-new"_s, u"cell-a"_s, options);
        } else if (who == u"forged") {
            options.signingKey = PublicationSignature::generateKeyPair().secretKey;
            peer = identity(u"dev-forged"_s, u"cell-a"_s, options);
        }
        QCOMPARE(RoomPolicy::checkPeer(self, peer.certificate, RoomPolicy::PeerSide(side),
                     QDateTime::currentDateTimeUtc()),
            expected);
    }

    void refusalCodesRoundTrip()
    {
        for (int i = int(RoomRefusal::NoCertificate); i <= int(RoomRefusal::Closed); ++i) {
            const auto refusal = RoomRefusal(i);
            QVERIFY(!roomRefusalCode(refusal).isEmpty());
            QCOMPARE(roomRefusalFromCode(roomRefusalCode(refusal)), refusal);
        }
        QCOMPARE(roomRefusalFromCode(u"nonsense"_s), RoomRefusal::BadMessage);
    }

    void handshakeKeysAgree()
    {
        const auto member = RoomHandshake::ephemeralKey();
        const auto host = RoomHandshake::ephemeralKey();
        const QByteArray transcript = RoomHandshake::transcript("member hello", "host hello");
        const QByteArray memberKey
            = RoomHandshake::memberPreSharedKey(member, host.publicKey, transcript);
        QCOMPARE(memberKey.size(), 32);
        QCOMPARE(RoomHandshake::hostPreSharedKey(host, member.publicKey, transcript), memberKey);
        // Another transcript (a hello changed on the way), another key.
        QVERIFY(RoomHandshake::hostPreSharedKey(
                    host, member.publicKey, RoomHandshake::transcript("member hello", "host hellO"))
            != memberKey);
        QVERIFY(
            RoomHandshake::memberPreSharedKey(member, QByteArray(5, 'x'), transcript).isEmpty());
        // The transcript separates the two hellos unambiguously.
        QVERIFY(RoomHandshake::transcript("ab", "c") != RoomHandshake::transcript("a", "bc"));
    }

    void framesSplitAndJoin()
    {
        RoomHandshake::FrameReader reader(10);
        const QByteArray both = RoomHandshake::frame("hello") + RoomHandshake::frame("");
        bool tooLarge = false;
        reader.append(both.left(3));
        QVERIFY(!reader.next(&tooLarge));
        reader.append(both.mid(3));
        QCOMPARE(reader.next(&tooLarge).value_or("x"), QByteArray("hello"));
        QCOMPARE(reader.next(&tooLarge).value_or("x"), QByteArray());
        QVERIFY(!reader.next(&tooLarge));
        QVERIFY(!tooLarge);
        reader.append(RoomHandshake::frame(QByteArray(11, 'a')));
        QVERIFY(!reader.next(&tooLarge));
        QVERIFY(tooLarge);
    }

    void announcementsOfTheOwnCellAreFound()
    {
        const RoomAnnouncement mine { u"meeting-1"_s, u"cell-a"_s, 40123, {} };
        const auto decoded = RoomAnnouncementCodec::decode(RoomAnnouncementCodec::encode(mine));
        QVERIFY(decoded);
        QCOMPARE(decoded->meetingId, mine.meetingId);
        QCOMPARE(decoded->cellId, mine.cellId);
        QCOMPARE(decoded->port, mine.port);
        QVERIFY(!RoomAnnouncementCodec::decode("{\"app\":\"other\"}"));
        QVERIFY(!RoomAnnouncementCodec::decode("not json"));
        QVERIFY(!RoomAnnouncementCodec::decode(QByteArray(2000, ' ')));

        // On loopback: the discovery binds a free port (the real one is fixed).
        RoomDiscovery discovery(u"cell-a"_s);
        QVERIFY(discovery.listen(QHostAddress::LocalHost, 0));
        QVERIFY(discovery.port() != 0);
        QSignalSpy found(&discovery, &RoomDiscovery::found);
        RoomAnnouncer other(RoomAnnouncement { u"meeting-2"_s, u"cell-b"_s, 40124, {} },
            QHostAddress::LocalHost, discovery.port());
        RoomAnnouncer announcer(mine, QHostAddress::LocalHost, discovery.port());
        QVERIFY(other.announce());
        QVERIFY(announcer.announce());
        QVERIFY(found.wait(5000) || !found.isEmpty());
        QCOMPARE(found.size(), 1);
        const auto seen = found.first().first().value<RoomAnnouncement>();
        QCOMPARE(seen.meetingId, u"meeting-1"_s);
        QCOMPARE(seen.port, quint16(40123));
        QVERIFY(seen.address.isLoopback());
    }

    void onlyTheGoodMemberJoins()
    {
        RoomHost host(secretary(), u"meeting-1"_s);
        QVERIFY(host.listen(QHostAddress::LocalHost));
        QSignalSpy joined(&host, &RoomHost::memberJoined);
        QSignalSpy left(&host, &RoomHost::memberLeft);

        RoomChannel other(RoomChannel::Side::Member, identity(u"dev-other"_s, u"cell-b"_s));
        QCOMPARE(join(other, host.port()).refusal, RoomRefusal::OtherCell);
        RoomChannel revoked(RoomChannel::Side::Member, identity(u"dev-revoked"_s, u"cell-a"_s));
        QCOMPARE(join(revoked, host.port()).refusal, RoomRefusal::Revoked);
        RoomIdentity without = identity(u"dev-none"_s, u"cell-a"_s);
        without.certificate = {};
        RoomChannel none(RoomChannel::Side::Member, without);
        QCOMPARE(join(none, host.port()).refusal, RoomRefusal::NoCertificate);
        QTRY_COMPARE(left.size(), 3);
        QCOMPARE(left.at(0).at(0).toString(), u"dev-other"_s);
        QCOMPARE(left.at(0).at(1).value<RoomRefusal>(), RoomRefusal::OtherCell);
        QCOMPARE(left.at(1).at(1).value<RoomRefusal>(), RoomRefusal::Revoked);
        QCOMPARE(left.at(2).at(0).toString(), QString());
        QCOMPARE(left.at(2).at(1).value<RoomRefusal>(), RoomRefusal::NoCertificate);
        QVERIFY(joined.isEmpty());

        RoomChannel good(RoomChannel::Side::Member, identity(u"dev-good"_s, u"cell-a"_s));
        QElapsedTimer clock;
        clock.start();
        const Outcome outcome = join(good, host.port());
        QVERIFY(outcome.established);
        qInfo("handshake and TLS on loopback: %lld ms", clock.elapsed());
        QCOMPARE(good.meetingId(), u"meeting-1"_s);
        QCOMPARE(good.peerDeviceId(), u"dev-secretary"_s);
        QTRY_COMPARE(joined.size(), 1);
        auto *served = joined.first().first().value<RoomChannel *>();
        QCOMPARE(served->peerDeviceId(), u"dev-good"_s);
        QCOMPARE(host.members().size(), 1);

        // Frames both ways, a large one included.
        QSignalSpy atHost(served, &RoomChannel::frameReceived);
        QSignalSpy atMember(&good, &RoomChannel::frameReceived);
        QVERIFY(good.send("check in"));
        const QByteArray large(1024 * 1024, 'd');
        QVERIFY(served->send(large));
        QVERIFY(served->send("second"));
        QTRY_COMPARE(atHost.size(), 1);
        QCOMPARE(atHost.first().first().toByteArray(), QByteArray("check in"));
        QTRY_COMPARE(atMember.size(), 2);
        QCOMPARE(atMember.at(0).first().toByteArray(), large);
        QCOMPARE(atMember.at(1).first().toByteArray(), QByteArray("second"));
        QVERIFY(!good.send(QByteArray(RoomHandshake::kMaxFrame + 1, 'x')));

        // The room ends: the member learns it.
        QSignalSpy memberFailed(&good, &RoomChannel::failed);
        host.close();
        QTRY_COMPARE(memberFailed.size(), 1);
        QCOMPARE(memberFailed.first().first().value<RoomRefusal>(), RoomRefusal::Closed);
    }

    void aStolenCertificateIsRefused()
    {
        RoomHost host(secretary(), u"meeting-1"_s);
        QVERIFY(host.listen(QHostAddress::LocalHost));
        QSignalSpy left(&host, &RoomHost::memberLeft);
        // A certificate copied from the good member's phone, without its device key.
        RoomIdentity thief = identity(u"dev-thief"_s, u"cell-a"_s);
        thief.certificate = identity(u"dev-good"_s, u"cell-a"_s).certificate;
        RoomChannel channel(RoomChannel::Side::Member, thief);
        QCOMPARE(join(channel, host.port()).refusal, RoomRefusal::BadTranscript);
        QTRY_COMPARE(left.size(), 1);
        QCOMPARE(left.first().at(1).value<RoomRefusal>(), RoomRefusal::BadTranscript);
        QVERIFY(host.members().isEmpty());
    }

    void aMemberRefusesAFalseRoom_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<RoomRefusal>("expected");
        QTest::newRow("a member serving a room") << u"member"_s << RoomRefusal::NotSecretary;
        QTest::newRow("another cell's secretary") << u"other"_s << RoomRefusal::OtherCell;
        QTest::newRow("a key the server never had") << u"forged"_s << RoomRefusal::BadCertificate;
    }

    void aMemberRefusesAFalseRoom()
    {
        QFETCH(QString, host);
        QFETCH(RoomRefusal, expected);
        Options options;
        options.role = QString(Protocol::Role::Secretary);
        QString cell = u"cell-a"_s;
        if (host == u"member")
            options.role = QString(Protocol::Role::Member);
        else if (host == u"other")
            cell = u"cell-b"_s;
        else
            options.signingKey = PublicationSignature::generateKeyPair().secretKey;
        // The false room pins the real room key: it would let the member in; the member's own
        // check refuses it (another cell's secretary refuses the member first, same reason).
        RoomHost room(identity(u"dev-host"_s, cell, options), u"meeting-x"_s);
        QVERIFY(room.listen(QHostAddress::LocalHost));
        RoomChannel member(RoomChannel::Side::Member, identity(u"dev-good"_s, u"cell-a"_s));
        const Outcome outcome = join(member, room.port());
        QVERIFY(!outcome.established);
        QCOMPARE(outcome.refusal, expected);
        QVERIFY(room.members().isEmpty());
    }

    void aTamperedHandshakeIsRefused()
    {
        RoomHost host(secretary(), u"meeting-1"_s);
        QVERIFY(host.listen(QHostAddress::LocalHost));
        TamperingRelay relay(host.port());
        relay.flipNextMemberChunk = true; // the member's hello
        RoomChannel member(RoomChannel::Side::Member, identity(u"dev-good"_s, u"cell-a"_s));
        const Outcome outcome = join(member, relay.serverPort());
        QVERIFY(!outcome.established);
        QVERIFY(outcome.refusal != RoomRefusal::None);
        QVERIFY(host.members().isEmpty());
    }

    void aTamperedFrameBreaksTheChannel()
    {
        RoomHost host(secretary(), u"meeting-1"_s);
        QVERIFY(host.listen(QHostAddress::LocalHost));
        QSignalSpy joined(&host, &RoomHost::memberJoined);
        QSignalSpy left(&host, &RoomHost::memberLeft);
        TamperingRelay relay(host.port());
        RoomChannel member(RoomChannel::Side::Member, identity(u"dev-good"_s, u"cell-a"_s));
        QVERIFY(join(member, relay.serverPort()).established);
        QTRY_COMPARE(joined.size(), 1);
        auto *served = joined.first().first().value<RoomChannel *>();
        QSignalSpy atHost(served, &RoomChannel::frameReceived);
        QVERIFY(member.send("first ballot"));
        QTRY_COMPARE(atHost.size(), 1);

        relay.flipNextMemberChunk = true;
        QVERIFY(member.send("second ballot"));
        QTRY_COMPARE(left.size(), 1);
        QCOMPARE(left.first().at(0).toString(), u"dev-good"_s);
        QCOMPARE(left.first().at(1).value<RoomRefusal>(), RoomRefusal::ChannelBroken);
        QCOMPARE(atHost.size(), 1); // nothing of the tampered record was delivered
        QVERIFY(host.members().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRoom)

#include "tst_room.moc"
