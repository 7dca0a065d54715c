#include "studiescontroller.h"

#include "homecontroller.h"
#include "studycatalog.h"
#include "studyreminders.h"
#include "syncstate.h"
#include "wirevalues.h"

using namespace Qt::StringLiterals;

StudiesController::StudiesController(QObject *parent)
    : CellController(parent)
{ }

bool StudiesController::isCommittee() const
{
    return m_role == Protocol::Role::Committee || m_role == Protocol::Role::Admin;
}

QString StudiesController::reminderText(const QString &title, const QDate &due, const QDate &today)
{
    const QString date = due.toString(u"dd/MM/yyyy"_s);
    const qint64 days = today.daysTo(due);
    if (days <= 0)
        return tr("Hôm nay là hạn nộp bài thu hoạch “%1” (hạn %2).").arg(title, date);
    return days == 1 ? tr("Còn 1 ngày đến hạn nộp bài thu hoạch “%1” (hạn %2).").arg(title, date)
                     : tr("Còn %1 ngày đến hạn nộp bài thu hoạch “%2” (hạn %3).")
                           .arg(QString::number(days), title, date);
}

void StudiesController::loadCell(SqliteDatabase &db)
{
    const QString role = SyncState(db).value(u"role"_s);
    if (role != m_role) {
        m_role = role;
        Q_EMIT identityChanged();
    }
    m_studies.setStudies(StudyCatalog(db).studies(), StudyCatalog::vietnamDate(now()));
    StudyReminders reminders(db);
    reminders.update(now());
    m_reminders.clear();
    const QDate today = StudyCatalog::vietnamDate(now());
    for (const StudyReminder &reminder : reminders.active(now())) {
        m_reminders.append(
            QVariantMap { { u"studyId"_s, reminder.studyId }, { u"title"_s, reminder.title },
                { u"text"_s, reminderText(reminder.title, reminder.dueDate, today) },
                { u"time"_s, HomeController::vietnamTime(reminder.shownAt) } });
    }
    Q_EMIT remindersChanged();
}
