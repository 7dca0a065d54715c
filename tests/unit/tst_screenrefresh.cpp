// Screens refresh from C++: after a local change queued by one screen controller, or after a
// sync run that brought data in, the other controllers on the same VaultSession show it
// without anyone calling reload() (VaultSession::dataChanged, SessionController). Real vault;
// the sync runs over a scripted transport.
#include "authsession.h"
#include "authtokens.h"
#include "faketransport.h"
#include "homecontroller.h"
#include "meetingcontroller.h"
#include "meetinglistmodel.h"
#include "meetingscontroller.h"
#include "pullpage.h"
#include "replicastore.h"
#include "synccontroller.h"
#include "syncengine.h"
#include "syncfixtures.h"
#include "syncscheduler.h"
#include "unlockedsession.h"
#include "vaultsession.h"
#include "vaultsyncstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
const QString kPin = u"246810"_s;
const QDateTime kNow(QDate(2026, 11, 22), QTime(8, 0), QTimeZone::utc());
const QString kStartsAt = u"2026-11-27T01:00:00.000Z"_s; // five days after kNow
} // namespace

class TestScreenRefresh : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VaultSession> m_session;

    template<typename Controller> void prepare(Controller &controller)
    {
        controller.setClock([] { return kNow; });
        controller.setSession(m_session.get());
    }
    // My answer on the first row of `model`, as the list shows it.
    static QVariant firstAnswer(MeetingListModel *model)
    {
        if (model->rowCount() == 0)
            return {};
        return model->data(model->index(0), MeetingListModel::AnswerRole);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_session = unlockedTestSession(*m_dir, kPin);
        QVERIFY(m_session);
        VaultSyncStore(m_session->vault())
            .saveSession(u"refresh-1"_s, AuthUser { u"u1"_s, u"m1"_s, u"member"_s, u"c1"_s });
    }

    void cleanup()
    {
        m_session.reset();
        m_dir.reset();
    }

    // My answer given on the meeting's screen shows on the meetings list at once, and home
    // counts it as waiting to be sent.
    void aLocalChangeShowsOnTheOtherScreens()
    {
        ReplicaStore(m_session->vault().database())
            .put(u"meeting"_s, u"M1"_s, 1, SyncFixtures::meeting(u"M1"_s, kStartsAt));
        MeetingsController list;
        prepare(list);
        HomeController home;
        home.setSession(m_session.get());
        QCOMPARE(list.upcoming()->rowCount(), 1);
        const QVariant unanswered = firstAnswer(list.upcoming());
        QCOMPARE(home.pendingCount(), 0);

        MeetingController meeting;
        prepare(meeting);
        meeting.setMeetingId(u"M1"_s);
        QSignalSpy changes(m_session.get(), &VaultSession::dataChanged);
        QVERIFY(meeting.answer(u"attending"_s));

        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().first().value<QObject *>(), static_cast<QObject *>(&meeting));
        QCOMPARE(meeting.myAnswer(), u"attending"_s);
        // What a list opened now shows.
        MeetingsController fresh;
        prepare(fresh);
        QVERIFY(firstAnswer(fresh.upcoming()) != unanswered);
        QCOMPARE(firstAnswer(list.upcoming()), firstAnswer(fresh.upcoming()));
        QCOMPARE(home.pendingCount(), 1);
    }

    // A meeting the sync pulled shows on the meetings list once the run ended; a run that
    // brought nothing and failed does not announce a change.
    void aCompletedSyncShowsOnTheScreens()
    {
        FakeTransport transport;
        bool reachable = true;
        transport.handler = [&](const HttpRequest &request) {
            if (!reachable)
                return FakeTransport::cut();
            if (request.path == u"/v1/sync/pull") {
                const PullPage page = request.query.queryItemValue(u"cursor"_s).isEmpty()
                    ? SyncFixtures::page({ SyncFixtures::put(u"meeting"_s, u"M1"_s,
                                             SyncFixtures::meeting(u"M1"_s, kStartsAt)) },
                        u"k1"_s)
                    : SyncFixtures::page({}, u"k1"_s);
                return FakeTransport::json(200, page.toJson());
            }
            return FakeTransport::json(404, FakeTransport::error(u"not_found"));
        };
        VaultSyncStore store(m_session->vault(), [] { return kNow; });
        SyncEngine engine(&transport, &store);
        engine.auth().adopt(AuthTokens { u"access-1"_s, 900, u"refresh-1"_s,
            AuthUser { u"u1"_s, u"m1"_s, u"member"_s, u"c1"_s }, false });
        SyncScheduler scheduler(&engine);
        SyncController sync(&engine, &scheduler);
        // As AccountController wires the sync of the open account.
        connect(
            &sync, &SyncController::dataChanged, m_session.get(), &VaultSession::noteDataChanged);

        MeetingsController list;
        prepare(list);
        HomeController home;
        home.setSession(m_session.get());
        QCOMPARE(list.upcoming()->rowCount(), 0);
        QCOMPARE(home.syncStatus(), u"Chưa đồng bộ lần nào"_s);

        QSignalSpy finished(&engine, &SyncEngine::finished);
        QSignalSpy changes(m_session.get(), &VaultSession::dataChanged);
        QVERIFY(engine.start());
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.first().first().toBool());
        QCOMPARE(changes.size(), 1);
        QCOMPARE(list.upcoming()->rowCount(), 1);
        QVERIFY(home.syncStatus().startsWith(u"Đồng bộ lần cuối"_s));

        reachable = false;
        QVERIFY(engine.start());
        QVERIFY(finished.wait(10000));
        QVERIFY(!finished.last().first().toBool());
        QCOMPARE(changes.size(), 1);
    }
};

QTEST_MAIN(TestScreenRefresh)
#include "tst_screenrefresh.moc"
