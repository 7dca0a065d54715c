// A vote from opening to result with two member devices (issue 21): the real handbook-server
// with the demo province. The cell secretary (a device of their own) schedules a meeting for
// the next minutes, marks both members present and opens a secret vote. The first member uses
// the real app (HandbookApp) offscreen: signs in, opens the meeting, taps a choice on the vote
// card, sees it, and a sync takes the ballot to the server; the second member casts from a
// device of their own. The secretary's device sees two ballots, closes the vote; the first
// member's next sync shows the result on the card. The server never holds a member with a
// choice of that secret vote.
#include "clientdevice.h"
#include "demoserver.h"
#include "handbookapp.h"
#include "meetingoutcomeactions.h"
#include "outbox.h"
#include "replicastore.h"
#include "serverprocess.h"
#include "synccontroller.h"
#include "vault.h"
#include "windowdriver.h"

#include <QPointer>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

Q_IMPORT_QML_PLUGIN(HandbookPlugin)

using namespace Qt::StringLiterals;
using namespace WindowDriver;

namespace {

constexpr int kSyncTimeoutMs = 90000;
const auto kMember = u"dangvien.a1"_s;
const auto kSecondMember = u"dangvien.a2"_s;
const auto kSecretary = u"bithu.a"_s;
const auto kPin = u"246810"_s;

} // namespace

class TstUiVote : public QObject
{
    Q_OBJECT

    DemoServer m_server;

    HandbookApp::Options appOptions(const QString &dataDir) const
    {
        return { dataDir, KdfParams::fastForTests(), {}, u"vi"_s, {}, m_server.baseUrl().toString(),
            {}, m_server.rootPublicKey() };
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

    // One queued action of a helper device, pushed; the server must apply it.
    static void push(ClientDevice &device, const LocalActions::Result &queued)
    {
        QVERIFY2(queued.ok(), qPrintable(queued.error));
        QString error;
        QVERIFY2(device.sync(&error), qPrintable(error));
        QVERIFY2(Outbox(device.db()).rejected().isEmpty(),
            qPrintable(Outbox(device.db()).rejected().value(0).errorMessage));
    }

    // Opens the meeting's page from the home page.
    static void openMeeting(QQuickWindow *window, const QString &meetingId)
    {
        QQuickItem *home = nullptr;
        QTRY_VERIFY((home = findVisible(window, u"homePage"_s)));
        QVERIFY(QMetaObject::invokeMethod(home, "openMeeting", Q_ARG(QString, meetingId)));
        QTRY_VERIFY(findVisible(window, u"meetingPage"_s));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY(m_server.hasAccount(kMember));
        QVERIFY(m_server.hasAccount(kSecondMember));
        QVERIFY(m_server.hasAccount(kSecretary));
    }

    void aSecretVoteFromOpeningToResult()
    {
        // The secretary: a meeting in ten minutes, both members present, a secret vote.
        auto secretary
            = ClientDevice::signedIn(m_server.baseUrl(), kSecretary, m_server.password(kSecretary));
        QString error;
        QVERIFY2(secretary->syncUntilSuccess(3, &error), qPrintable(error));
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(600);
        const auto meeting = secretary->actions().createMeeting(
            u"Sinh hoạt chi bộ biểu quyết"_s, start, u"Nhà văn hóa"_s, {}, {});
        push(*secretary, meeting);
        if (QTest::currentTestFailed())
            return;
        for (const QString &login : { kMember, kSecondMember }) {
            push(*secretary,
                secretary->actions().markAttendance(
                    meeting.rowId, m_server.account(login).memberId, true));
            if (QTest::currentTestFailed())
                return;
        }
        const QString question = u"Đồng chí có nhất trí kết nạp quần chúng Lê Thị Hoa không?"_s;
        const auto vote = MeetingOutcomeActions(secretary->db())
                              .openVote(meeting.rowId, question,
                                  { u"Đồng ý"_s, u"Không đồng ý"_s, u"Ý kiến khác"_s }, true);
        push(*secretary, vote);
        if (QTest::currentTestFailed())
            return;

        // The first member signs in and votes on the card.
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
        SyncController *sync = app->account().sync();
        QTRY_VERIFY_WITH_TIMEOUT(sync->lastSuccess().isValid() && !sync->running(), kSyncTimeoutMs);
        openMeeting(window, meeting.rowId);
        if (QTest::currentTestFailed())
            return;
        QQuickItem *questionLabel = nullptr;
        QTRY_VERIFY((questionLabel = findVisible(window, u"voteQuestion"_s)));
        QCOMPARE(questionLabel->property("text").toString(), question);
        tap(window, u"voteChoice0"_s);
        QQuickItem *mine = nullptr;
        QTRY_VERIFY((mine = findVisible(window, u"myChoice"_s)));
        QCOMPARE(mine->property("text").toString(), u"Đồng chí đã chọn: Đồng ý"_s);
        tap(window, u"backButton"_s);
        QTRY_VERIFY(findVisible(window, u"homePage"_s));
        syncFromHome(window, sync);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(
            m_server.scalar(u"SELECT ballots FROM votes WHERE id = ?"_s, { vote.rowId }).toInt(),
            1);

        // The second member casts from a device of their own.
        auto second = ClientDevice::signedIn(
            m_server.baseUrl(), kSecondMember, m_server.password(kSecondMember));
        QVERIFY2(second->syncUntilSuccess(3, &error), qPrintable(error));
        push(*second, MeetingOutcomeActions(second->db()).castVote(vote.rowId, u"Không đồng ý"_s));
        if (QTest::currentTestFailed())
            return;

        // The secretary sees two ballots, not who chose what, and closes the vote.
        QVERIFY2(secretary->sync(&error), qPrintable(error));
        const auto running = ReplicaStore(secretary->db()).get(u"vote"_s, vote.rowId);
        QVERIFY(running);
        QCOMPARE(running->value(u"ballots"_s).toInt(), 2);
        QVERIFY(running->value(u"tally"_s).isNull());
        push(*secretary, MeetingOutcomeActions(secretary->db()).closeVote(vote.rowId));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(m_server
                     .scalar(u"SELECT count(*) FROM vote_casts WHERE vote_id = ? AND choice IS "
                             "NOT NULL"_s,
                         { vote.rowId })
                     .toInt(),
            0);

        // The first member's next sync: the result on the card, the choice still shown.
        syncFromHome(window, sync);
        if (QTest::currentTestFailed())
            return;
        openMeeting(window, meeting.rowId);
        if (QTest::currentTestFailed())
            return;
        QQuickItem *total = nullptr;
        QTRY_VERIFY((total = findVisible(window, u"resultTotal"_s)));
        QCOMPARE(total->property("text").toString(), u"Tổng số phiếu: 2"_s);
        QQuickItem *agreed = findVisible(window, u"resultLine0"_s);
        QVERIFY(agreed);
        QCOMPARE(findVisibleIn(agreed, u"resultText"_s)->property("text").toString(),
            u"Đồng ý: 1 phiếu (50%)"_s);
        QVERIFY(!findVisible(window, u"voteChoice0"_s));
        QCOMPARE(findVisible(window, u"myChoice"_s)->property("text").toString(),
            u"Đồng chí đã chọn: Đồng ý"_s);
    }
};

QTEST_MAIN(TstUiVote)
#include "tst_ui_vote.moc"
