// The meeting room's statements at the real server (DESIGN.md 8.8, issue 23; the table in
// docs/protocol-extensions.md "What the room carries"): devices get certificates for their
// device keys; a check-in or ballot a member's device signed reaches the server through the
// member's own push and the secretary's relay, in either order, and counts once; a ballot of a
// vote the server does not know yet is held and applied when vote.open arrives; a secret ballot
// is sealed to the room key, counted at close and never visible in pulls or the audit; forged,
// foreign, revoked, replayed and second statements get the table's refusals; a direct vote.cast
// after a room ballot replaces it.
#include "auth/passwordhasher.h"
#include "cellfixture.h"
#include "db/sqlrunner.h"
#include "devicecertificate.h"
#include "mutationnames.h"
#include "protocol.h"
#include "publicationsignature.h"
#include "roomstatement.h"
#include "wirevalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlRecord>
#include <QTest>

using namespace Qt::StringLiterals;
namespace Mutation = Protocol::Mutation;

namespace {

// A signed-in device with its room key and certificate.
struct RoomDevice
{
    std::unique_ptr<DeviceSession> session;
    PublicationSignature::KeyPair key;
    QJsonObject certificate;
    QString memberId;
};

} // namespace

class TestServerRoom : public QObject
{
    Q_OBJECT

    CellFixture f;
    QByteArray m_roomKey;
    RoomDevice m_secretary, m_member, m_member2, m_stranger, m_otherSecretary;
    QString m_meeting;

    static QString newId() { return CellFixture::newId(); }
    int count(const QString &sql, const QVariantList &binds = {}) const
    {
        return f.count(sql, binds);
    }
    static QString apply(DeviceSession &session, QLatin1StringView name, const QJsonObject &args)
    {
        return CellFixture::outcome(CellFixture::push(session, QString(name), args));
    }

    // Signs in on a fresh device with its device public key: the login answers the room key
    // and the device's certificate.
    RoomDevice certify(const CellAccount &account)
    {
        RoomDevice device { std::make_unique<DeviceSession>(f.baseUrl()),
            PublicationSignature::generateKeyPair(), {}, account.memberId };
        device.session->device = newId();
        const HttpAnswer answer = device.session->http.post(QString(Protocol::Path::AuthLogin),
            { { u"login"_s, account.login }, { u"password"_s, account.password },
                { QString(Protocol::Key::Device),
                    QJsonObject { { u"id"_s, device.session->device }, { u"name"_s, u"Phone"_s },
                        { u"platform"_s, u"android"_s },
                        { u"public_key"_s,
                            PublicationSignature::toBase64(device.key.publicKey) } } } });
        if (answer.status != 200)
            qFatal("login with a device key answered %d", answer.status);
        device.session->http.setToken(answer.json.value(u"access_token"_s).toString());
        device.certificate = answer.json.value(Protocol::Room::DeviceCertificate).toObject();
        m_roomKey = *PublicationSignature::fromBase64(
            answer.json.value(Protocol::Room::RoomPublicKey).toString());
        if (DeviceCertificate::check(device.certificate, m_roomKey, QDateTime::currentDateTimeUtc())
            != DeviceCertificate::Failure::None)
            qFatal("the login's certificate does not verify");
        return device;
    }

    // A member of the secretary's cell without an account, given one.
    CellAccount addMember(const QString &login)
    {
        const QString memberId = scalarSql(f.db(),
            u"SELECT id FROM members m WHERE org_id = ? AND NOT EXISTS (SELECT 1 FROM users u "
            "WHERE u.member_id = m.id) ORDER BY id"_s,
            { f.secretary.orgId })
                                     .toString();
        if (memberId.isEmpty())
            qFatal("no member without an account in the cell");
        const CellAccount account { login, u"Phonghop-2025-%1"_s.arg(login), u"member"_s, memberId,
            f.secretary.orgId };
        runSql(f.db(),
            u"INSERT INTO users (id, login, password_hash, member_id, role, org_id, created_at) "
            "VALUES (?, ?, ?, ?, 'member', ?, ?)"_s,
            { newId(), login, PasswordHasher::hash(account.password), memberId, account.orgId,
                CellFixture::inFuture(0) });
        return account;
    }

    // A meeting of the secretary's cell that started a minute ago.
    QString meeting()
    {
        const QString id = newId();
        if (apply(*m_secretary.session, Mutation::MeetingCreate,
                { { u"id"_s, id }, { u"title"_s, u"Sinh hoạt chi bộ tại thôn"_s },
                    { u"starts_at"_s, CellFixture::inFuture(120) },
                    { u"location"_s, u"Nhà văn hóa thôn"_s } })
            != u"applied")
            qFatal("meeting.create refused");
        runSql(f.db(), u"UPDATE meetings SET starts_at = ? WHERE id = ?"_s,
            { CellFixture::inFuture(-60), id });
        return id;
    }

    QString openVote(const QString &meetingId, bool secret, const QString &id = newId())
    {
        const QString result = apply(*m_secretary.session, Mutation::VoteOpen,
            { { u"id"_s, id }, { u"meeting_id"_s, meetingId },
                { u"question"_s, u"Thông qua nghị quyết?"_s },
                { u"choices"_s, QJsonArray { u"Đồng ý"_s, u"Không đồng ý"_s, u"Phương án kín"_s } },
                { u"secret"_s, secret } });
        if (result != u"applied")
            qFatal("vote.open: %s", qPrintable(result));
        return id;
    }

    QJsonObject statement(const RoomDevice &device, QLatin1StringView type,
        const QString &meetingId, const QString &voteId = {}, const QString &choice = {},
        const QString &sealed = {}) const
    {
        return RoomStatement::sign(
            { QString(type), newId(), meetingId, voteId, device.memberId, device.session->device,
                choice, sealed, QDateTime::currentDateTimeUtc() },
            device.key.secretKey);
    }
    QJsonObject checkIn(const RoomDevice &device, const QString &meetingId) const
    {
        return statement(device, RoomStatement::CheckIn, meetingId);
    }
    QJsonObject ballot(const RoomDevice &device, const QString &meetingId, const QString &voteId,
        const QString &choice) const
    {
        return statement(device, RoomStatement::Ballot, meetingId, voteId, choice);
    }
    QJsonObject secretBallot(const RoomDevice &device, const QString &meetingId,
        const QString &voteId, const QString &choice, const QString &key) const
    {
        return statement(device, RoomStatement::Ballot, meetingId, voteId, {},
            RoomStatement::seal(voteId, device.memberId, choice, key, m_roomKey));
    }

    static QString push(
        DeviceSession &session, const QJsonObject &statement, const QJsonObject &certificate)
    {
        const bool isBallot = statement.value(u"type"_s).toString() == RoomStatement::Ballot;
        return apply(session, isBallot ? Mutation::RoomBallot : Mutation::RoomCheckIn,
            { { QString(Protocol::Room::Statement), statement },
                { QString(Protocol::Room::MemberCertificate), certificate } });
    }
    QString pushOwn(RoomDevice &device, const QJsonObject &statement) const
    {
        return push(*device.session, statement, device.certificate);
    }
    QString relay(const RoomDevice &member, const QJsonObject &statement)
    {
        return push(*m_secretary.session, statement, member.certificate);
    }

    int ballots(const QString &voteId) const
    {
        return count(u"SELECT ballots FROM votes WHERE id = ?"_s, { voteId });
    }
    QString castChoice(const QString &voteId, const QString &memberId) const
    {
        return scalarSql(f.db(),
            u"SELECT choice FROM vote_casts WHERE vote_id = ? AND member_id = ?"_s,
            { voteId, memberId })
            .toString();
    }
    bool present(const QString &meetingId, const QString &memberId) const
    {
        return count(u"SELECT present FROM attendance WHERE id = ?"_s,
                   { meetingId + u':' + memberId })
            == 1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(f.start(&error), qPrintable(error));
        m_secretary = certify(f.secretary);
        m_member = certify(f.member);
        m_stranger = certify(f.stranger);
        m_otherSecretary = certify(f.otherSecretary);
        QCOMPARE(m_roomKey.size(), 32);
        m_meeting = meeting();
    }

    void aCheckInCountsOnceEitherOrder()
    {
        // The member's push first, then the secretary's relay of the same statement.
        const QJsonObject own = checkIn(m_member, m_meeting);
        QCOMPARE(pushOwn(m_member, own), u"applied"_s);
        QVERIFY(present(m_meeting, m_member.memberId));
        QCOMPARE(scalarSql(f.db(), u"SELECT status FROM meetings WHERE id = ?"_s, { m_meeting })
                     .toString(),
            QString(Protocol::MeetingStatus::InProgress));
        const int version = count(u"SELECT version FROM attendance WHERE id = ?"_s,
            { m_meeting + u':' + m_member.memberId });
        QCOMPARE(relay(m_member, own), u"applied"_s);
        QCOMPARE(pushOwn(m_member, own), u"applied"_s); // a replay of the same statement
        QCOMPARE(count(u"SELECT version FROM attendance WHERE id = ?"_s,
                     { m_meeting + u':' + m_member.memberId }),
            version);
        QCOMPARE(
            count(u"SELECT count(*) FROM room_statements WHERE meeting_id = ?"_s, { m_meeting }),
            1);
        // Every push audited with the statement's id.
        QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = ? AND target_id = ?"_s,
                     { QString(Mutation::RoomCheckIn), own.value(u"id"_s).toString() }),
            3);
        // Another check-in statement of the same member: the first stands.
        QCOMPARE(pushOwn(m_member, checkIn(m_member, m_meeting)), u"conflict"_s);

        // The secretary's relay first, then the member's own push.
        const QString second = meeting();
        const QJsonObject relayed = checkIn(m_member, second);
        QCOMPARE(relay(m_member, relayed), u"applied"_s);
        QVERIFY(present(second, m_member.memberId));
        QCOMPARE(pushOwn(m_member, relayed), u"applied"_s);
        QCOMPARE(
            count(u"SELECT count(*) FROM room_statements WHERE meeting_id = ?"_s, { second }), 1);
    }

    void aBallotCountsOnceAndADirectCastReplacesIt()
    {
        const QString vote = openVote(m_meeting, false);
        const QJsonObject own = ballot(m_member, m_meeting, vote, u"Đồng ý"_s);
        QCOMPARE(relay(m_member, own), u"applied"_s);
        QCOMPARE(pushOwn(m_member, own), u"applied"_s);
        QCOMPARE(ballots(vote), 1);
        QCOMPARE(castChoice(vote, m_member.memberId), u"Đồng ý"_s);
        // A second ballot of the member (another statement): refused, the first stands.
        QCOMPARE(
            pushOwn(m_member, ballot(m_member, m_meeting, vote, u"Không đồng ý"_s)), u"conflict"_s);
        QCOMPARE(castChoice(vote, m_member.memberId), u"Đồng ý"_s);
        // The member's device later casts directly: it replaces, never a second vote.
        QCOMPARE(apply(*m_member.session, Mutation::VoteCast,
                     { { u"vote_id"_s, vote }, { u"choice"_s, u"Không đồng ý"_s } }),
            u"applied"_s);
        QCOMPARE(ballots(vote), 1);
        QCOMPARE(castChoice(vote, m_member.memberId), u"Không đồng ý"_s);
        QCOMPARE(count(u"SELECT count(*) FROM vote_casts WHERE vote_id = ?"_s, { vote }), 1);

        // Not checked in, then a vote closed before the ballot arrives.
        QCOMPARE(
            pushOwn(m_secretary, ballot(m_secretary, m_meeting, vote, u"Đồng ý"_s)), u"conflict"_s);
        QCOMPARE(
            apply(*m_secretary.session, Mutation::VoteClose, { { u"id"_s, vote } }), u"applied"_s);
        QCOMPARE(pushOwn(m_secretary, checkIn(m_secretary, m_meeting)), u"applied"_s);
        QCOMPARE(
            pushOwn(m_secretary, ballot(m_secretary, m_meeting, vote, u"Đồng ý"_s)), u"conflict"_s);
        QCOMPARE(ballots(vote), 1);
    }

    void aHeldBallotIsAppliedWhenItsVoteArrives()
    {
        // Opened in the room, not synced: the member's device pushes first.
        const QString vote = newId();
        const QJsonObject own = ballot(m_member, m_meeting, vote, u"Phương án kín"_s);
        QCOMPARE(pushOwn(m_member, own), u"applied"_s);
        QVERIFY(!scalarSql(f.db(), u"SELECT held FROM room_statements WHERE id = ?"_s,
            { own.value(u"id"_s).toString() })
                     .isNull());
        QCOMPARE(pushOwn(m_member, own), u"applied"_s);
        QCOMPARE(count(u"SELECT count(*) FROM vote_casts WHERE vote_id = ?"_s, { vote }), 0);
        // The secretary's sync: vote.open, then her relay of the same ballot.
        openVote(m_meeting, false, vote);
        QCOMPARE(ballots(vote), 1);
        QCOMPARE(castChoice(vote, m_member.memberId), u"Phương án kín"_s);
        QSqlQuery row = runSql(f.db(),
            u"SELECT held IS NULL, outcome, applied_at IS NOT NULL FROM room_statements WHERE id = ?"_s,
            { own.value(u"id"_s).toString() });
        QVERIFY(row.next());
        QCOMPARE(row.value(0).toInt(), 1);
        QCOMPARE(row.value(1).toString(), QString(Protocol::MutationStatus::Applied));
        QCOMPARE(row.value(2).toInt(), 1);
        row.finish();
        QCOMPARE(relay(m_member, own), u"applied"_s);
        QCOMPARE(ballots(vote), 1);
    }

    void aSecretBallotStaysSecret()
    {
        m_member2 = certify(addMember(u"phonghop.hai"_s));
        const QString key1(64, u'a'), key2(64, u'b');
        const QString distinct = u"Phương án kín"_s;
        QCOMPARE(relay(m_member2, checkIn(m_member2, m_meeting)), u"applied"_s);
        // One secret ballot held (its vote still in the room), one relayed after vote.open.
        const QString vote = newId();
        const QJsonObject held = secretBallot(m_member, m_meeting, vote, distinct, key1);
        QVERIFY(!QJsonDocument(held).toJson().contains(distinct.toUtf8()));
        QCOMPARE(pushOwn(m_member, held), u"applied"_s);
        openVote(m_meeting, true, vote);
        const QJsonObject relayed = secretBallot(m_member2, m_meeting, vote, u"Đồng ý"_s, key2);
        QCOMPARE(relay(m_member2, relayed), u"applied"_s);
        QCOMPARE(pushOwn(m_member2, relayed), u"applied"_s);
        QCOMPARE(ballots(vote), 2);
        // A direct cast with the device's ballot key replaces; another key is refused.
        QCOMPARE(apply(*m_member2.session, Mutation::VoteCast,
                     { { u"vote_id"_s, vote }, { u"choice"_s, u"Không đồng ý"_s },
                         { u"ballot_key"_s, key2 } }),
            u"applied"_s);
        QCOMPARE(apply(*m_member2.session, Mutation::VoteCast,
                     { { u"vote_id"_s, vote }, { u"choice"_s, u"Đồng ý"_s },
                         { u"ballot_key"_s, QString(64, u'c') } }),
            u"conflict"_s);
        QCOMPARE(ballots(vote), 2);
        // A sealed box naming another member is refused.
        RoomDevice &secretary = m_secretary;
        QCOMPARE(
            pushOwn(secretary,
                statement(secretary, RoomStatement::Ballot, m_meeting, vote, {},
                    RoomStatement::seal(vote, m_member.memberId, u"Đồng ý"_s, key1, m_roomKey))),
            u"forbidden"_s);

        QCOMPARE(
            apply(*m_secretary.session, Mutation::VoteClose, { { u"id"_s, vote } }), u"applied"_s);
        const QJsonArray tally = QJsonDocument::fromJson(
            scalarSql(f.db(), u"SELECT tally FROM votes WHERE id = ?"_s, { vote })
                .toString()
                .toUtf8())
                                     .array();
        QJsonArray expected;
        const QList<QPair<QString, int>> counts { { u"Đồng ý"_s, 0 }, { u"Không đồng ý"_s, 1 },
            { distinct, 1 } };
        for (const auto &c : counts)
            expected.append(QJsonObject { { u"choice"_s, c.first }, { u"count"_s, c.second } });
        QCOMPARE(tally, expected);

        // Nowhere but the vote row's choices and tally: not in the audit, not in the room's
        // table, not in any pulled vote_cast.
        QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE COALESCE(detail, '') LIKE ? OR "
                       "target_id LIKE ?"_s,
                     { u"%kín%"_s, u"%kín%"_s }),
            0);
        QCOMPARE(count(u"SELECT count(*) FROM room_statements WHERE vote_id = ? AND held IS NOT "
                       "NULL"_s,
                     { vote }),
            0);
        for (RoomDevice *device : { &m_secretary, &m_member }) {
            device->session->cursor.clear();
            const PulledRows rows = CellFixture::pull(*device->session);
            for (const QJsonObject &cast : rows.rows.value(QString(Protocol::RowType::VoteCast))) {
                if (cast.value(u"vote_id"_s).toString() != vote)
                    continue;
                QVERIFY(cast.value(u"choice"_s).isNull());
                QVERIFY(!QJsonDocument(cast).toJson().contains(distinct.toUtf8()));
            }
        }
    }

    void refusals()
    {
        const QString vote = openVote(m_meeting, false);
        const QJsonObject good = ballot(m_member, m_meeting, vote, u"Đồng ý"_s);
        // A forged signature: the choice changed after signing.
        QJsonObject forged = good;
        forged.insert(u"choice"_s, u"Không đồng ý"_s);
        QCOMPARE(relay(m_member, forged), u"forbidden"_s);
        // A certificate of another cell (the stranger's), relayed by this cell's secretary.
        QCOMPARE(relay(m_stranger, statement(m_stranger, RoomStatement::CheckIn, m_meeting)),
            u"forbidden"_s);
        // Pushers of another cell: the meeting is not one they pull.
        QCOMPARE(push(*m_otherSecretary.session, good, m_member.certificate), u"not_found"_s);
        QCOMPARE(push(*m_stranger.session, good, m_member.certificate), u"not_found"_s);
        // A committee above the cell pulls the meeting but is neither the member nor its
        // secretary.
        const auto committee = f.signIn(f.committee);
        QCOMPARE(push(*committee, good, m_member.certificate), u"forbidden"_s);
        // A member of the cell pushing another member's statement.
        QCOMPARE(push(*m_member2.session, good, m_member.certificate), u"forbidden"_s);
        // Another device's certificate for this member's statement.
        QCOMPARE(relay(m_member2, good), u"forbidden"_s);
        // Unknown or missing arguments, another type, a malformed statement.
        QCOMPARE(apply(*m_member.session, Mutation::RoomBallot,
                     { { QString(Protocol::Room::Statement), good },
                         { QString(Protocol::Room::MemberCertificate), m_member.certificate },
                         { u"vote_id"_s, vote } }),
            u"invalid_args"_s);
        QJsonObject extra = good;
        extra.insert(u"note"_s, u"x"_s);
        QCOMPARE(pushOwn(m_member, extra), u"invalid_args"_s);
        QCOMPARE(apply(*m_member.session, Mutation::RoomBallot,
                     { { QString(Protocol::Room::Statement), good } }),
            u"invalid_args"_s);
        QCOMPARE(apply(*m_member.session, Mutation::RoomCheckIn,
                     { { QString(Protocol::Room::Statement), good },
                         { QString(Protocol::Room::MemberCertificate), m_member.certificate } }),
            u"invalid_args"_s);
        QJsonObject malformed = good;
        malformed.insert(u"sealed"_s, u"AAAA"_s);
        QCOMPARE(pushOwn(m_member, malformed), u"invalid_args"_s);
        QCOMPARE(ballots(vote), 0);

        // The good one applies; its id reused with other content is refused.
        QCOMPARE(pushOwn(m_member, good), u"applied"_s);
        QJsonObject reused = ballot(m_member, m_meeting, vote, u"Không đồng ý"_s);
        reused.insert(u"id"_s, good.value(u"id"_s));
        reused = RoomStatement::sign(RoomStatement::fields(reused), m_member.key.secretKey);
        QCOMPARE(relay(m_member, reused), u"conflict"_s);
        QCOMPARE(ballots(vote), 1);

        // A revoked device's statement, relayed after the revocation.
        const QJsonObject beforeRevocation = checkIn(m_member2, meeting());
        QCOMPARE(
            f.cli({ u"device"_s, u"revoke"_s, u"--db"_s, m_member2.session->device }).exitCode, 0);
        QCOMPARE(relay(m_member2, beforeRevocation), u"forbidden"_s);
        // Refusals are audited with the statement's id too.
        QVERIFY(count(u"SELECT count(*) FROM audit_log WHERE action = ? AND target_id = ? AND "
                      "outcome = 'refused'"_s,
                    { QString(Mutation::RoomBallot), good.value(u"id"_s).toString() })
            >= 5);
    }

    void theMeetingsStateAndAHeldBallotRefusedLater()
    {
        // A held ballot whose member turns out not present: vote.open stands, the ballot is not
        // counted and its refusal kept.
        const QString started = meeting();
        const QString vote = newId();
        const QJsonObject early = ballot(m_member, started, vote, u"Đồng ý"_s);
        QCOMPARE(pushOwn(m_member, early), u"applied"_s);
        openVote(started, false, vote);
        QCOMPARE(ballots(vote), 0);
        QCOMPARE(scalarSql(f.db(), u"SELECT outcome FROM room_statements WHERE id = ?"_s,
                     { early.value(u"id"_s).toString() })
                     .toString(),
            u"conflict"_s);
        QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = ? AND target_id = ? AND "
                       "outcome = 'refused'"_s,
                     { QString(Mutation::RoomBallot), early.value(u"id"_s).toString() }),
            1);

        // A meeting over: no new check-in, no ballot held for a vote it can no longer open.
        QCOMPARE(apply(*m_secretary.session, Mutation::MeetingEnd, { { u"id"_s, started } }),
            u"applied"_s);
        QCOMPARE(pushOwn(m_member, checkIn(m_member, started)), u"conflict"_s);
        QCOMPARE(pushOwn(m_member, ballot(m_member, started, newId(), u"Đồng ý"_s)), u"conflict"_s);
        // A meeting cancelled.
        const QString cancelled = newId();
        QCOMPARE(apply(*m_secretary.session, Mutation::MeetingCreate,
                     { { u"id"_s, cancelled }, { u"title"_s, u"Sinh hoạt chuyên đề"_s },
                         { u"starts_at"_s, CellFixture::inFuture(600) },
                         { u"location"_s, u"Nhà văn hóa thôn"_s } }),
            u"applied"_s);
        QCOMPARE(apply(*m_secretary.session, Mutation::MeetingCancel,
                     { { u"id"_s, cancelled }, { u"reason"_s, u"Mưa lũ"_s } }),
            u"applied"_s);
        QCOMPARE(pushOwn(m_member, checkIn(m_member, cancelled)), u"conflict"_s);
        // A meeting that does not exist.
        QCOMPARE(pushOwn(m_member, checkIn(m_member, newId())), u"not_found"_s);
    }
};

QTEST_GUILESS_MAIN(TestServerRoom)
#include "tst_server_room.moc"
