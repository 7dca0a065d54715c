// The short confirmation a page shows after an action on another page returned to it
// ("Đã lên lịch…", "Đã lưu tài liệu để chia sẻ…"): the page that acted posts it, then goes
// back; the ConfirmationBar of the page below shows it for a few seconds.
#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

class Confirmations : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit Confirmations(QObject *parent = nullptr)
        : QObject(parent)
    { }

    // Tells the pages' ConfirmationBars to show `message`.
    Q_INVOKABLE void post(const QString &message) { Q_EMIT posted(message); }

Q_SIGNALS:
    void posted(const QString &message);
};
