// The one timer for every connection's deadlines (http/connectionsweep): each entry is told
// once its deadline has passed and not before; a moved or cancelled deadline is not told; an
// entry may schedule again, cancel another, or go away from its callback; 10,000 deadlines,
// each moved later, are each told once.
#include "http/connectionsweep.h"

#include <QTest>
#include <functional>
#include <memory>
#include <vector>

namespace {

struct Probe : ConnectionSweep::Entry
{
    void deadlineReached() override
    {
        ++calls;
        at = ConnectionSweep::now();
        if (then)
            then();
    }
    int calls = 0;
    qint64 at = -1;
    std::function<void()> then;
};

} // namespace

class TestConnectionSweep : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toldOnceWhenDue()
    {
        ConnectionSweep sweep;
        Probe early, late;
        const qint64 start = ConnectionSweep::now();
        sweep.schedule(&late, start + 200);
        sweep.schedule(&early, start + 50);
        QTRY_COMPARE_WITH_TIMEOUT(early.calls, 1, 2000);
        QVERIFY(early.at >= start + 50);
        QCOMPARE(late.calls, 0);
        QTRY_COMPARE_WITH_TIMEOUT(late.calls, 1, 2000);
        QVERIFY(late.at >= start + 200);
        QTest::qWait(100);
        QCOMPARE(early.calls, 1);
        QCOMPARE(late.calls, 1);
        QCOMPARE(sweep.size(), 0);
    }

    void movedLaterIsToldAtTheNewDeadline()
    {
        ConnectionSweep sweep;
        Probe probe;
        const qint64 start = ConnectionSweep::now();
        sweep.schedule(&probe, start + 30);
        sweep.schedule(&probe, start + 250); // data came: the idle time starts again
        QCOMPARE(sweep.size(), 1);
        QTest::qWait(120);
        QCOMPARE(probe.calls, 0);
        QTRY_COMPARE_WITH_TIMEOUT(probe.calls, 1, 2000);
        QVERIFY(probe.at >= start + 250);
    }

    void movedEarlierIsToldEarlier()
    {
        ConnectionSweep sweep;
        Probe probe;
        const qint64 start = ConnectionSweep::now();
        sweep.schedule(&probe, start + 5000);
        sweep.schedule(&probe, start + 30);
        QTRY_COMPARE_WITH_TIMEOUT(probe.calls, 1, 1000);
    }

    void cancelledIsNotTold()
    {
        ConnectionSweep sweep;
        Probe probe;
        sweep.schedule(&probe, ConnectionSweep::now() + 30);
        sweep.cancel(&probe);
        QCOMPARE(sweep.size(), 0);
        QTest::qWait(100);
        QCOMPARE(probe.calls, 0);
        sweep.cancel(&probe); // twice is harmless
    }

    void callbacksMayRescheduleAndCancelOthers()
    {
        ConnectionSweep sweep;
        Probe first, second, third;
        auto gone = std::make_unique<Probe>();
        const qint64 start = ConnectionSweep::now();
        // All due in the same sweep: the first schedules itself again and cancels the second;
        // the third's deadline owner goes away (as a closed connection's guard does).
        first.then = [&] {
            if (first.calls == 1) {
                sweep.schedule(&first, ConnectionSweep::now() + 50);
                sweep.cancel(&second);
                sweep.cancel(gone.get());
                gone.reset();
            }
        };
        sweep.schedule(&first, start + 20);
        sweep.schedule(&second, start + 21);
        sweep.schedule(gone.get(), start + 21);
        sweep.schedule(&third, start + 21);
        QTest::qSleep(60); // no event processed: all four are due when the timer fires
        QTRY_COMPARE_WITH_TIMEOUT(first.calls, 2, 2000);
        QCOMPARE(second.calls, 0);
        QCOMPARE(third.calls, 1);
    }

    void tenThousandDeadlines()
    {
        ConnectionSweep sweep;
        std::vector<Probe> probes(10000);
        const qint64 start = ConnectionSweep::now();
        for (size_t i = 0; i < probes.size(); ++i)
            sweep.schedule(&probes[i], start + 100 + qint64(i % 100));
        QCOMPARE(sweep.size(), 10000);
        // Each deadline moved later, as data on every connection does.
        for (size_t i = 0; i < probes.size(); ++i)
            sweep.schedule(&probes[i], start + 300 + qint64(i % 100));
        QCOMPARE(sweep.size(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(sweep.size(), 0, 5000);
        for (const Probe &probe : probes) {
            QCOMPARE(probe.calls, 1);
            QVERIFY(probe.at >= start + 300);
        }
    }
};

QTEST_GUILESS_MAIN(TestConnectionSweep)
#include "tst_connectionsweep.moc"
