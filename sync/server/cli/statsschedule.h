// serve's statistics schedule (docs/decisions.md "Statistics"): every --stats-interval minutes
// the serving process recounts the org_stats of this month and the last
// (records/orgstatistics.h). With several workers, or several instances on one database, one
// of them does it per interval: each claims the interval by a compare-and-set of the
// `stats_refreshed_at` value in server_meta, and the others, finding it taken, skip.
//
// The first run comes one interval after the start, not at once: a restart (or every test
// server) does not recount what the previous process, `demo` or `stats refresh` just did.
#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

class ServerDatabase;

class StatsSchedule : public QObject
{
    Q_OBJECT

public:
    // intervalMinutes 0 turns the schedule off.
    StatsSchedule(ServerDatabase &database, int intervalMinutes, QObject *parent = nullptr);
    void start();

    static constexpr int kDefaultIntervalMinutes = 10;

private:
    void tick();

    ServerDatabase &m_database;
    int m_intervalMinutes;
    QTimer m_timer;
};
