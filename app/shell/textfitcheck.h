// --check-text (with --screenshot): the texts of a rendered window that a reader cannot read
// whole. Used by tests/integration/tst_ui_textfit on every screenshot state, text size and
// language (nothing cut at 200 %).
#pragma once

#include <QString>
#include <QStringList>

class QQuickWindow;

namespace TextFitCheck {

// One line per visible Text (Label, ...) of `window` that is truncated (elided or cut at
// maximumLineCount) or whose painted text reaches outside the window horizontally:
// "truncated|overflow <object name or type> x=<left> w=<painted width> window=<width> <text>".
// Empty when every text fits.
[[nodiscard]] QStringList problems(QQuickWindow *window);

} // namespace TextFitCheck
