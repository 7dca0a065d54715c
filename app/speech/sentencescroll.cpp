#include "sentencescroll.h"

#include <algorithm>

qreal SentenceScroll::contentYFor(const SentenceScrollView &view, qreal top, qreal bottom)
{
    const qreal maxY = std::max<qreal>(0, view.contentHeight - view.height);
    const qreal visibleTop = view.contentY + view.topInset + kMargin;
    const qreal visibleBottom = view.contentY + view.height - view.bottomInset - kMargin;
    if (top >= visibleTop && bottom <= visibleBottom)
        return std::clamp<qreal>(view.contentY, 0, maxY);
    const qreal visible = std::max<qreal>(0, view.height - view.topInset - view.bottomInset);
    const qreal sentence = bottom - top;
    // A third down the visible part when the sentence fits below that line, else at the top.
    qreal offset = view.topInset + visible / 3;
    if (sentence > visible - visible / 3 - kMargin)
        offset = view.topInset + kMargin;
    return std::clamp<qreal>(top - offset, 0, maxY);
}
