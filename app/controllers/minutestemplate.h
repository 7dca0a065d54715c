// The draft of a meeting's minutes (biên bản) from what the vault knows of it (issue 21): the
// usual headings of a cell's biên bản, filled in where the data is on this device: the time
// and place, the chair (the secretary writing it), the secretary to fill in, who was present
// and who was absent with the reason she gave (RSVP) or as attendance marked her, the agenda
// as the content, room for the conclusions, and the results of the meeting's closed votes
// (each choice's count; a secret vote's totals only, as the server tallied them).
#pragma once

#include <QDateTime>
#include <QString>

class SqliteDatabase;

class MinutesTemplate
{
public:
    // The template for `meetingId` (empty when the meeting is not on this device); `chairName`
    // is the name of the secretary writing it.
    [[nodiscard]] static QString build(
        SqliteDatabase &db, const QString &meetingId, const QString &chairName);
    // "19:30, ngày 27/11/2026" in Vietnam time (UTC+7): a document's wording, whatever the
    // app's language.
    [[nodiscard]] static QString vietnamTime(const QDateTime &utc);
    // "Kết quả biểu quyết" lines of the meeting's votes (empty when it has none).
    [[nodiscard]] static QStringList voteResults(SqliteDatabase &db, const QString &meetingId);
};
