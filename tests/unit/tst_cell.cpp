// The cell's screens over a real vault: the secretary's local actions (meeting
// create/update/cancel, attendance, forwarding a document) with their optimistic rows and
// the roll-back of a rejection; the meetings list, a meeting with my answer, the follow-up,
// attendance, the editor, sharing and feedback. Every model runs under
// QAbstractItemModelTester.
#include "attendancecontroller.h"
#include "blobstore.h"
#include "cellcatalog.h"
#include "feedbackcontroller.h"
#include "followupcontroller.h"
#include "localactions.h"
#include "meetingcontroller.h"
#include "meetingeditorcontroller.h"
#include "meetingscontroller.h"
#include "outbox.h"
#include "pushreply.h"
#include "replicarows.h"
#include "replicastore.h"
#include "sharedocumentcontroller.h"
#include "timestamps.h"
#include "unlockedsession.h"
#include "vaultsession.h"
#include "vaultsyncstore.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace ReplicaRows;

namespace {
const QString kPin = u"246810"_s;
constexpr int kTimeoutMs = 20000;
// 08:00 UTC, 15:00 in Vietnam.
const QDateTime kNow(QDate(2026, 11, 22), QTime(8, 0), QTimeZone::utc());

QJsonObject document(const QString &id, const QString &title, const QString &classification,
    const QJsonArray &attachments = {})
{
    return { { u"id"_s, id }, { u"org_id"_s, u"p1"_s }, { u"audience_org_id"_s, u"p1"_s },
        { u"kind"_s, u"resolution"_s }, { u"number"_s, id.toUpper() + u"-NQ/TU"_s },
        { u"title"_s, title }, { u"issued_date"_s, u"2026-11-01"_s }, { u"issuer"_s, u"Tỉnh ủy"_s },
        { u"summary"_s, QJsonValue() },
        { u"body"_s,
            classification == u"restricted" ? QJsonValue() : QJsonValue(u"Toàn văn "_s + title) },
        { u"classification"_s, classification }, { u"attachments"_s, attachments },
        { u"published_at"_s, u"2026-11-0"_s + id.right(1) + u"T00:00:00.000Z"_s } };
}

constexpr auto kQtTest = QAbstractItemModelTester::FailureReportingMode::QtTest;
} // namespace

class TestCell : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VaultSession> m_session;

    SqliteDatabase &db() { return m_session->vault().database(); }
    LocalActions actions()
    {
        return LocalActions(db(), [] { return kNow; });
    }
    void signInAs(const QString &memberId, const QString &role)
    {
        VaultSyncStore(m_session->vault())
            .saveSession(u"token"_s, AuthUser { u"u-"_s + memberId, memberId, role, u"c1"_s });
    }
    template<typename Controller> void prepare(Controller &controller)
    {
        controller.setClock([] { return kNow; });
        controller.setSession(m_session.get());
    }

    // The secretary (m-sec) of cell c1 with three members and one of another cell; two
    // documents and a restricted one; an upcoming meeting with answers from two members, one
    // under way, a cancelled and a past one; read receipts; a feedback thread with a reply.
    void fill()
    {
        signInAs(u"m-sec"_s, u"secretary"_s);
        ReplicaStore replica(db());
        replica.put(u"organization"_s, u"c1"_s, 1,
            { { u"id"_s, u"c1"_s }, { u"name"_s, u"Chi bộ thôn Đồng Tâm"_s },
                { u"kind"_s, u"cell"_s } });
        replica.put(u"member"_s, u"m-sec"_s, 1, member(u"m-sec"_s, u"Lê Văn Sơn"_s));
        replica.put(u"member"_s, u"m-a1"_s, 1, member(u"m-a1"_s, u"Nguyễn Văn An"_s));
        replica.put(u"member"_s, u"m-a2"_s, 1, member(u"m-a2"_s, u"Trần Thị Bình"_s));
        replica.put(u"member"_s, u"m-a3"_s, 1, member(u"m-a3"_s, u"Phạm Văn Cường"_s));
        replica.put(u"member"_s, u"m-x"_s, 1, member(u"m-x"_s, u"Đỗ Văn Xa"_s, u"c2"_s));
        const QJsonArray pdf { QJsonObject { { u"sha256"_s, QString(64, u'a') },
            { u"size"_s, 1000 }, { u"mime"_s, u"application/pdf"_s },
            { u"name"_s, u"nq.pdf"_s } } };
        replica.put(u"document"_s, u"d1"_s, 1,
            document(u"d1"_s, u"Nghị quyết về xây dựng Đảng"_s, u"internal"_s, pdf));
        replica.put(u"document"_s, u"d2"_s, 1,
            document(u"d2"_s, u"Kế hoạch học tập chuyên đề"_s, u"public"_s));
        replica.put(
            u"document"_s, u"d3"_s, 1, document(u"d3"_s, u"Chỉ thị mật"_s, u"restricted"_s));
        replica.put(u"meeting"_s, u"m-next"_s, 1,
            meeting(u"m-next"_s, u"Sinh hoạt tháng 11"_s, kNow.addDays(5), u"scheduled"_s,
                { u"d2"_s, u"d1"_s }));
        replica.put(u"meeting"_s, u"m-now"_s, 1,
            meeting(u"m-now"_s, u"Họp đang diễn ra"_s, kNow.addSecs(-1800), u"scheduled"_s));
        replica.put(u"meeting"_s, u"m-cancel"_s, 1,
            meeting(u"m-cancel"_s, u"Họp bị hủy"_s, kNow.addDays(2), u"cancelled"_s));
        replica.put(u"meeting"_s, u"m-past"_s, 1,
            meeting(u"m-past"_s, u"Sinh hoạt tháng 10"_s, kNow.addDays(-30), u"done"_s));
        replica.put(
            u"attendance"_s, u"m-next:m-a1"_s, 1, answer(u"m-next"_s, u"m-a1"_s, u"attending"_s));
        replica.put(u"attendance"_s, u"m-next:m-a2"_s, 1,
            answer(u"m-next"_s, u"m-a2"_s, u"absent"_s, u"Đi công tác"_s));
        replica.put(u"read_receipt"_s, u"d1:m-a1"_s, 1, receipt(u"d1"_s, u"m-a1"_s));
        replica.put(u"read_receipt"_s, u"d1:m-sec"_s, 1, receipt(u"d1"_s, u"m-sec"_s));
        replica.put(u"read_receipt"_s, u"d1:m-x"_s, 1, receipt(u"d1"_s, u"m-x"_s));
        replica.put(u"feedback"_s, u"f1"_s, 0,
            feedback(
                u"f1"_s, u"m-a1"_s, u"Đề nghị họp sớm hơn"_s, {}, u"2026-11-20T01:00:00.000Z"_s));
        replica.put(u"feedback"_s, u"f2"_s, 0,
            feedback(u"f2"_s, u"m-sec"_s, u"Chi bộ sẽ xem xét"_s, u"f1"_s,
                u"2026-11-21T01:00:00.000Z"_s));
        replica.put(u"feedback"_s, u"f3"_s, 0,
            feedback(u"f3"_s, u"m-a2"_s, u"Xin tài liệu in"_s, {}, u"2026-11-19T01:00:00.000Z"_s));
    }

    // The server's answer to every pending mutation, each rejected with `code`.
    int rejectAll(const QString &code)
    {
        PushReply reply;
        for (const PendingMutation &mutation : Outbox(db()).pending()) {
            reply.lastMutationId = mutation.id;
            reply.results.append({ mutation.id, false, code, u"Không được phép."_s });
        }
        return VaultSyncStore(m_session->vault()).acknowledge(reply);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_session = unlockedTestSession(*m_dir, kPin, kTimeoutMs);
        QVERIFY(m_session); // the PIN was created and the vault unlocked
        fill();
    }

    void cleanup()
    {
        m_session.reset();
        m_dir.reset();
    }

    void createUpdateCancelMeetingLocally()
    {
        const QDateTime start = kNow.addDays(7);
        auto created = actions().createMeeting(u"  Sinh hoạt tháng 12 "_s, start, u"Hội trường"_s,
            u"Bầu chi ủy"_s, { u"d1"_s, u"d1"_s, u"d2"_s });
        QVERIFY2(created.ok(), qPrintable(created.error));
        const auto row = ReplicaStore(db()).get(u"meeting"_s, created.rowId);
        QVERIFY(row);
        QCOMPARE(row->value(u"status"_s).toString(), u"scheduled"_s);
        QCOMPARE(row->value(u"title"_s).toString(), u"Sinh hoạt tháng 12"_s);
        QCOMPARE(row->value(u"org_id"_s).toString(), u"c1"_s);
        QCOMPARE(row->value(u"document_ids"_s).toArray(), (QJsonArray { u"d1"_s, u"d2"_s }));
        const PendingMutation queued = Outbox(db()).pending().constLast();
        QCOMPARE(queued.name, u"meeting.create"_s);
        QCOMPARE(queued.args.value(u"id"_s).toString(), created.rowId);
        QCOMPARE(Timestamps::fromIso(queued.args.value(u"starts_at"_s).toString()), start);
        QCOMPARE(queued.args.value(u"agenda"_s).toString(), u"Bầu chi ủy"_s);

        QCOMPARE(actions().createMeeting(u"Quá khứ"_s, kNow.addSecs(-60), u"X"_s, {}, {}).error,
            u"in_past"_s);
        QCOMPARE(actions().createMeeting(u"Thiếu"_s, start, u"X"_s, {}, { u"nope"_s }).error,
            u"not_found"_s);
        QCOMPARE(actions().createMeeting(u" "_s, start, u"X"_s, {}, {}).error, u"invalid_args"_s);

        const auto updated = actions().updateMeeting(created.rowId,
            u"Sinh hoạt tháng 12 (đổi giờ)"_s, start.addSecs(3600), u"Hội trường"_s, {}, {});
        QVERIFY2(updated.ok(), qPrintable(updated.error));
        QCOMPARE(Outbox(db()).pending().constLast().name, u"meeting.update"_s);
        QVERIFY(ReplicaStore(db()).get(u"meeting"_s, created.rowId)->value(u"agenda"_s).isNull());

        const auto cancelled = actions().cancelMeeting(created.rowId, u"Trùng lịch"_s);
        QVERIFY(cancelled.ok());
        const auto after = ReplicaStore(db()).get(u"meeting"_s, created.rowId);
        QCOMPARE(after->value(u"status"_s).toString(), u"cancelled"_s);
        QCOMPARE(after->value(u"cancel_reason"_s).toString(), u"Trùng lịch"_s);
        QCOMPARE(Outbox(db()).pending().constLast().args,
            (QJsonObject { { u"id"_s, created.rowId }, { u"reason"_s, u"Trùng lịch"_s } }));
        // Already cancelled: nothing more to send; a cancelled meeting is not edited.
        QCOMPARE(actions().cancelMeeting(created.rowId).mutationId, 0);
        QCOMPARE(actions().updateMeeting(created.rowId, u"X"_s, start, u"X"_s, {}, {}).error,
            u"meeting_closed"_s);
        QCOMPARE(Outbox(db()).pendingCount(), 3);
    }

    void rejectedMeetingAndShareAreRolledBack()
    {
        // A plain member's device queues them (the server decides) ...
        signInAs(u"m-a1"_s, u"member"_s);
        const auto created
            = actions().createMeeting(u"Họp trái phép"_s, kNow.addDays(3), u"Nhà"_s, {}, {});
        QVERIFY(created.ok());
        const QByteArray pdf = "%PDF-1.4 tiny";
        const auto shared = actions().shareDocument(u"Tài liệu"_s, u"other"_s, {}, {},
            { { pdf, u"a.pdf"_s, u"application/pdf"_s } }, u"m-next"_s);
        QVERIFY(shared.ok());
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
        QVERIFY(BlobStore(db()).isComplete(sha));
        QVERIFY(ReplicaStore(db())
                    .get(u"meeting"_s, u"m-next"_s)
                    ->value(u"document_ids"_s)
                    .toArray()
                    .contains(shared.rowId));

        // ... and the server refuses both: every local trace goes, the reasons stay listed.
        QCOMPARE(rejectAll(u"forbidden"_s), 2);
        QVERIFY(!ReplicaStore(db()).get(u"meeting"_s, created.rowId));
        QVERIFY(!ReplicaStore(db()).get(u"document"_s, shared.rowId));
        QCOMPARE(
            ReplicaStore(db()).get(u"meeting"_s, u"m-next"_s)->value(u"document_ids"_s).toArray(),
            (QJsonArray { u"d2"_s, u"d1"_s }));
        QVERIFY(!BlobStore(db()).isComplete(sha));
        const QList<RejectedMutation> rejected = Outbox(db()).rejected();
        QCOMPARE(rejected.size(), 2);
        QCOMPARE(rejected.at(0).name, u"meeting.create"_s);
        QCOMPARE(rejected.at(0).errorMessage, u"Không được phép."_s);
        QCOMPARE(rejected.at(1).name, u"document.share"_s);
    }

    void attendanceOfflineStartsTheMeeting()
    {
        QCOMPARE(actions().markAttendance(u"m-next"_s, u"m-a1"_s, true).error, u"too_early"_s);
        QCOMPARE(
            actions().markAttendance(u"m-cancel"_s, u"m-a1"_s, true).error, u"meeting_closed"_s);
        const auto marked = actions().markAttendance(u"m-now"_s, u"m-a2"_s, false);
        QVERIFY2(marked.ok(), qPrintable(marked.error));
        QCOMPARE(marked.rowId, u"m-now:m-a2"_s);
        QCOMPARE(ReplicaStore(db()).get(u"attendance"_s, marked.rowId)->value(u"present"_s),
            QJsonValue(false));
        QCOMPARE(ReplicaStore(db()).get(u"meeting"_s, u"m-now"_s)->value(u"status"_s).toString(),
            u"in_progress"_s);
        QCOMPARE(Outbox(db()).pending().constLast().args,
            (QJsonObject { { u"meeting_id"_s, u"m-now"_s }, { u"member_id"_s, u"m-a2"_s },
                { u"present"_s, false } }));
        // A rejection puts both the mark and the meeting's state back.
        QCOMPARE(rejectAll(u"conflict"_s), 1);
        QVERIFY(!ReplicaStore(db()).get(u"attendance"_s, marked.rowId));
        QCOMPARE(ReplicaStore(db()).get(u"meeting"_s, u"m-now"_s)->value(u"status"_s).toString(),
            u"scheduled"_s);
    }

    void forwardCopiesBodyAndAttachments()
    {
        const auto forwarded = actions().forwardDocument(
            u"d1"_s, u"NQ chuyển chi bộ"_s, u"resolution"_s, u"Đọc trước buổi họp"_s, u"m-next"_s);
        QVERIFY2(forwarded.ok(), qPrintable(forwarded.error));
        const auto row = ReplicaStore(db()).get(u"document"_s, forwarded.rowId);
        QCOMPARE(row->value(u"body"_s).toString(), u"Toàn văn Nghị quyết về xây dựng Đảng"_s);
        // The copy names its source; the secretary's note follows.
        QCOMPARE(row->value(u"summary"_s).toString(),
            u"Chuyển tiếp văn bản số D1-NQ/TU của Tỉnh ủy, ngày 01/11/2026.\nĐọc trước buổi họp"_s);
        QCOMPARE(row->value(u"audience_org_id"_s).toString(), u"c1"_s);
        QCOMPARE(row->value(u"attachments"_s).toArray().size(), 1);
        const PendingMutation queued = Outbox(db()).pending().constLast();
        QCOMPARE(queued.name, u"document.share"_s);
        QCOMPARE(queued.args.value(u"attachments"_s).toArray().at(0)[u"sha256"_s].toString(),
            QString(64, u'a'));
        QCOMPARE(queued.args.value(u"meeting_id"_s).toString(), u"m-next"_s);
        QCOMPARE(actions().forwardDocument(u"d3"_s, u"Mật"_s, u"directive"_s, {}).error,
            u"invalid_args"_s);
        QCOMPARE(
            actions().forwardDocument(u"nope"_s, u"X"_s, u"other"_s, {}).error, u"not_found"_s);
    }

    void rsvpClosesWhenTheMeetingStarts()
    {
        signInAs(u"m-a3"_s, u"member"_s);
        // Under way (started 30 minutes ago), cancelled, done: closed, nothing queued.
        for (const QString &closed : { u"m-now"_s, u"m-cancel"_s, u"m-past"_s })
            QCOMPARE(actions().rsvp(closed, u"attending"_s).error, u"meeting_closed"_s);
        QCOMPARE(Outbox(db()).pendingCount(), 0);

        // One starting a minute from now: open until LocalActions' clock reaches its start.
        const QDateTime start = kNow.addSecs(60);
        ReplicaStore(db()).put(u"meeting"_s, u"m-soon"_s, 1,
            meeting(u"m-soon"_s, u"Họp sắp bắt đầu"_s, start, u"scheduled"_s));
        const auto answered = actions().rsvp(u"m-soon"_s, u"absent"_s, u"Đi công tác"_s);
        QVERIFY2(answered.ok(), qPrintable(answered.error));
        QCOMPARE(LocalActions(db(), [&] { return start.addSecs(-1); })
                     .rsvp(u"m-soon"_s, u"attending"_s)
                     .error,
            QString());
        for (const QDateTime &at : { start, start.addSecs(1), start.addDays(1) })
            QCOMPARE(LocalActions(db(), [at] { return at; }).rsvp(u"m-soon"_s, u"absent"_s).error,
                u"meeting_closed"_s);
        QCOMPARE(Outbox(db()).pendingCount(), 2);
        // The last answer given before the start stands.
        const auto row = ReplicaStore(db()).get(u"attendance"_s, u"m-soon:m-a3"_s);
        QCOMPARE(row->value(u"rsvp"_s).toString(), u"attending"_s);
        QVERIFY(row->value(u"reason"_s).isNull());

        // The meeting screen says why.
        MeetingController screen;
        screen.setClock([start] { return start; });
        screen.setSession(m_session.get());
        screen.setMeetingId(u"m-soon"_s);
        QVERIFY(!screen.canAnswer());
        QVERIFY(!screen.answer(u"attending"_s));
        QCOMPARE(screen.errorMessage(), u"Buổi sinh hoạt đã diễn ra hoặc đã bị hủy."_s);
    }

    void meetingsListUpcomingAndPast()
    {
        signInAs(u"m-a1"_s, u"member"_s);
        MeetingsController meetings;
        QAbstractItemModelTester upcomingTester(meetings.upcoming(), kQtTest);
        QAbstractItemModelTester pastTester(meetings.past(), kQtTest);
        prepare(meetings);
        QVERIFY(!meetings.isSecretary());
        // Under way, cancelled and scheduled are upcoming (soonest first); done is past.
        QCOMPARE(column(*meetings.upcoming(), "meetingId"),
            (QStringList { u"m-now"_s, u"m-cancel"_s, u"m-next"_s }));
        QCOMPARE(column(*meetings.past(), "meetingId"), (QStringList { u"m-past"_s }));
        QCOMPARE(column(*meetings.upcoming(), "statusLabel"),
            (QStringList { u"Sắp họp"_s, u"Đã hủy"_s, u"Sắp họp"_s }));
        QCOMPARE(column(*meetings.upcoming(), "answerLabel"),
            (QStringList { u"Đồng chí chưa trả lời"_s, QString(), u"Đồng chí sẽ tham dự"_s }));
        // 08:00 UTC + 5 days is 15:00 in Vietnam.
        QVERIFY(column(*meetings.upcoming(), "timeText").at(2).startsWith(u"15:00, "_s));
        QVERIFY(column(*meetings.upcoming(), "timeText").at(2).endsWith(u"27/11/2026"_s));

        signInAs(u"m-sec"_s, u"secretary"_s);
        meetings.reload();
        QVERIFY(meetings.isSecretary());
        QCOMPARE(column(*meetings.upcoming(), "answerLabel").at(2), u"Đồng chí chưa trả lời"_s);
    }

    void memberAnswersUntilTheMeeting()
    {
        signInAs(u"m-a3"_s, u"member"_s);
        MeetingController meeting;
        QAbstractItemModelTester tester(meeting.documents(), kQtTest);
        prepare(meeting);
        meeting.setMeetingId(u"m-next"_s);
        QVERIFY(meeting.found());
        QCOMPARE(meeting.title(), u"Sinh hoạt tháng 11"_s);
        QCOMPARE(meeting.agenda(), u"Quán triệt nghị quyết"_s);
        QCOMPARE(column(*meeting.documents(), "documentId"), (QStringList { u"d2"_s, u"d1"_s }));
        QVERIFY(meeting.canAnswer());
        QVERIFY(!meeting.canEdit());
        QVERIFY(meeting.myAnswer().isEmpty());

        // An absence needs its reason.
        QVERIFY(!meeting.answer(u"absent"_s, u"  "_s));
        QVERIFY(!meeting.errorMessage().isEmpty());
        QVERIFY(meeting.answer(u"absent"_s, u"Ốm"_s));
        QVERIFY(meeting.errorMessage().isEmpty());
        QCOMPARE(meeting.myAnswer(), u"absent"_s);
        QCOMPARE(meeting.myReason(), u"Ốm"_s);
        QVERIFY(meeting.answerPending());
        // Changed again before the meeting: attending, without the old reason.
        QVERIFY(meeting.answer(u"attending"_s));
        QCOMPARE(meeting.myAnswer(), u"attending"_s);
        QVERIFY(meeting.myReason().isEmpty());
        QCOMPARE(Outbox(db()).pendingCount(), 2);

        // Once it has started, no more answers.
        meeting.setMeetingId(u"m-now"_s);
        QVERIFY(!meeting.canAnswer());
        meeting.setMeetingId(u"nope"_s);
        QVERIFY(!meeting.found());
        QCOMPARE(meeting.documents()->rowCount(), 0);
    }

    void secretaryCancelsAndSeesAttendance()
    {
        MeetingController meeting;
        prepare(meeting);
        meeting.setMeetingId(u"m-now"_s);
        QVERIFY(meeting.isSecretary());
        QVERIFY(meeting.canTakeAttendance());
        QVERIFY(!meeting.attendanceTaken());
        QVERIFY(actions().markAttendance(u"m-now"_s, u"m-a1"_s, true).ok());
        QVERIFY(actions().markAttendance(u"m-now"_s, u"m-a2"_s, false).ok());
        meeting.reload();
        QVERIFY(meeting.attendanceTaken());
        QCOMPARE(meeting.presentCount(), 1);
        QCOMPARE(meeting.absentCount(), 1);
        QCOMPARE(meeting.memberCount(), 4);
        // Taking attendance starts the meeting; the minutes or meeting.end end it (DESIGN.md 8.5).
        QCOMPARE(meeting.status(), u"in_progress"_s);
        QVERIFY(!meeting.canEdit());

        meeting.setMeetingId(u"m-next"_s);
        QVERIFY(meeting.canEdit());
        QVERIFY(!meeting.canTakeAttendance());
        QVERIFY(meeting.cancelMeeting(u"Mưa bão"_s));
        QCOMPARE(meeting.status(), u"cancelled"_s);
        QCOMPARE(meeting.cancelReason(), u"Mưa bão"_s);
        QVERIFY(meeting.pending());
        QVERIFY(!meeting.canAnswer());
    }

    void followUpShowsAnswersAndReaders()
    {
        FollowUpController followUp;
        QAbstractItemModelTester answersTester(followUp.answers(), kQtTest);
        QAbstractItemModelTester readingsTester(followUp.readings(), kQtTest);
        prepare(followUp);
        followUp.setMeetingId(u"m-next"_s);
        QVERIFY(followUp.found());
        const MemberAnswerModel &answers = *followUp.answers();
        // Attending, absent, then no answer (by given name: Cường, Sơn); never another cell.
        QCOMPARE(column(answers, "memberId"),
            (QStringList { u"m-a1"_s, u"m-a2"_s, u"m-a3"_s, u"m-sec"_s }));
        QCOMPARE(column(answers, "answerLabel"),
            (QStringList { u"Sẽ tham dự"_s, u"Vắng mặt"_s, u"Chưa trả lời"_s, u"Chưa trả lời"_s }));
        QCOMPARE(column(answers, "reason").at(1), u"Đi công tác"_s);
        QCOMPARE(answers.attendingCount(), 1);
        QCOMPARE(answers.absentCount(), 1);
        QCOMPARE(answers.noAnswerCount(), 2);

        const DocumentReadingModel &readings = *followUp.readings();
        QCOMPARE(column(readings, "documentId"), (QStringList { u"d2"_s, u"d1"_s }));
        QCOMPARE(column(readings, "readCount"), (QStringList { u"0"_s, u"2"_s }));
        QCOMPARE(column(readings, "memberCount"), (QStringList { u"4"_s, u"4"_s }));
        QCOMPARE(column(readings, "readerNames").at(1), u"Nguyễn Văn An, Lê Văn Sơn"_s);
        QCOMPARE(column(readings, "nonReaderNames").at(1), u"Trần Thị Bình, Phạm Văn Cường"_s);

        // A new answer shows after a reload.
        ReplicaStore(db()).put(u"attendance"_s, u"m-next:m-a3"_s, 1,
            answer(u"m-next"_s, u"m-a3"_s, u"absent"_s, u"Ốm"_s));
        followUp.reload();
        QCOMPARE(answers.absentCount(), 2);
        QCOMPARE(answers.noAnswerCount(), 1);
    }

    void attendanceIsTakenInPlace()
    {
        AttendanceController attendance;
        QAbstractItemModelTester tester(attendance.members(), kQtTest);
        prepare(attendance);
        attendance.setMeetingId(u"m-next"_s);
        QVERIFY(!attendance.canTake());
        QVERIFY(!attendance.mark(u"m-a1"_s, true));
        QVERIFY(!attendance.errorMessage().isEmpty());

        attendance.setMeetingId(u"m-now"_s);
        QVERIFY(attendance.canTake());
        MemberAnswerModel &members = *attendance.members();
        QCOMPARE(members.unmarkedCount(), 4);
        QSignalSpy resets(&members, &QAbstractItemModel::modelReset);
        QVERIFY(attendance.mark(u"m-a2"_s, false));
        QVERIFY(attendance.errorMessage().isEmpty());
        QCOMPARE(members.markedAbsentCount(), 1);
        QCOMPARE(attendance.markRestPresent(), 3);
        QCOMPARE(members.presentCount(), 3);
        QCOMPARE(members.unmarkedCount(), 0);
        QCOMPARE(resets.count(), 0); // marked in place, the list does not jump
        QCOMPARE(column(members, "presentLabel").at(0), u"Có mặt"_s);
        QCOMPARE(Outbox(db()).pendingCount(), 4);
        // What the vault now holds reads back the same.
        attendance.reload();
        QCOMPARE(members.presentCount(), 3);
        QCOMPARE(members.markedAbsentCount(), 1);
        QCOMPARE(column(members, "pending"), QStringList(4, u"true"_s));
    }

    void editorCreatesAndEdits()
    {
        MeetingEditorController editor;
        QAbstractItemModelTester pickerTester(editor.documents(), kQtTest);
        QAbstractItemModelTester selectedTester(editor.selectedDocuments(), kQtTest);
        prepare(editor);
        QVERIFY(!editor.editing());
        // A new meeting starts a week ahead in the evening.
        QCOMPARE(editor.property("dateText").toString(), u"29/11/2026"_s);
        QCOMPARE(editor.property("timeText").toString(), u"19:30"_s);
        QCOMPARE(editor.documents()->rowCount(), 3);

        QVERIFY(!editor.save());
        QCOMPARE(editor.errorMessage(), u"Xin nhập tên buổi sinh hoạt."_s);
        editor.setProperty("title", u"Sinh hoạt chuyên đề"_s);
        editor.setProperty("dateText", u"31/11/2026"_s);
        QVERIFY(!editor.save());
        QVERIFY(editor.errorMessage().startsWith(u"Ngày giờ họp chưa đúng"_s));
        editor.setProperty("dateText", u"1/12/2026"_s);
        QVERIFY(!editor.save());
        QCOMPARE(editor.errorMessage(), u"Xin nhập địa điểm họp."_s);
        editor.setProperty("location", u"Hội trường"_s);

        editor.setFilterText(u"ke hoach"_s);
        QCOMPARE(column(*editor.documents(), "documentId"), (QStringList { u"d2"_s }));
        editor.toggleDocument(u"d2"_s);
        editor.toggleDocument(u"d1"_s);
        QCOMPARE(
            column(*editor.selectedDocuments(), "documentId"), (QStringList { u"d2"_s, u"d1"_s }));
        QCOMPARE(column(*editor.documents(), "selected"), (QStringList { u"true"_s }));
        editor.toggleDocument(u"d2"_s);
        QCOMPARE(column(*editor.selectedDocuments(), "documentId"), (QStringList { u"d1"_s }));

        QSignalSpy saved(&editor, &MeetingEditorController::saved);
        QVERIFY2(editor.save(), qPrintable(editor.errorMessage()));
        QCOMPARE(saved.count(), 1);
        const auto stored = CellCatalog(db()).meeting(editor.savedMeetingId());
        QVERIFY(stored);
        // 19:30 in Vietnam is 12:30 UTC.
        QCOMPARE(stored->startsAt, QDateTime(QDate(2026, 12, 1), QTime(12, 30), QTimeZone::utc()));
        QCOMPARE(stored->documentIds, (QStringList { u"d1"_s }));
        QVERIFY(stored->pending);

        MeetingEditorController edit;
        prepare(edit);
        edit.setMeetingId(u"m-next"_s);
        QVERIFY(edit.editing());
        QCOMPARE(edit.property("title").toString(), u"Sinh hoạt tháng 11"_s);
        QCOMPARE(edit.property("dateText").toString(), u"27/11/2026"_s);
        QCOMPARE(edit.property("timeText").toString(), u"15:00"_s);
        QCOMPARE(
            column(*edit.selectedDocuments(), "documentId"), (QStringList { u"d2"_s, u"d1"_s }));
        edit.setProperty("timeText", u"19h00"_s);
        QVERIFY2(edit.save(), qPrintable(edit.errorMessage()));
        QCOMPARE(Outbox(db()).pending().constLast().name, u"meeting.update"_s);
        QCOMPARE(CellCatalog(db()).meeting(u"m-next"_s)->startsAt,
            QDateTime(QDate(2026, 11, 27), QTime(12, 0), QTimeZone::utc()));
    }

    // A document shared for a meeting is its material unless the secretary chose a kind.
    void shareForAMeetingDefaultsToItsMaterial()
    {
        ShareDocumentController share;
        QCOMPARE(share.property("kind").toString(), u"other"_s);
        share.setProperty("meetingId", u"m-next"_s);
        QCOMPARE(share.property("kind").toString(), u"meeting_material"_s);
        share.setProperty("meetingId", QString());
        QCOMPARE(share.property("kind").toString(), u"other"_s);
        share.setProperty("kind", u"plan"_s);
        share.setProperty("meetingId", u"m-next"_s);
        QCOMPARE(share.property("kind").toString(), u"plan"_s);
    }

    void shareAFileOrForward()
    {
        ShareDocumentController share;
        QAbstractItemModelTester tester(share.documents(), kQtTest);
        prepare(share);
        // Restricted documents are not offered for forwarding.
        QCOMPARE(column(*share.documents(), "documentId"), (QStringList { u"d2"_s, u"d1"_s }));
        QCOMPARE(share.meetingChoices().size(), 2); // none, and the one scheduled meeting ahead
        QCOMPARE(share.kindChoices().size(), 9);

        QVERIFY(!share.share());
        QCOMPARE(share.errorMessage(), u"Xin chọn tệp cần chia sẻ."_s);
        QVERIFY(!share.chooseBytes(u"anh.png"_s, QByteArray("\x89PNG\r\n\x1a\n\0\0", 10)));
        QVERIFY(!share.hasFile());
        QByteArray pdf = "%PDF-1.4\n";
        pdf += QByteArray(300000, 'x');
        QVERIFY(share.chooseBytes(u"ke_hoach_thang_12.pdf"_s, pdf));
        QCOMPARE(share.fileName(), u"ke_hoach_thang_12.pdf"_s);
        QCOMPARE(share.property("title").toString(), u"ke hoach thang 12"_s);
        QCOMPARE(share.fileSizeText(), u"293 KB"_s);
        share.setProperty("title", u"Kế hoạch tháng 12"_s);
        share.setProperty("kind", u"plan"_s);
        share.setProperty("note", u"Đề nghị các đồng chí đọc trước"_s);
        share.setProperty("meetingId", u"m-next"_s);
        QSignalSpy shared(&share, &ShareDocumentController::shared);
        QVERIFY2(share.share(), qPrintable(share.errorMessage()));
        QCOMPARE(shared.count(), 1);
        QVERIFY(!share.hasFile());
        const auto row = ReplicaStore(db()).get(u"document"_s, share.sharedDocumentId());
        QCOMPARE(row->value(u"kind"_s).toString(), u"plan"_s);
        QCOMPARE(row->value(u"summary"_s).toString(), u"Đề nghị các đồng chí đọc trước"_s);
        const QString sha = row->value(u"attachments"_s).toArray().at(0)[u"sha256"_s].toString();
        QCOMPARE(BlobStore(db()).open(sha)->readAll(), pdf);
        QVERIFY(
            CellCatalog(db()).meeting(u"m-next"_s)->documentIds.contains(share.sharedDocumentId()));

        // A text file becomes the document's text.
        QVERIFY(share.chooseBytes(u"thong-bao.txt"_s, "\xEF\xBB\xBFThông báo họp chi bộ"));
        QVERIFY(share.share());
        QCOMPARE(ReplicaStore(db())
                     .get(u"document"_s, share.sharedDocumentId())
                     ->value(u"body"_s)
                     .toString(),
            u"Thông báo họp chi bộ"_s);

        // A text file too large for one push request (JSON escapes counted) is refused at
        // once, in words, and nothing is queued; just under the cap it goes.
        const int queued = Outbox(db()).pendingCount();
        const qsizetype cap = ShareDocumentController::kMaxInlineTextBytes;
        const QByteArray vietnamese = QStringLiteral("Nghị quyết chi bộ ").toUtf8();
        QByteArray big;
        while (big.size() <= cap)
            big += vietnamese;
        QVERIFY(big.size() < 400000); // far fewer characters than the server's 500,000
        QVERIFY(!share.chooseBytes(u"lon.txt"_s, big));
        QVERIFY(!share.hasFile());
        QCOMPARE(share.errorMessage(),
            u"Tệp văn bản quá lớn để gửi kèm (tối đa 256 KB). Hãy chuyển sang PDF rồi chia sẻ."_s);
        // Line breaks travel as two bytes each (escaped): counted as sent.
        const QByteArray lines(cap / 2 + 1, '\n');
        QVERIFY(lines.size() <= cap);
        QVERIFY(!share.chooseBytes(u"dong.txt"_s, "a" + lines));
        QCOMPARE(ShareDocumentController::inlineTextBytes(u"a\"\n\u1ea1"_s), 1 + 2 + 2 + 3);
        QByteArray fits;
        while (fits.size() + vietnamese.size() <= cap)
            fits += vietnamese;
        QCOMPARE(ShareDocumentController::inlineTextBytes(QString::fromUtf8(fits)), fits.size());
        QVERIFY2(share.chooseBytes(u"vua.txt"_s, fits), qPrintable(share.errorMessage()));
        QVERIFY(share.errorMessage().isEmpty());
        QVERIFY(share.share());
        QCOMPARE(Outbox(db()).pendingCount(), queued + 1);
        QCOMPARE(
            Outbox(db()).pending().constLast().args.value(u"body"_s).toString().toUtf8(), fits);

        // Forwarding a document already here.
        share.setFromFile(false);
        QVERIFY(!share.share());
        share.chooseSource(u"d2"_s);
        QCOMPARE(share.sourceTitle(), u"Kế hoạch học tập chuyên đề"_s);
        // The two just shared come first now; only the chosen one is marked.
        QCOMPARE(column(*share.documents(), "selected").count(u"true"_s), 1);
        QCOMPARE(column(*share.documents(), "selected")
                     .at(column(*share.documents(), "documentId").indexOf(u"d2"_s)),
            u"true"_s);
        QVERIFY(share.share());
        QCOMPARE(Outbox(db()).pending().constLast().args.value(u"body"_s).toString(),
            u"Toàn văn Kế hoạch học tập chuyên đề"_s);
    }

    void feedbackThreadsWithReplies()
    {
        FeedbackController secretary;
        QAbstractItemModelTester tester(secretary.threads(), kQtTest);
        prepare(secretary);
        QVERIFY(secretary.isSecretary());
        const FeedbackThreadModel &threads = *secretary.threads();
        // The thread with the latest activity first; the reply sits under its question.
        QCOMPARE(column(threads, "feedbackId"), (QStringList { u"f1"_s, u"f3"_s }));
        QCOMPARE(column(threads, "authorName"),
            (QStringList { u"Nguyễn Văn An"_s, u"Trần Thị Bình"_s }));
        QCOMPARE(column(threads, "replyCount"), (QStringList { u"1"_s, u"0"_s }));
        const QVariantList replies
            = threads.data(threads.index(0), FeedbackThreadModel::RepliesRole).toList();
        QCOMPARE(replies.at(0).toMap().value(u"authorName"_s).toString(), u"Tôi"_s);
        QCOMPARE(replies.at(0).toMap().value(u"text"_s).toString(), u"Chi bộ sẽ xem xét"_s);

        QVERIFY(!secretary.reply(u"f3"_s, u" "_s));
        QVERIFY(secretary.reply(u"f3"_s, u"Sẽ in cho đồng chí"_s));
        QCOMPARE(column(threads, "feedbackId").at(0), u"f3"_s);
        QCOMPARE(Outbox(db()).pending().constLast().args.value(u"reply_to"_s).toString(), u"f3"_s);

        signInAs(u"m-a2"_s, u"member"_s);
        FeedbackController member;
        prepare(member);
        member.setClock([] { return kNow.addSecs(3600); });
        QVERIFY(!member.isSecretary());
        QVERIFY(member.send(u"Đề nghị tổ chức tham quan"_s));
        member.undoWindow()->elapse(); // the undo window ends: queued
        QCOMPARE(column(*member.threads(), "mine").at(0), u"true"_s);
        QCOMPARE(column(*member.threads(), "pending").at(0), u"true"_s);
        QCOMPARE(column(*member.threads(), "authorName").at(0), u"Tôi"_s);
    }

    // "Gửi" holds the message for a few seconds ("Đang gửi… Hoàn tác"). Undone in
    // that window, it comes back and nothing is queued; else exactly one feedback.post is.
    // The window is ended through UndoWindow::elapse() (what its timer does), no waiting.
    void feedbackSendCanBeUndone()
    {
        signInAs(u"m-a2"_s, u"member"_s);
        FeedbackController member;
        QAbstractItemModelTester tester(member.threads(), kQtTest);
        prepare(member);
        const int queued = Outbox(db()).pendingCount();
        const qsizetype threads = member.threads()->rowCount();

        QVERIFY(member.send(u"  Đề nghị in thêm tài liệu  "_s));
        QCOMPARE(member.heldText(), u"Đề nghị in thêm tài liệu"_s);
        QVERIFY(member.undoWindow()->isOpen());
        QCOMPARE(Outbox(db()).pendingCount(), queued);
        QCOMPARE(member.threads()->rowCount(), threads);
        QCOMPARE(member.undo(), u"Đề nghị in thêm tài liệu"_s);
        QVERIFY(member.heldText().isEmpty());
        QVERIFY(!member.undoWindow()->isOpen());
        member.undoWindow()->elapse(); // nothing held: nothing happens
        QCOMPARE(Outbox(db()).pendingCount(), queued);
        QCOMPARE(member.threads()->rowCount(), threads);
        QVERIFY(member.draft().isEmpty());

        QSignalSpy changes(&member, &FeedbackController::localChangeMade);
        QVERIFY(member.send(u"Đề nghị in thêm tài liệu"_s));
        member.undoWindow()->elapse();
        QCOMPARE(Outbox(db()).pendingCount(), queued + 1);
        QCOMPARE(Outbox(db()).pending().constLast().name, u"feedback.post"_s);
        QCOMPARE(Outbox(db()).pending().constLast().args.value(u"text"_s).toString(),
            u"Đề nghị in thêm tài liệu"_s);
        QCOMPARE(changes.count(), 1);
        QVERIFY(member.heldText().isEmpty());
        QCOMPARE(member.undo(), QString()); // too late
        QCOMPARE(Outbox(db()).pendingCount(), queued + 1);
        QCOMPARE(column(*member.threads(), "pending").at(0), u"true"_s);

        // A second message while one is held: the first is queued, the second held.
        QVERIFY(member.send(u"Thứ nhất"_s));
        QVERIFY(member.send(u"Thứ hai"_s));
        QCOMPARE(Outbox(db()).pendingCount(), queued + 2);
        QCOMPARE(member.heldText(), u"Thứ hai"_s);
        QCOMPARE(member.undo(), u"Thứ hai"_s);
        QCOMPARE(Outbox(db()).pendingCount(), queued + 2);
    }

    // Leaving the page during the window queues the message; locking the app (the vault
    // closes first) keeps it in the vault, and the page gives it back as a draft.
    void heldFeedbackSurvivesClosingAndLocking()
    {
        signInAs(u"m-a2"_s, u"member"_s);
        const int queued = Outbox(db()).pendingCount();
        {
            FeedbackController page;
            prepare(page);
            QVERIFY(page.send(u"Gửi khi đóng trang"_s));
        }
        QCOMPARE(Outbox(db()).pendingCount(), queued + 1);
        QCOMPARE(Outbox(db()).pending().constLast().args.value(u"text"_s).toString(),
            u"Gửi khi đóng trang"_s);

        {
            FeedbackController page;
            prepare(page);
            QVERIFY(page.send(u"Viết trước khi khóa máy"_s));
            m_session->lock();
            page.undoWindow()->elapse(); // cannot be queued now
            QCOMPARE(page.draft(), u"Viết trước khi khóa máy"_s);
        }
        QVERIFY(m_session->unlock(kPin));
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), VaultSession::Unlocked, kTimeoutMs);
        QCOMPARE(Outbox(db()).pendingCount(), queued + 1);
        FeedbackController again;
        prepare(again);
        QCOMPARE(again.draft(), u"Viết trước khi khóa máy"_s);
        again.takeDraft(); // into the editor
        QVERIFY(again.draft().isEmpty());
        FeedbackController later;
        prepare(later);
        QVERIFY(later.draft().isEmpty());
        QCOMPARE(Outbox(db()).pendingCount(), queued + 1);
    }

    void emptyWhileLocked()
    {
        m_session->lock();
        MeetingsController meetings;
        prepare(meetings);
        QCOMPARE(meetings.upcoming()->rowCount(), 0);
        QVERIFY(m_session->unlock(kPin));
        QTRY_COMPARE_WITH_TIMEOUT(meetings.upcoming()->rowCount(), 3, kTimeoutMs);
    }
};

QTEST_GUILESS_MAIN(TestCell)
#include "tst_cell.moc"
