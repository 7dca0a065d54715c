// The organiser's side of studying a resolution over a real SQLCipher vault (DESIGN.md 8.3):
// study.assign refused before queueing for every limit, the due date and the quiz's shape
// (with a message naming the field), queued with exactly the contract's arguments, the study
// row shown at once and pending; who may assign to which audience with which documents;
// study.review needs a comment to return; the cell's members grouped by where they are with
// the study, counted as the server counts a progress row; the assign and review screens.
#include "outbox.h"
#include "replicastore.h"
#include "sqlitedatabase.h"
#include "studyassigncontroller.h"
#include "studyorganiseractions.h"
#include "studyreviewcatalog.h"
#include "studyreviewcontroller.h"
#include "studysubmissionmodel.h"
#include "unlockedsession.h"
#include "vaultsession.h"
#include "vaultsyncstore.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
namespace Limit = Protocol::Limit;

namespace {
const QString kPin = u"246810"_s;
// 08:00 UTC is 15:00 in Vietnam, the same day.
const QDateTime kNow(QDate(2026, 11, 22), QTime(8, 0), QTimeZone::utc());
const QDate kToday(2026, 11, 22);

QJsonObject org(const QString &id, const QString &parent, const QString &name, const QString &kind)
{
    return { { u"id"_s, id }, { u"parent_id"_s, parent.isEmpty() ? QJsonValue() : parent },
        { u"name"_s, name }, { u"kind"_s, kind } };
}

QJsonObject document(const QString &id, const QString &audience, const QString &title)
{
    return { { u"id"_s, id }, { u"org_id"_s, u"p1"_s }, { u"audience_org_id"_s, audience },
        { u"kind"_s, u"resolution"_s }, { u"number"_s, u"05-NQ/TU"_s }, { u"title"_s, title },
        { u"issued_date"_s, u"2026-11-01"_s }, { u"issuer"_s, u"Tỉnh ủy"_s },
        { u"summary"_s, u""_s }, { u"body"_s, u"Toàn văn"_s },
        { u"classification"_s, u"internal"_s }, { u"attachments"_s, QJsonArray() },
        { u"published_at"_s, u"2026-11-02T00:00:00.000Z"_s } };
}

QJsonObject submission(const QString &id, const QString &memberId, const QString &name,
    const QString &status, bool late, const QJsonValue &score = QJsonValue(),
    const QJsonValue &total = QJsonValue())
{
    return { { u"id"_s, id }, { u"study_id"_s, u"st1"_s }, { u"member_id"_s, memberId },
        { u"member_name"_s, name }, { u"reflection"_s, u"Bài thu hoạch của "_s + name },
        { u"answers"_s, QJsonObject() }, { u"score"_s, score }, { u"total"_s, total },
        { u"late"_s, late }, { u"status"_s, status }, { u"comment"_s, u""_s },
        { u"submitted_at"_s, u"2026-11-20T03:00:00.000Z"_s }, { u"reviewed_at"_s, QJsonValue() },
        { u"reviewed_by_name"_s, u""_s } };
}

QuizQuestionWithAnswer question(const QString &text, const QStringList &choices, int answer)
{
    return { {}, text, choices, answer };
}

StudyAssignment validStudy()
{
    StudyAssignment s;
    s.title = u"Học tập, quán triệt Nghị quyết về chuyển đổi số"_s;
    s.instructions = u"Đọc kỹ và viết bài thu hoạch."_s;
    s.documentIds = { u"doc-p1"_s };
    s.audienceOrgId = u"p1"_s;
    s.dueDate = kToday.addDays(14);
    s.reflectionRequired = true;
    return s;
}
} // namespace

class TestStudyOrganiser : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VaultSession> m_session;

    SqliteDatabase &db() { return m_session->vault().database(); }
    void signInAs(const QString &role, const QString &orgId, const QString &memberId = u"m-me"_s)
    {
        VaultSyncStore(m_session->vault())
            .saveSession(u"token"_s, AuthUser { u"u-me"_s, memberId, role, orgId });
    }
    StudyOrganiserActions actions()
    {
        return StudyOrganiserActions(db(), [] { return kNow; });
    }
    QList<PendingMutation> queued() { return Outbox(db()).pending(); }
    template<typename Controller> void prepare(Controller &controller)
    {
        controller.setClock([] { return kNow; });
        controller.setSession(m_session.get());
    }

    // The province p1 > commune d1 > cells c1, c2; another province p2. Documents for the
    // whole province, for c1 only, and for p2.
    void fill()
    {
        ReplicaStore replica(db());
        replica.put(u"organization"_s, u"p1"_s, 1,
            org(u"p1"_s, {}, u"Đảng bộ tỉnh Hòa Bình"_s, u"province"_s));
        replica.put(u"organization"_s, u"d1"_s, 1,
            org(u"d1"_s, u"p1"_s, u"Đảng bộ xã Đồng Tâm"_s, u"grassroots"_s));
        replica.put(u"organization"_s, u"c1"_s, 1,
            org(u"c1"_s, u"d1"_s, u"Chi bộ thôn Đồng Tâm"_s, u"cell"_s));
        replica.put(u"organization"_s, u"c2"_s, 1,
            org(u"c2"_s, u"d1"_s, u"Chi bộ thôn Bãi Lạng"_s, u"cell"_s));
        replica.put(
            u"organization"_s, u"p2"_s, 1, org(u"p2"_s, {}, u"Đảng bộ tỉnh khác"_s, u"province"_s));
        replica.put(u"document"_s, u"doc-p1"_s, 1,
            document(u"doc-p1"_s, u"p1"_s, u"Nghị quyết về chuyển đổi số"_s));
        replica.put(u"document"_s, u"doc-c1"_s, 1,
            document(u"doc-c1"_s, u"c1"_s, u"Kế hoạch của chi bộ thôn Đồng Tâm"_s));
        replica.put(u"document"_s, u"doc-p2"_s, 1,
            document(u"doc-p2"_s, u"p2"_s, u"Văn bản của tỉnh khác"_s));
    }

    // The cell c1's members and their submissions of study st1 (assigned to d1).
    void fillCell()
    {
        ReplicaStore replica(db());
        replica.put(u"study"_s, u"st1"_s, 1,
            { { u"id"_s, u"st1"_s }, { u"org_id"_s, u"d1"_s },
                { u"org_name"_s, u"Đảng bộ xã Đồng Tâm"_s }, { u"audience_org_id"_s, u"d1"_s },
                { u"audience_name"_s, u"Đảng bộ xã Đồng Tâm"_s },
                { u"title"_s, u"Học tập Nghị quyết số 05"_s }, { u"instructions"_s, u""_s },
                { u"document_ids"_s, QJsonArray { u"doc-p1"_s } },
                { u"due_date"_s, u"2026-11-19"_s }, { u"reflection_required"_s, true },
                { u"quiz"_s, QJsonArray() }, { u"status"_s, u"open"_s },
                { u"created_by"_s, u"u-x"_s }, { u"created_at"_s, u"2026-11-01T00:00:00.000Z"_s },
                { u"closed_at"_s, QJsonValue() } });
        const QStringList names { u"Nguyễn Văn An"_s, u"Trần Thị Bình"_s, u"Lê Văn Cường"_s,
            u"Phạm Thị Dung"_s, u"Đỗ Văn Em"_s };
        for (qsizetype i = 0; i < names.size(); ++i) {
            const QString id = u"m%1"_s.arg(i + 1);
            replica.put(u"member"_s, id, 1,
                { { u"id"_s, id }, { u"org_id"_s, u"c1"_s }, { u"full_name"_s, names.at(i) },
                    { u"position"_s, u"Đảng viên"_s } });
        }
        // Someone of another cell is not listed.
        replica.put(u"member"_s, u"m9"_s, 1,
            { { u"id"_s, u"m9"_s }, { u"org_id"_s, u"c2"_s }, { u"full_name"_s, u"Người khác"_s },
                { u"position"_s, u"Đảng viên"_s } });
        replica.put(u"study_submission"_s, u"s2"_s, 1,
            submission(u"s2"_s, u"m2"_s, names.at(1), u"submitted"_s, true, 3, 4));
        replica.put(u"study_submission"_s, u"s3"_s, 1,
            submission(u"s3"_s, u"m3"_s, names.at(2), u"returned"_s, false, 1, 4));
        replica.put(u"study_submission"_s, u"s4"_s, 1,
            submission(u"s4"_s, u"m4"_s, names.at(3), u"accepted"_s, false, 4, 4));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_session = unlockedTestSession(*m_dir, kPin);
        QVERIFY(m_session);
        fill();
    }
    void cleanup()
    {
        m_session.reset();
        m_dir.reset();
    }

    void assignChecksEveryLimitAndTheDueDate_data()
    {
        QTest::addColumn<int>("change");
        QTest::addColumn<QString>("named"); // a word the message must contain
        QTest::newRow("no title") << 0 << u"tên đợt học tập"_s;
        QTest::newRow("long title") << 1 << u"Tên đợt học tập quá dài"_s;
        QTest::newRow("long instructions") << 2 << u"Hướng dẫn quá dài"_s;
        QTest::newRow("no document") << 3 << u"tài liệu"_s;
        QTest::newRow("too many documents") << 4 << u"tối đa 20 tài liệu"_s;
        QTest::newRow("no audience") << 5 << u"nơi học tập"_s;
        QTest::newRow("no due date") << 6 << u"Hạn nộp"_s;
        QTest::newRow("due yesterday") << 7 << u"22/11/2026"_s;
        QTest::newRow("too many questions") << 8 << u"tối đa 20 câu"_s;
        QTest::newRow("question without text") << 9 << u"Câu hỏi 2"_s;
        QTest::newRow("long question") << 10 << u"Câu hỏi 1 quá dài"_s;
        QTest::newRow("one choice") << 11 << u"từ 2 đến 6 phương án"_s;
        QTest::newRow("seven choices") << 12 << u"từ 2 đến 6 phương án"_s;
        QTest::newRow("empty choice") << 13 << u"Câu hỏi 1, phương án 2"_s;
        QTest::newRow("long choice") << 14 << u"Câu hỏi 1, phương án 1 quá dài"_s;
        QTest::newRow("no right answer") << 15 << u"đáp án đúng"_s;
        QTest::newRow("answer out of range") << 16 << u"đáp án đúng"_s;
    }
    void assignChecksEveryLimitAndTheDueDate()
    {
        QFETCH(int, change);
        QFETCH(QString, named);
        signInAs(u"committee"_s, u"p1"_s);
        StudyAssignment s = validStudy();
        s.quiz = { question(u"Nghị quyết ban hành năm nào?"_s, { u"2025"_s, u"2026"_s }, 1),
            question(u"Ai thực hiện?"_s, { u"Mọi đảng viên"_s, u"Cấp ủy"_s }, 0) };
        QVERIFY(StudyOrganiserActions::problem(s, kToday).isEmpty());
        switch (change) {
        case 0:
            s.title = u"   "_s;
            break;
        case 1:
            s.title = QString(Limit::StudyTitle + 1, u'a');
            break;
        case 2:
            s.instructions = QString(Limit::StudyInstructions + 1, u'a');
            break;
        case 3:
            s.documentIds.clear();
            break;
        case 4:
            for (int i = 0; i < Limit::StudyDocuments; ++i)
                s.documentIds << u"doc-p1"_s;
            break;
        case 5:
            s.audienceOrgId.clear();
            break;
        case 6:
            s.dueDate = {};
            break;
        case 7:
            s.dueDate = kToday.addDays(-1);
            break;
        case 8:
            while (s.quiz.size() <= Limit::QuizQuestions)
                s.quiz << s.quiz.first();
            break;
        case 9:
            s.quiz[1].text = u" "_s;
            break;
        case 10:
            s.quiz[0].text = QString(Limit::QuizQuestionText + 1, u'a');
            break;
        case 11:
            s.quiz[0].choices = { u"2026"_s };
            break;
        case 12:
            s.quiz[0].choices = QStringList(7, u"x"_s);
            break;
        case 13:
            s.quiz[0].choices[1] = u"  "_s;
            break;
        case 14:
            s.quiz[0].choices[0] = QString(Limit::QuizChoiceText + 1, u'a');
            break;
        case 15:
            s.quiz[0].answer = -1;
            break;
        case 16:
            s.quiz[0].answer = 2;
            break;
        }
        const QString message = StudyOrganiserActions::problem(s, kToday);
        QVERIFY2(message.contains(named), qPrintable(message));
        QCOMPARE(actions().assign(s).error, u"invalid_args"_s);
        QVERIFY(queued().isEmpty());
        QCOMPARE(ReplicaStore(db()).count(u"study"_s), 0);
    }

    void dueDateIsTodayInVietnam()
    {
        signInAs(u"committee"_s, u"p1"_s);
        StudyAssignment s = validStudy();
        s.dueDate = kToday;
        QVERIFY(actions().assign(s).ok()); // today is allowed
        // At 18:00 UTC it is already the 23rd in Vietnam: the 22nd has gone.
        const QDateTime evening(kToday, QTime(18, 0), QTimeZone::utc());
        QCOMPARE(StudyOrganiserActions::vietnamDate(evening), kToday.addDays(1));
        QCOMPARE(StudyOrganiserActions(db(), [&] { return evening; }).assign(s).error,
            u"invalid_args"_s);
    }

    void assignQueuesTheContractsArgumentsAndShowsTheStudyAtOnce()
    {
        signInAs(u"committee"_s, u"p1"_s);
        StudyAssignment s = validStudy();
        s.title = u"  Học tập Nghị quyết  "_s;
        s.documentIds = { u"doc-p1"_s };
        s.audienceOrgId = u"d1"_s;
        s.reflectionRequired = false;
        s.quiz = { question(u" Năm ban hành? "_s, { u"2025"_s, u" 2026 "_s, u"2027"_s }, 1) };
        const auto result = actions().assign(s);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(!result.rowId.isEmpty());
        QCOMPARE(queued().size(), 1);
        const PendingMutation m = queued().first();
        QCOMPARE(m.name, u"study.assign"_s);
        const QJsonObject expected { { u"id"_s, result.rowId },
            { u"title"_s, u"Học tập Nghị quyết"_s },
            { u"instructions"_s, u"Đọc kỹ và viết bài thu hoạch."_s },
            { u"document_ids"_s, QJsonArray { u"doc-p1"_s } }, { u"audience_org_id"_s, u"d1"_s },
            { u"due_date"_s, u"2026-12-06"_s }, { u"reflection_required"_s, false },
            { u"quiz"_s,
                QJsonArray { QJsonObject { { u"id"_s, u"q1"_s }, { u"text"_s, u"Năm ban hành?"_s },
                    { u"choices"_s, QJsonArray { u"2025"_s, u"2026"_s, u"2027"_s } },
                    { u"answer"_s, 1 } } } } };
        QCOMPARE(m.args, expected);

        // The study row is there at once, pending, as the server will send it: no answers.
        const auto row = ReplicaStore(db()).get(u"study"_s, result.rowId);
        QVERIFY(row);
        QCOMPARE(row->value(u"status"_s).toString(), u"open"_s);
        QCOMPARE(row->value(u"org_id"_s).toString(), u"p1"_s);
        QCOMPARE(row->value(u"audience_name"_s).toString(), u"Đảng bộ xã Đồng Tâm"_s);
        QCOMPARE(row->value(u"created_by"_s).toString(), u"u-me"_s);
        const QJsonObject q = row->value(u"quiz"_s).toArray().first().toObject();
        QVERIFY(!q.contains(u"answer"_s));
        QCOMPARE(q.value(u"choices"_s).toArray().size(), 3);
        QVERIFY(Outbox(db()).hasPendingChange(u"study"_s, result.rowId));
        const auto info = StudyReviewCatalog(db()).study(result.rowId);
        QVERIFY(info && info->pending && !info->closed);

        // Without a quiz there is no quiz argument.
        s.quiz.clear();
        const auto second = actions().assign(s);
        QVERIFY(second.ok());
        QVERIFY(second.rowId != result.rowId);
        QVERIFY(!queued().last().args.contains(u"quiz"_s));
    }

    void whoMayAssignToWhomWithWhichDocuments()
    {
        StudyAssignment s = validStudy();
        // A committee user: only its subtree.
        signInAs(u"committee"_s, u"d1"_s);
        s.audienceOrgId = u"p1"_s;
        QCOMPARE(actions().assign(s).error, u"forbidden"_s);
        s.audienceOrgId = u"p2"_s;
        s.documentIds = { u"doc-p2"_s };
        QCOMPARE(actions().assign(s).error, u"forbidden"_s);
        // A document meant for one cell cannot be studied by the whole commune.
        s.audienceOrgId = u"d1"_s;
        s.documentIds = { u"doc-c1"_s };
        QCOMPARE(actions().assign(s).error, u"not_found"_s);
        s.documentIds = { u"doc-p1"_s, u"doc-missing"_s };
        QCOMPARE(actions().assign(s).error, u"not_found"_s);
        // ... but by that cell, yes.
        s.audienceOrgId = u"c1"_s;
        s.documentIds = { u"doc-c1"_s, u"doc-p1"_s };
        QVERIFY(actions().assign(s).ok());

        // A secretary: the own cell only.
        signInAs(u"secretary"_s, u"c1"_s);
        s.audienceOrgId = u"c2"_s;
        s.documentIds = { u"doc-p1"_s };
        QCOMPARE(actions().assign(s).error, u"forbidden"_s);
        s.audienceOrgId = u"c1"_s;
        QVERIFY(actions().assign(s).ok());

        // A member: no.
        signInAs(u"member"_s, u"c1"_s);
        QCOMPARE(actions().assign(s).error, u"forbidden"_s);
        QCOMPARE(queued().size(), 2);
    }

    void reviewNeedsACommentToReturn()
    {
        signInAs(u"secretary"_s, u"c1"_s);
        fillCell();
        // Return without a comment: refused, nothing queued.
        QCOMPARE(actions().review(u"s2"_s, u"return"_s, u"   "_s).error, u"invalid_args"_s);
        QCOMPARE(
            actions().review(u"s2"_s, u"return"_s, QString(Limit::ReviewComment + 1, u'a')).error,
            u"invalid_args"_s);
        QCOMPARE(actions().review(u"s2"_s, u"maybe"_s, u"x"_s).error, u"invalid_args"_s);
        QVERIFY(queued().isEmpty());

        const auto result = actions().review(u"s2"_s, u"return"_s, u" Viết thêm phần liên hệ. "_s);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(queued().size(), 1);
        QCOMPARE(queued().first().name, u"study.review"_s);
        QCOMPARE(queued().first().args,
            (QJsonObject { { u"submission_id"_s, u"s2"_s }, { u"decision"_s, u"return"_s },
                { u"comment"_s, u"Viết thêm phần liên hệ."_s } }));
        // The submission shows its new status at once, pending.
        const auto returned = StudyReviewCatalog(db()).submission(u"s2"_s);
        QVERIFY(returned);
        QCOMPARE(returned->state, MemberStudyState::Returned);
        QCOMPARE(returned->comment, u"Viết thêm phần liên hệ."_s);
        QVERIFY(returned->pending);
        // Once decided (or while the decision waits) it is not reviewed again.
        QCOMPARE(actions().review(u"s2"_s, u"accept"_s, {}).error, u"conflict"_s);
        QCOMPARE(actions().review(u"s4"_s, u"accept"_s, {}).error, u"conflict"_s);
        QCOMPARE(actions().review(u"nope"_s, u"accept"_s, {}).error, u"not_found"_s);

        // Accepting needs no comment, and sends none.
        ReplicaStore(db()).put(u"study_submission"_s, u"s5"_s, 1,
            submission(u"s5"_s, u"m5"_s, u"Đỗ Văn Em"_s, u"submitted"_s, false));
        QVERIFY(actions().review(u"s5"_s, u"accept"_s, {}).ok());
        QCOMPARE(queued().last().args,
            (QJsonObject { { u"submission_id"_s, u"s5"_s }, { u"decision"_s, u"accept"_s } }));

        // Only a secretary reviews.
        signInAs(u"member"_s, u"c1"_s);
        ReplicaStore(db()).put(u"study_submission"_s, u"s6"_s, 1,
            submission(u"s6"_s, u"m1"_s, u"Nguyễn Văn An"_s, u"submitted"_s, false));
        QCOMPARE(actions().review(u"s6"_s, u"accept"_s, {}).error, u"forbidden"_s);
    }

    void closeByTheAssigner()
    {
        fillCell(); // st1 was assigned by d1
        signInAs(u"secretary"_s, u"c1"_s);
        QCOMPARE(actions().close(u"st1"_s).error, u"forbidden"_s);
        signInAs(u"committee"_s, u"d1"_s);
        const auto result = actions().close(u"st1"_s);
        QVERIFY(result.ok() && result.mutationId > 0);
        QCOMPARE(queued().first().args, (QJsonObject { { u"id"_s, u"st1"_s } }));
        QVERIFY(StudyReviewCatalog(db()).study(u"st1"_s)->closed);
        QCOMPARE(actions().close(u"st1"_s).mutationId, 0); // closed already
    }

    void theCellsMembersAreGroupedByWhereTheyAre()
    {
        signInAs(u"secretary"_s, u"c1"_s);
        fillCell();
        const QList<MemberStudyState> states
            = StudyReviewCatalog(db()).cellStates(u"st1"_s, u"c1"_s);
        QStringList order;
        for (const MemberStudyState &s : states)
            order << s.memberName;
        // Waiting for a review, not started (by name), returned, accepted; nobody of another
        // cell.
        QCOMPARE(order,
            (QStringList { u"Trần Thị Bình"_s, u"Đỗ Văn Em"_s, u"Nguyễn Văn An"_s,
                u"Lê Văn Cường"_s, u"Phạm Thị Dung"_s }));
        QCOMPARE(states.at(0).state, MemberStudyState::Submitted);
        QVERIFY(states.at(0).late);
        QCOMPARE(states.at(0).submissionId, u"s2"_s);
        QCOMPARE(states.at(1).state, MemberStudyState::NotStarted);
        QCOMPARE(states.at(3).state, MemberStudyState::Returned);
        QCOMPARE(states.at(4).state, MemberStudyState::Accepted);

        const CellStudyCounts counts = StudyReviewCatalog::counts(states);
        QCOMPARE(counts.members, 5);
        QCOMPARE(counts.submitted, 3);
        QCOMPARE(counts.accepted, 1);
        QCOMPARE(counts.returned, 1);
        QCOMPARE(counts.late, 1);
        QCOMPARE(counts.notStarted, 2);
        QVERIFY(counts.averageScore);
        QCOMPARE(*counts.averageScore, 6.7); // (7.5 + 2.5 + 10) / 3
    }
    void assignScreenStartsFromADocumentAndItsAudience()
    {
        signInAs(u"committee"_s, u"p1"_s);
        StudyAssignController editor;
        prepare(editor);
        editor.setDocumentId(u"doc-p1"_s);
        QVERIFY(editor.canAssign() && editor.canChooseAudience() && editor.documentAssignable());
        QCOMPARE(editor.audienceOrgId(), u"p1"_s);
        QCOMPARE(editor.audienceName(), u"Đảng bộ tỉnh Hòa Bình"_s);
        QCOMPARE(editor.selectedDocuments()->rowCount(), 1);
        QCOMPARE(editor.property("title").toString(),
            u"Học tập, quán triệt Nghị quyết về chuyển đổi số"_s);
        QCOMPARE(editor.property("dueDateText").toString(), u"06/12/2026"_s);
        // Only what the whole province can see: not the cell's document, not p2's.
        QAbstractItemModelTester tester(
            editor.documents(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(editor.documents()->rowCount(), 1);
        QVERIFY(!editor.chooseAudience(u"p2"_s));
        QVERIFY(editor.chooseAudience(u"c1"_s));
        QCOMPARE(editor.documents()->rowCount(), 2);
        editor.toggleDocument(u"doc-c1"_s);
        QCOMPARE(editor.selectedDocuments()->rowCount(), 2);
        // Back to the commune: the cell's document is taken off, with a word why.
        QVERIFY(editor.chooseAudience(u"d1"_s));
        QCOMPARE(editor.selectedDocuments()->rowCount(), 1);
        QVERIFY(!editor.errorMessage().isEmpty());

        // A quiz question without its right answer marked is refused, naming it.
        editor.addQuestion();
        editor.setQuestionText(0, u"Nghị quyết ban hành năm nào?"_s);
        editor.setChoiceText(0, 0, u"2025"_s);
        editor.setChoiceText(0, 1, u"2026"_s);
        QVERIFY(!editor.assign());
        QVERIFY2(editor.errorMessage().contains(u"Câu hỏi 1"_s), qPrintable(editor.errorMessage()));
        QVERIFY(queued().isEmpty());
        editor.setAnswer(0, 1);
        editor.setProperty("dueDateText", u"21/11/2026"_s);
        QVERIFY(!editor.assign());
        QVERIFY(editor.errorMessage().contains(u"Hạn nộp"_s));
        editor.setProperty("dueDateText", u"30/11/2026"_s);
        QVERIFY2(editor.assign(), qPrintable(editor.errorMessage()));
        QCOMPARE(queued().size(), 1);
        const QJsonObject args = queued().first().args;
        QCOMPARE(args.value(u"audience_org_id"_s).toString(), u"d1"_s);
        QCOMPARE(args.value(u"due_date"_s).toString(), u"2026-11-30"_s);
        QCOMPARE(args.value(u"quiz"_s).toArray().first().toObject().value(u"answer"_s).toInt(), 1);
        QCOMPARE(editor.savedStudyId(), args.value(u"id"_s).toString());

        // A document only one cell can see starts with that cell as the audience.
        StudyAssignController fromCell;
        prepare(fromCell);
        fromCell.setDocumentId(u"doc-c1"_s);
        QCOMPARE(fromCell.audienceOrgId(), u"c1"_s);
        QCOMPARE(fromCell.selectedDocuments()->rowCount(), 1);
    }

    void secretaryAssignsToTheCellOnly()
    {
        signInAs(u"secretary"_s, u"c1"_s);
        StudyAssignController editor;
        prepare(editor);
        editor.setAudienceOrgId(u"p1"_s); // not the secretary's to choose
        editor.setDocumentId(u"doc-p1"_s);
        QVERIFY(editor.canAssign() && !editor.canChooseAudience() && editor.documentAssignable());
        QCOMPARE(editor.audienceOrgId(), u"c1"_s);
        QVERIFY(!editor.chooseAudience(u"d1"_s));
        QVERIFY(editor.assign());
        QCOMPARE(queued().first().args.value(u"audience_org_id"_s).toString(), u"c1"_s);

        signInAs(u"member"_s, u"c1"_s);
        StudyAssignController member;
        prepare(member);
        member.setDocumentId(u"doc-p1"_s);
        QVERIFY(!member.canAssign() && !member.documentAssignable());
    }

    void reviewScreenGroupsAndReturnsWithAComment()
    {
        signInAs(u"secretary"_s, u"c1"_s);
        fillCell();
        StudyReviewController review;
        prepare(review);
        QAbstractItemModelTester tester(
            review.submissions(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        review.setStudyId(u"st1"_s);
        QVERIFY(review.found());
        QCOMPARE(review.submissions()->rowCount(), 5);
        const QModelIndex late = review.submissions()->index(0);
        QCOMPARE(
            late.data(StudySubmissionModel::SectionRole).toString(), u"Đã nộp chờ duyệt (1)"_s);
        QVERIFY(late.data(StudySubmissionModel::FirstInSectionRole).toBool());
        const QModelIndex notStarted = review.submissions()->index(1);
        QCOMPARE(notStarted.data(StudySubmissionModel::SectionRole).toString(), u"Chưa nộp (2)"_s);
        QVERIFY(notStarted.data(StudySubmissionModel::FirstInSectionRole).toBool());
        QVERIFY(late.data(StudySubmissionModel::DetailRole).toString().contains(u"nộp muộn"_s));
        QVERIFY(review.progressText().startsWith(u"5 đảng viên · đã nộp 3"_s));
        QCOMPARE(review.averageText(), u"Điểm trắc nghiệm trung bình: 6,7/10"_s);
        QVERIFY(review.dueText().contains(u"đã quá hạn"_s));
        QCOMPARE(review.submissions()->firstSubmissionId(), u"s2"_s);

        review.setSubmissionId(u"s2"_s);
        QVERIFY(review.submissionFound() && review.canReview() && review.late());
        QCOMPARE(review.reflection(), u"Bài thu hoạch của Trần Thị Bình"_s);
        QCOMPARE(review.scoreText(), u"3/4 câu đúng"_s);
        QVERIFY(!review.returnSubmission(u"  "_s));
        QVERIFY(!review.errorMessage().isEmpty());
        QVERIFY(queued().isEmpty());
        QVERIFY(review.returnSubmission(u"Xin viết thêm phần liên hệ bản thân."_s));
        QCOMPARE(review.state(), int(StudySubmissionModel::Returned));
        QVERIFY(review.reviewPending() && !review.canReview());
        QCOMPARE(review.submissions()->countOf(StudySubmissionModel::Returned), 2);
        QVERIFY(!review.accept());
        QCOMPARE(queued().size(), 1);
    }
};

QTEST_MAIN(TestStudyOrganiser)
#include "tst_studyorganiser.moc"
