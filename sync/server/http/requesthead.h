// The request line and headers of one HTTP/1.x request, read from the raw bytes of a
// connection before QHttpServer parses them, so that limits apply before a body is buffered.
// The framing mirrors QHttpServer 6.4: leading blank lines are skipped, lines end in LF or
// CRLF, the head ends at the first empty line.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

class RequestHead
{
public:
    enum class Status {
        Incomplete, // the head has not fully arrived yet
        Complete, // method(), path(), contentLength() ... are valid
        Malformed, // not an HTTP/1.x request head; reason() says why
        TooManyFields, // more than maxHeaderFields header lines
    };

    // QHttpServer's own header parser refuses more fields than this.
    static constexpr int maxHeaderFields = 100;

    // Reads a head from the start of `bytes` (which may hold more than the head).
    [[nodiscard]] static RequestHead scan(QByteArrayView bytes);

    [[nodiscard]] Status status() const { return m_status; }
    // Why a head is malformed (English, for a 400 message).
    [[nodiscard]] QString reason() const { return m_reason; }
    [[nodiscard]] QByteArray method() const { return m_method; }
    // The decoded path of the request target ("/v1/health").
    [[nodiscard]] QString path() const { return m_path; }
    // The Content-Length, or -1 when there is none.
    [[nodiscard]] qint64 contentLength() const { return m_contentLength; }
    // Whether a Transfer-Encoding header is present (bodies of unknown length).
    [[nodiscard]] bool hasTransferEncoding() const { return m_transferEncoding; }

private:
    // Reads the header lines; false with m_reason set when one is malformed.
    bool readHeaderLine(QByteArrayView line);
    bool readRequestLine(QByteArrayView line);

    Status m_status = Status::Incomplete;
    QString m_reason;
    QByteArray m_method;
    QString m_path;
    qint64 m_contentLength = -1;
    bool m_transferEncoding = false;
};
