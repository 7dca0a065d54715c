// A minimal blocking HTTP/1.1 client over one keep-alive TCP connection (POSIX sockets, no
// event loop), for the benchmarks' floors: it adds as little as a client can to the time of a
// request. Answers must carry Content-Length (QHttpServer always sends it).
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <utility>

using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;

struct RawResponse
{
    int status = 0; // 0: no complete answer
    HttpHeaders headers; // names in lower case
    QByteArray body; // as sent (still gzip-compressed when Content-Encoding says so)
    qint64 headBytes = 0; // status line and headers

    [[nodiscard]] QByteArray header(const QByteArray &name) const;
    // The body, decompressed when it came gzip-encoded.
    [[nodiscard]] QByteArray decodedBody() const;
};

class RawHttpClient
{
public:
    RawHttpClient(QByteArray host, quint16 port);
    ~RawHttpClient();
    RawHttpClient(const RawHttpClient &) = delete;
    RawHttpClient &operator=(const RawHttpClient &) = delete;

    // Sends one request (connecting, or reconnecting once if the server closed the
    // connection) and reads the whole answer; status 0 on failure.
    RawResponse send(const QByteArray &method, const QByteArray &target,
        const HttpHeaders &headers = {}, const QByteArray &body = {});
    // The request bytes send() would write.
    [[nodiscard]] QByteArray format(const QByteArray &method, const QByteArray &target,
        const HttpHeaders &headers, const QByteArray &body) const;
    void close();

private:
    bool connectSocket();
    RawResponse exchange(const QByteArray &request);

    QByteArray m_host;
    quint16 m_port;
    int m_fd = -1;
    QByteArray m_buffer; // bytes read past the previous answer
};

// Reads one answer from `buffer` (bytes received so far): the number of bytes it used, 0 when
// it is not complete yet, -1 when it is not HTTP/1.1 with Content-Length.
qsizetype parseHttpResponse(const QByteArray &buffer, RawResponse *response);
// gzip (or zlib) decompression; empty on failure.
QByteArray gunzip(const QByteArray &bytes);
