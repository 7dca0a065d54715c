// What the meeting room carries (sync/room's RoomHostSession and RoomMemberSession, DESIGN.md
// 8.8, issue 23) on loopback: real RoomHost and RoomChannel with certificates of a room key
// made here, the secretary's vault replaced by a fake RoomHostContent. The package on request
// and broadcast, a blob in chunks resumed after a dropped channel, statements recorded or
// refused before they reach the content, the room closed, malformed frames either way.

#include "protocol.h"
#include "publicationsignature.h"
#include "roomchannel.h"
#include "roomhandshake.h"
#include "roomhost.h"
#include "roomidentities.h"
#include "roomsession.h"
#include "roomstatement.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString kMeeting = u"meeting-x"_s;

// The secretary's vault, as far as the session sees it.
class FakeContent : public RoomHostContent
{
public:
    QHash<QString, QByteArray> blobs;
    QSet<QString> checkedIn; // member ids
    QStringList packagesFor; // device ids, in the order asked
    QList<QJsonObject> recorded;
    QStringList recordedFor; // device ids of the certificates given with them
    QString refuseWith; // record()'s answer when not empty

    QJsonObject package(const QJsonObject &memberCertificate) override
    {
        packagesFor.append(memberCertificate.value(u"device_id"_s).toString());
        const QString memberId = memberCertificate.value(u"member_id"_s).toString();
        return QJsonObject { { RoomMessageKey::Changes,
                                 QJsonArray { QJsonObject { { u"id"_s, kMeeting } } } },
            { RoomMessageKey::CheckedIn, checkedIn.contains(memberId) },
            { RoomMessageKey::Voted, QJsonArray {} } };
    }
    std::optional<Chunk> readBlob(const QString &sha256, qint64 offset, qint64 max) override
    {
        if (!blobs.contains(sha256))
            return std::nullopt;
        const QByteArray &blob = blobs[sha256];
        return Chunk { blob.mid(offset, max), blob.size() };
    }
    QString record(const QJsonObject &statement, const QJsonObject &memberCertificate) override
    {
        if (!refuseWith.isEmpty())
            return refuseWith;
        recorded.append(statement);
        recordedFor.append(memberCertificate.value(u"device_id"_s).toString());
        checkedIn.insert(statement.value(u"member_id"_s).toString());
        return {};
    }
};

// A member's device in the room: its channel and its session.
struct Member
{
    RoomIdentity identity;
    std::unique_ptr<RoomChannel> channel;
    std::unique_ptr<RoomMemberSession> session;
};

QByteArray seededBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 state = 0x2026u;
    for (qsizetype i = 0; i < size; ++i) {
        state = state * 1664525u + 1013904223u;
        bytes[i] = char(state >> 24);
    }
    return bytes;
}

// Runs the event loop until `spy` holds `count` signals (5 s at most; no polling sleeps, which
// would cost more than the room's exchanges themselves).
bool waitCount(QSignalSpy &spy, int count)
{
    while (spy.size() < count) {
        if (!spy.wait(5000))
            return spy.size() >= count;
    }
    return true;
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestRoomSession : public QObject
{
    Q_OBJECT

private:
    RoomIdentities m_ids;
    RoomIdentity m_secretary;
    QHash<QString, RoomIdentity> m_members; // device id -> identity (one key per device)
    std::unique_ptr<RoomHost> m_host;
    std::unique_ptr<FakeContent> m_content;
    std::unique_ptr<RoomHostSession> m_session;

    RoomIdentity member(const QString &deviceId)
    {
        if (!m_members.contains(deviceId))
            m_members.insert(deviceId, m_ids.identity(deviceId, u"cell-a"_s));
        return m_members.value(deviceId);
    }

    // Until the host's session counts `count` members (5 s at most).
    bool waitMembers(int count)
    {
        QSignalSpy changed(m_session.get(), &RoomHostSession::membersChanged);
        while (m_session->memberCount() != count) {
            if (!changed.wait(5000))
                return m_session->memberCount() == count;
        }
        return true;
    }

    // Joins the room as `deviceId`; the session is made once the channel is up.
    std::unique_ptr<Member> join(const QString &deviceId)
    {
        auto joined = std::make_unique<Member>();
        joined->identity = member(deviceId);
        joined->channel
            = std::make_unique<RoomChannel>(RoomChannel::Side::Member, joined->identity);
        const int before = m_session ? m_session->memberCount() : 0;
        if (!RoomIdentities::join(*joined->channel, m_host->port()).established)
            return nullptr;
        joined->session = std::make_unique<RoomMemberSession>(joined->channel.get());
        if (m_session && !waitMembers(before + 1))
            return nullptr;
        return joined;
    }

    QJsonObject statement(const RoomIdentity &signer, const QString &meetingId,
        const QString &type = QString(RoomStatement::CheckIn))
    {
        RoomStatement::Fields fields;
        fields.type = type;
        fields.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        fields.meetingId = meetingId;
        fields.memberId = signer.certificate.value(u"member_id"_s).toString();
        fields.deviceId = signer.deviceId();
        if (type == RoomStatement::Ballot) {
            fields.voteId = u"vote-1"_s;
            fields.choice = u"agree"_s;
        }
        fields.at = QDateTime::currentDateTimeUtc();
        return RoomStatement::sign(fields, signer.deviceSecretKey);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<RoomRefusal>();
        m_secretary = m_ids.secretary();
    }

    void init()
    {
        m_host = std::make_unique<RoomHost>(m_secretary, kMeeting);
        QVERIFY(m_host->listen(QHostAddress::LocalHost));
        m_content = std::make_unique<FakeContent>();
        m_session = std::make_unique<RoomHostSession>(m_host.get(), m_content.get());
    }

    void cleanup()
    {
        m_session.reset();
        m_host.reset();
        m_content.reset();
    }

    void thePackageIsAnsweredForTheAskingMember()
    {
        QElapsedTimer timer;
        timer.start();
        QSignalSpy membersChanged(m_session.get(), &RoomHostSession::membersChanged);
        auto a = join(u"dev-a"_s);
        QVERIFY(a);
        QCOMPARE(m_session->memberCount(), 1);
        QVERIFY(!membersChanged.isEmpty());
        qInfo("joined in %lld ms", qint64(timer.elapsed()));
        m_content->checkedIn.insert(u"m-dev-a"_s);

        QSignalSpy packages(a->session.get(), &RoomMemberSession::packageReceived);
        a->session->requestPackage();
        QVERIFY(waitCount(packages, 1));
        const QJsonObject package = packages.first().first().toJsonObject();
        QCOMPARE(package.value(RoomMessageKey::CheckedIn).toBool(), true);
        QCOMPARE(package.value(RoomMessageKey::Changes).toArray().size(), 1);
        QVERIFY(!package.contains(RoomMessageKey::Type));
        QCOMPARE(m_content->packagesFor, QStringList { u"dev-a"_s });
    }

    void aBlobComesInChunksAndResumesAfterADroppedChannel()
    {
        const QByteArray blob = seededBytes(600 * 1024);
        const QString sha = sha256Hex(blob);
        m_content->blobs.insert(sha, blob);

        auto a = join(u"dev-a"_s);
        QVERIFY(a);
        QByteArray stored;
        auto fetchOne = [&](Member &m) -> bool {
            QSignalSpy chunks(m.session.get(), &RoomMemberSession::blobChunkReceived);
            m.session->requestBlob(sha, stored.size());
            if (!waitCount(chunks, 1))
                return false;
            const QList<QVariant> chunk = chunks.first();
            if (chunk.at(0).toString() != sha || chunk.at(1).toLongLong() != stored.size()
                || chunk.at(2).toLongLong() != blob.size())
                return false;
            const QByteArray data = chunk.at(3).toByteArray();
            if (data.isEmpty() || data.size() > RoomHostSession::kBlobChunk)
                return false;
            stored.append(data);
            return true;
        };
        QVERIFY(fetchOne(*a));
        QCOMPARE(stored.size(), RoomHostSession::kBlobChunk);

        // The Wi-Fi drops: the host forgets the member; it joins again and goes on from what
        // it stored.
        a->session.reset();
        a->channel->close();
        a.reset();
        QVERIFY(waitMembers(0));
        auto again = join(u"dev-a"_s);
        QVERIFY(again);
        int chunks = 1;
        while (stored.size() < blob.size()) {
            QVERIFY(fetchOne(*again));
            ++chunks;
        }
        QCOMPARE(chunks, 3);
        QCOMPARE(stored.size(), blob.size());
        QCOMPARE(sha256Hex(stored), sha);

        // At the end: an empty chunk; past it or an unknown blob: unavailable.
        QSignalSpy last(again->session.get(), &RoomMemberSession::blobChunkReceived);
        again->session->requestBlob(sha, blob.size());
        QVERIFY(waitCount(last, 1));
        QVERIFY(last.first().at(3).toByteArray().isEmpty());
        QSignalSpy unavailable(again->session.get(), &RoomMemberSession::blobUnavailable);
        again->session->requestBlob(sha, blob.size() + 1);
        const QString unknown = sha256Hex("not served");
        again->session->requestBlob(unknown, 0);
        QVERIFY(waitCount(unavailable, 2));
        QCOMPARE(unavailable.at(0).at(0).toString(), sha);
        QCOMPARE(unavailable.at(0).at(1).toString(), Protocol::ErrorCode::RangeNotSatisfiable);
        QCOMPARE(unavailable.at(1).at(0).toString(), unknown);
        QCOMPARE(unavailable.at(1).at(1).toString(), Protocol::ErrorCode::NotFound);
        QCOMPARE(m_session->memberCount(), 1);
    }

    void aStatementIsRecordedAndAcknowledged()
    {
        auto a = join(u"dev-a"_s);
        QVERIFY(a);
        QSignalSpy recorded(m_session.get(), &RoomHostSession::recorded);
        QSignalSpy acks(a->session.get(), &RoomMemberSession::acknowledged);
        const QJsonObject checkIn = statement(a->identity, kMeeting);
        a->session->submit(checkIn);
        QVERIFY(waitCount(acks, 1));
        QCOMPARE(acks.first().at(0).toString(), checkIn.value(u"id"_s).toString());
        QCOMPARE(acks.first().at(1).toString(), QString());
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded.first().first().toJsonObject(), checkIn);
        QCOMPARE(m_content->recorded.size(), 1);
        QCOMPARE(m_content->recordedFor, QStringList { u"dev-a"_s });

        // The content's own refusal reaches the member as it is; nothing recorded.
        m_content->refuseWith = RoomAckRefusal::VoteClosed;
        const QJsonObject ballot = statement(a->identity, kMeeting, RoomStatement::Ballot);
        a->session->submit(ballot);
        QVERIFY(waitCount(acks, 2));
        QCOMPARE(acks.at(1).at(0).toString(), ballot.value(u"id"_s).toString());
        QCOMPARE(acks.at(1).at(1).toString(), RoomAckRefusal::VoteClosed);
        QCOMPARE(recorded.size(), 1);
    }

    void refusedStatementsNeverReachTheContent_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("forged") << u"forged"_s << u"bad_signature"_s;
        QTest::newRow("altered") << u"altered"_s << u"bad_signature"_s;
        QTest::newRow("other meeting")
            << u"other meeting"_s << QString(RoomAckRefusal::OtherMeeting);
        QTest::newRow("another device") << u"another device"_s << u"wrong_device"_s;
        QTest::newRow("malformed") << u"malformed"_s << u"malformed_statement"_s;
    }

    void refusedStatementsNeverReachTheContent()
    {
        QFETCH(QString, kind);
        QFETCH(QString, refusal);
        auto a = join(u"dev-a"_s);
        QVERIFY(a);
        QJsonObject submitted;
        if (kind == u"forged") {
            // dev-a's names, another key's signature.
            RoomIdentity forger = a->identity;
            forger.deviceSecretKey = PublicationSignature::generateKeyPair().secretKey;
            submitted = statement(forger, kMeeting);
        } else if (kind == u"altered") {
            submitted = statement(a->identity, kMeeting);
            submitted.insert(
                u"at"_s, QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODateWithMs));
        } else if (kind == u"other meeting") {
            submitted = statement(a->identity, u"meeting-y"_s);
        } else if (kind == u"another device") {
            // dev-b's own genuine statement, sent over dev-a's channel.
            submitted = statement(member(u"dev-b"_s), kMeeting);
        } else {
            submitted = statement(a->identity, kMeeting);
            submitted.remove(u"member_id"_s);
        }
        QSignalSpy recorded(m_session.get(), &RoomHostSession::recorded);
        QSignalSpy acks(a->session.get(), &RoomMemberSession::acknowledged);
        a->session->submit(submitted);
        QVERIFY(waitCount(acks, 1));
        QCOMPARE(acks.first().at(0).toString(), submitted.value(u"id"_s).toString());
        QCOMPARE(acks.first().at(1).toString(), refusal);
        QVERIFY(recorded.isEmpty());
        QVERIFY(m_content->recorded.isEmpty());
        QCOMPARE(m_session->memberCount(), 1); // a refusal is an answer, not a broken channel
    }

    void aBroadcastReachesEveryMember()
    {
        auto a = join(u"dev-a"_s);
        auto b = join(u"dev-b"_s);
        QVERIFY(a && b);
        QCOMPARE(m_session->memberCount(), 2);
        m_content->checkedIn.insert(u"m-dev-a"_s);
        QSignalSpy atA(a->session.get(), &RoomMemberSession::packageReceived);
        QSignalSpy atB(b->session.get(), &RoomMemberSession::packageReceived);
        m_session->broadcastPackage();
        QVERIFY(waitCount(atA, 1));
        QVERIFY(waitCount(atB, 1));
        QCOMPARE(
            atA.first().first().toJsonObject().value(RoomMessageKey::CheckedIn).toBool(), true);
        QCOMPARE(
            atB.first().first().toJsonObject().value(RoomMessageKey::CheckedIn).toBool(), false);
        QStringList asked = m_content->packagesFor;
        asked.sort();
        QCOMPARE(asked, (QStringList { u"dev-a"_s, u"dev-b"_s }));
    }

    void closingTheRoomTellsEveryMember()
    {
        auto a = join(u"dev-a"_s);
        auto b = join(u"dev-b"_s);
        QVERIFY(a && b);
        QSignalSpy closedA(a->session.get(), &RoomMemberSession::roomClosed);
        QSignalSpy closedB(b->session.get(), &RoomMemberSession::roomClosed);
        QSignalSpy errors(a->session.get(), &RoomMemberSession::protocolError);
        m_session->closeRoom();
        QCOMPARE(m_session->memberCount(), 0);
        QVERIFY(waitCount(closedA, 1));
        QVERIFY(waitCount(closedB, 1));
        QVERIFY(errors.isEmpty());
        QVERIFY(!a->channel->isEstablished());
        // Nobody joins any more.
        RoomChannel late(RoomChannel::Side::Member, member(u"dev-c"_s));
        QVERIFY(!RoomIdentities::join(late, m_host->port()).established);
    }

    void aMalformedFrameClosesOnlyThatMember_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::newRow("not json") << QByteArray("give me everything");
        QTest::newRow("no type") << QByteArray("{\"sha256\":\"00\"}");
        QTest::newRow("unknown type") << QByteArray("{\"type\":\"package\"}");
        QTest::newRow("negative offset")
            << QByteArray("{\"type\":\"get_blob\",\"offset\":-1,\"sha256\":\"")
                + QByteArray(64, 'a') + "\"}";
        QTest::newRow("not a hash") << QByteArray("{\"type\":\"get_blob\",\"offset\":0,"
                                                  "\"sha256\":\"../../vault.db\"}");
        QTest::newRow("statement not an object")
            << QByteArray("{\"type\":\"submit\",\"statement\":\"yes\"}");
    }

    void aMalformedFrameClosesOnlyThatMember()
    {
        QFETCH(QByteArray, frame);
        auto a = join(u"dev-a"_s);
        auto b = join(u"dev-b"_s);
        QVERIFY(a && b);
        QSignalSpy left(m_host.get(), &RoomHost::memberLeft);
        QSignalSpy failedA(a->channel.get(), &RoomChannel::failed);
        QVERIFY(a->channel->send(frame));
        QVERIFY(waitCount(failedA, 1));
        QVERIFY(waitCount(left, 1));
        QCOMPARE(left.first().at(0).toString(), u"dev-a"_s);
        QCOMPARE(left.first().at(1).value<RoomRefusal>(), RoomRefusal::BadMessage);
        QCOMPARE(m_session->memberCount(), 1);
        QVERIFY(m_content->packagesFor.isEmpty()); // two empty QLists compared trip UBSan
        // The other member goes on.
        QSignalSpy atB(b->session.get(), &RoomMemberSession::packageReceived);
        b->session->requestPackage();
        QVERIFY(waitCount(atB, 1));
    }

    void aMalformedHostFrameEndsTheMembersSession_data()
    {
        const QByteArray sha = QByteArray(64, 'a');
        QTest::addColumn<QByteArray>("frame");
        QTest::newRow("not json") << QByteArray("[1, 2");
        QTest::newRow("unknown type") << QByteArray("{\"type\":\"get_meeting\"}");
        QTest::newRow("changes not a list")
            << QByteArray("{\"type\":\"package\",\"changes\":{},\"checked_in\":false,"
                          "\"voted\":[]}");
        QTest::newRow("checked_in missing")
            << QByteArray("{\"type\":\"package\",\"changes\":[],\"voted\":[]}");
        QTest::newRow("bad base64") << "{\"type\":\"blob_chunk\",\"sha256\":\"" + sha
                + "\",\"offset\":0,\"size\":10,\"data\":\"%%%\"}";
        QTest::newRow("past the size") << "{\"type\":\"blob_chunk\",\"sha256\":\"" + sha
                + "\",\"offset\":8,\"size\":10,\"data\":\"AAAAAA==\"}";
        QTest::newRow("fractional offset") << "{\"type\":\"blob_chunk\",\"sha256\":\"" + sha
                + "\",\"offset\":0.5,\"size\":10,\"data\":\"AAAA\"}";
        QTest::newRow("ack without refusal") << QByteArray("{\"type\":\"ack\",\"id\":\"s-1\"}");
    }

    void aMalformedHostFrameEndsTheMembersSession()
    {
        QFETCH(QByteArray, frame);
        // A host without a session: the test writes its frames.
        m_session.reset();
        QSignalSpy joined(m_host.get(), &RoomHost::memberJoined);
        auto a = join(u"dev-a"_s);
        QVERIFY(a);
        QVERIFY(waitCount(joined, 1));
        const QPointer<RoomChannel> served = joined.first().first().value<RoomChannel *>();
        QSignalSpy errors(a->session.get(), &RoomMemberSession::protocolError);
        QSignalSpy packages(a->session.get(), &RoomMemberSession::packageReceived);
        QSignalSpy chunks(a->session.get(), &RoomMemberSession::blobChunkReceived);
        QSignalSpy acks(a->session.get(), &RoomMemberSession::acknowledged);
        QSignalSpy left(m_host.get(), &RoomHost::memberLeft);
        QVERIFY(served->send(frame));
        QVERIFY(waitCount(errors, 1));
        QVERIFY(packages.isEmpty() && chunks.isEmpty() && acks.isEmpty());
        QVERIFY(!a->channel->isEstablished());
        QVERIFY(waitCount(left, 1)); // the member hung up
        // A well-formed frame after it is not delivered any more.
        QVERIFY(!served || !served->send("{\"type\":\"room_closed\"}"));
    }
};

QTEST_GUILESS_MAIN(TestRoomSession)

#include "tst_roomsession.moc"
