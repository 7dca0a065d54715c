// Meeting outcomes on the device (DESIGN.md 8.5, issue 21) over a real vault: comments and
// replies queued and pending, votes opened, cast (a secret vote's ballot key drawn once, reused
// for a changed choice, kept only in secret_ballots, never in a pulled-row table), closed; the
// device's checks; the meeting page's controller (thread, votes open first, my choice, ballots
// while open, the tally after) and a refusal of the server shown in plain words, the ballot
// that reached the server after the vote closed above all.
#include "meetingoutcomeactions.h"
#include "meetingoutcomescontroller.h"
#include "outbox.h"
#include "pushreply.h"
#include "replicastore.h"
#include "sqlitedatabase.h"
#include "timestamps.h"
#include "unlockedsession.h"
#include "vaultsession.h"
#include "vaultsyncstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
const QString kPin = u"246810"_s;
constexpr int kTimeoutMs = 20000;
// 08:00 UTC, 15:00 in Vietnam.
const QDateTime kNow(QDate(2026, 11, 22), QTime(8, 0), QTimeZone::utc());
// Rows as the server sends them (as tests/support/replicarows, which this test does not link).
QJsonObject member(const QString &id, const QString &name)
{
    return { { u"id"_s, id }, { u"org_id"_s, u"c1"_s }, { u"full_name"_s, name },
        { u"position"_s, u"Đảng viên"_s } };
}

QJsonObject meeting(
    const QString &id, const QString &title, const QDateTime &startsAt, const QString &status)
{
    return { { u"id"_s, id }, { u"org_id"_s, u"c1"_s }, { u"title"_s, title },
        { u"starts_at"_s, Timestamps::toIso(startsAt) }, { u"location"_s, u"Nhà văn hóa"_s },
        { u"agenda"_s, u"Quán triệt nghị quyết"_s }, { u"document_ids"_s, QJsonArray() },
        { u"status"_s, status }, { u"cancel_reason"_s, QJsonValue() } };
}

QJsonObject presentAt(const QString &meetingId, const QString &memberId)
{
    return { { u"id"_s, meetingId + u':' + memberId }, { u"meeting_id"_s, meetingId },
        { u"member_id"_s, memberId }, { u"rsvp"_s, u"attending"_s }, { u"reason"_s, QJsonValue() },
        { u"present"_s, true } };
}

} // namespace

class TestMeetingOutcomes : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VaultSession> m_session;

    SqliteDatabase &db() { return m_session->vault().database(); }
    MeetingOutcomeActions actions()
    {
        return MeetingOutcomeActions(db(), [] { return kNow; });
    }
    void signInAs(const QString &memberId, const QString &role)
    {
        VaultSyncStore(m_session->vault())
            .saveSession(u"token"_s, AuthUser { u"u-"_s + memberId, memberId, role, u"c1"_s });
    }
    void prepare(MeetingOutcomesController &controller, const QString &meetingId)
    {
        controller.setClock([] { return kNow; });
        controller.setSession(m_session.get());
        controller.setMeetingId(meetingId);
    }
    // The server's answer to every pending mutation, each rejected with `code`.
    int rejectAll(const QString &code, const QString &message)
    {
        PushReply reply;
        for (const PendingMutation &mutation : Outbox(db()).pending()) {
            reply.lastMutationId = mutation.id;
            reply.results.append({ mutation.id, false, code, message, {} });
        }
        return VaultSyncStore(m_session->vault()).acknowledge(reply);
    }
    // The server's answer: every pending mutation applied.
    void applyAll()
    {
        PushReply reply;
        for (const PendingMutation &mutation : Outbox(db()).pending()) {
            reply.lastMutationId = mutation.id;
            reply.results.append({ mutation.id, true, {}, {}, {} });
        }
        VaultSyncStore(m_session->vault()).acknowledge(reply);
    }
    // A vote row as the server sends it.
    static QJsonObject vote(const QString &id, const QString &meetingId, bool secret,
        const QString &status, int ballots, const QJsonValue &tally = {})
    {
        return { { u"id"_s, id }, { u"meeting_id"_s, meetingId },
            { u"question"_s, u"Thông qua nghị quyết tháng 11?"_s },
            { u"choices"_s, QJsonArray { u"Đồng ý"_s, u"Không đồng ý"_s, u"Ý kiến khác"_s } },
            { u"secret"_s, secret }, { u"status"_s, status }, { u"ballots"_s, ballots },
            { u"tally"_s, tally }, { u"opened_at"_s, u"2026-11-22T07:40:00.000Z"_s },
            { u"closed_at"_s, QJsonValue() } };
    }

    // Cell c1: the secretary m-sec, members m-a1 (marked present at m-now) and m-a2; m-now
    // started 30 minutes ago, m-next in five days, m-past done.
    void fill()
    {
        signInAs(u"m-a1"_s, u"member"_s);
        ReplicaStore replica(db());
        replica.put(u"member"_s, u"m-sec"_s, 1, member(u"m-sec"_s, u"Lê Văn Sơn"_s));
        replica.put(u"member"_s, u"m-a1"_s, 1, member(u"m-a1"_s, u"Nguyễn Văn An"_s));
        replica.put(u"member"_s, u"m-a2"_s, 1, member(u"m-a2"_s, u"Trần Thị Bình"_s));
        replica.put(u"meeting"_s, u"m-now"_s, 1,
            meeting(u"m-now"_s, u"Sinh hoạt tháng 11"_s, kNow.addSecs(-1800), u"scheduled"_s));
        replica.put(u"meeting"_s, u"m-next"_s, 1,
            meeting(u"m-next"_s, u"Sinh hoạt tháng 12"_s, kNow.addDays(5), u"scheduled"_s));
        replica.put(u"meeting"_s, u"m-past"_s, 1,
            meeting(u"m-past"_s, u"Sinh hoạt tháng 10"_s, kNow.addDays(-30), u"done"_s));
        replica.put(u"attendance"_s, u"m-now:m-a1"_s, 1, presentAt(u"m-now"_s, u"m-a1"_s));
    }

    // Every pulled-row table's stored JSON, as one text.
    QString pulledRowsText()
    {
        QString all;
        ReplicaStore replica(db());
        for (const QString &type : ReplicaStore::types()) {
            for (const QJsonObject &row : replica.all(type))
                all += QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact));
        }
        return all;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_session = unlockedTestSession(*m_dir, kPin, kTimeoutMs);
        QVERIFY(m_session);
        fill();
    }

    void cleanup()
    {
        m_session.reset();
        m_dir.reset();
    }

    void commentsAndRepliesAreQueued()
    {
        const auto first = actions().comment(u"m-next"_s, u"  Đề nghị bàn thêm về kinh phí  "_s);
        QVERIFY2(first.ok(), qPrintable(first.error));
        const PendingMutation queued = Outbox(db()).pending().constLast();
        QCOMPARE(queued.name, u"meeting.comment"_s);
        QCOMPARE(queued.args,
            (QJsonObject { { u"id"_s, first.rowId }, { u"meeting_id"_s, u"m-next"_s },
                { u"text"_s, u"Đề nghị bàn thêm về kinh phí"_s } }));
        const auto row = ReplicaStore(db()).get(u"meeting_comment"_s, first.rowId);
        QVERIFY(row);
        QCOMPARE(row->value(u"author_name"_s).toString(), u"Nguyễn Văn An"_s);
        QVERIFY(row->value(u"reply_to"_s).isNull());

        const auto reply = actions().comment(u"m-next"_s, u"Nhất trí"_s, first.rowId);
        QVERIFY(reply.ok());
        QCOMPARE(
            Outbox(db()).pending().constLast().args.value(u"reply_to"_s).toString(), first.rowId);

        // The device's checks: nothing queued.
        QCOMPARE(actions().comment(u"m-next"_s, u"   "_s).error, u"invalid_args"_s);
        QCOMPARE(actions().comment(u"m-next"_s, QString(2001, u'a')).error, u"invalid_args"_s);
        QVERIFY(actions().comment(u"m-next"_s, QString(2000, u'a')).ok());
        QCOMPARE(actions().comment(u"nope"_s, u"X"_s).error, u"not_found"_s);
        QCOMPARE(actions().comment(u"m-now"_s, u"X"_s, first.rowId).error, u"not_found"_s);
        QCOMPARE(actions().comment(u"m-past"_s, u"X"_s).error, u"meeting_over"_s);
        QCOMPARE(Outbox(db()).pendingCount(), 3);

        // The thread: the reply under its comment, mine and pending.
        MeetingOutcomesController controller;
        prepare(controller, u"m-next"_s);
        QVERIFY(controller.canComment());
        const QVariantList comments = controller.comments();
        QCOMPARE(comments.size(), 3);
        QCOMPARE(comments.at(0).toMap().value(u"commentId"_s).toString(), first.rowId);
        QCOMPARE(comments.at(1).toMap().value(u"commentId"_s).toString(), reply.rowId);
        QVERIFY(comments.at(1).toMap().value(u"isReply"_s).toBool());
        QVERIFY(comments.at(0).toMap().value(u"pending"_s).toBool());
        QVERIFY(comments.at(0).toMap().value(u"mine"_s).toBool());

        // The server takes them: no longer pending.
        applyAll();
        controller.reload();
        QVERIFY(!controller.comments().at(0).toMap().value(u"pending"_s).toBool());

        // A refused comment goes, and the page says why.
        QVERIFY(controller.comment(u"Ý kiến muộn"_s));
        QCOMPARE(controller.comments().size(), 4);
        QCOMPARE(rejectAll(u"conflict"_s, u"Buổi sinh hoạt đã kết thúc."_s), 1);
        controller.reload();
        QCOMPARE(controller.comments().size(), 3);
        QCOMPARE(controller.rejections().size(), 1);
        QVERIFY(controller.rejections().at(0).toMap().value(u"text"_s).toString().contains(
            u"Buổi sinh hoạt đã kết thúc."_s));
        controller.dismissRejection(
            controller.rejections().at(0).toMap().value(u"mutationId"_s).toLongLong());
        QVERIFY(controller.rejections().isEmpty());
        MeetingOutcomesController past;
        prepare(past, u"m-past"_s);
        QVERIFY(!past.canComment());
    }

    void theSecretaryOpensAndClosesAVote()
    {
        signInAs(u"m-sec"_s, u"secretary"_s);
        QCOMPARE(actions().openVote(u"m-now"_s, u"Q?"_s, { u"Đồng ý"_s }, false).error,
            u"invalid_args"_s);
        QCOMPARE(actions().openVote(u"m-now"_s, u"Q?"_s, { u"A"_s, u" A "_s }, false).error,
            u"invalid_args"_s);
        QStringList eleven;
        for (int i = 0; i < 11; ++i)
            eleven << QString::number(i);
        QCOMPARE(actions().openVote(u"m-now"_s, u"Q?"_s, eleven, false).error, u"invalid_args"_s);
        QCOMPARE(actions().openVote(u"m-now"_s, u"  "_s, { u"A"_s, u"B"_s }, false).error,
            u"invalid_args"_s);
        QCOMPARE(actions().openVote(u"m-next"_s, u"Q?"_s, { u"A"_s, u"B"_s }, false).error,
            u"too_early"_s);
        QCOMPARE(actions().openVote(u"m-past"_s, u"Q?"_s, { u"A"_s, u"B"_s }, false).error,
            u"meeting_over"_s);
        QCOMPARE(Outbox(db()).pendingCount(), 0);

        MeetingOutcomesController controller;
        prepare(controller, u"m-now"_s);
        QVERIFY(controller.canOpenVote());
        QCOMPARE(controller.defaultChoices(),
            (QStringList { u"Đồng ý"_s, u"Không đồng ý"_s, u"Ý kiến khác"_s }));
        QVERIFY(controller.openVote(u"Thông qua kế hoạch?"_s, controller.defaultChoices(), true));
        const PendingMutation queued = Outbox(db()).pending().constLast();
        QCOMPARE(queued.name, u"vote.open"_s);
        QCOMPARE(queued.args.value(u"secret"_s).toBool(), true);
        QCOMPARE(queued.args.value(u"choices"_s).toArray().size(), 3);
        QCOMPARE(ReplicaStore(db()).get(u"meeting"_s, u"m-now"_s)->value(u"status"_s).toString(),
            u"in_progress"_s);
        QCOMPARE(controller.votes().size(), 1);
        const QVariantMap opened = controller.votes().at(0).toMap();
        QVERIFY(opened.value(u"isOpen"_s).toBool());
        QVERIFY(opened.value(u"pending"_s).toBool());
        QVERIFY(!opened.value(u"canVote"_s).toBool()); // the secretary was not marked present

        const QString voteId = opened.value(u"voteId"_s).toString();
        QVERIFY(controller.closeVote(voteId));
        QCOMPARE(Outbox(db()).pending().constLast().name, u"vote.close"_s);
        const QVariantMap closed = controller.votes().at(0).toMap();
        QVERIFY(!closed.value(u"isOpen"_s).toBool());
        QVERIFY(!closed.value(u"resultKnown"_s).toBool()); // the tally comes from the server
        QCOMPARE(actions().closeVote(voteId).mutationId, 0); // closed already: nothing to send

        // The server refuses both: the vote goes, the meeting is scheduled again.
        QCOMPARE(rejectAll(u"forbidden"_s, u"Không được phép."_s), 2);
        controller.reload();
        QVERIFY(controller.votes().isEmpty());
        QCOMPARE(ReplicaStore(db()).get(u"meeting"_s, u"m-now"_s)->value(u"status"_s).toString(),
            u"scheduled"_s);
        QCOMPARE(controller.rejections().size(), 2);
    }

    void aSecretBallotKeepsItsKeyOnTheDeviceOnly()
    {
        ReplicaStore(db()).put(
            u"vote"_s, u"v-secret"_s, 1, vote(u"v-secret"_s, u"m-now"_s, true, u"open"_s, 0));
        QVERIFY(!actions().secretBallot(u"v-secret"_s));
        QCOMPARE(actions().castVote(u"v-secret"_s, u"Có lẽ"_s).error, u"invalid_args"_s);

        QVERIFY(actions().castVote(u"v-secret"_s, u"Đồng ý"_s).ok());
        const PendingMutation first = Outbox(db()).pending().constLast();
        QCOMPARE(first.name, u"vote.cast"_s);
        const QString key = first.args.value(u"ballot_key"_s).toString();
        QVERIFY2(QRegularExpression(u"^[0-9a-f]{64}$"_s).match(key).hasMatch(), "64 hex digits");
        QCOMPARE(actions().secretBallot(u"v-secret"_s)->ballotKey, key);
        QCOMPARE(actions().secretBallot(u"v-secret"_s)->choice, u"Đồng ý"_s);
        const auto cast = ReplicaStore(db()).get(u"vote_cast"_s, u"v-secret:m-a1"_s);
        QVERIFY(cast);
        QVERIFY(cast->value(u"choice"_s).isNull());

        // A changed choice: the same key, the new choice kept on the device.
        QVERIFY(actions().castVote(u"v-secret"_s, u"Không đồng ý"_s).ok());
        const PendingMutation second = Outbox(db()).pending().constLast();
        QCOMPARE(second.args.value(u"ballot_key"_s).toString(), key);
        QCOMPARE(second.args.value(u"choice"_s).toString(), u"Không đồng ý"_s);
        QCOMPARE(actions().secretBallot(u"v-secret"_s)->choice, u"Không đồng ý"_s);
        QCOMPARE(db().scalar("SELECT count(*) FROM secret_ballots").toInt(), 1);

        // Another vote draws another key.
        ReplicaStore(db()).put(
            u"vote"_s, u"v-two"_s, 1, vote(u"v-two"_s, u"m-now"_s, true, u"open"_s, 0));
        QVERIFY(actions().castVote(u"v-two"_s, u"Đồng ý"_s).ok());
        QVERIFY(actions().secretBallot(u"v-two"_s)->ballotKey != key);

        // Neither the key nor the choice is in any pulled-row table.
        applyAll();
        const QString pulled = pulledRowsText();
        QVERIFY(!pulled.contains(key));
        QVERIFY(!pulled.contains(u"\"choice\":\"Không đồng ý\""_s));
        QVERIFY(!pulled.contains(u"\"choice\":\"Đồng ý\""_s));

        // The member sees the choice from the device's own ballot.
        MeetingOutcomesController controller;
        prepare(controller, u"m-now"_s);
        QVERIFY(controller.present());
        const QVariantMap shown = controller.votes().at(0).toMap();
        QCOMPARE(shown.value(u"voteId"_s).toString(), u"v-secret"_s);
        QCOMPARE(shown.value(u"myChoice"_s).toString(), u"Không đồng ý"_s);
        QVERIFY(shown.value(u"canVote"_s).toBool());
    }

    void anOpenVoteShowsMyChoiceThenTheTally()
    {
        ReplicaStore replica(db());
        replica.put(u"vote"_s, u"v-open"_s, 1, vote(u"v-open"_s, u"m-now"_s, false, u"open"_s, 2));
        QJsonObject older = vote(u"v-old"_s, u"m-now"_s, false, u"closed"_s, 3,
            QJsonArray { QJsonObject { { u"choice"_s, u"Đồng ý"_s }, { u"count"_s, 3 } },
                QJsonObject { { u"choice"_s, u"Không đồng ý"_s }, { u"count"_s, 1 } },
                QJsonObject { { u"choice"_s, u"Ý kiến khác"_s }, { u"count"_s, 0 } } });
        older.insert(u"opened_at"_s, u"2026-11-22T07:50:00.000Z"_s); // newer, yet closed
        replica.put(u"vote"_s, u"v-old"_s, 1, older);

        MeetingOutcomesController controller;
        prepare(controller, u"m-now"_s);
        QCOMPARE(controller.votes().at(0).toMap().value(u"voteId"_s).toString(), u"v-open"_s);
        QCOMPARE(controller.votes().at(0).toMap().value(u"ballots"_s).toInt(), 2);
        QVERIFY(controller.castVote(u"v-open"_s, u"Ý kiến khác"_s));
        QVERIFY(!Outbox(db()).pending().constLast().args.contains(u"ballot_key"_s));
        QVariantMap open = controller.votes().at(0).toMap();
        QCOMPARE(open.value(u"myChoice"_s).toString(), u"Ý kiến khác"_s);
        QVERIFY(open.value(u"myChoicePending"_s).toBool());
        QVERIFY(controller.castVote(u"v-open"_s, u"Đồng ý"_s));
        QCOMPARE(controller.votes().at(0).toMap().value(u"myChoice"_s).toString(), u"Đồng ý"_s);

        const QVariantMap result = controller.votes().at(1).toMap();
        QVERIFY(result.value(u"resultKnown"_s).toBool());
        QCOMPARE(result.value(u"totalCount"_s).toInt(), 4);
        const QVariantList tally = result.value(u"tally"_s).toList();
        QCOMPARE(tally.size(), 3);
        QCOMPARE(tally.at(0).toMap().value(u"percent"_s).toInt(), 75);
        QCOMPARE(tally.at(1).toMap().value(u"count"_s).toInt(), 1);
        // A closed vote takes no ballot here.
        QVERIFY(!controller.castVote(u"v-old"_s, u"Đồng ý"_s));
        QCOMPARE(controller.errorMessage(), u"Biểu quyết này đã kết thúc."_s);
    }

    void aBallotThatArrivedAfterClosingIsExplained()
    {
        ReplicaStore(db()).put(
            u"vote"_s, u"v-late"_s, 1, vote(u"v-late"_s, u"m-now"_s, false, u"open"_s, 0));
        MeetingOutcomesController controller;
        prepare(controller, u"m-now"_s);
        // Cast offline; meanwhile the secretary closed the vote.
        QVERIFY(controller.castVote(u"v-late"_s, u"Đồng ý"_s));
        QCOMPARE(rejectAll(u"conflict"_s, u"Biểu quyết đã kết thúc."_s), 1);
        ReplicaStore(db()).put(u"vote"_s, u"v-late"_s, 2,
            vote(u"v-late"_s, u"m-now"_s, false, u"closed"_s, 2,
                QJsonArray { QJsonObject { { u"choice"_s, u"Đồng ý"_s }, { u"count"_s, 2 } },
                    QJsonObject { { u"choice"_s, u"Không đồng ý"_s }, { u"count"_s, 0 } },
                    QJsonObject { { u"choice"_s, u"Ý kiến khác"_s }, { u"count"_s, 0 } } }));
        controller.reload();
        QVERIFY(!ReplicaStore(db()).get(u"vote_cast"_s, u"v-late:m-a1"_s));
        QCOMPARE(controller.votes().at(0).toMap().value(u"myChoice"_s).toString(), QString());
        QCOMPARE(controller.rejections().size(), 1);
        QCOMPARE(controller.rejections().at(0).toMap().value(u"text"_s).toString(),
            u"Phiếu của đồng chí đến máy chủ sau khi biểu quyết đã kết thúc nên không được "
            "tính."_s);
    }
};

QTEST_MAIN(TestMeetingOutcomes)
#include "tst_meetingoutcomes.moc"
