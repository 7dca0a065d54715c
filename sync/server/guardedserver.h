// A listening server (QTcpServer or QSslServer) whose connections are guarded before
// QHttpServer gets them: at most maxConnections at once (the others are answered 503), and
// each one watched by a ConnectionGuard for size limits and timeouts.
#pragma once

#include "connectionguard.h"
#include "connectionlimiter.h"

#include <QTcpSocket>
#include <memory>

template<typename Base> class GuardedServer : public Base
{
public:
    GuardedServer(std::shared_ptr<ConnectionLimiter> limiter, QObject *parent)
        : Base(parent)
        , m_limiter(std::move(limiter))
    { }

    // QHttpServer takes each new connection here (the function is virtual in QTcpServer).
    QTcpSocket *nextPendingConnection() override
    {
        while (QTcpSocket *socket = Base::nextPendingConnection()) {
            if (m_limiter->admitConnection()) {
                ConnectionGuard::attach(socket, m_limiter);
                return socket;
            }
            ConnectionGuard::refuse(socket, m_limiter);
        }
        return nullptr;
    }

private:
    std::shared_ptr<ConnectionLimiter> m_limiter;
};
