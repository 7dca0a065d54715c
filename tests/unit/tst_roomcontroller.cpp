// The meeting room in the app (app/room/roomcontroller, DESIGN.md 8.8, issue 23) on loopback,
// without a server: two real vaults, the secretary's and a member's, each with its room
// identity (a room key made here, as the server's). The secretary opens the room for the
// meeting; the member's controller finds it (nearby, with the meeting's title, "Buổi sinh hoạt
// chi bộ" while the meeting is not on her device), joins, receives the meeting, its vote and
// its share with the attachment (documents 1/1), checks in and votes (a ballot before the
// check-in refused in words); the secretary's page sees the member joined, checked in by name
// and the ballot counted; a secret vote she opens meanwhile reaches the member at once and
// her sealed ballot is counted while its choice shows only on her own device. A second check-in
// is not offered, closing the room tells the member, and locking the member's vault ends
// everything.
#include "blobstore.h"
#include "devicecertificate.h"
#include "meetingoutcomeactions.h"
#include "protocol.h"
#include "publicationsignature.h"
#include "replicastore.h"
#include "roomcontroller.h"
#include "roomidentitystore.h"
#include "sqlitedatabase.h"
#include "timestamps.h"
#include "unlockedsession.h"
#include "vaultsession.h"
#include "vaultsyncstore.h"
#include "wirevalues.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kPin = u"246810"_s;
const QString kCell = u"c1"_s;
const QString kMeeting = u"m-now"_s;

QByteArray bytesOf(qint64 size, char seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        bytes[i] = char(seed + (i * 7) % 251);
    return bytes;
}

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestRoomController : public QObject
{
    Q_OBJECT

private:
    PublicationSignature::KeyPair m_roomKey = PublicationSignature::generateKeyPair();
    QTemporaryDir m_secretaryDir;
    QTemporaryDir m_memberDir;
    std::unique_ptr<VaultSession> m_secretary;
    std::unique_ptr<VaultSession> m_member;
    QByteArray m_attachment = bytesOf(300 * 1024 + 17, 3); // two chunks
    QString m_voteId;

    // Signs the device in: the user in the vault and its room identity.
    void signIn(VaultSession &session, const QString &memberId, const QString &role)
    {
        VaultSyncStore(session.vault())
            .saveSession(u"token"_s, AuthUser { u"u-"_s + memberId, memberId, role, kCell });
        const auto key = PublicationSignature::generateKeyPair();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        DeviceCertificate::Fields fields { u"dev-"_s + memberId, u"u-"_s + memberId, memberId,
            kCell, role, key.publicKey, now.addDays(-1), now.addDays(80) };
        const QJsonObject certificate = DeviceCertificate::issue(fields, m_roomKey.secretKey);
        QCOMPARE(
            RoomIdentityStore::keep(session.vault().database(),
                QString::fromLatin1(m_roomKey.publicKey.toBase64()), key.secretKey, certificate),
            RoomIdentityStore::Result::Kept);
    }

    void fillSecretary()
    {
        SqliteDatabase &db = m_secretary->vault().database();
        ReplicaStore replica(db);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        replica.put(u"meeting"_s, kMeeting, 4,
            QJsonObject { { u"id"_s, kMeeting }, { u"org_id"_s, kCell },
                { u"title"_s, u"Sinh hoạt chi bộ tháng 12"_s },
                { u"starts_at"_s, Timestamps::toIso(now.addSecs(-1800)) },
                { u"location"_s, u"Nhà văn hóa thôn"_s }, { u"agenda"_s, u"Nghị quyết"_s },
                { u"document_ids"_s, QJsonArray() },
                { u"status"_s, QString(Protocol::MeetingStatus::Scheduled) },
                { u"cancel_reason"_s, QJsonValue() } });
        const QJsonObject attachment { { u"sha256"_s, sha256Of(m_attachment) },
            { u"size"_s, m_attachment.size() }, { u"mime"_s, u"application/pdf"_s },
            { u"name"_s, u"tai-lieu.pdf"_s } };
        replica.put(u"document"_s, u"d-share"_s, 12,
            QJsonObject { { u"id"_s, u"d-share"_s }, { u"org_id"_s, kCell },
                { u"audience_org_id"_s, kCell }, { u"kind"_s, u"nghi_quyet"_s },
                { u"number"_s, QJsonValue() }, { u"title"_s, u"Dự thảo nghị quyết"_s },
                { u"issued_date"_s, u"2026-12-01"_s }, { u"summary"_s, QJsonValue() },
                { u"body"_s, u"Nội dung."_s }, { u"classification"_s, u"internal"_s },
                { u"attachments"_s, QJsonArray { attachment } }, { u"meeting_id"_s, kMeeting },
                { u"published_at"_s, u"2026-12-01T02:00:00.000Z"_s } });
        replica.put(u"member"_s, u"m-a1"_s, 2,
            QJsonObject { { u"id"_s, u"m-a1"_s }, { u"org_id"_s, kCell },
                { u"full_name"_s, u"Nguyễn Văn An"_s } });
        BlobStore blobs(db);
        const QString sha = sha256Of(m_attachment);
        blobs.begin(sha, m_attachment.size(), u"application/pdf"_s);
        for (qint64 at = 0; at < m_attachment.size(); at += BlobStore::kChunkSize)
            QVERIFY(blobs.append(sha, m_attachment.mid(at, BlobStore::kChunkSize)));
        QVERIFY(blobs.finish(sha));
        const auto opened = MeetingOutcomeActions(db).openVote(
            kMeeting, u"Thông qua nghị quyết?"_s, { u"Đồng ý"_s, u"Không đồng ý"_s }, false);
        QVERIFY(opened.ok());
        m_voteId = opened.rowId;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<RoomAnnouncement>();
        QVERIFY(m_secretaryDir.isValid() && m_memberDir.isValid());
        m_secretary = unlockedTestSession(m_secretaryDir, kPin);
        m_member = unlockedTestSession(m_memberDir, kPin);
        QVERIFY(m_secretary && m_member);
        signIn(*m_secretary, u"m-sec"_s, QString(Protocol::Role::Secretary));
        signIn(*m_member, u"m-a1"_s, QString(Protocol::Role::Member));
        fillSecretary();
    }

    void memberJoinsChecksInAndVotes()
    {
        RoomController::Network loopback;
        loopback.listenAddress = QHostAddress::LocalHost;
        loopback.discoveryPort = 0;
        loopback.announceTarget = QHostAddress::LocalHost;

        RoomController member(m_member.get());
        member.setNetwork(loopback);
        RoomController secretary(m_secretary.get());
        secretary.setNetwork(loopback);
        QTRY_VERIFY(member.discoveryPort() != 0);
        QTRY_VERIFY(secretary.canHost());
        QVERIFY(!member.canHost());

        loopback.announcePort = member.discoveryPort();
        secretary.setNetwork(loopback);
        QVERIFY(secretary.openRoom(kMeeting));
        QCOMPARE(secretary.state(), RoomController::Hosting);
        QVERIFY(secretary.hosting());
        QCOMPARE(secretary.hostMeetingId(), kMeeting);

        QTRY_VERIFY(member.nearby());
        QCOMPARE(member.nearbyMeetingId(), kMeeting);
        QCOMPARE(member.nearbyMeetingTitle(), u"Buổi sinh hoạt chi bộ"_s); // not here yet

        member.join();
        QTRY_COMPARE(member.state(), RoomController::Joined);
        QTRY_COMPARE(secretary.memberCount(), 1);
        QTRY_COMPARE(member.documentsTotal(), 1);
        QTRY_COMPARE(member.documentsReady(), 1);
        QCOMPARE(member.meetingTitle(), u"Sinh hoạt chi bộ tháng 12"_s);
        QCOMPARE(BlobStore(m_member->vault().database()).isComplete(sha256Of(m_attachment)), true);
        QCOMPARE(member.votes().size(), 1);
        QVariantMap vote = member.votes().constFirst().toMap();
        QCOMPARE(vote.value(u"voteId"_s).toString(), m_voteId);
        QCOMPARE(vote.value(u"isOpen"_s).toBool(), true);
        QCOMPARE(vote.value(u"voted"_s).toBool(), false);
        QVERIFY(!member.checkedIn());

        // A ballot before the check-in is refused in words.
        QSignalSpy errors(&member, &RoomController::error);
        member.castBallot(m_voteId, u"Đồng ý"_s);
        QTRY_COMPARE(errors.size(), 1);
        QVERIFY(errors.constFirst().constFirst().toString().contains(u"điểm danh"_s));

        member.checkIn();
        QTRY_VERIFY(member.checkedIn());
        QTRY_COMPARE(secretary.checkedInNames(), QStringList { u"Nguyễn Văn An"_s });

        member.castBallot(m_voteId, u"Đồng ý"_s);
        QTRY_VERIFY(member.votes().constFirst().toMap().value(u"voted"_s).toBool());
        vote = member.votes().constFirst().toMap();
        QCOMPARE(vote.value(u"myChoice"_s).toString(), u"Đồng ý"_s);
        QTRY_VERIFY(!secretary.hostVotes().isEmpty()
            && secretary.hostVotes().constFirst().toMap().value(u"ballots"_s).toInt() == 1);
        QCOMPARE(errors.size(), 1);

        // She opens another vote on her meeting page: the members see it at once.
        const auto second
            = MeetingOutcomeActions(m_secretary->vault().database())
                  .openVote(kMeeting, u"Bầu tổ trưởng?"_s, { u"Anh Minh"_s, u"Chị Lan"_s }, true);
        QVERIFY(second.ok());
        m_secretary->noteLocalChange();
        QTRY_COMPARE(member.votes().size(), 2);
        QTRY_COMPARE(secretary.hostVotes().size(), 2);

        // A secret ballot: its choice is shown on the member's device only.
        member.castBallot(second.rowId, u"Chị Lan"_s);
        auto votedIn = [&member](const QString &voteId) {
            for (const QVariant &item : member.votes()) {
                const QVariantMap row = item.toMap();
                if (row.value(u"voteId"_s).toString() == voteId)
                    return row;
            }
            return QVariantMap();
        };
        QTRY_VERIFY(votedIn(second.rowId).value(u"voted"_s).toBool());
        QCOMPARE(votedIn(second.rowId).value(u"myChoice"_s).toString(), u"Chị Lan"_s);
        QCOMPARE(votedIn(second.rowId).value(u"secret"_s).toBool(), true);
        auto hostBallots = [&secretary](const QString &voteId) {
            for (const QVariant &item : secretary.hostVotes()) {
                const QVariantMap row = item.toMap();
                if (row.value(u"voteId"_s).toString() == voteId)
                    return row.value(u"ballots"_s).toInt();
            }
            return -1;
        };
        QTRY_COMPARE(hostBallots(second.rowId), 1);
        QCOMPARE(errors.size(), 1);

        // The secretary closes the room: the member is told.
        secretary.closeRoom();
        QVERIFY(!secretary.hosting());
        QTRY_COMPARE(member.state(), RoomController::Closed);
        QVERIFY(!member.statusText().isEmpty());

        // Locking the vault ends the member's room.
        m_member->lock();
        QTRY_VERIFY(member.discoveryPort() == 0);
        QCOMPARE(member.state(), RoomController::Idle);
        QVERIFY(!member.nearby());
    }

    void refusalsInWords()
    {
        QVERIFY(RoomController::refusalText(RoomRefusal::Revoked).contains(u"thu hồi"_s));
        QVERIFY(RoomController::refusalText(RoomRefusal::OtherCell).contains(u"chi bộ"_s));
        QCOMPARE(RoomController::refusalText(RoomRefusal::Expired),
            u"Cần đồng bộ với máy chủ một lần để vào phòng họp."_s);
    }
};

QTEST_GUILESS_MAIN(TestRoomController)
#include "tst_roomcontroller.moc"
