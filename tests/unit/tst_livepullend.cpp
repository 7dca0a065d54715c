// When a held live pull's wait ends (issue 19), LivePulls::quietEnd decides whether its answer
// is the empty page made in memory (no query) or must be read as a pull would: only when every
// change up to the newest known was tested against it, none woke it, and its cursor is of its
// user's scope. The empty page made in memory is the same JSON a pull would give
// (ChangeFeed::pageObject). tst_server_livepull compares it with a real pull's bytes.
#include "pullquery.h"
#include "sync/changefeed.h"
#include "sync/livepulls.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A pull held at cursor (generation 3, sequence 100) when the newest change known was 100;
// 120 is known now, nothing untested, nothing woken.
LivePulls::WaitEnd quiet()
{
    LivePulls::WaitEnd state;
    state.cursor = PullCursor { 3, 100 };
    state.scopeGeneration = 3;
    state.knownNewest = 120;
    state.newestAtHold = 100;
    state.untestedThrough = -1;
    state.woken = false;
    return state;
}

} // namespace

class TestLivePullEnd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quietWaitEndsInMemory()
    {
        // The cursor moves to the newest change known, past those it does not see.
        const auto cursor = LivePulls::quietEnd(quiet());
        QVERIFY(cursor.has_value());
        QCOMPARE(cursor->scopeGeneration, 3LL);
        QCOMPARE(cursor->sequence, 120LL);
    }

    void nothingNewKeepsTheCursor()
    {
        LivePulls::WaitEnd state = quiet();
        state.knownNewest = 100;
        QCOMPARE(LivePulls::quietEnd(state)->sequence, 100LL);
        // A cursor ahead of what this process has heard (the database read at the pull) stays.
        state.knownNewest = 100;
        state.cursor = PullCursor { 3, 105 };
        QCOMPARE(LivePulls::quietEnd(state)->sequence, 105LL);
    }

    void untestedChangeIsRead()
    {
        LivePulls::WaitEnd state = quiet();
        // A commit past the cursor whose rows could not be tested: read the page.
        state.untestedThrough = 110;
        QVERIFY(!LivePulls::quietEnd(state));
        // One up to the cursor only (before the pull was held): still in memory.
        state.untestedThrough = 100;
        QVERIFY(LivePulls::quietEnd(state));
    }

    void wokenPullIsRead()
    {
        LivePulls::WaitEnd state = quiet();
        state.woken = true;
        QVERIFY(!LivePulls::quietEnd(state));
    }

    void scopeChangeIsRead()
    {
        // The cursor is of another scope generation: its page is the reset snapshot.
        LivePulls::WaitEnd state = quiet();
        state.scopeGeneration = 4;
        QVERIFY(!LivePulls::quietEnd(state));
    }

    void unknownStateIsRead()
    {
        LivePulls::WaitEnd state = quiet();
        state.knownNewest.reset(); // not watched (a command beside the server)
        QVERIFY(!LivePulls::quietEnd(state));
        state = quiet();
        state.cursor.reset();
        QVERIFY(!LivePulls::quietEnd(state));
        state = quiet();
        state.newestAtHold = -1; // held while the newest was unknown
        QVERIFY(!LivePulls::quietEnd(state));
        state = quiet();
        state.cursor = PullCursor { 3, 90 }; // its page did not cover all that was known
        QVERIFY(!LivePulls::quietEnd(state));
    }

    void emptyPageIsThePullsShape()
    {
        const QJsonObject page
            = ChangeFeed::pageObject(QJsonArray(), PullCursor { 3, 120 }, false, false);
        QCOMPARE(page.value(u"changes"_s).toArray().size(), 0);
        QCOMPARE(
            page.value(Protocol::PullQuery::Cursor).toString(), (PullCursor { 3, 120 }).encode());
        QCOMPARE(page.value(u"has_more"_s).toBool(true), false);
        QCOMPARE(page.value(u"reset"_s).toBool(true), false);
        QCOMPARE(page.size(), 4);
        QVERIFY(!ChangeFeed::carriesNews(page));
    }
};

QTEST_GUILESS_MAIN(TestLivePullEnd)
#include "tst_livepullend.moc"
