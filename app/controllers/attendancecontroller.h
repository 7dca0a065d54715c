// Taking attendance at a meeting (secretary), offline: each member of the cell marked present
// or absent (meeting.attendance through the outbox), with the running figures.
#pragma once

#include "cellcontroller.h"
#include "memberanswermodel.h"

class AttendanceController : public CellController
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString meetingId READ meetingId WRITE setMeetingId NOTIFY meetingIdChanged)
    Q_PROPERTY(bool found READ found NOTIFY meetingChanged)
    Q_PROPERTY(QString title READ title NOTIFY meetingChanged)
    Q_PROPERTY(QString timeText READ timeText NOTIFY meetingChanged)
    // Attendance can be taken now (from an hour before the start; not when cancelled).
    Q_PROPERTY(bool canTake READ canTake NOTIFY meetingChanged)
    // The members of the cell (alphabetical) with their answer and mark.
    Q_PROPERTY(MemberAnswerModel *members READ members CONSTANT)

public:
    explicit AttendanceController(QObject *parent = nullptr);

    [[nodiscard]] QString meetingId() const { return m_meetingId; }
    void setMeetingId(const QString &id);
    [[nodiscard]] bool found() const { return m_found; }
    [[nodiscard]] QString title() const { return m_title; }
    [[nodiscard]] QString timeText() const { return m_timeText; }
    [[nodiscard]] bool canTake() const;
    [[nodiscard]] MemberAnswerModel *members() { return &m_members; }

    // Marks one member present or absent; the list keeps its place.
    Q_INVOKABLE bool mark(const QString &memberId, bool present);
    // Marks every member not marked yet as present; returns how many were marked.
    Q_INVOKABLE int markRestPresent();

Q_SIGNALS:
    void meetingIdChanged();
    void meetingChanged();

protected:
    void loadCell(SqliteDatabase &db) override;
    // Marks change in place, so the list does not jump while the secretary goes down it.
    [[nodiscard]] bool reloadsOnDataChange() const override { return false; }

private:
    QString m_meetingId;
    bool m_found = false;
    QString m_title;
    QDateTime m_startsAt;
    QString m_status;
    QString m_timeText;
    MemberAnswerModel m_members;
};
