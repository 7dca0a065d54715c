#include "httpconnection.h"

#include <QTcpSocket>

#include <zlib.h>

using namespace Qt::StringLiterals;

HttpConnection::HttpConnection(QString host, quint16 port, QObject *parent)
    : QObject(parent)
    , m_host(std::move(host))
    , m_port(port)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
}

HttpConnection::~HttpConnection()
{
    dropSocket();
}

void HttpConnection::send(const QByteArray &method, const QByteArray &target,
    const QByteArray &token, const QByteArray &body, Done done)
{
    Q_ASSERT(!m_done);
    m_done = std::move(done);
    m_request = method + ' ' + target + " HTTP/1.1\r\nHost: " + m_host.toLatin1() + ':'
        + QByteArray::number(m_port) + "\r\nAccept-Encoding: gzip\r\n";
    if (!token.isEmpty())
        m_request += "Authorization: Bearer " + token + "\r\n";
    if (method == "POST" || method == "PUT")
        m_request += "Content-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n";
    m_request += "\r\n" + body;
    m_retried = false;
    m_clock.start();
    m_timer.start(m_timeoutMs);
    if (m_socket && m_connected) {
        m_reused = true;
        // Not from inside send(): the caller may still be unwinding a previous answer.
        QTimer::singleShot(0, this, [this] {
            if (m_done && m_socket && m_connected)
                write();
            else if (m_done)
                open();
        });
    } else {
        QTimer::singleShot(0, this, [this] {
            if (m_done)
                open();
        });
    }
}

void HttpConnection::open()
{
    dropSocket();
    m_reused = false;
    m_connected = false;
    auto *socket = new QTcpSocket(this);
    m_socket = socket;
    ++m_connects;
    connect(socket, &QTcpSocket::connected, this, [this, socket] {
        if (socket != m_socket)
            return;
        m_connected = true;
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        if (m_done)
            write();
    });
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
        if (socket == m_socket)
            onReadyRead();
    });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        if (socket == m_socket)
            onClosed();
    });
    connect(socket, &QTcpSocket::errorOccurred, this, [this, socket] {
        if (socket == m_socket && socket->state() != QAbstractSocket::ConnectedState)
            onClosed();
    });
    if (!m_localAddress.isNull() && !socket->bind(m_localAddress, 0)) {
        QTimer::singleShot(0, this, [this, socket] {
            if (socket == m_socket)
                onClosed();
        });
        return;
    }
    socket->connectToHost(m_host, m_port);
}

void HttpConnection::write()
{
    m_buffer.clear();
    m_headEnd = -1;
    m_socket->write(m_request);
}

void HttpConnection::onReadyRead()
{
    m_buffer += m_socket->readAll();
    if (!m_done) {
        // Nothing was asked: the server talks out of turn (e.g. closing with a 408).
        m_buffer.clear();
        return;
    }
    parse();
}

bool HttpConnection::parse()
{
    if (m_headEnd < 0) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        m_headEnd = end + 4;
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        const QByteArray statusLine = lines.value(0).trimmed();
        m_status = statusLine.startsWith("HTTP/1.") ? statusLine.mid(9, 3).toInt() : 0;
        m_contentLength = -1;
        m_gzip = false;
        m_closeAfter = statusLine.startsWith("HTTP/1.0");
        bool chunked = false;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length")
                m_contentLength = value.toLongLong();
            else if (name == "content-encoding")
                m_gzip = value.toLower() == "gzip";
            else if (name == "connection")
                m_closeAfter = value.toLower() == "close";
            else if (name == "transfer-encoding")
                chunked = true;
        }
        if (m_status == 0 || chunked
            || (m_contentLength < 0 && m_status != 204 && m_status != 304)) {
            finish({ 0, {}, u"bad response"_s, m_clock.nsecsElapsed() / 1000 });
            dropSocket();
            return true;
        }
        if (m_contentLength < 0)
            m_contentLength = 0;
    }
    if (m_buffer.size() - m_headEnd < m_contentLength)
        return false;
    QByteArray body = m_buffer.mid(m_headEnd, m_contentLength);
    if (m_gzip)
        body = gunzip(body);
    const bool close = m_closeAfter || m_buffer.size() - m_headEnd > m_contentLength;
    Response response { m_status, std::move(body), {}, m_clock.nsecsElapsed() / 1000 };
    if (m_gzip && response.body.isEmpty() && m_contentLength > 0) {
        response.status = 0;
        response.error = u"bad gzip body"_s;
    }
    m_buffer.clear();
    m_headEnd = -1;
    if (close)
        dropSocket();
    finish(std::move(response));
    return true;
}

void HttpConnection::onClosed()
{
    const bool answerBegun = !m_buffer.isEmpty();
    const QString reason = m_socket && m_socket->error() != QAbstractSocket::RemoteHostClosedError
            && m_socket->error() != QAbstractSocket::UnknownSocketError
        ? m_socket->errorString()
        : u"connection closed"_s;
    dropSocket();
    if (!m_done)
        return;
    // A keep-alive connection the server closed before our request reached it: once more.
    if (m_reused && !answerBegun && !m_retried) {
        m_retried = true;
        open();
        return;
    }
    finish({ 0, {}, reason, m_clock.nsecsElapsed() / 1000 });
}

void HttpConnection::onTimeout()
{
    if (!m_done)
        return;
    dropSocket();
    finish({ 0, {}, u"timeout"_s, m_clock.nsecsElapsed() / 1000 });
}

void HttpConnection::finish(Response &&response)
{
    m_timer.stop();
    Done done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(std::move(response));
}

void HttpConnection::close()
{
    dropSocket();
}

void HttpConnection::cancel()
{
    m_timer.stop();
    m_done = nullptr;
    dropSocket();
}

void HttpConnection::dropSocket()
{
    m_connected = false;
    if (!m_socket)
        return;
    QTcpSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

QByteArray HttpConnection::gunzip(const QByteArray &compressed)
{
    z_stream stream {};
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK)
        return {};
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.constData()));
    stream.avail_in = uInt(compressed.size());
    QByteArray out;
    char chunk[64 * 1024];
    int result = Z_OK;
    while (result == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef *>(chunk);
        stream.avail_out = sizeof(chunk);
        result = inflate(&stream, Z_NO_FLUSH);
        if (result == Z_OK || result == Z_STREAM_END)
            out.append(chunk, qsizetype(sizeof(chunk) - stream.avail_out));
    }
    inflateEnd(&stream);
    return result == Z_STREAM_END ? out : QByteArray();
}
