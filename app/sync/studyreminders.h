// Reminders on the device for studies not yet handed in (DESIGN.md 8.3, issue 18): three days
// and one day before the due date, once per stage, for each open study of the member's
// audience that they have not submitted (or that the secretary returned). A stage reached is
// written to study_reminders with the time it was first shown; the home screen shows the
// current reminders on its studies card and the notifications page lists every reminder
// recorded (newest first) while the study still waits for the member. "Today" is the date in
// Vietnam (UTC+7), as due dates are; the caller passes "now" (tests inject it).
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

class SqliteDatabase;

struct StudyReminder
{
    QString studyId;
    QString title;
    QDate dueDate;
    int stage = 0; // days before the due date: 3 or 1
    QDateTime shownAt; // when this device first showed it (UTC)
};

class StudyReminders
{
public:
    explicit StudyReminders(SqliteDatabase &db);

    // The stage a study is in with `daysLeft` days to its due date: 3 (three or two days
    // left), 1 (one day left, or due today), 0 (more than three days, or overdue).
    [[nodiscard]] static int stageFor(qint64 daysLeft);

    // Records the stage each waiting study has reached at `now` (once per stage) and returns
    // the reminders recorded by this call. Throws StorageError.
    QList<StudyReminder> update(const QDateTime &now);
    // Every recorded reminder of a study that still waits for the member at `now`, newest
    // first (a study handed in, closed or past its due date drops out).
    [[nodiscard]] QList<StudyReminder> active(const QDateTime &now);

private:
    // The open studies of my audience not submitted (or returned) and not past their date.
    [[nodiscard]] QList<StudyReminder> waiting(const QDateTime &now);

    SqliteDatabase &m_db;
};
