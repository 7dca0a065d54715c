#include "textfitcheck.h"

#include <QMetaObject>
#include <QQuickItem>
#include <QQuickWindow>

using namespace Qt::StringLiterals;

namespace {

// QQuickText is private API: recognise it (and QQuickLabel, which derives from it) by its
// meta-object chain.
bool isText(const QQuickItem *item)
{
    for (const QMetaObject *meta = item->metaObject(); meta; meta = meta->superClass()) {
        if (qstrcmp(meta->className(), "QQuickText") == 0)
            return true;
    }
    return false;
}

// Visible to the user: effectively visible, not transparent (itself or an ancestor).
bool isShown(const QQuickItem *item)
{
    if (!item->isVisible())
        return false;
    for (const QQuickItem *it = item; it; it = it->parentItem()) {
        if (it->opacity() <= 0.0)
            return false;
    }
    return true;
}

QString describe(const QQuickItem *item)
{
    QString name = item->objectName();
    if (name.isEmpty())
        name = QString::fromLatin1(item->metaObject()->className());
    return name;
}

void walk(QQuickItem *item, qreal windowWidth, QStringList &found)
{
    if (!item->isVisible())
        return;
    // Also the texts scrolled out of view: the user scrolls to them.
    if (isText(item) && isShown(item) && !item->property("text").toString().isEmpty()) {
        const QString text = item->property("text").toString().simplified().left(80);
        const qreal painted = item->property("paintedWidth").toReal();
        // Where the painted text starts inside the item (horizontalAlignment).
        const int align = item->property("effectiveHorizontalAlignment").toInt();
        qreal offset = 0;
        if (align & Qt::AlignRight)
            offset = item->width() - painted;
        else if (align & Qt::AlignHCenter)
            offset = (item->width() - painted) / 2;
        const QPointF left = item->mapToScene(QPointF(offset, 0));
        const QPointF right = item->mapToScene(QPointF(offset + painted, 0));
        const auto line = [&](const char *what) {
            return u"%1 %2 x=%3 w=%4 window=%5 %6"_s.arg(QLatin1String(what), describe(item))
                .arg(qRound(left.x()))
                .arg(qRound(painted))
                .arg(qRound(windowWidth))
                .arg(text);
        };
        if (item->property("truncated").toBool())
            found << line("truncated");
        else if (left.x() < -0.5 || right.x() > windowWidth + 0.5)
            found << line("overflow");
    }
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children)
        walk(child, windowWidth, found);
}

} // namespace

QStringList TextFitCheck::problems(QQuickWindow *window)
{
    QStringList found;
    if (window && window->contentItem())
        walk(window->contentItem(), window->width(), found);
    return found;
}
