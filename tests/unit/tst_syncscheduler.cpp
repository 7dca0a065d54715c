// When to sync: RetryBackoff grows exponentially with seeded jitter up to a cap;
// SyncScheduler syncs at start, waits out the backoff after failures (a trigger during the
// wait does not hammer the server), and syncs at once on "sync now" or when the network
// comes back. Live mode: one held pull after a sync that worked, reopened after each answer,
// given up in the background or offline, never in the way of a push, and turned off for a
// while after two cut or early-empty answers in a row (429: for its Retry-After).
#include "authsession.h"
#include "faketransport.h"
#include "localactions.h"
#include "pullquery.h"
#include "retrybackoff.h"
#include "syncengine.h"
#include "syncfixtures.h"
#include "syncscheduler.h"
#include "vaultfixture.h"
#include "vaultsyncstore.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// A device with live mode on against a fake server: normal pulls answer at once with
// m_cursor; pulls with wait= are held until the test answers them.
struct LiveRig
{
    VaultFixture fixture;
    std::unique_ptr<VaultSyncStore> store;
    FakeTransport transport;
    std::unique_ptr<SyncEngine> engine;
    std::unique_ptr<SyncScheduler> scheduler;
    QString cursor = u"k1"_s;
    qint64 now = 0; // the scheduler's clock, in ms
    int pushes = 0;

    LiveRig()
    {
        if (!fixture.vault->create(VaultFixture::kPin).ok())
            qFatal("cannot create the vault");
        store = std::make_unique<VaultSyncStore>(*fixture.vault);
        store->saveSession(u"refresh-1"_s, AuthUser { u"u1"_s, u"m1"_s, u"member"_s, u"c1"_s });
        transport.hold = [](const HttpRequest &request) {
            return request.query.hasQueryItem(QString(Protocol::PullQuery::Wait));
        };
        transport.handler = [this](const HttpRequest &request) {
            if (request.path == u"/v1/sync/pull")
                return FakeTransport::json(200,
                    SyncFixtures::page({ SyncFixtures::put(u"document"_s, u"d9"_s,
                                           SyncFixtures::document(u"d9"_s, u"B"_s)) },
                        cursor)
                        .toJson());
            if (request.path == u"/v1/sync/push") {
                ++pushes;
                const auto body = QJsonDocument::fromJson(request.body).object();
                const auto mutations = body.value(u"mutations"_s).toArray();
                const qint64 last = mutations.last().toObject().value(u"id"_s).toInteger();
                QJsonArray results;
                for (const auto &mutation : mutations)
                    results.append(QJsonObject { { u"id"_s, mutation.toObject().value(u"id"_s) },
                        { u"status"_s, u"applied"_s } });
                return FakeTransport::json(200,
                    QJsonObject { { u"last_mutation_id"_s, last }, { u"results"_s, results } });
            }
            return FakeTransport::json(404, FakeTransport::error(u"not_found"));
        };
        engine = std::make_unique<SyncEngine>(&transport, store.get());
        engine->setBlobsEnabled(false);
        engine->auth().adopt(
            AuthTokens { u"access-1"_s, 900, u"refresh-1"_s, store->user(), false });
        scheduler = std::make_unique<SyncScheduler>(engine.get(), RetryBackoff(60s, 3600s, 3));
        scheduler->setInterval(3600s);
        scheduler->setClock([this] { return now; });
        scheduler->setLiveEnabled(true);
    }

    // Syncs once and waits for the live pull it opens.
    bool goLive()
    {
        scheduler->trigger();
        return QTest::qWaitFor([this] { return transport.heldOpen() == 1; }, 10000);
    }

    // Answers the held pull with `page` after `heldMs` of the scheduler's clock.
    void answer(const PullPage &page, qint64 heldMs = 40000)
    {
        now += heldMs;
        transport.answerHeld(FakeTransport::json(200, page.toJson()));
    }
};

} // namespace

class TestSyncScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backoffGrowsWithJitterUpToTheCap()
    {
        using namespace std::chrono_literals;
        RetryBackoff backoff(1000ms, 8000ms, 7);
        RetryBackoff twin(1000ms, 8000ms, 7);
        const qint64 bases[] = { 1000, 2000, 4000, 8000, 8000, 8000 };
        for (const qint64 base : bases) {
            const auto delay = backoff.next();
            QVERIFY2(delay.count() >= base / 2 && delay.count() <= base,
                qPrintable(QString::number(delay.count())));
            QCOMPARE(twin.next(), delay); // seeded: deterministic
        }
        QCOMPARE(backoff.failures(), 6);
        backoff.reset();
        QVERIFY(backoff.next() <= 1000ms);
        QVERIFY(backoff.next(30s) >= 30s);
    }

    void schedulerBacksOffAfterFailuresAndSyncNowForgetsIt()
    {
        using namespace std::chrono_literals;
        bool down = true;
        VaultFixture fixture;
        QVERIFY(fixture.vault->create(VaultFixture::kPin).ok());
        VaultSyncStore store(*fixture.vault);
        store.saveSession(u"refresh-1"_s, AuthUser { u"u1"_s, u"m1"_s, u"member"_s, u"c1"_s });
        FakeTransport transport;
        transport.handler = [&down](const HttpRequest &request) {
            if (down)
                return FakeTransport::cut();
            if (request.path == u"/v1/sync/pull")
                return FakeTransport::json(200, SyncFixtures::page({}, u"k1"_s).toJson());
            return FakeTransport::json(404, FakeTransport::error(u"not_found"));
        };
        auto engine = std::make_unique<SyncEngine>(&transport, &store);
        engine->auth().adopt(
            AuthTokens { u"access-1"_s, 900, u"refresh-1"_s, store.user(), false });
        SyncScheduler scheduler(engine.get(), RetryBackoff(60s, 3600s, 3));
        scheduler.setInterval(900s);
        QSignalSpy finished(engine.get(), &SyncEngine::finished);
        scheduler.trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(scheduler.failures(), 1);
        qint64 wait = QDateTime::currentDateTimeUtc().msecsTo(scheduler.nextAttempt());
        QVERIFY2(wait > 25000 && wait <= 60000, qPrintable(QString::number(wait)));
        scheduler.trigger(); // start/unlock during a backoff wait does not hammer the server
        QCOMPARE(finished.size(), 1);
        scheduler.syncNow(); // the user insists: at once
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
        QCOMPARE(scheduler.failures(), 1);
        down = false;
        scheduler.setNetworkReachable(false);
        scheduler.setNetworkReachable(true); // the network came back: at once
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 10000);
        QVERIFY(finished.last().first().toBool());
        QCOMPARE(scheduler.failures(), 0);
        wait = QDateTime::currentDateTimeUtc().msecsTo(scheduler.nextAttempt());
        QVERIFY(wait > 890000 && wait <= 900000);
    }

    void liveModeHoldsOnePullAndAppliesWhatItBrings()
    {
        LiveRig rig;
        QSignalSpy applied(rig.engine.get(), &SyncEngine::liveChangesApplied);
        QVERIFY(rig.goLive());
        QCOMPARE(rig.scheduler->liveState(), SyncScheduler::LiveState::Open);
        const HttpRequest held = rig.transport.lastHeld();
        QCOMPARE(held.query.queryItemValue(QString(Protocol::PullQuery::Wait)),
            QString::number(SyncScheduler::kLiveWaitSeconds));
        QCOMPARE(held.query.queryItemValue(QString(Protocol::PullQuery::Cursor)), u"k1"_s);
        QCOMPARE(held.timeout, std::chrono::seconds(SyncScheduler::kLiveWaitSeconds + 15));
        // A publication wakes the held pull: its page is applied, a run follows (attachments,
        // pushes), then the next live pull holds from the new cursor.
        QSignalSpy finished(rig.engine.get(), &SyncEngine::finished);
        rig.cursor = u"k2"_s;
        rig.answer(SyncFixtures::page(
            { SyncFixtures::put(u"document"_s, u"d1"_s, SyncFixtures::document(u"d1"_s, u"A"_s)) },
            u"k2"_s));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(applied.size(), 1);
        QCOMPARE(rig.store->cursor(), u"k2"_s);
        QTRY_COMPARE_WITH_TIMEOUT(rig.transport.heldOpen(), 1, 10000);
        QCOMPARE(
            rig.transport.lastHeld().query.queryItemValue(QString(Protocol::PullQuery::Cursor)),
            u"k2"_s);
        // A held answer with nothing new (the wait ended) reopens at once, without a run.
        rig.answer(SyncFixtures::page({}, u"k2"_s));
        QTRY_COMPARE_WITH_TIMEOUT(rig.scheduler->livePullsOpened(), 3, 10000);
        QCOMPARE(rig.transport.heldOpen(), 1);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(rig.scheduler->liveState(), SyncScheduler::LiveState::Open);
    }

    void theBackgroundAndNoNetworkGiveUpTheHeldPull()
    {
        LiveRig rig;
        QSignalSpy finished(rig.engine.get(), &SyncEngine::finished);
        QVERIFY(rig.goLive());
        rig.scheduler->setForeground(false);
        QCOMPARE(rig.transport.heldOpen(), 0); // aborted, no answer awaited
        QCOMPARE(rig.scheduler->liveState(), SyncScheduler::LiveState::Off);
        QVERIFY(rig.scheduler->nextAttempt().isValid()); // the periodic sync goes on
        QVERIFY(rig.engine->lastError().isNull()); // nothing shown
        const int runs = int(finished.size());
        rig.scheduler->setForeground(true); // a normal sync, then a live pull again
        QTRY_COMPARE_WITH_TIMEOUT(rig.transport.heldOpen(), 1, 10000);
        QCOMPARE(finished.size(), runs + 1);
        rig.scheduler->setNetworkReachable(false);
        QCOMPARE(rig.transport.heldOpen(), 0);
        QCOMPARE(rig.scheduler->liveState(), SyncScheduler::LiveState::Off);
        rig.scheduler->setNetworkReachable(true);
        QTRY_COMPARE_WITH_TIMEOUT(rig.transport.heldOpen(), 1, 10000);
    }

    void aPushDoesNotWaitForTheHeldPull()
    {
        LiveRig rig;
        QVERIFY(rig.goLive());
        QSignalSpy finished(rig.engine.get(), &SyncEngine::finished);
        LocalActions actions(
            rig.fixture.vault->database(), [] { return QDateTime::currentDateTimeUtc(); });
        QVERIFY(actions.markRead(u"d9"_s).mutationId > 0);
        rig.scheduler->trigger(); // what the app does after a local action
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QVERIFY(finished.first().first().toBool());
        QCOMPARE(rig.pushes, 1);
        QCOMPARE(rig.engine->pendingCount(), 0);
        QCOMPARE(rig.transport.heldOpen(), 1); // still held, the same one
        QCOMPARE(rig.scheduler->livePullsOpened(), 1);
    }

    void twoEarlyEmptyAnswersFallBackToPolling()
    {
        // A server (or proxy) that ignores wait= answers at once with nothing.
        LiveRig rig;
        QVERIFY(rig.goLive());
        rig.answer(SyncFixtures::page({}, u"k1"_s), 100);
        QTRY_COMPARE_WITH_TIMEOUT(rig.scheduler->livePullsOpened(), 2, 10000);
        QCOMPARE(rig.scheduler->liveState(), SyncScheduler::LiveState::Open);
        rig.answer(SyncFixtures::page({}, u"k1"_s), 100);
        QTRY_COMPARE_WITH_TIMEOUT(
            rig.scheduler->liveState(), SyncScheduler::LiveState::FallenBack, 10000);
        QCOMPARE(rig.transport.heldOpen(), 0);
        const qint64 off = QDateTime::currentDateTimeUtc().msecsTo(rig.scheduler->liveResumesAt());
        QVERIFY2(off > 14 * 60000 && off <= 15 * 60000, qPrintable(QString::number(off)));
        QVERIFY(rig.scheduler->nextAttempt().isValid()); // polling
        // A run that works meanwhile does not reopen it.
        QSignalSpy finished(rig.engine.get(), &SyncEngine::finished);
        rig.scheduler->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(rig.transport.heldOpen(), 0);
    }

    void cutLivePullsFallBackAndComeBackLater()
    {
        LiveRig rig;
        rig.scheduler->setLiveFallback(50ms);
        QVERIFY(rig.goLive());
        rig.transport.answerHeld(FakeTransport::cut()); // a proxy cut it: a sync, then again
        QTRY_COMPARE_WITH_TIMEOUT(rig.scheduler->livePullsOpened(), 2, 10000);
        QCOMPARE(rig.scheduler->liveState(), SyncScheduler::LiveState::Open);
        rig.transport.answerHeld(FakeTransport::json(504, FakeTransport::error(u"unavailable")));
        QTRY_COMPARE_WITH_TIMEOUT(
            rig.scheduler->liveState(), SyncScheduler::LiveState::FallenBack, 10000);
        // After the fallback time, a live pull opens again by itself.
        QTRY_COMPARE_WITH_TIMEOUT(
            rig.scheduler->liveState(), SyncScheduler::LiveState::Open, 10000);
        QCOMPARE(rig.transport.heldOpen(), 1);
    }

    void aRateLimitedLivePullWaitsForRetryAfter()
    {
        LiveRig rig;
        QVERIFY(rig.goLive());
        HttpResponse limited = FakeTransport::json(429, FakeTransport::error(u"rate_limited"));
        limited.headers.append(std::pair<QByteArray, QByteArray>("retry-after", "120"));
        rig.transport.answerHeld(limited);
        QTRY_COMPARE_WITH_TIMEOUT(
            rig.scheduler->liveState(), SyncScheduler::LiveState::FallenBack, 10000);
        const qint64 off = QDateTime::currentDateTimeUtc().msecsTo(rig.scheduler->liveResumesAt());
        QVERIFY2(off > 110000 && off <= 120000, qPrintable(QString::number(off)));
    }

    void liveModeIsOffUnlessEnabled()
    {
        // `handbook sync` and other one-shot users: no live pull.
        LiveRig rig;
        rig.scheduler->setLiveEnabled(false);
        QSignalSpy finished(rig.engine.get(), &SyncEngine::finished);
        rig.scheduler->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(rig.transport.heldOpen(), 0);
        QCOMPARE(rig.transport.sent(u"/v1/sync/pull"_s).size(), 1);
        QCOMPARE(rig.scheduler->liveState(), SyncScheduler::LiveState::Off);
    }
};

QTEST_GUILESS_MAIN(TestSyncScheduler)
#include "tst_syncscheduler.moc"
