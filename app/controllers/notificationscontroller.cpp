#include "notificationscontroller.h"

#include "cellcatalog.h"
#include "documentcatalog.h"
#include "studycatalog.h"

using namespace Qt::StringLiterals;

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

bool NotificationsController::open(const QString &notificationId)
{
    const auto item = m_model.item(notificationId);
    if (!item)
        return false;
    const Wire::Target target
        = NotificationListModel::targetKind(NotificationListModel::targetOf(*item));
    if (target == Wire::NoTarget)
        return false;
    bool present = true;
    const bool reached = withDatabase([&](SqliteDatabase &db) {
        if (target == Wire::TargetMeeting || target == Wire::TargetFollowUp)
            present = CellCatalog(db).meeting(item->refId).has_value();
        else if (target == Wire::TargetDocument)
            present = DocumentCatalog(db).document(item->refId).has_value();
        else if (target == Wire::TargetStudy)
            present = StudyCatalog(db).study(item->refId).has_value();
        // Feedback: the threads screen always opens (a reply may still be on its way); so
        // does the review page (the request may have been decided since, or be on its way).
    });
    if (!reached)
        return false;
    if (!present) {
        // Withdrawn, deleted or moved out of the member's reach since it was announced.
        setErrorMessage(tr("Nội dung của thông báo này không còn trên máy."));
        return false;
    }
    setErrorMessage({});
    // Seen: the vault's mark (everything listed up to now), and this card's "new" mark.
    markAllSeen();
    m_model.markSeen(notificationId);
    if (target == Wire::TargetMeeting)
        Q_EMIT meetingRequested(item->refId);
    else if (target == Wire::TargetDocument)
        Q_EMIT documentRequested(item->refId);
    else if (target == Wire::TargetFollowUp)
        Q_EMIT followUpRequested(item->refId);
    else if (target == Wire::TargetReview)
        Q_EMIT reviewRequested(item->refId);
    else if (target == Wire::TargetStudy)
        Q_EMIT studyRequested(item->refId);
    else
        Q_EMIT feedbackRequested(item->refId);
    return true;
}
