// The meeting room without internet end to end (DESIGN.md 8.8, issue 23), with real parts only:
// the real handbook-server (SQLite) holding the demo province, a real vault per device signed in
// through AccountSignIn, and the real room (RoomHost + RoomHostSession + VaultRoomHost on the
// secretary's vault; RoomChannel + RoomMemberSession + RoomMemberStore on each member's).
//
// While the server runs, every device signs in (and gets its device certificate), the secretary
// of cell A schedules two meetings naming a signed document (the first also a share of the cell
// with an attachment), dangvien.a2's lost phone is revoked from her new one, and the secretary
// gets her cell's revocation list. Then the server STOPS. The secretary opens the room and a
// secret and an open vote; a device of another cell and the revoked phone are refused; a host
// serving a tampered copy of the signed document and of the attachment is not believed; the good
// member receives the meeting (the signed document verifies, the share and its attachment arrive,
// resuming after a lost connection), checks in and votes in both votes; a replayed statement is
// recorded once, a second ballot and forged ones (another key's signature, another member's
// name) are refused by the host. The server STARTS again and both orders of sync are tried —
// path A (the first meeting): the member syncs first, then the secretary; path B (the second
// meeting): the secretary first, then the member. Each time the server counts each ballot once
// (the secret choice too), the member is present, no device holds a rejected change, and a later
// direct vote.cast by the member replaces the ballot instead of adding one. Last, a statement
// forged on a device and pushed to the server is refused there.
#include "accountactions.h"
#include "clientdevice.h"
#include "databaseprobe.h"
#include "devicecertificate.h"
#include "localactions.h"
#include "meetingoutcomeactions.h"
#include "mutationnames.h"
#include "outbox.h"
#include "protocol.h"
#include "publicationsignature.h"
#include "replicastore.h"
#include "roomcertificaterenewal.h"
#include "roomchannel.h"
#include "roomhost.h"
#include "roomhostcontent.h"
#include "roomidentitystore.h"
#include "roommemberstore.h"
#include "roomsession.h"
#include "roomstatement.h"
#include "serverprocess.h"
#include "sqlitedatabase.h"
#include "syncengine.h"
#include "testbytes.h"
#include "vaultsyncstore.h"
#include "wiremutation.h"
#include "wirevalues.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
namespace Mutation = Protocol::Mutation;
namespace RowType = Protocol::RowType;

Q_DECLARE_METATYPE(RoomRefusal)

namespace {

constexpr int kWaitMs = 15000;
// Three blob chunks of the room (RoomHostSession::kBlobChunk each at most).
constexpr qsizetype kAttachmentSize = 600 * 1024;

const QString kAgree = u"Đồng ý"_s;
const QString kDisagree = u"Không đồng ý"_s;
const QString kOther = u"Ý kiến khác"_s;

// A URL where nothing listens: the server is stopped, the devices are offline.
QUrl unreachableUrl()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return QUrl(u"http://127.0.0.1:%1"_s.arg(port));
}

// A secretary's device that alters what it serves: the signed document's title (its signature
// no longer holds) and every attachment's first byte (its SHA-256 no longer matches).
class TamperedContent : public RoomHostContent
{
public:
    TamperedContent(RoomHostContent &genuine, QString documentId)
        : m_genuine(genuine)
        , m_documentId(std::move(documentId))
    { }

    QJsonObject package(const QJsonObject &memberCertificate) override
    {
        QJsonObject package = m_genuine.package(memberCertificate);
        QJsonArray changes = package.value(u"changes"_s).toArray();
        for (qsizetype i = 0; i < changes.size(); ++i) {
            QJsonObject change = changes.at(i).toObject();
            if (change.value(u"type"_s).toString() != RowType::Document
                || change.value(u"id"_s).toString() != m_documentId)
                continue;
            QJsonObject data = change.value(u"data"_s).toObject();
            data.insert(u"title"_s, u"Nghị quyết đã bị sửa trong phòng họp"_s);
            change.insert(u"data"_s, data);
            changes[i] = change;
            ++tampered;
        }
        package.insert(u"changes"_s, changes);
        return package;
    }
    std::optional<Chunk> readBlob(const QString &sha256, qint64 offset, qint64 max) override
    {
        std::optional<Chunk> chunk = m_genuine.readBlob(sha256, offset, max);
        if (chunk && !chunk->data.isEmpty())
            chunk->data[0] = char(chunk->data.at(0) ^ 0x5a);
        return chunk;
    }
    QString record(const QJsonObject &statement, const QJsonObject &memberCertificate) override
    {
        return m_genuine.record(statement, memberCertificate);
    }

    int tampered = 0;

private:
    RoomHostContent &m_genuine;
    QString m_documentId;
};

// The secretary's room for one meeting: listening on loopback, serving her vault.
struct Room
{
    Room(ClientDevice &secretary, const QString &meetingId)
        : host(RoomIdentityStore::identity(secretary.db()), meetingId)
        , content(secretary.db(), meetingId)
        , session(&host, &content)
    { }
    RoomHost host;
    VaultRoomHost content;
    RoomHostSession session;
};

// A member's device in a room: its channel and session.
struct Joined
{
    std::unique_ptr<RoomChannel> channel;
    std::unique_ptr<RoomMemberSession> session;
    RoomRefusal refusal = RoomRefusal::None;
    [[nodiscard]] bool ok() const { return session != nullptr; }
};

Joined join(ClientDevice &device, quint16 port)
{
    Joined joined;
    joined.channel = std::make_unique<RoomChannel>(
        RoomChannel::Side::Member, RoomIdentityStore::identity(device.db()));
    QSignalSpy established(joined.channel.get(), &RoomChannel::established);
    QSignalSpy failed(joined.channel.get(), &RoomChannel::failed);
    joined.channel->connectToHost(QHostAddress::LocalHost, port);
    if (!QTest::qWaitFor([&] { return !established.isEmpty() || !failed.isEmpty(); }, kWaitMs)) {
        joined.refusal = RoomRefusal::Timeout;
        return joined;
    }
    if (!failed.isEmpty()) {
        joined.refusal = failed.first().first().value<RoomRefusal>();
        return joined;
    }
    joined.session = std::make_unique<RoomMemberSession>(joined.channel.get());
    return joined;
}

// The package the host answers to get_meeting (empty when none came).
QJsonObject requestPackage(RoomMemberSession &session)
{
    QSignalSpy received(&session, &RoomMemberSession::packageReceived);
    session.requestPackage();
    if (!received.wait(kWaitMs))
        return {};
    return received.last().first().toJsonObject();
}

// Submits a statement and answers the host's refusal ("" when recorded).
QString submit(RoomMemberSession &session, const QJsonObject &statement)
{
    const QString id = statement.value(u"id"_s).toString();
    QSignalSpy acks(&session, &RoomMemberSession::acknowledged);
    session.submit(statement);
    QString refusal = u"(no answer)"_s;
    (void)QTest::qWaitFor(
        [&] {
            for (const QList<QVariant> &ack : acks) {
                if (ack.at(0).toString() == id) {
                    refusal = ack.at(1).toString();
                    return true;
                }
            }
            return false;
        },
        kWaitMs);
    return refusal;
}

// Fetches a blob from the room into the member's vault, from the stored offset, at most
// `maxChunks` chunks (-1: to the end).
struct Fetched
{
    RoomMemberStore::BlobResult result = RoomMemberStore::BlobResult::More;
    int chunks = 0;
    QString unavailable; // blob_unavailable's code
};
Fetched fetchBlob(
    RoomMemberSession &session, RoomMemberStore &store, const QString &sha256, int maxChunks = -1)
{
    Fetched fetched;
    QSignalSpy chunks(&session, &RoomMemberSession::blobChunkReceived);
    QSignalSpy unavailable(&session, &RoomMemberSession::blobUnavailable);
    while (maxChunks < 0 || fetched.chunks < maxChunks) {
        chunks.clear();
        session.requestBlob(sha256, store.blobOffset(sha256));
        if (!QTest::qWaitFor([&] { return !chunks.isEmpty() || !unavailable.isEmpty(); }, kWaitMs))
            break;
        if (!unavailable.isEmpty()) {
            fetched.unavailable = unavailable.first().at(1).toString();
            break;
        }
        const QList<QVariant> chunk = chunks.first();
        ++fetched.chunks;
        fetched.result = store.appendBlob(chunk.at(0).toString(), chunk.at(1).toLongLong(),
            chunk.at(2).toLongLong(), chunk.at(3).toByteArray());
        if (fetched.result != RoomMemberStore::BlobResult::More)
            break;
    }
    return fetched;
}

QStringList pendingNames(ClientDevice &device)
{
    QStringList names;
    for (const WireMutation &mutation : device.store().pendingMutations(100))
        names << mutation.name;
    return names;
}

} // namespace

// The two votes the secretary opens in a room.
struct Votes
{
    QString secret;
    QString open;
};

class TestRoomOffline : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    QString m_connection = u"room-offline-check"_s;
    QHash<QString, ServerProcess::DemoAccount> m_accounts;

    std::unique_ptr<ClientDevice> m_secretary; // bithu.a, cell A
    std::unique_ptr<ClientDevice> m_member; // dangvien.a1, cell A
    std::unique_ptr<ClientDevice> m_stranger; // dangvien.b1, cell B
    std::unique_ptr<ClientDevice> m_lostPhone; // dangvien.a2's phone, revoked
    std::unique_ptr<ClientDevice> m_newPhone; // dangvien.a2's new phone, which revoked it

    QString m_signedDocument; // a signed document the meetings name
    QString m_meetingA, m_meetingB;
    QString m_share; // the cell's share of meeting A, with m_attachment
    QByteArray m_attachment;
    QString m_attachmentSha;
    QElapsedTimer m_clock;
    Votes m_votesB; // the second meeting's votes
    QJsonObject m_lastOpenBallot; // the member's open ballot in the last room

    DatabaseProbe probe() const
    {
        return DatabaseProbe(
            QSqlDatabase::database(m_connection, false), DatabaseProbe::OnError::Fatal);
    }
    int count(const QString &sql, const QVariantList &binds) const
    {
        return probe().scalar(sql, binds).toInt();
    }
    QString memberOf(const QString &login) const { return m_accounts.value(login).memberId; }
    std::unique_ptr<ClientDevice> signIn(const QString &login)
    {
        return ClientDevice::signedIn(m_server.baseUrl(), login, m_accounts.value(login).password);
    }
    QList<ClientDevice *> devices() const
    {
        return { m_secretary.get(), m_member.get(), m_stranger.get(), m_lostPhone.get(),
            m_newPhone.get() };
    }
    void stopServer()
    {
        QCOMPARE(m_server.stop(), 0);
        const QUrl offline = unreachableUrl();
        for (ClientDevice *device : devices())
            device->setServer(offline);
    }
    void startServer()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        for (ClientDevice *device : devices())
            device->setServer(m_server.baseUrl());
    }
    static void sync(ClientDevice &device)
    {
        QString error;
        QVERIFY2(device.sync(&error), qPrintable(error));
        QCOMPARE(device.store().pendingCount(), 0);
        QCOMPARE(Outbox(device.db()).rejected().size(), 0);
    }

    QString createMeeting(const QString &title, qint64 startsInSeconds, const QStringList &docs)
    {
        const LocalActions::Result created
            = LocalActions(m_secretary->db())
                  .createMeeting(title, QDateTime::currentDateTimeUtc().addSecs(startsInSeconds),
                      u"Nhà văn hóa thôn"_s, u"1. Quán triệt nghị quyết\n2. Biểu quyết"_s, docs);
        if (!created.ok())
            qFatal("meeting.create: %s", qPrintable(created.error));
        return created.rowId;
    }

    // The tally the server counted for a closed vote: choice -> count.
    QHash<QString, int> tally(const QString &voteId) const
    {
        QHash<QString, int> counts;
        const QJsonArray entries = QJsonDocument::fromJson(
            probe().scalar(u"SELECT tally FROM votes WHERE id = ?"_s, { voteId }).toByteArray())
                                       .array();
        for (const QJsonValue &entry : entries)
            counts.insert(entry[u"choice"].toString(), entry[u"count"].toInt());
        return counts;
    }

    // Offline: the secretary's room for `meetingId` with a secret and an open vote; the member
    // receives the meeting, checks in and votes `secretChoice` / `openChoice`. With
    // `badDevices`, also the refusals: other cell, revoked, tampered host, forged statements.
    Votes meetInTheRoom(const QString &meetingId, const QString &secretChoice,
        const QString &openChoice, bool badDevices)
    {
        Votes votes;
        Room room(*m_secretary, meetingId);
        [&] {
            QVERIFY(room.host.listen(QHostAddress::LocalHost));
            MeetingOutcomeActions secretary(m_secretary->db());
            const QStringList choices { kAgree, kDisagree, kOther };
            const auto secret = secretary.openVote(
                meetingId, u"Bầu đồng chí phó bí thư chi bộ?"_s, choices, true);
            QVERIFY2(secret.ok(), qPrintable(secret.error));
            const auto open = secretary.openVote(
                meetingId, u"Thông qua nghị quyết chi bộ tháng 12?"_s, choices, false);
            QVERIFY2(open.ok(), qPrintable(open.error));
            votes = { secret.rowId, open.rowId };
            room.session.broadcastPackage();

            if (badDevices) {
                QCOMPARE(join(*m_stranger, room.host.port()).refusal, RoomRefusal::OtherCell);
                QCOMPARE(join(*m_lostPhone, room.host.port()).refusal, RoomRefusal::Revoked);
                refuseTamperedHost(room, meetingId);
            }

            Joined member = join(*m_member, room.host.port());
            QVERIFY2(member.ok(), qPrintable(roomRefusalCode(member.refusal)));
            RoomMemberStore store(m_member->db(), meetingId);
            const QJsonObject package = requestPackage(*member.session);
            QVERIFY(!package.isEmpty());
            QCOMPARE(package.value(u"checked_in"_s).toBool(), false);
            const RoomMemberStore::Applied applied
                = store.applyPackage(package, member.channel->peerCertificate());
            QCOMPARE(applied.refused, 0);

            // The meeting, its votes and the signed document, which verifies.
            ReplicaStore replica(m_member->db());
            QVERIFY(replica.get(QString(RowType::Meeting), meetingId));
            QVERIFY(replica.get(QString(RowType::Vote), votes.secret));
            QVERIFY(replica.get(QString(RowType::Vote), votes.open));
            const auto document = replica.get(QString(RowType::Document), m_signedDocument);
            QVERIFY(document);
            QVERIFY(document->contains(u"signature"));
            QCOMPARE(document->value(u"title").toString(),
                probe()
                    .scalar(u"SELECT title FROM documents WHERE id = ?"_s, { m_signedDocument })
                    .toString());
            if (meetingId == m_meetingA) {
                // The cell's share and its attachment: a lost connection after the first chunk,
                // then the rest from where it stopped.
                QVERIFY(replica.get(QString(RowType::Document), m_share));
                QVERIFY(applied.missingBlobs.contains(m_attachmentSha));
                const Fetched first = fetchBlob(*member.session, store, m_attachmentSha, 1);
                QCOMPARE(first.result, RoomMemberStore::BlobResult::More);
                const qint64 stored = store.blobOffset(m_attachmentSha);
                QCOMPARE(stored, RoomHostSession::kBlobChunk);
                member.session.reset();
                member.channel->close();
                member = join(*m_member, room.host.port());
                QVERIFY(member.ok());
                QCOMPARE(store.blobOffset(m_attachmentSha), stored);
                const Fetched rest = fetchBlob(*member.session, store, m_attachmentSha);
                QCOMPARE(rest.result, RoomMemberStore::BlobResult::Done);
                QCOMPARE(rest.chunks, 2);
                QVERIFY(m_member->store().hasBlob(m_attachmentSha));
                QCOMPARE(
                    m_member->store().readBlob(m_attachmentSha, 0, kAttachmentSize), m_attachment);
            }

            // Check-in, then a ballot in each vote; the member's device records each once the
            // host acknowledged it.
            const QStringList secretaryBefore = pendingNames(*m_secretary);
            const auto checkIn = store.makeCheckIn();
            QVERIFY(checkIn);
            QCOMPARE(submit(*member.session, *checkIn), QString());
            QVERIFY(store.recordAcknowledged(*checkIn).ok());
            QVERIFY(store.checkedIn());
            const auto secretBallot = store.makeBallot(votes.secret, secretChoice);
            QVERIFY(secretBallot);
            // The secretary's device relays a secret choice it cannot read.
            QCOMPARE(secretBallot->value(u"choice"_s).toString(), QString());
            QVERIFY(!secretBallot->value(u"sealed"_s).toString().isEmpty());
            QCOMPARE(submit(*member.session, *secretBallot), QString());
            QVERIFY(store.recordAcknowledged(*secretBallot).ok());
            const auto openBallot = store.makeBallot(votes.open, openChoice);
            QVERIFY(openBallot);
            m_lastOpenBallot = *openBallot;
            QCOMPARE(submit(*member.session, *openBallot), QString());
            QVERIFY(store.recordAcknowledged(*openBallot).ok());

            // The same statement again is recorded again and changes nothing on either device.
            const int memberPending = m_member->store().pendingCount();
            QCOMPARE(submit(*member.session, *openBallot), QString());
            QCOMPARE(store.recordAcknowledged(*openBallot).mutationId, 0);
            QCOMPARE(m_member->store().pendingCount(), memberPending);
            // A second ballot of the member in a vote, properly signed, is refused.
            QCOMPARE(submit(*member.session, memberBallot(meetingId, votes.open, kOther)),
                QString(RoomAckRefusal::AlreadyVoted));
            if (badDevices)
                refuseForgedStatements(*member.session, meetingId, votes.open);

            const QStringList roomMutations { QString(Mutation::RoomCheckIn),
                QString(Mutation::RoomBallot), QString(Mutation::RoomBallot) };
            QCOMPARE(pendingNames(*m_secretary), secretaryBefore + roomMutations);
            QCOMPARE(pendingNames(*m_member), roomMutations);

            // What the secretary's room page shows: one ballot in each vote, the open one's
            // choice, the member checked in; the member's package says so too.
            QCOMPARE(room.content.checkedInMemberIds(), QStringList { memberOf(u"dangvien.a1"_s) });
            for (const VaultRoomHost::VoteState &state : room.content.votes()) {
                QCOMPARE(state.ballots, 1);
                QVERIFY(state.open);
                if (state.voteId == votes.open) {
                    int counted = 0;
                    for (const auto &[choice, n] : state.perChoice) {
                        QCOMPARE(n, choice == openChoice ? 1 : 0);
                        counted += n;
                    }
                    QCOMPARE(counted, 1);
                } else {
                    QCOMPARE(state.voteId, votes.secret);
                    QVERIFY(state.perChoice.isEmpty());
                }
            }
            const QJsonObject after = requestPackage(*member.session);
            QCOMPARE(after.value(u"checked_in"_s).toBool(), true);
            QCOMPARE(after.value(u"voted"_s).toArray().size(), 2);

            // The secretary ends the room.
            QSignalSpy closed(member.session.get(), &RoomMemberSession::roomClosed);
            room.session.closeRoom();
            QVERIFY(closed.wait(kWaitMs));
        }();
        return votes;
    }

    // A host serving a tampered copy: the document is kept apart, the attachment discarded.
    void refuseTamperedHost(Room &genuine, const QString &meetingId)
    {
        TamperedContent tampered(genuine.content, m_signedDocument);
        RoomHost host(RoomIdentityStore::identity(m_secretary->db()), meetingId);
        RoomHostSession session(&host, &tampered);
        QVERIFY(host.listen(QHostAddress::LocalHost));
        Joined member = join(*m_member, host.port());
        QVERIFY(member.ok());
        RoomMemberStore store(m_member->db(), meetingId);
        store.applyPackage(requestPackage(*member.session), member.channel->peerCertificate());
        QCOMPARE(tampered.tampered, 1);
        QVERIFY(!ReplicaStore(m_member->db()).get(QString(RowType::Document), m_signedDocument));
        Statement apart(m_member->db(), "SELECT reason FROM unverified_documents WHERE id = ?1");
        apart.bind(1, m_signedDocument);
        QVERIFY(apart.step());
        QCOMPARE(apart.text(0), u"bad_signature"_s);
        const Fetched fetched = fetchBlob(*member.session, store, m_attachmentSha);
        QCOMPARE(fetched.result, RoomMemberStore::BlobResult::Corrupt);
        QCOMPARE(store.blobOffset(m_attachmentSha), 0);
        QVERIFY(!m_member->store().hasBlob(m_attachmentSha));
        member.session.reset();
        member.channel->close();
        host.close();
    }

    // A ballot of the member, signed with her device's key, made here (not by RoomMemberStore,
    // which makes no second ballot).
    RoomStatement::Fields ballotFields(
        const QString &meetingId, const QString &voteId, const QString &choice)
    {
        RoomStatement::Fields fields;
        fields.type = QString(RoomStatement::Ballot);
        fields.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        fields.meetingId = meetingId;
        fields.voteId = voteId;
        fields.memberId = memberOf(u"dangvien.a1"_s);
        fields.deviceId = RoomIdentityStore::identity(m_member->db()).deviceId();
        fields.choice = choice;
        fields.at = QDateTime::currentDateTimeUtc();
        return fields;
    }
    QJsonObject memberBallot(const QString &meetingId, const QString &voteId, const QString &choice)
    {
        return RoomStatement::sign(ballotFields(meetingId, voteId, choice),
            RoomIdentityStore::identity(m_member->db()).deviceSecretKey);
    }

    // Statements the member's device did not make: another key's signature, another member's
    // ballot signed with this device's key. The host refuses both and records nothing.
    void refuseForgedStatements(
        RoomMemberSession &session, const QString &meetingId, const QString &voteId)
    {
        const QStringList before = pendingNames(*m_secretary);
        RoomStatement::Fields fields = ballotFields(meetingId, voteId, kOther);
        const QJsonObject forged
            = RoomStatement::sign(fields, PublicationSignature::generateKeyPair().secretKey);
        QCOMPARE(submit(session, forged),
            RoomStatement::failureCode(RoomStatement::Failure::BadSignature));
        fields.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        fields.memberId = memberOf(u"dangvien.a2"_s);
        QCOMPARE(submit(session,
                     RoomStatement::sign(
                         fields, RoomIdentityStore::identity(m_member->db()).deviceSecretKey)),
            RoomStatement::failureCode(RoomStatement::Failure::WrongDevice));
        QCOMPARE(pendingNames(*m_secretary), before);
    }

    // At the server, after both devices synced: the member present once, one ballot per vote
    // (the secret one sealed to the server, opened and counted there), the room's choices.
    void checkCountedOnce(const QString &meetingId, const Votes &votes, const QString &secretChoice,
        const QString &openChoice)
    {
        const QString member = memberOf(u"dangvien.a1"_s);
        QCOMPARE(count(u"SELECT COUNT(*) FROM attendance WHERE meeting_id = ? AND member_id = ? "
                       "AND present = 1"_s,
                     { meetingId, member }),
            1);
        for (const QString &vote : { votes.secret, votes.open }) {
            QCOMPARE(count(u"SELECT COUNT(*) FROM vote_casts WHERE vote_id = ?"_s, { vote }), 1);
            QCOMPARE(count(u"SELECT COUNT(*) FROM vote_casts WHERE vote_id = ? AND member_id = ?"_s,
                         { vote, member }),
                1);
            QCOMPARE(count(u"SELECT ballots FROM votes WHERE id = ?"_s, { vote }), 1);
        }
        QCOMPARE(
            count(u"SELECT COUNT(*) FROM secret_ballots WHERE vote_id = ?"_s, { votes.secret }), 1);
        QCOMPARE(
            probe()
                .scalar(u"SELECT choice FROM secret_ballots WHERE vote_id = ?"_s, { votes.secret })
                .toString(),
            secretChoice);
        QCOMPARE(probe()
                     .scalar(u"SELECT choice FROM vote_casts WHERE vote_id = ?"_s, { votes.open })
                     .toString(),
            openChoice);
        // The secret ballot's member row holds no choice.
        QVERIFY(probe()
                    .scalar(u"SELECT choice FROM vote_casts WHERE vote_id = ?"_s, { votes.secret })
                    .isNull());
        // Both devices pushed each statement; the server kept one row of each.
        QCOMPARE(
            count(u"SELECT COUNT(*) FROM room_statements WHERE meeting_id = ?"_s, { meetingId }),
            3);
    }

    // The member, online again, casts directly: the ballot is replaced, never doubled.
    void castDirectly(const QString &voteId, const QString &choice, const Votes &votes)
    {
        sync(*m_member);
        const auto cast = MeetingOutcomeActions(m_member->db()).castVote(voteId, choice);
        QVERIFY2(cast.ok(), qPrintable(cast.error));
        sync(*m_member);
        QCOMPARE(count(u"SELECT COUNT(*) FROM vote_casts WHERE vote_id = ?"_s, { voteId }), 1);
        QCOMPARE(count(u"SELECT ballots FROM votes WHERE id = ?"_s, { voteId }), 1);
        if (voteId == votes.secret) {
            QCOMPARE(
                count(u"SELECT COUNT(*) FROM secret_ballots WHERE vote_id = ?"_s, { voteId }), 1);
            QCOMPARE(
                probe()
                    .scalar(u"SELECT choice FROM secret_ballots WHERE vote_id = ?"_s, { voteId })
                    .toString(),
                choice);
        } else {
            QCOMPARE(probe()
                         .scalar(u"SELECT choice FROM vote_casts WHERE vote_id = ?"_s, { voteId })
                         .toString(),
                choice);
        }
    }

    // The secretary closes both votes; the server's tallies count one ballot each.
    void closeAndCount(const Votes &votes, const QString &secretChoice, const QString &openChoice)
    {
        MeetingOutcomeActions secretary(m_secretary->db());
        QVERIFY(secretary.closeVote(votes.secret).ok());
        QVERIFY(secretary.closeVote(votes.open).ok());
        sync(*m_secretary);
        const QHash<QString, int> secret = tally(votes.secret);
        const QHash<QString, int> open = tally(votes.open);
        for (const QString &choice : { kAgree, kDisagree, kOther }) {
            QCOMPARE(secret.value(choice), choice == secretChoice ? 1 : 0);
            QCOMPARE(open.value(choice), choice == openChoice ? 1 : 0);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_clock.start();
        qRegisterMetaType<RoomRefusal>();
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QList<ServerProcess::DemoAccount> accounts;
        QVERIFY2(m_server.writeDemo(&accounts, &error), qPrintable(error));
        for (const auto &account : accounts)
            m_accounts.insert(account.login, account);
        QVERIFY(ClientDevice::trustDemoRootKey(m_server.demoAccountsFile()));
        QVERIFY2(m_server.openDatabase(m_connection, &error).isValid(), qPrintable(error));

        m_secretary = signIn(u"bithu.a"_s);
        m_member = signIn(u"dangvien.a1"_s);
        m_stranger = signIn(u"dangvien.b1"_s);
        m_lostPhone = signIn(u"dangvien.a2"_s);
        m_newPhone = signIn(u"dangvien.a2"_s);
        // Every device holds its certificate from the sign-in.
        for (ClientDevice *device : devices())
            QVERIFY(RoomIdentityStore::identity(device->db())
                        .isUsable(QDateTime::currentDateTimeUtc()));
        sync(*m_secretary);

        // A signed document the secretary's device shows, for the meetings.
        for (const QVariantList &row : probe().rows(
                 u"SELECT id FROM documents WHERE signature IS NOT NULL AND withdrawn_at IS NULL "
                 "AND classification = ? ORDER BY id"_s,
                 { QString(Protocol::Classification::Internal) })) {
            if (ReplicaStore(m_secretary->db())
                    .get(QString(RowType::Document), row.at(0).toString())) {
                m_signedDocument = row.at(0).toString();
                break;
            }
        }
        QVERIFY(!m_signedDocument.isEmpty());

        // Two meetings of cell A starting in ten minutes (votes may open from an hour before);
        // the first also gets the cell's share with an attachment.
        m_meetingA
            = createMeeting(u"Sinh hoạt chi bộ thường kỳ tháng 12"_s, 600, { m_signedDocument });
        m_meetingB = createMeeting(u"Sinh hoạt chuyên đề tháng 12"_s, 660, { m_signedDocument });
        m_attachment = randomBytes(kAttachmentSize, 23);
        m_attachmentSha = sha256Of(m_attachment);
        const LocalActions::Result shared
            = LocalActions(m_secretary->db())
                  .shareDocument(u"Dự thảo nghị quyết tháng 12"_s,
                      QString(Protocol::DocumentKind::MeetingMaterial), u"Các đồng chí đọc trước"_s,
                      u"Dự thảo kèm theo."_s,
                      { { m_attachment, u"du-thao.pdf"_s, u"application/pdf"_s } }, m_meetingA);
        QVERIFY2(shared.ok(), qPrintable(shared.error));
        m_share = shared.rowId;
        sync(*m_secretary);

        // dangvien.a2 lost her phone: her new one revokes it (the server lets only the account
        // itself or a committee revoke a device); the secretary's next sync brings the
        // revocation list her room uses (RoomCertificateRenewal, as AccountSync installs it).
        sync(*m_newPhone);
        const auto revoked = AccountActions(m_newPhone->db()).revokeDevice(m_lostPhone->deviceId());
        QVERIFY2(revoked.ok(), qPrintable(revoked.error));
        sync(*m_newPhone);
        RoomCertificateRenewal::install(m_secretary->engine(), m_secretary->vault());
        sync(*m_secretary);
        QCOMPARE(RoomIdentityStore::load(m_secretary->db()).revokedDevices,
            QStringList { m_lostPhone->deviceId() });
        QVERIFY(RoomIdentityStore::identity(m_secretary->db())
                    .revokedDevices.contains(m_lostPhone->deviceId()));
        qInfo("set-up: %lld ms", m_clock.restart());
    }

    // Path A: the member's device syncs first, then the secretary's.
    void memberSyncsFirst()
    {
        stopServer();
        const Votes votes = meetInTheRoom(m_meetingA, kAgree, kDisagree, true);
        if (QTest::currentTestFailed())
            return;
        qInfo("room A: %lld ms", m_clock.restart());
        startServer();
        // The member's ballots reach the server before their votes do (held until the
        // secretary's vote.open arrives).
        sync(*m_member);
        const QString member = memberOf(u"dangvien.a1"_s);
        QCOMPARE(count(u"SELECT COUNT(*) FROM attendance WHERE meeting_id = ? AND member_id = ? "
                       "AND present = 1"_s,
                     { m_meetingA, member }),
            1);
        QCOMPARE(
            count(u"SELECT COUNT(*) FROM votes WHERE id IN (?, ?)"_s, { votes.secret, votes.open }),
            0);
        QCOMPARE(
            count(u"SELECT COUNT(*) FROM vote_casts WHERE member_id = ? AND vote_id IN (?, ?)"_s,
                { member, votes.secret, votes.open }),
            0);
        sync(*m_secretary);
        checkCountedOnce(m_meetingA, votes, kAgree, kDisagree);
        // The secretary's sync again and the member's: nothing more.
        sync(*m_member);
        sync(*m_secretary);
        checkCountedOnce(m_meetingA, votes, kAgree, kDisagree);
        // Online, the member changes the open ballot; the secret one is counted as cast.
        castDirectly(votes.open, kOther, votes);
        closeAndCount(votes, kAgree, kOther);
        qInfo("path A: %lld ms", m_clock.restart());
    }

    // Path B: the secretary's device syncs first, then the member's.
    void secretarySyncsFirst()
    {
        stopServer();
        const Votes votes = meetInTheRoom(m_meetingB, kDisagree, kAgree, false);
        if (QTest::currentTestFailed())
            return;
        m_votesB = votes;
        qInfo("room B: %lld ms", m_clock.restart());
        startServer();
        sync(*m_secretary);
        checkCountedOnce(m_meetingB, votes, kDisagree, kAgree);
        // The member's device pushes the same statements: nothing changes.
        sync(*m_member);
        checkCountedOnce(m_meetingB, votes, kDisagree, kAgree);
        // Online, the member changes both ballots (the secret one with the device's same key).
        castDirectly(votes.secret, kOther, votes);
        castDirectly(votes.open, kDisagree, votes);
        closeAndCount(votes, kOther, kDisagree);
        qInfo("path B: %lld ms", m_clock.restart());
    }

    // A device that relays what the room should have refused: the server refuses it again (a
    // check-in of dangvien.a2 with her certificate but signed by another key; dangvien.a1's
    // room ballot again with another choice under the same id).
    void theServerRefusesForgedStatements()
    {
        const QJsonObject certificate = RoomIdentityStore::load(m_newPhone->db()).certificate;
        RoomStatement::Fields fields;
        fields.type = QString(RoomStatement::CheckIn);
        fields.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        fields.meetingId = m_meetingA;
        fields.memberId = memberOf(u"dangvien.a2"_s);
        fields.deviceId = DeviceCertificate::deviceId(certificate);
        fields.at = QDateTime::currentDateTimeUtc();
        const QJsonObject forged
            = RoomStatement::sign(fields, PublicationSignature::generateKeyPair().secretKey);
        QJsonObject replayed = memberBallot(m_meetingB, m_votesB.open, kOther);
        replayed.insert(u"id"_s, m_lastOpenBallot.value(u"id"_s));
        replayed = RoomStatement::sign(RoomStatement::fields(replayed),
            RoomIdentityStore::identity(m_member->db()).deviceSecretKey);
        LocalActions relay(m_secretary->db());
        QVERIFY(relay
                    .record(
                        QString(Mutation::RoomCheckIn),
                        { { QString(Protocol::Room::Statement), forged },
                            { QString(Protocol::Room::MemberCertificate), certificate } },
                        {}, [] {}, fields.id)
                    .ok());
        QVERIFY(relay
                    .record(
                        QString(Mutation::RoomBallot),
                        { { QString(Protocol::Room::Statement), replayed },
                            { QString(Protocol::Room::MemberCertificate),
                                RoomIdentityStore::identity(m_member->db()).certificate } },
                        {}, [] {}, replayed.value(u"id"_s).toString())
                    .ok());
        QString error;
        QVERIFY2(m_secretary->sync(&error), qPrintable(error));
        QStringList codes;
        for (const RejectedMutation &rejected : Outbox(m_secretary->db()).rejected())
            codes << rejected.name + u" "_s + rejected.errorCode;
        QCOMPARE(codes,
            QStringList({ QString(Mutation::RoomCheckIn) + u" "_s
                    + QString(Protocol::ErrorCode::Forbidden),
                QString(Mutation::RoomBallot) + u" "_s + QString(Protocol::ErrorCode::Conflict) }));
        QCOMPARE(count(u"SELECT COUNT(*) FROM attendance WHERE meeting_id = ? AND member_id = ? "
                       "AND present = 1"_s,
                     { m_meetingA, fields.memberId }),
            0);
        QCOMPARE(
            count(u"SELECT COUNT(*) FROM vote_casts WHERE vote_id = ?"_s, { m_votesB.open }), 1);
    }

    void cleanupTestCase()
    {
        m_secretary.reset();
        m_member.reset();
        m_stranger.reset();
        m_lostPhone.reset();
        m_newPhone.reset();
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            if (db.isValid())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
};

QTEST_MAIN(TestRoomOffline)
#include "tst_room_offline.moc"
