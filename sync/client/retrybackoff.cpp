#include "retrybackoff.h"

#include <algorithm>

RetryBackoff::RetryBackoff(Duration initial, Duration maximum, quint32 seed)
    : m_initial(std::max(initial, Duration(1)))
    , m_maximum(std::max(maximum, m_initial))
    , m_random(seed)
{ }

RetryBackoff::Duration RetryBackoff::next()
{
    // 2^failures * initial, without overflowing.
    qint64 base = m_initial.count();
    for (int i = 0; i < m_failures && base < m_maximum.count(); ++i)
        base *= 2;
    base = std::min<qint64>(base, m_maximum.count());
    ++m_failures;
    const qint64 half = base / 2;
    return Duration(half + qint64(m_random.bounded(quint64(base - half) + 1)));
}

RetryBackoff::Duration RetryBackoff::next(Duration atLeast)
{
    return std::max(next(), atLeast);
}
