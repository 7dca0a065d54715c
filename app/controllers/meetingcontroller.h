// One meeting of the cell: title, time (Vietnam time), place, agenda, the documents to read
// before it with my read markers, my answer (attending, or absent with a reason; changeable
// until the meeting starts); for the secretary also cancelling, and the attendance figures
// once it was taken.
#pragma once

#include "cellcontroller.h"
#include "documentlistmodel.h"
#include "wire.h"

class MeetingController : public CellController
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString meetingId READ meetingId WRITE setMeetingId NOTIFY meetingIdChanged)
    Q_PROPERTY(bool found READ found NOTIFY meetingChanged)
    Q_PROPERTY(QString title READ title NOTIFY meetingChanged)
    Q_PROPERTY(QString timeText READ timeText NOTIFY meetingChanged)
    Q_PROPERTY(QString location READ location NOTIFY meetingChanged)
    Q_PROPERTY(QString agenda READ agenda NOTIFY meetingChanged)
    Q_PROPERTY(Wire::MeetingStatus status READ meetingStatus NOTIFY meetingChanged)
    Q_PROPERTY(QString statusLabel READ statusLabel NOTIFY meetingChanged)
    Q_PROPERTY(QString cancelReason READ cancelReason NOTIFY meetingChanged)
    // A local change of the meeting waits for the server.
    Q_PROPERTY(bool pending READ pending NOTIFY meetingChanged)
    Q_PROPERTY(DocumentListModel *documents READ documents CONSTANT)
    // My answer (Wire.Attending, Wire.Absent or Wire.NoAnswer) and the reason of an absence.
    Q_PROPERTY(Wire::Answer myAnswer READ myAnswerKind NOTIFY meetingChanged)
    Q_PROPERTY(QString myReason READ myReason NOTIFY meetingChanged)
    Q_PROPERTY(bool answerPending READ answerPending NOTIFY meetingChanged)
    // Answers are taken until the meeting starts (and not for a cancelled one).
    Q_PROPERTY(bool canAnswer READ canAnswer NOTIFY meetingChanged)
    // The secretary may edit or cancel a scheduled meeting.
    Q_PROPERTY(bool canEdit READ canEdit NOTIFY meetingChanged)
    // The secretary may take attendance from an hour before the start.
    Q_PROPERTY(bool canTakeAttendance READ canTakeAttendance NOTIFY meetingChanged)
    // Attendance figures (the secretary's device has the whole cell's).
    Q_PROPERTY(bool attendanceTaken READ attendanceTaken NOTIFY meetingChanged)
    Q_PROPERTY(int presentCount READ presentCount NOTIFY meetingChanged)
    Q_PROPERTY(int absentCount READ absentCount NOTIFY meetingChanged)
    Q_PROPERTY(int memberCount READ memberCount NOTIFY meetingChanged)

public:
    explicit MeetingController(QObject *parent = nullptr);

    [[nodiscard]] QString meetingId() const { return m_meetingId; }
    void setMeetingId(const QString &id);
    [[nodiscard]] bool found() const { return m_found; }
    [[nodiscard]] QString title() const { return m_title; }
    [[nodiscard]] QString timeText() const { return m_timeText; }
    [[nodiscard]] QString location() const { return m_location; }
    [[nodiscard]] QString agenda() const { return m_agenda; }
    [[nodiscard]] QString status() const { return m_status; }
    [[nodiscard]] Wire::MeetingStatus meetingStatus() const
    {
        return Wire::meetingStatus(m_status);
    }
    [[nodiscard]] QString statusLabel() const;
    [[nodiscard]] QString cancelReason() const { return m_cancelReason; }
    [[nodiscard]] bool pending() const { return m_pending; }
    [[nodiscard]] DocumentListModel *documents() { return &m_documents; }
    [[nodiscard]] QString myAnswer() const { return m_myAnswer; }
    [[nodiscard]] Wire::Answer myAnswerKind() const { return Wire::answer(m_myAnswer); }
    [[nodiscard]] QString myReason() const { return m_myReason; }
    [[nodiscard]] bool answerPending() const { return m_answerPending; }
    [[nodiscard]] bool canAnswer() const;
    [[nodiscard]] bool canEdit() const;
    [[nodiscard]] bool canTakeAttendance() const;
    [[nodiscard]] bool attendanceTaken() const { return m_presentCount + m_absentCount > 0; }
    [[nodiscard]] int presentCount() const { return m_presentCount; }
    [[nodiscard]] int absentCount() const { return m_absentCount; }
    [[nodiscard]] int memberCount() const { return m_memberCount; }

    // meeting.rsvp: attending, or absent with a reason (required for an absence).
    bool answer(const QString &status, const QString &reason = {});
    // The same for QML: Wire.Attending or Wire.Absent.
    Q_INVOKABLE bool answerWith(Wire::Answer answer, const QString &reason = {});
    // meeting.cancel (secretary).
    Q_INVOKABLE bool cancelMeeting(const QString &reason);

Q_SIGNALS:
    void meetingIdChanged();
    void meetingChanged();

protected:
    void loadCell(SqliteDatabase &db) override;

private:
    QString m_meetingId;
    bool m_found = false;
    QString m_title;
    QDateTime m_startsAt;
    QString m_timeText;
    QString m_location;
    QString m_agenda;
    QString m_status;
    QString m_cancelReason;
    bool m_pending = false;
    DocumentListModel m_documents;
    QString m_myAnswer;
    QString m_myReason;
    bool m_answerPending = false;
    int m_presentCount = 0;
    int m_absentCount = 0;
    int m_memberCount = 0;
};
