// Studying a resolution through the member's app (issue 18): the real handbook-server with the
// demo province and the real app (HandbookApp) offscreen, driven by taps and typing. The cell
// secretary (a device of their own) asks the cell to study a document in two days; the member
// signs in, sees it on the home screen with its reminder, opens it and writes a reflection:
// it reaches the vault while they type, with nothing sent. The app is then torn down with no
// page closed first and opened again; after the PIN the text is there. The member answers the
// quiz and submits; a sync takes it to the server. The secretary returns it with a comment;
// after the next sync the member's study shows "Bị trả lại", the comment, and the editor
// open again.
#include "clientdevice.h"
#include "demoserver.h"
#include "handbookapp.h"
#include "localactions.h"
#include "mutationnames.h"
#include "outbox.h"
#include "replicastore.h"
#include "serverprocess.h"
#include "studycatalog.h"
#include "synccontroller.h"
#include "vault.h"
#include "windowdriver.h"
#include "wirevalues.h"

#include <QInputMethodEvent>
#include <QJsonArray>
#include <QPointer>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>
#include <algorithm>
#include <memory>

Q_IMPORT_QML_PLUGIN(HandbookPlugin)

using namespace Qt::StringLiterals;
using namespace WindowDriver;

namespace {

constexpr int kSyncTimeoutMs = 90000;
const auto kMember = u"dangvien.a1"_s;
const auto kSecretary = u"bithu.a"_s;
const auto kPin = u"246810"_s;

} // namespace

class TstUiStudy : public QObject
{
    Q_OBJECT

    DemoServer m_server;

    HandbookApp::Options appOptions(const QString &dataDir) const
    {
        return { dataDir, KdfParams::fastForTests(), {}, u"vi"_s, {}, m_server.baseUrl().toString(),
            {}, m_server.rootPublicKey() };
    }

    static void waitForSync(SyncController *sync)
    {
        QTRY_VERIFY_WITH_TIMEOUT(sync->lastSuccess().isValid() && !sync->running(), kSyncTimeoutMs);
        QVERIFY2(sync->lastErrorMessage().isEmpty(), qPrintable(sync->lastErrorCode()));
    }

    // On the home page: "sync now", until nothing is left to push and the run ended.
    static void syncFromHome(QQuickWindow *window, SyncController *sync)
    {
        const QDateTime before = sync->lastSuccess();
        QQuickItem *syncNow = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (syncNow = findVisible(window, u"syncNowButton"_s)) && syncNow->isEnabled(), 30000);
        click(window, syncNow);
        QTRY_VERIFY_WITH_TIMEOUT(sync->pendingCount() == 0 && !sync->running()
                && sync->lastSuccess().isValid() && sync->lastSuccess() != before,
            kSyncTimeoutMs);
        QVERIFY2(sync->lastErrorMessage().isEmpty(), qPrintable(sync->lastErrorCode()));
    }

    // Queues one mutation on a helper device and pushes it; the server must apply it.
    static void pushAs(ClientDevice &device, const QString &name, const QJsonObject &args)
    {
        LocalActions actions = device.actions();
        const LocalActions::Result queued = actions.record(name, args, {}, [] {}, {});
        QVERIFY(queued.ok());
        QString error;
        QVERIFY2(device.sync(&error), qPrintable(error));
        QVERIFY2(Outbox(device.db()).rejected().isEmpty(),
            qPrintable(Outbox(device.db()).rejected().value(0).errorMessage));
    }

    // The reflection editor's text input on the study page.
    static QQuickItem *editorInput(QQuickWindow *window)
    {
        QQuickItem *editor = findVisible(window, u"reflectionEditor"_s);
        return editor ? editor->property("field").value<QQuickItem *>() : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY(m_server.hasAccount(kMember));
        QVERIFY(m_server.hasAccount(kSecretary));
    }

    void writeOfflineKillReopenSubmitAndSeeTheReview()
    {
        // The secretary asks the cell to study one of its documents, due in two days.
        auto secretary
            = ClientDevice::signedIn(m_server.baseUrl(), kSecretary, m_server.password(kSecretary));
        QString error;
        QVERIFY2(secretary->syncUntilSuccess(3, &error), qPrintable(error));
        const ServerProcess::DemoAccount cell = m_server.account(kSecretary);
        QString documentId;
        {
            const auto documents = secretary->rows().value(u"document"_s);
            for (auto it = documents.cbegin(); it != documents.cend(); ++it) {
                if (it.value().value(u"audience_org_id"_s).toString() == cell.orgId
                    || documentId.isEmpty())
                    documentId = it.key();
            }
        }
        QVERIFY(!documentId.isEmpty());
        const QString studyId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString title = u"Học tập Nghị quyết kiểm thử %1"_s.arg(studyId.left(8));
        const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(7 * 3600)).date();
        const QJsonObject quiz { { u"id"_s, u"q1"_s },
            { u"text"_s, u"Nghị quyết đề ra mấy nhiệm vụ trọng tâm?"_s },
            { u"choices"_s, QJsonArray { u"Ba"_s, u"Năm"_s } }, { u"answer"_s, 1 } };
        pushAs(*secretary, QString(Protocol::Mutation::StudyAssign),
            { { u"id"_s, studyId }, { u"title"_s, title },
                { u"instructions"_s, u"Đọc kỹ, viết thu hoạch liên hệ công việc."_s },
                { u"document_ids"_s, QJsonArray { documentId } },
                { u"audience_org_id"_s, cell.orgId },
                { u"due_date"_s, today.addDays(2).toString(Qt::ISODate) },
                { u"reflection_required"_s, true }, { u"quiz"_s, QJsonArray { quiz } } });
        if (QTest::currentTestFailed())
            return;

        // The member signs in; the study is on the home screen with its reminder.
        QTemporaryDir data;
        auto app = std::make_unique<HandbookApp>(appOptions(data.path()));
        QQuickWindow *window = app->load();
        QVERIFY2(window, qPrintable(app->error()));
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTRY_VERIFY(findVisible(window, u"signInPage"_s));
        QVERIFY(typeInto(window, u"loginField"_s, kMember));
        QVERIFY(typeInto(window, u"passwordField"_s, m_server.password(kMember)));
        click(window, findVisible(window, u"signInButton"_s));
        QTRY_COMPARE_WITH_TIMEOUT(app->account().screen(), AccountController::ChoosePin, 30000);
        QVERIFY(enterPin(window, kPin));
        QVERIFY(enterPin(window, kPin));
        QTRY_COMPARE_WITH_TIMEOUT(app->account().screen(), AccountController::Home, 30000);
        QTRY_VERIFY(app->account().sync() != nullptr);
        waitForSync(app->account().sync());
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY(findVisible(window, u"homePage"_s));
        const QString row = u"studyRow_"_s + studyId;
        QTRY_VERIFY_WITH_TIMEOUT(findVisible(window, row), 20000);
        QQuickItem *reminder = nullptr;
        QTRY_VERIFY((reminder = findVisibleIn(findVisible(window, row), u"studyReminder"_s)));
        QCOMPARE(
            reminder->property("text").toString(), u"⏰ Còn 2 ngày đến hạn nộp bài thu hoạch"_s);

        // The study page: the reflection typed is in the vault after a pause, not sent.
        tap(window, row);
        QTRY_VERIFY(findVisible(window, u"studyPage"_s));
        // The cell asked itself: said once, not "<cell> giao cho <cell>".
        QQuickItem *assignedBy = findVisible(window, u"studyAssignedBy"_s);
        QVERIFY(assignedBy);
        QVERIFY2(
            assignedBy->property("text").toString().endsWith(u" giao cho toàn thể đảng viên"_s),
            qPrintable(assignedBy->property("text").toString()));
        QQuickItem *input = nullptr;
        QTRY_VERIFY((input = editorInput(window)));
        click(window, input);
        QTRY_VERIFY(input->hasActiveFocus());
        const QString reflection
            = u"Qua học tập, tôi hiểu rõ trách nhiệm nêu gương của đảng viên ở thôn."_s;
        commitText(window, reflection);
        QCOMPARE(input->property("text").toString(), reflection);
        QQuickItem *words = findVisible(window, u"wordCountLabel"_s);
        QVERIFY(words);
        QVERIFY(words->property("text").toString().startsWith(u"15 từ"_s));
        const auto draftInVault = [&] {
            const auto draft = StudyCatalog(app->session().vault().database()).draft(studyId);
            return draft && draft->reflection == reflection;
        };
        QTRY_VERIFY_WITH_TIMEOUT(draftInVault(), 10000);
        QTRY_VERIFY(words->property("text").toString().contains(u"Đã lưu trên máy"_s));
        QCOMPARE(Outbox(app->session().vault().database()).pendingCount(), 0);
        QCOMPARE(
            m_server
                .scalar(u"SELECT count(*) FROM study_submissions WHERE study_id = ?"_s, { studyId })
                .toInt(),
            0);

        // The app goes away with the page still open; reopened, the PIN, and the text is there.
        app.reset();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        app = std::make_unique<HandbookApp>(appOptions(data.path()));
        window = app->load();
        QVERIFY2(window, qPrintable(app->error()));
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTRY_COMPARE_WITH_TIMEOUT(app->account().screen(), AccountController::Unlock, 30000);
        QTRY_VERIFY(findVisible(window, u"unlockPage"_s));
        QVERIFY(enterPin(window, kPin));
        QTRY_COMPARE_WITH_TIMEOUT(app->account().screen(), AccountController::Home, 30000);
        QTRY_VERIFY(app->account().sync() != nullptr);
        SyncController *sync = app->account().sync();
        tap(window, row);
        QTRY_VERIFY(findVisible(window, u"studyPage"_s));
        QTRY_VERIFY((input = editorInput(window)));
        QCOMPARE(input->property("text").toString(), reflection);

        // The quiz, then submit: shown as handed in at once, on the server after a sync.
        tap(window, u"quizChoice_q1_1"_s);
        tap(window, u"submitStudyButton"_s);
        QQuickItem *state = nullptr;
        QTRY_VERIFY((state = findVisible(window, u"studyStateLabel"_s))
            && state->property("text").toString() == u"Đã nộp"_s);
        tap(window, u"backButton"_s);
        QTRY_VERIFY(findVisible(window, u"homePage"_s));
        syncFromHome(window, sync);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(m_server
                     .scalar(u"SELECT count(*) FROM study_submissions WHERE study_id = ? AND "
                             "member_id = ?"_s,
                         { studyId, m_server.account(kMember).memberId })
                     .toInt(),
            1);
        const QString submissionId
            = m_server.scalar(u"SELECT id FROM study_submissions WHERE study_id = ?"_s, { studyId })
                  .toString();

        // The secretary returns it with a comment; the member's next sync shows it.
        const QString comment = u"Đồng chí cần nêu việc cụ thể sẽ làm trong quý tới."_s;
        pushAs(*secretary, QString(Protocol::Mutation::StudyReview),
            { { u"submission_id"_s, submissionId },
                { u"decision"_s, QString(Protocol::ReviewDecision::Return) },
                { u"comment"_s, comment } });
        if (QTest::currentTestFailed())
            return;
        syncFromHome(window, sync);
        if (QTest::currentTestFailed())
            return;
        tap(window, row);
        QTRY_VERIFY(findVisible(window, u"studyPage"_s));
        QTRY_VERIFY((state = findVisible(window, u"studyStateLabel"_s))
            && state->property("text").toString() == u"Bị trả lại"_s);
        QQuickItem *commentText = nullptr;
        QTRY_VERIFY((commentText = findVisible(window, u"studyCommentText"_s)));
        QCOMPARE(commentText->property("text").toString(), comment);
        // The editor is open again with the text handed in.
        QTRY_VERIFY((input = editorInput(window)));
        QCOMPARE(input->property("text").toString(), reflection);
        QVERIFY(findVisible(window, u"submitStudyButton"_s));
    }
};

QTEST_MAIN(TstUiStudy)
#include "tst_ui_study.moc"
