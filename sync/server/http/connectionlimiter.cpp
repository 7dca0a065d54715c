#include "http/connectionlimiter.h"

ConnectionLimiter::ConnectionLimiter(const ServerLimits &limits)
    : m_limits(limits)
{ }

bool ConnectionLimiter::admitConnection()
{
    if (m_connections >= m_limits.maxConnections)
        return false;
    ++m_connections;
    return true;
}

void ConnectionLimiter::releaseConnection()
{
    if (m_connections > 0)
        --m_connections;
}

bool ConnectionLimiter::reserveBody(qint64 bytes)
{
    // One request alone may always use the whole budget, so a legal body is never refused
    // on an idle server.
    if (m_bodyBytes > 0 && bytes > m_limits.maxInFlightBodyBytes - m_bodyBytes)
        return false;
    m_bodyBytes += bytes;
    return true;
}

void ConnectionLimiter::releaseBody(qint64 bytes)
{
    m_bodyBytes = std::max<qint64>(0, m_bodyBytes - bytes);
}
