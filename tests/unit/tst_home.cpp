// The home screen's "Việc cần làm" over a real vault: a secretary's counts of
// profile requests to review, absences with a reason for the next meeting, feedback waiting
// for a reply and members who have not read the next meeting's documents; a member sees none;
// a committee sees the requests of its cells' secretaries; the counts follow the vault.
#include "homecontroller.h"
#include "replicarows.h"
#include "replicastore.h"
#include "timestamps.h"
#include "unlockedsession.h"
#include "vaultsession.h"
#include "vaultsyncstore.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace ReplicaRows;

namespace {
const QString kPin = u"246810"_s;
constexpr int kTimeoutMs = 20000;
const QDateTime kNow(QDate(2026, 11, 22), QTime(8, 0), QTimeZone::utc());

QJsonObject document(const QString &id, const QString &title)
{
    return { { u"id"_s, id }, { u"org_id"_s, u"p1"_s }, { u"audience_org_id"_s, u"p1"_s },
        { u"kind"_s, u"resolution"_s }, { u"number"_s, id.toUpper() + u"-NQ/TU"_s },
        { u"title"_s, title }, { u"issued_date"_s, u"2026-11-01"_s }, { u"issuer"_s, u"Tỉnh ủy"_s },
        { u"summary"_s, QJsonValue() }, { u"body"_s, u"Toàn văn "_s + title },
        { u"classification"_s, u"public"_s }, { u"attachments"_s, QJsonArray() },
        { u"published_at"_s, u"2026-11-01T00:00:00.000Z"_s } };
}

// An upcoming meeting "Sinh hoạt <id>".
QJsonObject meeting(const QString &id, const QDateTime &startsAt, const QStringList &documentIds)
{
    return ReplicaRows::meeting(id, u"Sinh hoạt "_s + id, startsAt, u"scheduled"_s, documentIds);
}

// A feedback message "Góp ý <id>".
QJsonObject feedback(
    const QString &id, const QString &memberId, const QString &replyTo, const QString &createdAt)
{
    return ReplicaRows::feedback(id, memberId, u"Góp ý "_s + id, replyTo, createdAt);
}

QJsonObject request(const QString &id, const QString &memberId, const QString &status)
{
    return { { u"id"_s, id }, { u"member_id"_s, memberId },
        { u"fields"_s, QJsonObject { { u"hometown"_s, u"Hà Nội"_s } } },
        { u"reason"_s, u"Đã chuyển nơi ở"_s }, { u"status"_s, status },
        { u"decided_by"_s, QJsonValue() }, { u"decision_reason"_s, QJsonValue() },
        { u"created_at"_s, u"2026-11-20T02:00:00.000Z"_s } };
}
} // namespace

class TestHome : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VaultSession> m_session;

    SqliteDatabase &db() { return m_session->vault().database(); }
    void signInAs(const QString &memberId, const QString &role, const QString &orgId = u"c1"_s)
    {
        VaultSyncStore(m_session->vault())
            .saveSession(u"token"_s, AuthUser { u"u-"_s + memberId, memberId, role, orgId });
    }
    void prepare(HomeController &home)
    {
        home.setClock([] { return kNow; });
        home.setSession(m_session.get());
    }

    // Cell c1 (below committee p1): the secretary m-sec and four members; the next meeting
    // (in 5 days, two documents to read) and a later one; answers, receipts, feedback and
    // profile requests.
    void fill()
    {
        ReplicaStore replica(db());
        replica.put(u"organization"_s, u"p1"_s, 1,
            { { u"id"_s, u"p1"_s }, { u"name"_s, u"Đảng ủy xã"_s }, { u"kind"_s, u"committee"_s },
                { u"parent_id"_s, QJsonValue() } });
        replica.put(u"organization"_s, u"c1"_s, 1,
            { { u"id"_s, u"c1"_s }, { u"name"_s, u"Chi bộ thôn Đồng Tâm"_s },
                { u"kind"_s, u"cell"_s }, { u"parent_id"_s, u"p1"_s } });
        replica.put(u"member"_s, u"m-sec"_s, 1, member(u"m-sec"_s, u"Lê Văn Sơn"_s));
        replica.put(u"member"_s, u"m-a1"_s, 1, member(u"m-a1"_s, u"Nguyễn Văn An"_s));
        replica.put(u"member"_s, u"m-a2"_s, 1, member(u"m-a2"_s, u"Trần Thị Bình"_s));
        replica.put(u"member"_s, u"m-a3"_s, 1, member(u"m-a3"_s, u"Phạm Văn Cường"_s));
        replica.put(u"member"_s, u"m-a4"_s, 1, member(u"m-a4"_s, u"Vũ Thị Dung"_s));
        replica.put(u"member"_s, u"m-x"_s, 1, member(u"m-x"_s, u"Đỗ Văn Xa"_s, u"c2"_s));
        replica.put(u"document"_s, u"d1"_s, 1, document(u"d1"_s, u"Nghị quyết"_s));
        replica.put(u"document"_s, u"d2"_s, 1, document(u"d2"_s, u"Kế hoạch"_s));
        replica.put(u"meeting"_s, u"m-next"_s, 1,
            meeting(u"m-next"_s, kNow.addDays(5), { u"d1"_s, u"d2"_s }));
        replica.put(u"meeting"_s, u"m-later"_s, 1, meeting(u"m-later"_s, kNow.addDays(30), {}));
        // Absences: one with a reason, one without (not counted), one for the later meeting.
        replica.put(
            u"attendance"_s, u"m-next:m-a1"_s, 1, answer(u"m-next"_s, u"m-a1"_s, u"attending"_s));
        replica.put(u"attendance"_s, u"m-next:m-a2"_s, 1,
            answer(u"m-next"_s, u"m-a2"_s, u"absent"_s, u"Đi công tác"_s));
        replica.put(
            u"attendance"_s, u"m-next:m-a3"_s, 1, answer(u"m-next"_s, u"m-a3"_s, u"absent"_s));
        replica.put(u"attendance"_s, u"m-later:m-a4"_s, 1,
            answer(u"m-later"_s, u"m-a4"_s, u"absent"_s, u"Ốm"_s));
        // Readers: m-a1 read both, m-a2 one of two; m-a3 and m-a4 none; m-sec both.
        for (const QString &doc : { u"d1"_s, u"d2"_s }) {
            replica.put(u"read_receipt"_s, doc + u":m-a1"_s, 1, receipt(doc, u"m-a1"_s));
            replica.put(u"read_receipt"_s, doc + u":m-sec"_s, 1, receipt(doc, u"m-sec"_s));
        }
        replica.put(u"read_receipt"_s, u"d1:m-a2"_s, 1, receipt(u"d1"_s, u"m-a2"_s));
        // Feedback: f1 answered by the secretary; f3 waits; f4 answered then asked again
        // (waits); f5 is the secretary's own message to the cell.
        replica.put(u"feedback"_s, u"f1"_s, 0,
            feedback(u"f1"_s, u"m-a1"_s, {}, u"2026-11-18T01:00:00.000Z"_s));
        replica.put(u"feedback"_s, u"f2"_s, 0,
            feedback(u"f2"_s, u"m-sec"_s, u"f1"_s, u"2026-11-19T01:00:00.000Z"_s));
        replica.put(u"feedback"_s, u"f3"_s, 0,
            feedback(u"f3"_s, u"m-a2"_s, {}, u"2026-11-19T02:00:00.000Z"_s));
        replica.put(u"feedback"_s, u"f4"_s, 0,
            feedback(u"f4"_s, u"m-a3"_s, {}, u"2026-11-19T03:00:00.000Z"_s));
        replica.put(u"feedback"_s, u"f5"_s, 0,
            feedback(u"f5"_s, u"m-sec"_s, u"f4"_s, u"2026-11-20T03:00:00.000Z"_s));
        replica.put(u"feedback"_s, u"f6"_s, 0,
            feedback(u"f6"_s, u"m-a3"_s, u"f5"_s, u"2026-11-21T03:00:00.000Z"_s));
        replica.put(u"feedback"_s, u"f7"_s, 0,
            feedback(u"f7"_s, u"m-sec"_s, {}, u"2026-11-21T04:00:00.000Z"_s));
        // Requests: two pending from members, one decided, the secretary's own (not hers to
        // review).
        replica.put(u"profile_request"_s, u"r1"_s, 1, request(u"r1"_s, u"m-a1"_s, u"pending"_s));
        replica.put(u"profile_request"_s, u"r2"_s, 1, request(u"r2"_s, u"m-a2"_s, u"pending"_s));
        replica.put(u"profile_request"_s, u"r3"_s, 1, request(u"r3"_s, u"m-a3"_s, u"approved"_s));
        replica.put(
            u"profile_request"_s, u"r-sec"_s, 1, request(u"r-sec"_s, u"m-sec"_s, u"pending"_s));
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

    void secretarySeesHerWork()
    {
        signInAs(u"m-sec"_s, u"secretary"_s);
        HomeController home;
        prepare(home);
        QVERIFY(home.isSecretary());
        QVERIFY(home.hasTasks());
        QCOMPARE(home.meetingId(), u"m-next"_s);
        QCOMPARE(home.requestsToReview(), 2); // r1, r2
        QCOMPARE(home.absencesWithReason(), 1); // m-a2 (m-a3 gave no reason; m-a4 is later)
        QCOMPARE(home.feedbackWaiting(), 2); // f3, f4 (asked again after the reply)
        QCOMPARE(home.membersWithUnread(), 3); // m-a2, m-a3, m-a4
    }

    void countsFollowTheVault()
    {
        signInAs(u"m-sec"_s, u"secretary"_s);
        HomeController home;
        prepare(home);
        ReplicaStore replica(db());
        replica.put(u"profile_request"_s, u"r1"_s, 2, request(u"r1"_s, u"m-a1"_s, u"approved"_s));
        replica.put(u"feedback"_s, u"f8"_s, 0,
            feedback(u"f8"_s, u"m-sec"_s, u"f3"_s, u"2026-11-21T05:00:00.000Z"_s));
        replica.put(u"read_receipt"_s, u"d2:m-a2"_s, 1, receipt(u"d2"_s, u"m-a2"_s));
        home.reload();
        QCOMPARE(home.requestsToReview(), 1);
        QCOMPARE(home.feedbackWaiting(), 1);
        QCOMPARE(home.membersWithUnread(), 2);
    }

    void memberSeesNoTasks()
    {
        signInAs(u"m-a1"_s, u"member"_s);
        HomeController home;
        prepare(home);
        QVERIFY(!home.isSecretary());
        QVERIFY(!home.hasTasks());
        QCOMPARE(home.requestsToReview(), 0);
        QCOMPARE(home.absencesWithReason(), 0);
        QCOMPARE(home.feedbackWaiting(), 0);
        QCOMPARE(home.membersWithUnread(), 0);
        QCOMPARE(home.meetingId(), u"m-next"_s);
    }

    // A committee reviews the requests of the secretaries of the cells below it.
    void committeeSeesItsRequests()
    {
        signInAs(QString(), u"committee"_s, u"p1"_s);
        // A committee's device holds only its cells' secretaries' requests.
        ReplicaStore(db()).remove(u"profile_request"_s, u"r1"_s);
        ReplicaStore(db()).remove(u"profile_request"_s, u"r2"_s);
        HomeController home;
        prepare(home);
        QVERIFY(home.isCommittee());
        QCOMPARE(home.requestsToReview(), 1); // r-sec
        QVERIFY(home.hasTasks());
        ReplicaStore(db()).put(
            u"profile_request"_s, u"r-sec"_s, 2, request(u"r-sec"_s, u"m-sec"_s, u"approved"_s));
        home.reload();
        QCOMPARE(home.requestsToReview(), 0);
        QVERIFY(!home.hasTasks());
    }
};

QTEST_GUILESS_MAIN(TestHome)
#include "tst_home.moc"
