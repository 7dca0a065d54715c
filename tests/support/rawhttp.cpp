#include "rawhttp.h"

#include "apierror.h"

#include <QDeadlineTimer>
#include <QTcpSocket>

QByteArray RawAnswer::header(const QByteArray &name) const
{
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

QString RawAnswer::errorCode() const
{
    const auto error = ApiError::fromBytes(body);
    return error ? error->code() : QString();
}

RawAnswer sendRaw(const QUrl &base, const QByteArray &bytes, int timeoutMs, bool closeAfterWrite)
{
    RawAnswer answer;
    QTcpSocket socket;
    socket.connectToHost(base.host(), quint16(base.port()));
    if (!socket.waitForConnected(timeoutMs))
        return answer;
    socket.write(bytes);
    socket.waitForBytesWritten(timeoutMs);
    if (closeAfterWrite)
        socket.disconnectFromHost();
    const QDeadlineTimer deadline(timeoutMs);
    QByteArray received;
    qsizetype headEnd = -1;
    while (!deadline.hasExpired()) {
        if (socket.state() == QAbstractSocket::UnconnectedState) {
            answer.closed = true;
            received += socket.readAll();
            break;
        }
        if (socket.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime()))))
            received += socket.readAll();
        else if (socket.error() != QAbstractSocket::SocketTimeoutError)
            answer.closed = true; // closed or reset: nothing more will come
        headEnd = received.indexOf("\r\n\r\n");
        if (headEnd >= 0) {
            answer.head = received.left(headEnd);
            const qint64 length = answer.header("Content-Length").toLongLong();
            if (received.size() >= headEnd + 4 + length)
                break;
        }
        if (answer.closed)
            break;
    }
    received += socket.readAll();
    headEnd = received.indexOf("\r\n\r\n");
    if (headEnd >= 0) {
        answer.head = received.left(headEnd);
        answer.body = received.mid(headEnd + 4);
        const QList<QByteArray> statusLine = answer.head.left(answer.head.indexOf('\r')).split(' ');
        answer.status = statusLine.value(1).toInt();
    }
    return answer;
}
