// Counts what all connections of one server hold at once: open connections and the bytes of
// request bodies being received; and keeps their deadlines (one ConnectionSweep for all).
// Shared by the listening server and every ConnectionGuard (which may outlive the server
// object during shutdown, hence shared ownership).
#pragma once

#include "http/connectionsweep.h"
#include "http/serverlimits.h"

class ConnectionLimiter
{
public:
    explicit ConnectionLimiter(const ServerLimits &limits);

    [[nodiscard]] const ServerLimits &limits() const { return m_limits; }
    // Takes a connection slot; false when maxConnections are already open.
    [[nodiscard]] bool admitConnection();
    void releaseConnection();
    // Takes `bytes` of the in-flight body budget; false when that would exceed it.
    [[nodiscard]] bool reserveBody(qint64 bytes);
    void releaseBody(qint64 bytes);
    [[nodiscard]] int openConnections() const { return m_connections; }
    // The deadlines of the connections (on the server's thread).
    [[nodiscard]] ConnectionSweep &sweep() { return m_sweep; }

private:
    ServerLimits m_limits;
    int m_connections = 0;
    qint64 m_bodyBytes = 0;
    ConnectionSweep m_sweep;
};
