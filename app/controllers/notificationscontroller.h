// The notifications screen: the newest notifications (new ones marked), and "all seen" once
// the member has looked at them. A tap on one opens what it is about (a meeting, a document,
// the feedback threads; for a secretary, the follow-up of a meeting a member answered and the
// profile change requests to review): the controller checks the target is on the device,
// marks the notification seen and tells the page which screen to push.
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
    // Opens what the notification points at: marks it seen (its "new" mark goes), then
    // emits meetingRequested, documentRequested, feedbackRequested, followUpRequested or
    // reviewRequested or studyRequested. False (errorMessage set when useful) if it points at
    // nothing or its target is not on this device.
    Q_INVOKABLE bool open(const QString &notificationId);

Q_SIGNALS:
    void unreadCountChanged();
    void meetingRequested(const QString &meetingId);
    void documentRequested(const QString &documentId);
    // The reply (or question) the notification is about; the page shows the threads.
    void feedbackRequested(const QString &feedbackId);
    // A member's answer to a meeting (an absence): the secretary's follow-up of that meeting.
    void followUpRequested(const QString &meetingId);
    // A profile change request to decide: the review page (it lists every pending one).
    void reviewRequested(const QString &requestId);
    // A study assigned to the member or their reflection returned: the study page.
    void studyRequested(const QString &studyId);

protected:
    void load(SqliteDatabase &db) override;

private:
    NotificationListModel m_model;
    int m_unreadCount = 0;
};
