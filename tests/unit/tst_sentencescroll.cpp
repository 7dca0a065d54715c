// SentenceScroll: where the reader scrolls so the sentence read aloud stays on screen.
#include "sentencescroll.h"

#include <QTest>

class TestSentenceScroll : public QObject
{
    Q_OBJECT

    // A 800-px tall view over 5000 px of text, 120 px covered by the title bar and tools.
    static SentenceScrollView view(qreal contentY) { return { contentY, 800, 5000, 120, 0 }; }

private Q_SLOTS:
    // A sentence already in view: the text does not move.
    void visibleSentenceStays()
    {
        QCOMPARE(SentenceScroll::contentYFor(view(1000), 1300, 1400), 1000.0);
        // Just inside the margins.
        QCOMPARE(SentenceScroll::contentYFor(view(1000), 1000 + 120 + SentenceScroll::kMargin,
                     1800 - SentenceScroll::kMargin),
            1000.0);
    }

    // Below the screen (the next page of the text): brought to a third down the visible part.
    void belowComesUp()
    {
        const qreal y = SentenceScroll::contentYFor(view(1000), 1900, 1960);
        QCOMPARE(y, 1900 - (120 + (800 - 120) / 3.0));
        // Then it is in view, under the tools.
        QVERIFY(1900 >= y + 120 + SentenceScroll::kMargin);
        QVERIFY(1960 <= y + 800 - SentenceScroll::kMargin);
    }

    // Partly hidden at the bottom or under the tools counts as not visible.
    void partlyHidden()
    {
        QVERIFY(SentenceScroll::contentYFor(view(1000), 1750, 1830) > 1000);
        QVERIFY(SentenceScroll::contentYFor(view(1000), 1100, 1160) < 1000);
    }

    // Above (the member scrolled down, or reading started higher): brought down.
    void aboveComesDown()
    {
        const qreal y = SentenceScroll::contentYFor(view(3000), 500, 560);
        QCOMPARE(y, 500 - (120 + (800 - 120) / 3.0));
    }

    // A sentence taller than the rest of the view below the third: its top under the tools.
    void tallSentenceAtTop()
    {
        const qreal y = SentenceScroll::contentYFor(view(0), 2000, 2500);
        QCOMPARE(y, 2000 - 120 - SentenceScroll::kMargin);
    }

    // Never past the ends of the scroll range.
    void clamped()
    {
        QCOMPARE(SentenceScroll::contentYFor(view(2000), 10, 60), 0.0);
        QCOMPARE(SentenceScroll::contentYFor(view(0), 4950, 4990), 4200.0);
        // Text shorter than the view: nothing to scroll.
        QCOMPARE(SentenceScroll::contentYFor({ 0, 800, 500, 120, 0 }, 400, 480), 0.0);
    }

    // A player bar over the bottom counts as covered.
    void bottomInset()
    {
        const SentenceScrollView withBar { 1000, 800, 5000, 120, 100 };
        QVERIFY(SentenceScroll::contentYFor(withBar, 1650, 1700) > 1000);
        QCOMPARE(SentenceScroll::contentYFor(view(1000), 1650, 1700), 1000.0);
    }
};

QTEST_APPLESS_MAIN(TestSentenceScroll)
#include "tst_sentencescroll.moc"
