#include "cli/statsschedule.h"

#include "db/serverdatabase.h"
#include "db/sqlrunner.h"
#include "http/serverlog.h"
#include "records/orgstatistics.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;

StatsSchedule::StatsSchedule(ServerDatabase &database, int intervalMinutes, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_intervalMinutes(intervalMinutes)
{
    connect(&m_timer, &QTimer::timeout, this, &StatsSchedule::tick);
}

void StatsSchedule::start()
{
    if (m_intervalMinutes <= 0)
        return;
    m_timer.start(std::chrono::minutes(m_intervalMinutes));
}

void StatsSchedule::tick()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    try {
        if (!OrgStatistics::claimScheduledRefresh(m_database, now, qint64(m_intervalMinutes) * 60))
            return;
        QElapsedTimer timer;
        timer.start();
        // Two months, each its own short write transaction: last month still changes in its
        // first days (late check-ins, read receipts of its documents, device days).
        const int changed = OrgStatistics::refresh(m_database, 2, now);
        qCInfo(lcServer) << "statistics refreshed:" << changed << "rows changed in"
                         << timer.elapsed() << "ms";
    } catch (const DbError &error) {
        qCWarning(lcServer) << "statistics refresh failed:" << error.what();
    }
}
