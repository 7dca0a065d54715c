// A listening server (QTcpServer or QSslServer) whose connections are guarded before
// QHttpServer gets them: at most maxConnections at once (the others are answered 503), and
// each one watched by a ConnectionGuard for size limits and timeouts. Answers are flushed as
// soon as each request is handled.
#pragma once

#include "http/connectionguard.h"
#include "http/connectionlimiter.h"

#include <QPointer>
#include <QTcpSocket>
#include <memory>

template<typename Base> class GuardedServer : public Base
{
public:
    GuardedServer(std::shared_ptr<ConnectionLimiter> limiter, QObject *parent)
        : Base(parent)
        , m_limiter(std::move(limiter))
    { }

    // QHttpServer takes each new connection here (the function is virtual in QTcpServer),
    // connects to its readyRead at once, and asks again until there is none.
    QTcpSocket *nextPendingConnection() override
    {
        if (m_taken)
            flushAfterHandler(m_taken);
        m_taken = nullptr;
        while (QTcpSocket *socket = Base::nextPendingConnection()) {
            if (m_limiter->admitConnection()) {
                ConnectionGuard::attach(socket, m_limiter);
                m_taken = socket;
                return socket;
            }
            ConnectionGuard::refuse(socket, m_limiter);
        }
        return nullptr;
    }

private:
    // QHttpServer has connected to `socket`: this slot runs after its handler. The answer is
    // written to the network now, not when the event loop has handled every other request
    // that arrived at the same time (a burst of logins would otherwise hold back all answers
    // until the last one is done).
    static void flushAfterHandler(QTcpSocket *socket)
    {
        QObject::connect(socket, &QIODevice::readyRead, socket, [socket] {
            if (socket->bytesToWrite() > 0)
                socket->flush();
        });
    }

    std::shared_ptr<ConnectionLimiter> m_limiter;
    QPointer<QTcpSocket> m_taken; // the socket QHttpServer took last
};
