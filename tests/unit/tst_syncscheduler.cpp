// When to sync: RetryBackoff grows exponentially with seeded jitter up to a cap;
// SyncScheduler syncs at start, waits out the backoff after failures (a trigger during the
// wait does not hammer the server), and syncs at once on "sync now" or when the network
// comes back.
#include "authsession.h"
#include "faketransport.h"
#include "retrybackoff.h"
#include "syncengine.h"
#include "syncfixtures.h"
#include "syncscheduler.h"
#include "vaultfixture.h"
#include "vaultsyncstore.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

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
};

QTEST_GUILESS_MAIN(TestSyncScheduler)
#include "tst_syncscheduler.moc"
