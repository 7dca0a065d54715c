#include "http/connectionsweep.h"

#include <QDeadlineTimer>
#include <vector>

ConnectionSweep::ConnectionSweep()
{
    m_timer.setSingleShot(true);
    // A connection's deadline is met within a few ms, as with the QTimer each one had.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionSweep::onTimeout);
}

ConnectionSweep::~ConnectionSweep()
{
    for (const auto &[deadline, entry] : m_deadlines)
        entry->m_deadline = -1;
}

qint64 ConnectionSweep::now()
{
    return QDeadlineTimer::current(Qt::PreciseTimer).deadline();
}

void ConnectionSweep::schedule(Entry *entry, qint64 deadlineMs)
{
    if (entry->m_deadline == deadlineMs)
        return;
    if (entry->m_deadline >= 0)
        m_deadlines.erase({ entry->m_deadline, entry });
    entry->m_deadline = deadlineMs;
    m_deadlines.insert({ deadlineMs, entry });
    // Moved later, or behind the earliest: the timer stays as it is (an early wake-up finds
    // nothing due and arms again).
    if (!m_sweeping && (m_armedAt < 0 || deadlineMs < m_armedAt))
        arm();
}

void ConnectionSweep::cancel(Entry *entry)
{
    m_firing.remove(entry);
    if (entry->m_deadline < 0)
        return;
    m_deadlines.erase({ entry->m_deadline, entry });
    entry->m_deadline = -1;
    // The timer may stay armed for it: waking once for nothing is cheaper than a restart.
}

void ConnectionSweep::onTimeout()
{
    m_armedAt = -1;
    m_sweeping = true;
    const qint64 current = now();
    // Those due now, taken out first: a callback may schedule, cancel or (by closing its
    // connection) cause others to be cancelled.
    std::vector<Entry *> due;
    while (!m_deadlines.empty() && m_deadlines.begin()->first <= current) {
        Entry *entry = m_deadlines.begin()->second;
        m_deadlines.erase(m_deadlines.begin());
        entry->m_deadline = -1;
        due.push_back(entry);
        m_firing.insert(entry);
    }
    for (Entry *entry : due) {
        if (m_firing.remove(entry))
            entry->deadlineReached();
    }
    m_firing.clear();
    m_sweeping = false;
    arm();
}

void ConnectionSweep::arm()
{
    if (m_deadlines.empty()) {
        m_timer.stop();
        m_armedAt = -1;
        return;
    }
    m_armedAt = m_deadlines.begin()->first;
    m_timer.start(std::chrono::milliseconds(std::max<qint64>(0, m_armedAt - now())));
}
