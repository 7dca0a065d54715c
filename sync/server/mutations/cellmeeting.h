// A meeting as the outcome mutations (DESIGN.md 8.5) see it: who may act on it and when.
// Shared by meetingoutcomemutations (comments, end, minutes) and votemutations.
#pragma once

#include "mutations/mutationhandler.h"

#include <QDateTime>
#include <QString>
#include <optional>

struct MeetingRecord
{
    QString id;
    QString orgId; // the cell
    QString title;
    QDateTime startsAt; // UTC
    QString status; // Protocol::MeetingStatus
    bool hasMinutes = false;

    // Attendance, votes, the end and the minutes may come from this long before the start.
    static constexpr qint64 kLeadSeconds = 3600;

    // The meeting, or nullopt.
    [[nodiscard]] static std::optional<MeetingRecord> find(
        const QSqlDatabase &db, const QString &id);
    // The meeting when the caller is the secretary of its cell; else nullopt with *rejection
    // (forbidden for a member, not_found for another cell's or a missing meeting).
    [[nodiscard]] static std::optional<MeetingRecord> ofSecretary(
        const MutationContext &c, const QString &id, MutationOutcome *rejection);
    // The meeting when the caller is a member of its cell (a secretary included); else nullopt
    // with *rejection (forbidden without a member record, not_found otherwise).
    [[nodiscard]] static std::optional<MeetingRecord> ofMember(
        const MutationContext &c, const QString &id, MutationOutcome *rejection);

    // Whether it is still more than an hour before the start.
    [[nodiscard]] bool tooEarly(const QDateTime &now) const;
    // Scheduled or in progress.
    [[nodiscard]] bool isOn() const;
    // Marks a scheduled meeting in progress (the change recorded); nothing otherwise.
    void begin(WriteTransaction &tx) const;
    // Marks the member present or absent (the change recorded when it changes) and begins the
    // meeting: meeting.attendance once allowed, and a room check-in (roommutations).
    void markAttendance(WriteTransaction &tx, const QString &memberId, bool present) const;
    // Marks the meeting done (ended_at set, its open votes closed and tallied).
    void end(WriteTransaction &tx, const QDateTime &now) const;
};
