// The member's side of studying a resolution over a real vault (DESIGN.md 8.3): the studies
// in order (open first, the nearest due date first), which ones are the member's, the
// documents with their read state; the reflection saved as it is typed and found again by a
// new screen; submit refused before anything is queued (required reflection empty, a quiz
// question unanswered, too long, a closed study, an accepted submission), otherwise queued
// with exactly study.submit's arguments, shown at once as pending, reusing the id of the
// earlier submission, the draft kept until the secretary accepts it; a rejection rolls the
// row back and keeps the draft; the reminders three days and one day before the due date,
// once per stage, for studies not handed in (or returned).
#include "actionerrors.h"
#include "homecontroller.h"
#include "mutationnames.h"
#include "notificationscontroller.h"
#include "outbox.h"
#include "protocol.h"
#include "pushreply.h"
#include "rejectedchangesmodel.h"
#include "replicastore.h"
#include "studiescontroller.h"
#include "studyactions.h"
#include "studycatalog.h"
#include "studycontroller.h"
#include "studyreminders.h"
#include "unlockedsession.h"
#include "vaultsession.h"
#include "vaultsyncstore.h"
#include "wirevalues.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
const QString kPin = u"246810"_s;
constexpr int kTimeoutMs = 20000;
// 15:00 on 22/11/2026 in Vietnam.
const QDateTime kNow(QDate(2026, 11, 22), QTime(8, 0), QTimeZone::utc());

QJsonObject org(const QString &id, const QString &parent, const QString &name)
{
    return { { u"id"_s, id }, { u"parent_id"_s, parent.isEmpty() ? QJsonValue() : parent },
        { u"name"_s, name }, { u"kind"_s, u"cell"_s } };
}

QJsonObject study(const QString &id, const QString &audience, const QString &due,
    const QString &status, const QString &title, bool withQuiz = false)
{
    QJsonArray quiz;
    if (withQuiz) {
        quiz = QJsonArray { QJsonObject { { u"id"_s, u"q1"_s }, { u"text"_s, u"Câu một?"_s },
                                { u"choices"_s, QJsonArray { u"A"_s, u"B"_s } } },
            QJsonObject { { u"id"_s, u"q2"_s }, { u"text"_s, u"Câu hai?"_s },
                { u"choices"_s, QJsonArray { u"X"_s, u"Y"_s, u"Z"_s } } } };
    }
    return { { u"id"_s, id }, { u"org_id"_s, u"p1"_s }, { u"org_name"_s, u"Tỉnh ủy"_s },
        { u"audience_org_id"_s, audience }, { u"audience_name"_s, u"Đối tượng"_s },
        { u"title"_s, title }, { u"instructions"_s, u"Đọc kỹ, viết thu hoạch."_s },
        { u"document_ids"_s, QJsonArray { u"doc-read"_s, u"doc-unread"_s, u"doc-absent"_s } },
        { u"due_date"_s, due }, { u"reflection_required"_s, true }, { u"quiz"_s, quiz },
        { u"status"_s, status }, { u"created_by"_s, u"u-staff"_s },
        { u"created_by_name"_s, u"Trần Văn Giao"_s },
        { u"created_at"_s, u"2026-11-01T00:00:00.000Z"_s }, { u"closed_at"_s, QJsonValue() } };
}

QJsonObject submission(
    const QString &id, const QString &studyId, const QString &status, const QString &comment = {})
{
    return { { u"id"_s, id }, { u"study_id"_s, studyId }, { u"member_id"_s, u"m1"_s },
        { u"member_name"_s, u"Nguyễn Văn Một"_s }, { u"reflection"_s, u"Bài cũ"_s },
        { u"answers"_s, QJsonObject() }, { u"score"_s, QJsonValue() }, { u"total"_s, QJsonValue() },
        { u"late"_s, false }, { u"status"_s, status }, { u"comment"_s, comment },
        { u"submitted_at"_s, u"2026-11-20T01:00:00.000Z"_s },
        { u"reviewed_at"_s, comment.isEmpty() ? QJsonValue() : u"2026-11-21T01:00:00.000Z"_s },
        { u"reviewed_by_name"_s, u"Lê Bí Thư"_s } };
}
} // namespace

class TestStudy : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VaultSession> m_session;

    SqliteDatabase &db() { return m_session->vault().database(); }
    template<typename Controller> void prepare(Controller &controller, QDateTime now = kNow)
    {
        controller.setClock([now] { return now; });
        controller.setSession(m_session.get());
    }

    // Member m1 of cell c1 (under g1, under p1); another cell c2. Two documents on the
    // device, one read. Studies: s-near (due 24/11, for the province, with a quiz), s-far
    // (due 20/12, for the cell), s-closed, s-other (due 23/11, for the other cell).
    void fill()
    {
        VaultSyncStore(m_session->vault())
            .saveSession(u"token"_s, AuthUser { u"u1"_s, u"m1"_s, u"member"_s, u"c1"_s });
        ReplicaStore replica(db());
        replica.put(u"organization"_s, u"p1"_s, 1, org(u"p1"_s, {}, u"Tỉnh"_s));
        replica.put(u"organization"_s, u"g1"_s, 1, org(u"g1"_s, u"p1"_s, u"Xã"_s));
        replica.put(u"organization"_s, u"c1"_s, 1, org(u"c1"_s, u"g1"_s, u"Chi bộ 1"_s));
        replica.put(u"organization"_s, u"c2"_s, 1, org(u"c2"_s, u"g1"_s, u"Chi bộ 2"_s));
        replica.put(u"member"_s, u"m1"_s, 1,
            { { u"id"_s, u"m1"_s }, { u"org_id"_s, u"c1"_s },
                { u"full_name"_s, u"Nguyễn Văn Một"_s } });
        for (const QString &id : { u"doc-read"_s, u"doc-unread"_s }) {
            replica.put(u"document"_s, id, 1,
                { { u"id"_s, id }, { u"org_id"_s, u"p1"_s }, { u"audience_org_id"_s, u"p1"_s },
                    { u"kind"_s, u"resolution"_s }, { u"number"_s, u"01-NQ/TU"_s },
                    { u"title"_s, u"Nghị quyết "_s + id }, { u"issued_date"_s, u"2026-11-01"_s },
                    { u"classification"_s, u"internal"_s }, { u"body"_s, u"Toàn văn"_s },
                    { u"attachments"_s, QJsonArray() },
                    { u"published_at"_s, u"2026-11-01T00:00:00.000Z"_s } });
        }
        replica.put(u"read_receipt"_s, u"doc-read:m1"_s, 1,
            { { u"id"_s, u"doc-read:m1"_s }, { u"document_id"_s, u"doc-read"_s },
                { u"member_id"_s, u"m1"_s }, { u"read_at"_s, u"2026-11-10T00:00:00.000Z"_s } });
        replica.put(u"study"_s, u"s-far"_s, 1,
            study(u"s-far"_s, u"c1"_s, u"2026-12-20"_s, u"open"_s, u"Học tập xa"_s));
        replica.put(u"study"_s, u"s-closed"_s, 1,
            study(u"s-closed"_s, u"c1"_s, u"2026-11-30"_s, u"closed"_s, u"Đã kết thúc"_s));
        replica.put(u"study"_s, u"s-near"_s, 1,
            study(u"s-near"_s, u"p1"_s, u"2026-11-24"_s, u"open"_s, u"Học tập gần"_s, true));
        replica.put(u"study"_s, u"s-other"_s, 1,
            study(u"s-other"_s, u"c2"_s, u"2026-11-23"_s, u"open"_s, u"Của chi bộ khác"_s));
    }

    void saveDraft(const QString &studyId, const QString &text, const QJsonObject &answers = {})
    {
        LocalActions actions(db());
        StudyActions(actions, db()).saveDraft(studyId, text, answers, kNow);
    }

    LocalActions::Result submit(const QString &studyId, const QDateTime &now = kNow)
    {
        LocalActions actions(db(), [now] { return now; });
        return StudyActions(actions, db()).submit(studyId, now);
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

    void catalogListsOpenFirstNearestFirst()
    {
        StudyCatalog catalog(db());
        const QList<StudyEntry> studies = catalog.studies();
        QStringList order;
        for (const StudyEntry &entry : studies)
            order << entry.study.id + (entry.mine ? u"*"_s : u""_s);
        QCOMPARE(order, (QStringList { u"s-other"_s, u"s-near*"_s, u"s-far*"_s, u"s-closed*"_s }));
        QCOMPARE(studies.at(1).study.quiz.size(), 2);
        QCOMPARE(studies.at(1).study.quiz.at(1).choices, (QStringList { u"X"_s, u"Y"_s, u"Z"_s }));
        QCOMPARE(studies.at(1).study.dueDate, QDate(2026, 11, 24));

        const QList<StudyDocument> documents = catalog.documents(studies.at(1).study);
        QCOMPARE(documents.size(), 3);
        QVERIFY(documents.at(0).read && documents.at(0).onDevice);
        QVERIFY(!documents.at(1).read && documents.at(1).onDevice);
        QVERIFY(!documents.at(2).onDevice);

        // The home card: the member's open studies only, the nearest first.
        HomeController home;
        prepare(home);
        QCOMPARE(home.openStudies()->rowCount(), 2);
        QCOMPARE(home.openStudies()->index(0).data(StudyListModel::IdRole).toString(), u"s-near"_s);
        QCOMPARE(home.openStudies()->index(0).data(StudyListModel::DueTextRole).toString(),
            u"Hạn nộp: 24/11/2026"_s);
        QCOMPARE(home.openStudies()->index(0).data(StudyListModel::StateRole).toInt(),
            int(StudyListModel::NotStarted));
        QVERIFY(!home.openStudies()->index(0).data(StudyListModel::OverdueRole).toBool());

        // Three days after s-near's due date it is overdue, unless handed in.
        HomeController later;
        prepare(later, kNow.addDays(3));
        QVERIFY(later.openStudies()->index(0).data(StudyListModel::OverdueRole).toBool());
        QCOMPARE(later.openStudies()->index(0).data(StudyListModel::OverdueTextRole).toString(),
            u"Quá hạn 1 ngày"_s);
    }

    void theReflectionIsSavedAsItIsTypedAndFoundAgain()
    {
        {
            StudyController controller;
            prepare(controller);
            controller.setStudyId(u"s-near"_s);
            QVERIFY(controller.found());
            QVERIFY(controller.editing());
            QCOMPARE(controller.documentsRead(), 1);
            QCOMPARE(controller.unanswered(), 2);
            QSignalSpy saved(&controller, &StudyController::savedChanged);
            controller.setReflection(u"Nghị quyết giúp tôi hiểu rõ nhiệm vụ"_s);
            QCOMPARE(controller.wordCount(), 8);
            // Saved after a pause in typing, without the page doing anything.
            QVERIFY(saved.wait(5000));
            QVERIFY(controller.savedText().startsWith(u"Đã lưu trên máy lúc 15:00"_s));
            QCOMPARE(StudyCatalog(db()).draft(u"s-near"_s)->reflection,
                u"Nghị quyết giúp tôi hiểu rõ nhiệm vụ"_s);
            controller.choose(u"q1"_s, 1); // saved at once
            QCOMPARE(controller.unanswered(), 1);
            // The last words typed are saved when the screen goes away.
            controller.setReflection(u"Nghị quyết giúp tôi hiểu rõ nhiệm vụ của chi bộ"_s);
        }
        QCOMPARE(Outbox(db()).pendingCount(), 0); // a draft is never sent
        StudyController again;
        prepare(again);
        again.setStudyId(u"s-near"_s);
        QCOMPARE(again.reflection(), u"Nghị quyết giúp tôi hiểu rõ nhiệm vụ của chi bộ"_s);
        QCOMPARE(again.wordCount(), 11);
        QCOMPARE(again.state(), int(StudyListModel::Writing));
        QCOMPARE(again.quiz().at(0).toMap().value(u"chosen"_s).toInt(), 1);
        QCOMPARE(again.quiz().at(1).toMap().value(u"chosen"_s).toInt(), -1);
    }

    void submitIsCheckedBeforeItIsQueued()
    {
        // Nothing written: the reflection is required.
        QCOMPARE(submit(u"s-near"_s).error, QString(ActionError::ReflectionMissing));
        saveDraft(u"s-near"_s, u"   "_s, { { u"q1"_s, 0 }, { u"q2"_s, 2 } });
        QCOMPARE(submit(u"s-near"_s).error, QString(ActionError::ReflectionMissing));
        // A question unanswered, or an answer out of range.
        saveDraft(u"s-near"_s, u"Thu hoạch"_s, { { u"q1"_s, 0 } });
        QCOMPARE(submit(u"s-near"_s).error, QString(ActionError::QuizUnanswered));
        saveDraft(u"s-near"_s, u"Thu hoạch"_s, { { u"q1"_s, 0 }, { u"q2"_s, 3 } });
        QCOMPARE(submit(u"s-near"_s).error, QString(ActionError::QuizUnanswered));
        // Too long.
        saveDraft(u"s-near"_s, QString(Protocol::Limit::Reflection + 1, u'a'),
            { { u"q1"_s, 0 }, { u"q2"_s, 2 } });
        QCOMPARE(submit(u"s-near"_s).error, QString(Protocol::ErrorCode::InvalidArgs));
        // A closed study.
        saveDraft(u"s-closed"_s, u"Muộn"_s);
        QCOMPARE(submit(u"s-closed"_s).error, QString(Protocol::ErrorCode::StudyClosed));
        QCOMPARE(Outbox(db()).pendingCount(), 0);

        // The controller says why, in Vietnamese.
        saveDraft(u"s-near"_s, u"Thu hoạch"_s, { { u"q1"_s, 0 } });
        StudyController controller;
        prepare(controller);
        controller.setStudyId(u"s-near"_s);
        QVERIFY(!controller.submit());
        QCOMPARE(
            controller.errorMessage(), u"Xin đồng chí trả lời tất cả các câu hỏi trước khi nộp."_s);
        QCOMPARE(Outbox(db()).pendingCount(), 0);
    }

    void submitQueuesTheDraftAndShowsItPending()
    {
        saveDraft(u"s-near"_s, u"  Thu hoạch của tôi  "_s,
            { { u"q1"_s, 1 }, { u"q2"_s, 0 }, { u"stale"_s, 4 } });
        StudyController controller;
        prepare(controller);
        controller.setStudyId(u"s-near"_s);
        QSignalSpy submitted(&controller, &StudyController::submitted);
        QVERIFY2(controller.submit(), qPrintable(controller.errorMessage()));
        QCOMPARE(submitted.size(), 1);

        const QList<PendingMutation> pending = Outbox(db()).pending();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.at(0).name, QString(Protocol::Mutation::StudySubmit));
        const QJsonObject args = pending.at(0).args;
        QCOMPARE(
            args.keys(), (QStringList { u"answers"_s, u"id"_s, u"reflection"_s, u"study_id"_s }));
        QCOMPARE(args.value(u"study_id"_s).toString(), u"s-near"_s);
        QCOMPARE(args.value(u"reflection"_s).toString(), u"Thu hoạch của tôi"_s);
        QCOMPARE(
            args.value(u"answers"_s).toObject(), (QJsonObject { { u"q1"_s, 1 }, { u"q2"_s, 0 } }));

        QCOMPARE(controller.state(), int(StudyListModel::Submitted));
        QVERIFY(controller.pending());
        QVERIFY(!controller.editing());
        QCOMPARE(controller.stateLabel(), u"Đã nộp"_s);
        QVERIFY(StudyCatalog(db()).draft(u"s-near"_s)); // kept until accepted

        // The server refuses it (the study closed meanwhile): the row goes, the draft stays.
        const QString rowId = args.value(u"id"_s).toString();
        VaultSyncStore store(m_session->vault());
        PushReply reply;
        reply.lastMutationId = pending.at(0).id;
        WireMutationResult refused;
        refused.id = pending.at(0).id;
        refused.applied = false;
        refused.errorCode = QString(Protocol::ErrorCode::StudyClosed);
        refused.errorMessage = u"Đợt học tập đã kết thúc."_s;
        reply.results.append(refused);
        store.acknowledge(reply);
        QVERIFY(!ReplicaStore(db()).get(u"study_submission"_s, rowId));
        QCOMPARE(StudyCatalog(db()).draft(u"s-near"_s)->reflection, u"  Thu hoạch của tôi  "_s);
        // The rejected-changes list says it plainly, and that the text is kept.
        RejectedChangesModel rejected;
        rejected.setRejected(Outbox(db()).rejected());
        QCOMPARE(rejected.rowCount(), 1);
        QCOMPARE(rejected.index(0).data(RejectedChangesModel::ActionRole).toString(),
            u"Nộp bài thu hoạch"_s);
        QCOMPARE(rejected.index(0).data(RejectedChangesModel::ReasonRole).toString(),
            u"Đợt học tập đã kết thúc, không nhận bài nữa. Bài viết của đồng chí vẫn được giữ "
            "trên máy."_s);
        controller.reload();
        QVERIFY(controller.editing());
        QCOMPARE(controller.reflection(), u"  Thu hoạch của tôi  "_s);
    }

    void aReturnedSubmissionIsWrittenAgainUnderItsId()
    {
        ReplicaStore(db()).put(u"study_submission"_s, u"sub-1"_s, 3,
            submission(u"sub-1"_s, u"s-far"_s, u"returned"_s, u"Cần liên hệ công việc cụ thể"_s));
        StudyController controller;
        prepare(controller);
        controller.setStudyId(u"s-far"_s);
        QCOMPARE(controller.state(), int(StudyListModel::Returned));
        QVERIFY(controller.editing()); // the editor opens again, with the comment
        QCOMPARE(controller.comment(), u"Cần liên hệ công việc cụ thể"_s);
        QVERIFY(controller.reviewedText().contains(u"Lê Bí Thư"_s));
        QCOMPARE(controller.reflection(), u"Bài cũ"_s); // what was handed in, to rework
        controller.setReflection(u"Bài mới, cụ thể hơn"_s);
        QVERIFY(controller.submit());
        const QList<PendingMutation> pending = Outbox(db()).pending();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.at(0).args.value(u"id"_s).toString(), u"sub-1"_s);
        QCOMPARE(pending.at(0).args.value(u"answers"_s).toObject(), QJsonObject());
        QCOMPARE(controller.comment(), QString()); // a new submission, not reviewed yet
        QCOMPARE(controller.state(), int(StudyListModel::Submitted));
    }

    void anAcceptedSubmissionIsDoneAndItsDraftGoes()
    {
        saveDraft(u"s-far"_s, u"Bài"_s);
        ReplicaStore(db()).put(u"study_submission"_s, u"sub-2"_s, 4,
            submission(u"sub-2"_s, u"s-far"_s, u"accepted"_s));
        QCOMPARE(submit(u"s-far"_s).error, QString(Protocol::ErrorCode::Conflict));
        StudyController controller;
        prepare(controller);
        controller.setStudyId(u"s-far"_s);
        QCOMPARE(controller.state(), int(StudyListModel::Accepted));
        QCOMPARE(controller.stateLabel(), u"Đã được duyệt"_s);
        QVERIFY(!controller.editing());
        QVERIFY(!StudyCatalog(db()).draft(u"s-far"_s));
    }

    void aStudyNotificationOpensTheStudy()
    {
        ReplicaStore(db()).put(u"notification"_s, u"n1"_s, 1,
            { { u"id"_s, u"n1"_s }, { u"kind"_s, u"study_returned"_s },
                { u"title"_s, u"Bài thu hoạch bị trả lại"_s }, { u"body"_s, u""_s },
                { u"ref_type"_s, u"study"_s }, { u"ref_id"_s, u"s-far"_s },
                { u"created_at"_s, u"2026-11-21T00:00:00.000Z"_s } });
        NotificationsController notifications;
        notifications.setSession(m_session.get());
        QCOMPARE(notifications.notifications()->rowCount(), 1);
        QCOMPARE(notifications.notifications()
                     ->index(0)
                     .data(NotificationListModel::TargetKindRole)
                     .toInt(),
            int(Wire::TargetStudy));
        QSignalSpy study(&notifications, &NotificationsController::studyRequested);
        QVERIFY(notifications.open(u"n1"_s));
        QCOMPARE(study.size(), 1);
        QCOMPARE(study.at(0).at(0).toString(), u"s-far"_s);
    }

    void remindersThreeDaysAndOneDayBeforeOncePerStage()
    {
        QCOMPARE(StudyReminders::stageFor(4), 0);
        QCOMPARE(StudyReminders::stageFor(3), 3);
        QCOMPARE(StudyReminders::stageFor(2), 3);
        QCOMPARE(StudyReminders::stageFor(1), 1);
        QCOMPARE(StudyReminders::stageFor(0), 1);
        QCOMPARE(StudyReminders::stageFor(-1), 0);

        // s-far is due 20/12 (Vietnam). 16/12 in Vietnam: nothing yet.
        ReplicaStore(db()).remove(u"study"_s, u"s-near"_s);
        StudyReminders reminders(db());
        const auto at = [](int day, int hour) {
            return QDateTime(QDate(2026, 12, day), QTime(hour, 0), QTimeZone::utc());
        };
        QVERIFY(reminders.update(at(16, 8)).isEmpty());
        // 16/12 at 17:00 UTC is already 17/12 in Vietnam: three days left.
        const auto third = reminders.update(at(16, 17));
        QCOMPARE(third.size(), 1);
        QCOMPARE(third.at(0).studyId, u"s-far"_s);
        QCOMPARE(third.at(0).stage, 3);
        QVERIFY(reminders.update(at(17, 8)).isEmpty()); // once per stage
        QVERIFY(reminders.update(at(18, 8)).isEmpty()); // two days left: still stage 3
        const auto last = reminders.update(at(19, 8));
        QCOMPARE(last.size(), 1);
        QCOMPARE(last.at(0).stage, 1);
        QVERIFY(reminders.update(at(20, 8)).isEmpty());
        QCOMPARE(reminders.active(at(20, 8)).size(), 2);
        QCOMPARE(reminders.active(at(20, 8)).at(0).stage, 1); // newest first
        QVERIFY(reminders.active(at(21, 8)).isEmpty()); // past its date: overdue instead

        // The studies page and the notifications page list them.
        StudiesController page;
        prepare(page, at(19, 9));
        QCOMPARE(page.reminders().size(), 2);
        QVERIFY(page.reminders().at(0).toMap().value(u"text"_s).toString().startsWith(
            u"Còn 1 ngày đến hạn nộp bài thu hoạch “Học tập xa”"_s));
        QCOMPARE(page.studies()->rowCount(), 3);

        // Handed in: no reminder; returned: reminded again at the next stage it reaches.
        ReplicaStore(db()).put(u"study_submission"_s, u"sub-3"_s, 1,
            submission(u"sub-3"_s, u"s-far"_s, u"submitted"_s));
        QVERIFY(reminders.active(at(19, 9)).isEmpty());
        ReplicaStore(db()).put(u"study"_s, u"s-new"_s, 1,
            study(u"s-new"_s, u"c1"_s, u"2026-12-22"_s, u"open"_s, u"Mới"_s));
        ReplicaStore(db()).put(u"study_submission"_s, u"sub-4"_s, 1,
            submission(u"sub-4"_s, u"s-new"_s, u"returned"_s, u"Viết lại"_s));
        const auto returned = reminders.update(at(20, 8));
        QCOMPARE(returned.size(), 1);
        QCOMPARE(returned.at(0).studyId, u"s-new"_s);
        QCOMPARE(returned.at(0).stage, 3);
    }

    // A committee account has no member record: it sees the studies (for the progress view)
    // but none is its to do, even one whose audience is its own organization.
    void aCommitteeAccountWithoutAMemberHasNothingToDo()
    {
        VaultSyncStore(m_session->vault())
            .saveSession(u"token"_s, AuthUser { u"u-tu"_s, {}, u"committee"_s, u"p1"_s });
        StudyCatalog catalog(db());
        const QList<StudyEntry> studies = catalog.studies();
        QCOMPARE(studies.size(), 4);
        for (const StudyEntry &entry : studies)
            QVERIFY2(!entry.mine, qPrintable(entry.study.id));
        QVERIFY(!catalog.inMyAudience(u"p1"_s));

        HomeController home;
        prepare(home);
        QCOMPARE(home.openStudies()->rowCount(), 0);
        // s-near is due 24/11: one day left on 23/11, yet no reminder.
        const QDateTime dayBefore = kNow.addDays(1);
        QVERIFY(StudyReminders(db()).update(dayBefore).isEmpty());
        StudiesController page;
        prepare(page, dayBefore);
        QCOMPARE(page.studies()->rowCount(), 4);
        QVERIFY(page.reminders().isEmpty());

        StudyController controller;
        prepare(controller);
        controller.setStudyId(u"s-near"_s);
        QVERIFY(!controller.editing());
    }

    // "Mine" follows the member's own cell (the members row), as the server's does.
    void theMembersCellDecidesWhichStudiesAreMine()
    {
        ReplicaStore(db()).put(u"member"_s, u"m1"_s, 2,
            { { u"id"_s, u"m1"_s }, { u"org_id"_s, u"c2"_s },
                { u"full_name"_s, u"Nguyễn Văn Một"_s } });
        QStringList mine;
        for (const StudyEntry &entry : StudyCatalog(db()).studies()) {
            if (entry.mine)
                mine << entry.study.id;
        }
        QCOMPARE(mine, (QStringList { u"s-other"_s, u"s-near"_s }));
    }

    // The reminder says the days really left (Vietnam's date), not the stage.
    void theReminderTextCountsTheDaysLeft()
    {
        ReplicaStore(db()).remove(u"study"_s, u"s-near"_s);
        const auto at = [](int day, int hour) {
            return QDateTime(QDate(2026, 12, day), QTime(hour, 0), QTimeZone::utc());
        };
        {
            StudiesController page;
            prepare(page, at(18, 8)); // 15:00 on 18/12 in Vietnam, due 20/12
            QCOMPARE(page.reminders().size(), 1);
            QCOMPARE(page.reminders().at(0).toMap().value(u"text"_s).toString(),
                u"Còn 2 ngày đến hạn nộp bài thu hoạch “Học tập xa” (hạn 20/12/2026)."_s);
        }
        {
            StudiesController page;
            prepare(page, at(19, 17)); // 00:00 on 20/12 in Vietnam: the due date
            QCOMPARE(page.reminders().size(), 2);
            for (const QVariant &reminder : page.reminders()) {
                QCOMPARE(reminder.toMap().value(u"text"_s).toString(),
                    u"Hôm nay là hạn nộp bài thu hoạch “Học tập xa” (hạn 20/12/2026)."_s);
            }
        }
    }

    // A conflict (an id clash, or accepted meanwhile): not "already accepted", the text kept.
    void aConflictingSubmitSaysItWasNotAcceptedAsSent()
    {
        saveDraft(u"s-far"_s, u"Thu hoạch"_s);
        QVERIFY(submit(u"s-far"_s).ok());
        const QList<PendingMutation> pending = Outbox(db()).pending();
        QCOMPARE(pending.size(), 1);
        PushReply reply;
        reply.lastMutationId = pending.at(0).id;
        WireMutationResult refused;
        refused.id = pending.at(0).id;
        refused.applied = false;
        refused.errorCode = QString(Protocol::ErrorCode::Conflict);
        refused.errorMessage = u"Mã bài thu hoạch này đã được dùng cho một bài khác."_s;
        reply.results.append(refused);
        VaultSyncStore(m_session->vault()).acknowledge(reply);
        RejectedChangesModel rejected;
        rejected.setRejected(Outbox(db()).rejected());
        QCOMPARE(rejected.rowCount(), 1);
        QCOMPARE(rejected.index(0).data(RejectedChangesModel::ReasonRole).toString(),
            u"Máy chủ không nhận bài thu hoạch như đã gửi. Bài viết của đồng chí vẫn được giữ "
            "trên máy."_s);
        QCOMPARE(StudyCatalog(db()).draft(u"s-far"_s)->reflection, u"Thu hoạch"_s);
    }
};

QTEST_GUILESS_MAIN(TestStudy)
#include "tst_study.moc"
