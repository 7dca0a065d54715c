#include "rawhttpclient.h"

#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>
#include <zlib.h>

QByteArray RawResponse::header(const QByteArray &name) const
{
    const QByteArray lower = name.toLower();
    for (const auto &[key, value] : headers) {
        if (key == lower)
            return value;
    }
    return {};
}

QByteArray RawResponse::decodedBody() const
{
    return header("content-encoding") == "gzip" ? gunzip(body) : body;
}

qsizetype parseHttpResponse(const QByteArray &buffer, RawResponse *response)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return 0;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    const QList<QByteArray> statusLine = lines.constFirst().trimmed().split(' ');
    if (statusLine.size() < 2 || !statusLine.constFirst().startsWith("HTTP/1."))
        return -1;
    RawResponse parsed;
    parsed.status = statusLine.at(1).toInt();
    qsizetype length = -1;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = lines.at(i).left(colon).trimmed().toLower();
        const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
        parsed.headers.append({ name, value });
        if (name == "content-length")
            length = value.toLongLong();
    }
    if (length < 0)
        return -1;
    const qsizetype total = end + 4 + length;
    if (buffer.size() < total)
        return 0;
    parsed.headBytes = end + 4;
    parsed.body = buffer.mid(end + 4, length);
    *response = std::move(parsed);
    return total;
}

QByteArray gunzip(const QByteArray &bytes)
{
    z_stream stream {};
    if (inflateInit2(&stream, 15 + 32) != Z_OK) // + 32: gzip or zlib header
        return {};
    QByteArray out;
    QByteArray chunk(256 * 1024, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.constData()));
    stream.avail_in = uInt(bytes.size());
    int result = Z_OK;
    while (result == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef *>(chunk.data());
        stream.avail_out = uInt(chunk.size());
        result = inflate(&stream, Z_NO_FLUSH);
        out.append(chunk.constData(), chunk.size() - qsizetype(stream.avail_out));
    }
    inflateEnd(&stream);
    return result == Z_STREAM_END ? out : QByteArray();
}

RawHttpClient::RawHttpClient(QByteArray host, quint16 port)
    : m_host(std::move(host))
    , m_port(port)
{ }

RawHttpClient::~RawHttpClient()
{
    close();
}

void RawHttpClient::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    m_buffer.clear();
}

bool RawHttpClient::connectSocket()
{
    close();
    m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (m_fd < 0)
        return false;
    const int one = 1;
    ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(m_port);
    ::inet_pton(AF_INET, m_host.constData(), &address.sin_addr);
    if (::connect(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        close();
        return false;
    }
    return true;
}

QByteArray RawHttpClient::format(const QByteArray &method, const QByteArray &target,
    const HttpHeaders &headers, const QByteArray &body) const
{
    QByteArray request = method + ' ' + target + " HTTP/1.1\r\nHost: " + m_host + ':'
        + QByteArray::number(m_port) + "\r\n";
    for (const auto &[name, value] : headers)
        request += name + ": " + value + "\r\n";
    if (!body.isEmpty() || method == "POST" || method == "PUT")
        request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return request + "\r\n" + body;
}

RawResponse RawHttpClient::send(const QByteArray &method, const QByteArray &target,
    const HttpHeaders &headers, const QByteArray &body)
{
    const QByteArray request = format(method, target, headers, body);
    if (m_fd < 0 && !connectSocket())
        return {};
    RawResponse response = exchange(request);
    if (response.status == 0 && connectSocket()) // the server closed an idle connection
        response = exchange(request);
    return response;
}

RawResponse RawHttpClient::exchange(const QByteArray &request)
{
    qsizetype sent = 0;
    while (sent < request.size()) {
        const ssize_t n
            = ::send(m_fd, request.constData() + sent, size_t(request.size() - sent), MSG_NOSIGNAL);
        if (n <= 0) {
            close();
            return {};
        }
        sent += n;
    }
    char chunk[65536];
    for (;;) {
        RawResponse response;
        const qsizetype used = parseHttpResponse(m_buffer, &response);
        if (used < 0) {
            close();
            return {};
        }
        if (used > 0) {
            m_buffer.remove(0, used);
            return response;
        }
        const ssize_t n = ::recv(m_fd, chunk, sizeof chunk, 0);
        if (n <= 0) {
            close();
            return {};
        }
        m_buffer.append(chunk, n);
    }
}
