#include "windowstatus.h"

#include <QDateTime>
#include <QQuickItem>
#include <QQuickWindow>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// The first visible item named `name` under `item`, in the visual tree (pages a StackView
// creates need not be QObject children of the window).
QQuickItem *findVisible(QQuickItem *item, const QString &name)
{
    if (!item || !item->isVisible())
        return nullptr;
    if (item->objectName() == name)
        return item;
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = findVisible(child, name))
            return found;
    }
    return nullptr;
}

// When the sync shown by the banner around `headline` last succeeded (its `sync`).
QDateTime lastSuccess(const QQuickItem *headline)
{
    for (const QQuickItem *item = headline; item; item = item->parentItem()) {
        const QVariant sync = item->property("sync");
        if (sync.isValid()) {
            const QObject *controller = sync.value<QObject *>();
            return controller ? controller->property("lastSuccess").toDateTime() : QDateTime();
        }
    }
    return {};
}

} // namespace

void WindowStatus::printWhenAsked(QQuickWindow *window)
{
    if (!window || qEnvironmentVariable("HANDBOOK_PRINT_WINDOW_STATUS") != u"1")
        return;
    auto shown = std::make_shared<QString>();
    // frameSwapped may come from the render thread: the window as context queues the check.
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [window, shown] {
        const QQuickItem *headline = findVisible(window->contentItem(), u"syncHeadline"_s);
        QString text;
        if (headline)
            text = headline->property("text").toString() + u" | last success "_s
                + lastSuccess(headline).toUTC().toString(Qt::ISODateWithMs);
        if (text == *shown)
            return;
        *shown = text;
        std::fprintf(stderr, "window: sync: %s\n", text.toUtf8().constData());
        std::fflush(stderr);
    });
}
