#include "windowdriver.h"

#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QPointer>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace WindowDriver {

// The visible item called `name` on screen (pages below the top one in a StackView are
// hidden), searching the visual tree.
QQuickItem *findVisibleIn(QQuickItem *item, const QString &name)
{
    if (!item->isVisible() || item->opacity() <= 0)
        return nullptr;
    if (item->objectName() == name && item->width() > 0)
        return item;
    const auto children = item->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = findVisibleIn(child, name))
            return found;
    }
    return nullptr;
}

QQuickItem *findVisible(QQuickWindow *window, const QString &name)
{
    return findVisibleIn(window->contentItem(), name);
}

// True when `item` is on screen: inside the window and the page (the nearest Flickable)
// that holds it. Otherwise scrolls that page towards it, as the member would, and returns
// false: call again once the scene has updated (the page may also have grown meanwhile).
bool scrollTo(QQuickWindow *window, QQuickItem *item)
{
    const QRectF inScene = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    const bool inWindow = QRectF(QPointF(0, 0), window->size()).contains(inScene.center());
    for (QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
        if (!p->property("contentY").isValid() || !p->property("flicking").isValid())
            continue;
        auto *content = p->property("contentItem").value<QQuickItem *>();
        if (!content)
            break;
        const QRectF inView = item->mapRectToItem(p, QRectF(0, 0, item->width(), item->height()));
        if (inView.top() >= 0 && inView.bottom() <= p->height() && inWindow)
            return true;
        const double y = item->mapToItem(content, QPointF(0, 0)).y();
        // A ListView's content may start above 0 (originY).
        const double minY = p->property("originY").toDouble();
        const double maxY
            = std::max(minY, minY + p->property("contentHeight").toDouble() - p->height());
        p->setProperty("contentY", std::clamp(y - p->height() / 3, minY, maxY));
        return false;
    }
    return inWindow;
}

// True once the page stack is not in a transition (taps during one miss their target).
bool settled(QQuickWindow *window)
{
    auto *stack = window->findChild<QQuickItem *>(u"stack"_s);
    return stack && !stack->property("busy").toBool();
}

// Clicks the middle of `item` as a finger would (scrolling it into view first), once the
// pages have stopped moving. Fails (rather than crash) when the item goes away meanwhile,
// e.g. a list delegate when its model reloads.
void click(QQuickWindow *window, QQuickItem *item)
{
    const QPointer<QQuickItem> alive(item);
    QVERIFY(alive);
    QVERIFY(QTest::qWaitFor([window] { return settled(window); }, 10000));
    QVERIFY2(alive, "the item to tap went away");
    QVERIFY2(QTest::qWaitFor([&] { return !alive || scrollTo(window, item); }, 5000),
        "the item to tap cannot be brought on screen");
    QVERIFY2(alive, "the item to tap went away");
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    QTest::mouseClick(window, Qt::LeftButton, {}, centre.toPoint());
}

// Taps the visible item called `name` once the pages have stopped moving: while a page
// slides in, the one it covers is still on screen, with buttons of the same names.
// An item found by name may be a list delegate that its model replaces (a sync that lands
// meanwhile reloads the home page's lists): the tap finds the item by its name again, a few
// times, before it fails as click() does.
void tap(QQuickWindow *window, const QString &name)
{
    for (int attempt = 0; attempt < 5; ++attempt) {
        QVERIFY(QTest::qWaitFor([window] { return settled(window); }, 10000));
        QQuickItem *item = nullptr;
        QVERIFY2(
            QTest::qWaitFor([&] { return (item = findVisible(window, name)) != nullptr; }, 20000),
            qPrintable(name));
        const QPointer<QQuickItem> alive(item);
        if (QTest::qWaitFor([window] { return settled(window); }, 10000) && alive
            && QTest::qWaitFor([&] { return !alive || scrollTo(window, item); }, 5000) && alive)
            break;
    }
    QQuickItem *item = findVisible(window, name);
    QVERIFY2(item, qPrintable(name));
    click(window, item);
}

// Types ASCII text key by key into the window's focused item (QTest has keyClicks for
// widgets only).
void typeText(QQuickWindow *window, const QString &text)
{
    for (const QChar c : text)
        QTest::keyClick(window, c.toLatin1());
}

// Vietnamese text as a Vietnamese keyboard (an input method) delivers it: committed to the
// focused item; key clicks can only carry Latin-1.
void commitText(QQuickWindow *window, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(window->focusObject(), &event);
}

bool typeInto(QQuickWindow *window, const QString &fieldName, const QString &text)
{
    QQuickItem *labelled = findVisible(window, fieldName);
    auto *input = labelled ? labelled->property("field").value<QQuickItem *>() : nullptr;
    if (!input)
        return false;
    click(window, input);
    input->setProperty("text", QString());
    typeText(window, text);
    return input->property("text").toString() == text;
}

bool enterPin(QQuickWindow *window, const QString &pin)
{
    if (!QTest::qWaitFor([window] { return settled(window); }, 10000))
        return false;
    for (const QChar digit : pin) {
        QQuickItem *key = findVisible(window, u"pinKey"_s + digit);
        if (!key)
            return false;
        click(window, key);
    }
    QQuickItem *submit = findVisible(window, u"pinKeySubmit"_s);
    if (!submit || !QTest::qWaitFor([submit] { return submit->isEnabled(); }, 5000))
        return false;
    click(window, submit);
    return true;
}

} // namespace WindowDriver
