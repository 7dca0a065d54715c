// Where the reader's text should scroll so the sentence read aloud stays on screen: a pure
// function of the geometry, so it is tested without a window.
#pragma once

#include <QtGlobal>

struct SentenceScrollView
{
    qreal contentY = 0; // the Flickable's current contentY
    qreal height = 0; // its visible height
    qreal contentHeight = 0; // the height of everything it scrolls
    qreal topInset = 0; // covered at the top (the title bar and tools lying over the text)
    qreal bottomInset = 0; // covered at the bottom
};

class SentenceScroll
{
public:
    // The space kept between the sentence and the edges of the visible part.
    static constexpr qreal kMargin = 24;

    // The contentY that shows the sentence [top, bottom) (content coordinates): the current
    // one while the whole sentence is visible (the text does not move under the eyes at every
    // sentence); else the sentence's top a third down the visible part (or at its top, past
    // the margin, when the sentence is taller than that), within the scroll range.
    [[nodiscard]] static qreal contentYFor(const SentenceScrollView &view, qreal top, qreal bottom);
};
