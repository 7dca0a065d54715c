// One timer for the deadlines of every connection of a server (idle, stalled request, linger):
// a QTimer per connection costs Qt a sorted insert into its timer list on every restart, and
// with 10,000 held live pulls that list was a third of the process's CPU. The deadlines are
// kept ordered here; the one timer is armed at the earliest and moved only when an earlier
// one arrives, so a deadline that moves later (each piece of data resets the idle time) costs
// a tree update and no timer restart. Each entry is told when its deadline has passed; it
// decides what to do and schedules its next one. Lives on the thread of its connections.
#pragma once

#include <QObject>
#include <QSet>
#include <QTimer>
#include <set>
#include <utility>

class ConnectionSweep : public QObject
{
public:
    // What has a deadline: told once when it passes (its entry is gone by then).
    class Entry
    {
    public:
        virtual ~Entry() = default;
        // The deadline has passed.
        virtual void deadlineReached() = 0;

    private:
        friend class ConnectionSweep;
        qint64 m_deadline = -1; // ms of the monotonic clock; -1: none scheduled
    };

    ConnectionSweep();
    ~ConnectionSweep() override;

    // Milliseconds of the monotonic clock the deadlines are in.
    [[nodiscard]] static qint64 now();
    // Tells `entry` once `deadlineMs` has passed (replaces its previous deadline).
    void schedule(Entry *entry, qint64 deadlineMs);
    // Forgets the entry's deadline (call before the entry goes away).
    void cancel(Entry *entry);
    // The deadlines kept.
    [[nodiscard]] qsizetype size() const { return qsizetype(m_deadlines.size()); }

private:
    void onTimeout();
    void arm();

    std::set<std::pair<qint64, Entry *>> m_deadlines; // earliest first
    QSet<Entry *> m_firing; // due in the running sweep and not cancelled since
    QTimer m_timer;
    qint64 m_armedAt = -1; // the deadline the timer is armed for; -1: not armed
    bool m_sweeping = false; // in onTimeout: arm once at its end
};
