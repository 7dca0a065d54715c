#include "notificationscontroller.h"

NotificationsController::NotificationsController(QObject *parent)
    : SessionController(parent)
{ }

void NotificationsController::load(SqliteDatabase &db)
{
    NotificationCatalog catalog(db);
    m_model.setItems(catalog.recent(kLimit));
    const int unread = catalog.unreadCount();
    if (unread != m_unreadCount) {
        m_unreadCount = unread;
        Q_EMIT unreadCountChanged();
    }
}

bool NotificationsController::markAllSeen()
{
    const bool ok = withDatabase([](SqliteDatabase &db) {
        NotificationCatalog(db).markAllSeen(QDateTime::currentDateTimeUtc());
    });
    if (ok && m_unreadCount != 0) {
        m_unreadCount = 0;
        Q_EMIT unreadCountChanged();
    }
    return ok;
}
