// The notifications screen: the newest notifications (new ones marked), and "all seen" once
// the member has looked at them.
#pragma once

#include "notificationlistmodel.h"
#include "sessioncontroller.h"

class NotificationsController : public SessionController
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(NotificationListModel *notifications READ notifications CONSTANT)
    Q_PROPERTY(int unreadCount READ unreadCount NOTIFY unreadCountChanged)

public:
    static constexpr int kLimit = 200;

    explicit NotificationsController(QObject *parent = nullptr);

    [[nodiscard]] NotificationListModel *notifications() { return &m_model; }
    [[nodiscard]] int unreadCount() const { return m_unreadCount; }

    // Everything listed now counts as seen (the "new" marks stay until the next reload).
    Q_INVOKABLE bool markAllSeen();

Q_SIGNALS:
    void unreadCountChanged();

protected:
    void load(SqliteDatabase &db) override;

private:
    NotificationListModel m_model;
    int m_unreadCount = 0;
};
