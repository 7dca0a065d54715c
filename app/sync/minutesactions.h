// The secretary's side of a meeting's end (DESIGN.md 8.5, issue 21): publishing the minutes
// (biên bản, meeting.minutes) and ending a meeting without minutes (meeting.end). Like
// StudyOrganiserActions, each queues its mutation together with its local effect in ONE vault
// transaction: the meeting row shows the minutes and the status done at once, marked pending
// until the server answers, and rolled back if it rejects them. The server's rules are checked
// first: the secretary of the meeting's cell, not cancelled, from an hour before the start,
// the limits of the text and the attachments.
#pragma once

#include "localactions.h"

#include <QList>
#include <QString>

class MinutesActions
{
public:
    using Result = LocalActions::Result;
    using Clock = LocalActions::Clock;

    // `db` is the open vault's database (not owned).
    explicit MinutesActions(SqliteDatabase &db, Clock clock = {});

    // meeting.minutes: `text` (trimmed, 1..Limit::Minutes) and up to Limit::MinutesAttachments
    // new files (stored in the vault, uploaded by the sync before the mutation). invalid_args
    // for the limits; not_signed_in; not_found for a meeting not on this device; forbidden
    // unless the signed-in user is the secretary of the meeting's cell; meeting_closed for a
    // cancelled meeting; too_early before an hour ahead of its start. The meeting row shows
    // the minutes (minutes_by_name, minutes_at) and becomes done (ended_at set if it was not).
    Result publishMinutes(const QString &meetingId, const QString &text,
        const QList<LocalActions::NewAttachment> &attachments = {});
    // meeting.end: the meeting is done without minutes. The same checks; a meeting already
    // done queues nothing (mutationId 0).
    Result endMeeting(const QString &meetingId);

private:
    // The stored meeting when the signed-in user may end or write the minutes of it; else
    // `error` holds the code.
    std::optional<QJsonObject> checkedMeeting(const QString &meetingId, QString &error);
    Result record(const QString &name, const QJsonObject &args, const QString &meetingId,
        const QJsonObject &row);

    SqliteDatabase &m_db;
    Clock m_clock;
};
