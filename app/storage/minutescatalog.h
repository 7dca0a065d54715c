// The device's own bookkeeping of a meeting's minutes (issue 21): the secretary's draft as
// she writes it (vault migration 10, never sent), the minutes this member has opened
// (minutes_seen, migration 9), and the published minutes an absent member has not opened yet
// (the home screen's card until she does).
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

class SqliteDatabase;

// A meeting whose minutes wait to be read.
struct UnseenMinutes
{
    QString meetingId;
    QString title;
    QDateTime startsAt; // UTC
};

// The secretary's draft of a meeting's minutes.
struct MinutesDraft
{
    QString text;
    QDateTime updatedAt; // UTC
};

class MinutesCatalog
{
public:
    // `db` is the open vault's database (not owned).
    explicit MinutesCatalog(SqliteDatabase &db);

    [[nodiscard]] std::optional<MinutesDraft> draft(const QString &meetingId);
    void saveDraft(const QString &meetingId, const QString &text, const QDateTime &at);
    void removeDraft(const QString &meetingId);

    // The member opened the minutes of the meeting (kept once, the first time).
    void markSeen(const QString &meetingId, const QDateTime &at);
    [[nodiscard]] bool seen(const QString &meetingId);
    // Meetings of the member's cell with published minutes she has not opened and was not
    // present at (her attendance is not "present": marked absent, or not marked while the
    // meeting took place, which its minutes show), the newest first. Nothing for the cell's
    // secretary, who publishes them.
    [[nodiscard]] QList<UnseenMinutes> unseenByAbsentMember();

private:
    SqliteDatabase &m_db;
};
