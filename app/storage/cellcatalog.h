// Read-only queries over the replica for the cell's screens: the cell's meetings,
// its members, RSVP answers and attendance, who read which document, feedback threads, and
// which rows still wait for the server.
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

class SqliteDatabase;

// A meeting of the cell as the replica holds it.
struct CellMeeting
{
    QString id;
    QString orgId;
    QString title;
    QDateTime startsAt; // UTC
    QString location;
    QString agenda;
    QStringList documentIds;
    QString status; // scheduled, cancelled, done
    QString cancelReason;
    bool pending = false; // a local change is not yet accepted by the server
};

// A member of the cell (the directory: name and position).
struct CellMember
{
    QString id;
    QString fullName;
    QString position;
};

// One member's answer and attendance for one meeting.
struct AttendanceRecord
{
    QString memberId;
    QString rsvp; // attending, absent, or empty (no answer)
    QString reason;
    std::optional<bool> present; // unset until attendance is taken
    bool pending = false;
};

// One feedback message (a thread starts with a message without replyTo).
struct FeedbackEntry
{
    QString id;
    QString memberId;
    QString text;
    QString replyTo;
    QDateTime createdAt;
    bool pending = false;
};

class CellCatalog
{
public:
    // `db` is the open vault's database (not owned).
    explicit CellCatalog(SqliteDatabase &db);

    // The signed-in member and their cell (empty before the first sign-in).
    [[nodiscard]] QString memberId();
    [[nodiscard]] QString orgId();

    // Every meeting on this device, earliest first.
    [[nodiscard]] QList<CellMeeting> meetings();
    [[nodiscard]] std::optional<CellMeeting> meeting(const QString &id);
    // The members of an organisation, sorted the Vietnamese way (by given name, then the
    // whole name).
    [[nodiscard]] QList<CellMember> members(const QString &orgId);
    // The answers and attendance recorded for a meeting, by member id (a secretary has the
    // whole cell's; a member only their own).
    [[nodiscard]] QHash<QString, AttendanceRecord> attendance(const QString &meetingId);
    // The members who read a document.
    [[nodiscard]] QSet<QString> readers(const QString &documentId);
    // Every feedback message on this device, oldest first.
    [[nodiscard]] QList<FeedbackEntry> feedback();
    // A member's full name from the directory (empty when unknown).
    [[nodiscard]] QString memberName(const QString &memberId);

private:
    [[nodiscard]] bool isPending(const QString &type, const QString &id);

    SqliteDatabase &m_db;
};
