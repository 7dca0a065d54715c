// The home screen: the next cell meeting (time in Vietnam time) with its "read before the
// meeting" documents and which I have read, the newest documents, and the sync status as
// the vault records it (last successful sync, changes waiting to be sent); for a secretary
// (and a committee) what waits for them: profile requests to review, absences with reasons
// for the next meeting, feedback waiting for a reply, members who have not read the
// documents to read before the next meeting.
#pragma once

#include "documentlistmodel.h"
#include "rejectedchangesmodel.h"
#include "sessioncontroller.h"
#include "studylistmodel.h"
#include "wirevalues.h"

#include <QDateTime>
#include <functional>
#include <optional>

class HomeController : public SessionController
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool hasMeeting READ hasMeeting NOTIFY meetingChanged)
    Q_PROPERTY(QString meetingId READ meetingId NOTIFY meetingChanged)
    Q_PROPERTY(QString meetingTitle READ meetingTitle NOTIFY meetingChanged)
    Q_PROPERTY(QString meetingTime READ meetingTime NOTIFY meetingChanged)
    Q_PROPERTY(QString meetingLocation READ meetingLocation NOTIFY meetingChanged)
    Q_PROPERTY(DocumentListModel *meetingDocuments READ meetingDocuments CONSTANT)
    Q_PROPERTY(DocumentListModel *newDocuments READ newDocuments CONSTANT)
    Q_PROPERTY(QString syncStatus READ syncStatus NOTIFY syncStatusChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY syncStatusChanged)
    Q_PROPERTY(RejectedChangesModel *rejectedChanges READ rejectedChanges CONSTANT)
    Q_PROPERTY(int unreadNotifications READ unreadNotifications NOTIFY syncStatusChanged)
    Q_PROPERTY(int newSinceLastVisit READ newSinceLastVisit NOTIFY syncStatusChanged)
    // Who is signed in: a cell secretary, a committee (or admin) account.
    Q_PROPERTY(bool isSecretary READ isSecretary NOTIFY tasksChanged)
    Q_PROPERTY(bool isCommittee READ isCommittee NOTIFY tasksChanged)
    // "Việc cần làm": shown to a secretary, and to a committee while requests wait.
    Q_PROPERTY(bool hasTasks READ hasTasks NOTIFY tasksChanged)
    Q_PROPERTY(int requestsToReview READ requestsToReview NOTIFY tasksChanged)
    Q_PROPERTY(int absencesWithReason READ absencesWithReason NOTIFY tasksChanged)
    Q_PROPERTY(int feedbackWaiting READ feedbackWaiting NOTIFY tasksChanged)
    Q_PROPERTY(int membersWithUnread READ membersWithUnread NOTIFY tasksChanged)
    // The open studies the member is asked to do (the nearest due date first, overdue
    // marked); loading them records the reminders of the last days (StudyReminders).
    Q_PROPERTY(StudyListModel *openStudies READ openStudies CONSTANT)
    // The newest minutes of a meeting the member missed, until she opens them (issue 21).
    Q_PROPERTY(QString unseenMinutesId READ unseenMinutesId NOTIFY minutesChanged)
    Q_PROPERTY(QString unseenMinutesTitle READ unseenMinutesTitle NOTIFY minutesChanged)
    Q_PROPERTY(QString unseenMinutesTime READ unseenMinutesTime NOTIFY minutesChanged)

public:
    using Clock = std::function<QDateTime()>;

    static constexpr int kNewDocumentCount = 5;

    explicit HomeController(QObject *parent = nullptr);

    [[nodiscard]] bool hasMeeting() const { return !m_meetingTitle.isEmpty(); }
    [[nodiscard]] QString meetingId() const { return m_meetingId; }
    [[nodiscard]] QString meetingTitle() const { return m_meetingTitle; }
    // e.g. "19:30, Thứ Sáu 27/11/2026" in Vietnam time (UTC+7).
    [[nodiscard]] QString meetingTime() const { return m_meetingTime; }
    [[nodiscard]] QString meetingLocation() const { return m_meetingLocation; }
    [[nodiscard]] DocumentListModel *meetingDocuments() { return &m_meetingDocuments; }
    [[nodiscard]] DocumentListModel *newDocuments() { return &m_newDocuments; }
    // "Đồng bộ lần cuối: …" or "Chưa đồng bộ lần nào".
    [[nodiscard]] QString syncStatus() const { return m_syncStatus; }
    [[nodiscard]] int pendingCount() const { return m_pendingCount; }
    // Changes the server refused, with its reasons, until the member dismisses them.
    [[nodiscard]] RejectedChangesModel *rejectedChanges() { return &m_rejected; }
    [[nodiscard]] StudyListModel *openStudies() { return &m_openStudies; }
    [[nodiscard]] QString unseenMinutesId() const { return m_unseenMinutesId; }
    [[nodiscard]] QString unseenMinutesTitle() const { return m_unseenMinutesTitle; }
    [[nodiscard]] QString unseenMinutesTime() const { return m_unseenMinutesTime; }
    [[nodiscard]] int unreadNotifications() const { return m_unreadNotifications; }
    // Documents published since the member's previous visit (the visit before this
    // unlock), 0 on the first visit.
    [[nodiscard]] int newSinceLastVisit() const { return m_newSinceLastVisit; }

    [[nodiscard]] bool isSecretary() const { return m_role == Protocol::Role::Secretary; }
    [[nodiscard]] bool isCommittee() const
    {
        return m_role == Protocol::Role::Committee || m_role == Protocol::Role::Admin;
    }
    [[nodiscard]] bool hasTasks() const
    {
        return isSecretary() || (isCommittee() && m_requestsToReview > 0);
    }
    // Pending profile change requests this account decides.
    [[nodiscard]] int requestsToReview() const { return m_requestsToReview; }
    // Members of the cell who sent "absent" with a reason for the next meeting (secretary).
    [[nodiscard]] int absencesWithReason() const { return m_absencesWithReason; }
    // Feedback threads of other members whose last message is not the secretary's.
    [[nodiscard]] int feedbackWaiting() const { return m_feedbackWaiting; }
    // Members of the cell (other than me) with at least one unread document to read before
    // the next meeting.
    [[nodiscard]] int membersWithUnread() const { return m_membersWithUnread; }

    // The member has read a rejection: the vault forgets it.
    Q_INVOKABLE bool dismissRejected(qint64 mutationId);

    // For tests: what "now" is (defaults to the system clock).
    void setClock(Clock clock) { m_clock = std::move(clock); }

    // A time shown to the member: Vietnam time (UTC+7, no daylight saving), Vietnamese date.
    [[nodiscard]] static QString vietnamTime(const QDateTime &utc);

Q_SIGNALS:
    void meetingChanged();
    void syncStatusChanged();
    void tasksChanged();
    void minutesChanged();

protected:
    void load(SqliteDatabase &db) override;

private:
    void loadTasks(SqliteDatabase &db);

    Clock m_clock;
    QString m_role;
    int m_requestsToReview = 0;
    int m_absencesWithReason = 0;
    int m_feedbackWaiting = 0;
    int m_membersWithUnread = 0;
    QString m_meetingId;
    RejectedChangesModel m_rejected;
    StudyListModel m_openStudies;
    QString m_unseenMinutesId;
    QString m_unseenMinutesTitle;
    QString m_unseenMinutesTime;
    int m_unreadNotifications = 0;
    int m_newSinceLastVisit = 0;
    // The previous visit's time, read once when this screen first loads.
    std::optional<QString> m_previousVisit;
    QString m_meetingTitle;
    QString m_meetingTime;
    QString m_meetingLocation;
    DocumentListModel m_meetingDocuments;
    DocumentListModel m_newDocuments;
    QString m_syncStatus;
    int m_pendingCount = 0;
};
