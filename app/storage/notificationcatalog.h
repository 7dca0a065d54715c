// The member's notifications in the vault (pulled `notification` rows: a new meeting, a
// changed or cancelled one, a shared document, a reply...) and which of them the member has
// already seen on this device (a local mark, never synced).
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

class SqliteDatabase;

struct NotificationItem
{
    QString id;
    QString kind;
    QString title;
    QString body;
    QString refType; // e.g. meeting, document, feedback
    QString refId;
    QDateTime createdAt;
    bool unread = false;
};

class NotificationCatalog
{
public:
    explicit NotificationCatalog(SqliteDatabase &db);

    // Newest first.
    [[nodiscard]] QList<NotificationItem> recent(int limit);
    [[nodiscard]] int unreadCount();
    // Everything up to `now` counts as seen.
    void markAllSeen(const QDateTime &now);

private:
    [[nodiscard]] QString seenUntil();

    SqliteDatabase &m_db;
};
