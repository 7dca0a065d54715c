// Driving the app's real window in a test as a member's finger and keyboard would: find the
// visible item with an objectName, scroll its page until it is on screen, tap it once the pages
// have stopped moving, type ASCII key by key or commit Vietnamese as an input method does.
// Failures are QTest failures of the calling test function.
#pragma once

#include <QString>

class QQuickItem;
class QQuickWindow;

namespace WindowDriver {

QQuickItem *findVisibleIn(QQuickItem *item, const QString &name);
QQuickItem *findVisible(QQuickWindow *window, const QString &name);
bool scrollTo(QQuickWindow *window, QQuickItem *item);
bool settled(QQuickWindow *window);
void click(QQuickWindow *window, QQuickItem *item);
void tap(QQuickWindow *window, const QString &name);
void typeText(QQuickWindow *window, const QString &text);
void commitText(QQuickWindow *window, const QString &text);
// Types into a labelled field (LabeledField: its `field` is the input); true if it holds `text`.
bool typeInto(QQuickWindow *window, const QString &fieldName, const QString &text);
// Taps the PIN's digits and the confirm key of the PIN pad; false if a key is missing.
bool enterPin(QQuickWindow *window, const QString &pin);

} // namespace WindowDriver
