#include "http/connectionguard.h"

#include "apierror.h"
#include "http/connectionlimiter.h"
#include "http/requesthead.h"
#include "http/serverlog.h"
#include "protocol.h"

#include <QSslSocket>
#include <QTcpSocket>

#include <sys/ioctl.h>
#include <sys/socket.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// How long a refused connection may still send (its data is discarded) before it is closed:
// closing at once while the client still sends would reset the connection, and the client
// could lose the answer.
constexpr auto lingerTime = 2s;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 408:
        return "Request Timeout";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 503:
        return "Service Unavailable";
    default:
        return "Error";
    }
}

// The dynamic property of a socket that waits for an answer (setAnswerPending).
constexpr const char *kAnswerPending = "handbook.answerPending";

// Whether the kernel holds bytes of `socket` that the event loop has not read yet: a busy
// server reads late, and such a connection is not idle.
bool unreadBytesWaiting(const QTcpSocket *socket)
{
    int waiting = 0;
    return ::ioctl(int(socket->socketDescriptor()), FIONREAD, &waiting) == 0 && waiting > 0;
}

// A complete HTTP/1.1 answer with the wire error shape; the connection closes after it.
QByteArray rawAnswer(int status, QLatin1StringView code, const QString &message)
{
    const QByteArray body = ApiError(QString(code), message).toBytes();
    QByteArray answer = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nCache-Control: no-store\r\nConnection: close\r\n";
    if (status == 503)
        answer += "Retry-After: 5\r\n";
    return answer + "\r\n" + body;
}

} // namespace

void ConnectionGuard::attach(QTcpSocket *socket, std::shared_ptr<ConnectionLimiter> limiter)
{
    // However the requests are framed, a connection never buffers more than one request of
    // the largest allowed size: beyond that the socket stops reading (and the request stalls
    // into a 408).
    socket->setReadBufferSize(limiter->limits().maxRequestBytes());
    new ConnectionGuard(socket, std::move(limiter), true);
}

void ConnectionGuard::refuse(QTcpSocket *socket, std::shared_ptr<ConnectionLimiter> limiter)
{
    qCWarning(lcHttp) << "too many connections: refusing one";
    // QHttpServer never gets this socket: delete it once closed.
    QObject::connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    auto *guard = new ConnectionGuard(socket, std::move(limiter), false);
    guard->reject({ 503, Protocol::ErrorCode::Unavailable,
        u"the server has too many connections; try again shortly"_s });
}

ConnectionGuard::ConnectionGuard(
    QTcpSocket *socket, std::shared_ptr<ConnectionLimiter> limiter, bool admitted)
    : QObject(socket)
    , m_socket(socket)
    , m_limiter(std::move(limiter))
    , m_idle(m_limiter->limits().idleTimeout)
    , m_admitted(admitted)
{
    connect(socket, &QIODevice::readyRead, this, &ConnectionGuard::onReadyRead);
    connect(socket, &QIODevice::bytesWritten, this, &ConnectionGuard::onBytesWritten);
    rearm();
}

ConnectionGuard::~ConnectionGuard()
{
    m_limiter->sweep().cancel(this);
    releaseBody();
    if (m_admitted)
        m_limiter->releaseConnection();
}

void ConnectionGuard::setAnswerPending(QTcpSocket *socket, bool pending)
{
    socket->setProperty(kAnswerPending, pending);
}

void ConnectionGuard::onReadyRead()
{
    const ServerLimits &limits = m_limiter->limits();
    m_idle = QDeadlineTimer(limits.idleTimeout);
    // QHttpServer keeps a read transaction open from the first byte of a request until the
    // request is complete: without one, these bytes begin a new request.
    if (!m_socket->isTransactionStarted())
        startRequest();
    if (!m_headDone) {
        // QHttpServer consumes every byte of an incomplete head, so what is available now
        // follows what this guard has already seen.
        const qsizetype before = m_head.size();
        const qint64 room = limits.maxHeaderBytes + 1 - before;
        m_head += m_socket->peek(std::min(m_socket->bytesAvailable(), room));
        // Only a new line can change the verdict: scan again only then.
        const bool newLine = m_head.indexOf('\n', before) >= 0;
        const RequestHead head = newLine ? RequestHead::scan(m_head) : RequestHead();
        if (head.status() == RequestHead::Status::Complete) {
            m_headDone = true;
            m_head = QByteArray(); // not needed any more: keep idle connections small
            inspect(head);
        } else if (head.status() == RequestHead::Status::Malformed) {
            reject({ 400, Protocol::ErrorCode::BadRequest, head.reason() });
        } else if (head.status() == RequestHead::Status::TooManyFields
            || m_head.size() > limits.maxHeaderBytes) {
            reject({ 431, Protocol::ErrorCode::PayloadTooLarge,
                u"the request line and headers exceed %1 bytes or %2 fields"_s
                    .arg(limits.maxHeaderBytes)
                    .arg(RequestHead::maxHeaderFields) });
        }
    }
    rearm();
}

void ConnectionGuard::startRequest()
{
    releaseBody();
    m_head.clear();
    m_headDone = false;
    m_requestClock.start();
    m_requestDeadline = QDeadlineTimer(m_limiter->limits().idleTimeout);
}

void ConnectionGuard::inspect(const RequestHead &head)
{
    const ServerLimits &limits = m_limiter->limits();
    if (head.hasTransferEncoding()) {
        reject({ 411, Protocol::ErrorCode::BadRequest,
            u"request bodies must have a Content-Length (no Transfer-Encoding)"_s });
        return;
    }
    const qint64 limit = limits.maxBodyBytesFor(head.path());
    const qint64 length = head.contentLength();
    if (length > limit) {
        reject({ 413, Protocol::ErrorCode::PayloadTooLarge,
            u"the request body is larger than the limit of %1 bytes"_s.arg(limit) });
        return;
    }
    if (length <= 0)
        return;
    if (!m_limiter->reserveBody(length)) {
        reject({ 503, Protocol::ErrorCode::Unavailable,
            u"the server is receiving too much at once; try again shortly"_s });
        return;
    }
    m_reservedBody = length;
    // A slow but steady client gets time in proportion to the body; a trickle does not.
    const qint64 allowedMs = std::chrono::milliseconds(limits.idleTimeout).count()
        + length * 1000 / std::max<qint64>(1, limits.minBodyBytesPerSecond);
    m_requestDeadline = QDeadlineTimer(std::max<qint64>(0, allowedMs - m_requestClock.elapsed()));
}

bool ConnectionGuard::requestInProgress() const
{
    return m_socket->isTransactionStarted() || m_socket->bytesAvailable() > 0;
}

void ConnectionGuard::releaseBody()
{
    if (m_reservedBody > 0)
        m_limiter->releaseBody(m_reservedBody);
    m_reservedBody = 0;
}

void ConnectionGuard::onBytesWritten()
{
    if (m_rejected && !m_halfClosed && m_socket->bytesToWrite() == 0
        && !qobject_cast<QSslSocket *>(m_socket)) {
        // The answer is out: end our direction (FIN) so the client reads it and closes, while
        // what it still sends is discarded. Closing outright with unread input would reset
        // the connection, and the client could lose the answer.
        m_halfClosed = true;
        ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    }
    m_idle = QDeadlineTimer(m_limiter->limits().idleTimeout);
    if (!m_rejected && !requestInProgress()) {
        // An answer went out and nothing new has begun: the request is over.
        releaseBody();
        m_requestDeadline = QDeadlineTimer(QDeadlineTimer::Forever);
    }
    rearm();
}

void ConnectionGuard::deadlineReached()
{
    if (m_rejected) {
        if (m_lingerDeadline.hasExpired())
            close();
        else
            rearm();
        return;
    }
    if (m_socket->property(kAnswerPending).toBool()) {
        // Not idle: the server has the whole request and still works on the answer.
        m_idle = QDeadlineTimer(m_limiter->limits().idleTimeout);
        m_requestDeadline = QDeadlineTimer(QDeadlineTimer::Forever);
    } else if (!requestInProgress()) {
        releaseBody();
        m_requestDeadline = QDeadlineTimer(QDeadlineTimer::Forever);
        if (m_idle.hasExpired() && unreadBytesWaiting(m_socket)) {
            // A new request did come; the server, busy with others, has not read it yet.
            m_idle = QDeadlineTimer(m_limiter->limits().idleTimeout);
        } else if (m_idle.hasExpired()) {
            qCDebug(lcHttp) << "closing an idle connection";
            close();
            return;
        }
    } else if (m_idle.hasExpired() || m_requestDeadline.hasExpired()) {
        qCDebug(lcHttp) << "a request stalled: answering 408";
        reject(
            { 408, Protocol::ErrorCode::RequestTimeout, u"the request did not arrive in time"_s });
        return;
    }
    rearm();
}

void ConnectionGuard::reject(const Answer &answer)
{
    if (m_rejected)
        return;
    m_rejected = true;
    qCDebug(lcHttp) << "refusing a request:" << answer.status;
    releaseBody();
    // Nothing more of this connection reaches QHttpServer's parser (the guard's slot runs
    // first, so a disconnected later slot is not called for the data at hand either).
    QObject::disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
    connect(m_socket, &QIODevice::readyRead, this, &ConnectionGuard::discardInput);
    discardInput();
    m_socket->write(rawAnswer(answer.status, answer.code, answer.message));
    m_lingerDeadline = QDeadlineTimer(lingerTime);
    rearm();
}

void ConnectionGuard::discardInput()
{
    if (m_socket->isTransactionStarted())
        m_socket->rollbackTransaction();
    m_socket->skip(m_socket->bytesAvailable());
}

void ConnectionGuard::close()
{
    m_limiter->sweep().cancel(this);
    if (m_socket->state() == QAbstractSocket::ClosingState || m_closing) {
        m_socket->abort();
        return;
    }
    m_closing = true;
    m_socket->disconnectFromHost();
    // An answer the client does not read must not keep the connection: abort after a while.
    if (m_socket->state() != QAbstractSocket::UnconnectedState) {
        m_lingerDeadline = QDeadlineTimer(lingerTime);
        m_rejected = true;
        rearm();
    }
}

void ConnectionGuard::rearm()
{
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        return;
    qint64 wait = m_lingerDeadline.remainingTime();
    const auto earlier = [&wait](qint64 ms) {
        if (ms >= 0 && (wait < 0 || ms < wait))
            wait = ms;
    };
    if (!m_rejected) {
        earlier(m_idle.remainingTime());
        earlier(m_requestDeadline.remainingTime());
    }
    if (wait >= 0)
        m_limiter->sweep().schedule(this, ConnectionSweep::now() + wait);
}
