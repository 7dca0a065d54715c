#include "studyreminders.h"

#include "sqlitedatabase.h"
#include "studycatalog.h"
#include "timestamps.h"
#include "wirevalues.h"

#include <algorithm>

namespace SubmissionStatus = Protocol::SubmissionStatus;

StudyReminders::StudyReminders(SqliteDatabase &db)
    : m_db(db)
{ }

int StudyReminders::stageFor(qint64 daysLeft)
{
    if (daysLeft < 0 || daysLeft > 3)
        return 0;
    return daysLeft >= 2 ? 3 : 1;
}

QList<StudyReminder> StudyReminders::waiting(const QDateTime &now)
{
    const QDate today = StudyCatalog::vietnamDate(now);
    QList<StudyReminder> studies;
    for (const StudyEntry &entry : StudyCatalog(m_db).studies()) {
        if (!entry.mine || !entry.study.isOpen() || !entry.study.dueDate.isValid())
            continue;
        if (entry.submission && entry.submission->status != SubmissionStatus::Returned)
            continue;
        const int stage = stageFor(today.daysTo(entry.study.dueDate));
        if (stage == 0)
            continue;
        studies.append({ entry.study.id, entry.study.title, entry.study.dueDate, stage, {} });
    }
    return studies;
}

QList<StudyReminder> StudyReminders::update(const QDateTime &now)
{
    QList<StudyReminder> recorded;
    const QList<StudyReminder> due = waiting(now);
    if (due.isEmpty())
        return recorded;
    Transaction transaction(m_db);
    Statement record(m_db,
        "INSERT OR IGNORE INTO study_reminders(study_id, stage, shown_at) VALUES(?1, ?2, ?3)");
    for (StudyReminder reminder : due) {
        record.reset();
        record.bind(1, reminder.studyId)
            .bind(2, reminder.stage)
            .bind(3, Timestamps::toIso(now.toUTC()));
        record.exec();
        if (m_db.changes() > 0) {
            reminder.shownAt = now.toUTC();
            recorded.append(reminder);
        }
    }
    transaction.commit();
    return recorded;
}

QList<StudyReminder> StudyReminders::active(const QDateTime &now)
{
    QList<StudyReminder> reminders;
    Statement shown(
        m_db, "SELECT stage, shown_at FROM study_reminders WHERE study_id = ?1 ORDER BY stage");
    for (const StudyReminder &study : waiting(now)) {
        shown.reset();
        shown.bind(1, study.studyId);
        while (shown.step()) {
            StudyReminder reminder = study;
            reminder.stage = int(shown.integer(0));
            reminder.shownAt = Timestamps::fromIso(shown.text(1));
            reminders.append(reminder);
        }
    }
    std::sort(
        reminders.begin(), reminders.end(), [](const StudyReminder &a, const StudyReminder &b) {
            if (a.shownAt != b.shownAt)
                return a.shownAt > b.shownAt;
            return a.stage < b.stage;
        });
    return reminders;
}
