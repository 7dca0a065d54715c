// What happens in a meeting (DESIGN.md 8.5, issue 21): the pulled rows of comments, votes and
// a member's own casts, and closing a vote with its tally. A secret vote's ballots
// (secret_ballots: the hash of a ballot key and a choice, no member, no time) are counted into
// votes.tally and deleted when the vote closes; they are never serialized. Writes run inside the
// caller's write transaction; throws DbError.
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class WriteTransaction;

class MeetingOutcomes
{
public:
    // A pulled row: the wire fields and the version.
    struct Row
    {
        QJsonObject data;
        qint64 version = 1;
    };

    // The meeting_comment rows with these ids (the author's name joined in).
    [[nodiscard]] static QHash<QString, Row> commentRows(
        const QSqlDatabase &db, const QStringList &ids);
    // The vote rows with these ids (tally null while open).
    [[nodiscard]] static QHash<QString, Row> voteRows(
        const QSqlDatabase &db, const QStringList &ids);
    // The vote_cast rows with these ids (choice null for a secret vote).
    [[nodiscard]] static QHash<QString, Row> castRows(
        const QSqlDatabase &db, const QStringList &ids);
    // meeting id -> the name of the member who published its minutes.
    [[nodiscard]] static QHash<QString, QString> minutesAuthors(
        const QSqlDatabase &db, const QStringList &meetingIds);

    // Closes an open vote of the cell `orgId`: counts its ballots into the tally (in the order of
    // its choices), deletes a secret vote's ballots and records the change. `closedAt` ISO UTC.
    static void closeVote(
        WriteTransaction &tx, const QString &voteId, const QString &orgId, const QString &closedAt);
    // Closes every open vote of the meeting; returns how many were closed.
    static int closeOpenVotes(WriteTransaction &tx, const QString &meetingId, const QString &orgId,
        const QString &closedAt);
};
