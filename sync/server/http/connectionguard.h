// Watches one connection for the API server. QHttpServer 6.4 buffers whole requests with no
// size limit and keeps idle connections forever; this guard sees every piece of data before
// QHttpServer's parser does and answers, with the JSON error shape, what must not reach it:
// heads over the header limit (431), malformed request lines or Content-Length (400), bodies
// without Content-Length (411), bodies over the route's limit (413) or over the server's
// in-flight budget (503), and requests that stall (408). Idle connections are closed. Its
// deadlines are kept by the server's one ConnectionSweep (no timer per connection).
#pragma once

#include "http/connectionsweep.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <memory>

class ConnectionLimiter;
class QTcpSocket;
class RequestHead;

class ConnectionGuard : public QObject, private ConnectionSweep::Entry
{
    Q_OBJECT

public:
    // Guards `socket` (the guard becomes its child). Call before QHttpServer connects to the
    // socket's readyRead, so that the guard runs first on each piece of data.
    static void attach(QTcpSocket *socket, std::shared_ptr<ConnectionLimiter> limiter);
    // Answers 503 (too many connections) on `socket` and closes it; QHttpServer never sees it.
    // The connection does not count as open.
    static void refuse(QTcpSocket *socket, std::shared_ptr<ConnectionLimiter> limiter);
    ~ConnectionGuard() override;
    // The server owes `socket` an answer that comes later (a sign-in waiting for its Argon2
    // check on another thread): until it is cleared the connection is neither idle nor stalled.
    static void setAnswerPending(QTcpSocket *socket, bool pending);

private:
    // A refusal: the HTTP status and the wire error it carries.
    struct Answer
    {
        int status;
        QLatin1StringView code;
        QString message;
    };

    ConnectionGuard(QTcpSocket *socket, std::shared_ptr<ConnectionLimiter> limiter, bool admitted);
    void onReadyRead();
    void onBytesWritten();
    // One of its deadlines (idle, request, linger) may have passed.
    void deadlineReached() override;
    // At a request boundary: forget the previous request.
    void startRequest();
    void inspect(const RequestHead &head);
    // Whether QHttpServer is in the middle of a request on this connection.
    [[nodiscard]] bool requestInProgress() const;
    void releaseBody();
    // Writes the answer, takes the socket away from QHttpServer, discards what still comes
    // and closes soon.
    void reject(const Answer &answer);
    void discardInput();
    void close();
    // Schedules the earliest of its deadlines with the sweep.
    void rearm();

    QPointer<QTcpSocket> m_socket;
    std::shared_ptr<ConnectionLimiter> m_limiter;
    QDeadlineTimer m_idle;
    QDeadlineTimer m_requestDeadline { QDeadlineTimer::Forever };
    QDeadlineTimer m_lingerDeadline { QDeadlineTimer::Forever };
    QElapsedTimer m_requestClock; // since the current request's first byte
    QByteArray m_head; // the current request's head as received so far
    bool m_headDone = false;
    bool m_rejected = false;
    bool m_closing = false;
    bool m_halfClosed = false;
    bool m_admitted = true; // holds one of the limiter's connection slots
    qint64 m_reservedBody = 0;
};
