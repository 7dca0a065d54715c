#include "http/requesthead.h"

#include <QUrl>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

bool isLeadingSpace(char c)
{
    return c == '\v' || c == '\n' || c == '\r' || c == ' ' || c == '\t';
}

// A line without its CR (the LF is already gone).
QByteArrayView withoutCr(QByteArrayView line)
{
    return line.endsWith('\r') ? line.chopped(1) : line;
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

RequestHead RequestHead::scan(QByteArrayView bytes)
{
    RequestHead head;
    qsizetype pos = 0;
    while (pos < bytes.size() && isLeadingSpace(bytes[pos]))
        ++pos;
    bool requestLine = true;
    int fields = 0;
    while (pos < bytes.size()) {
        const qsizetype end = bytes.indexOf('\n', pos);
        if (end < 0)
            return head; // Incomplete
        const QByteArrayView line = withoutCr(bytes.sliced(pos, end - pos));
        pos = end + 1;
        if (requestLine) {
            requestLine = false;
            if (!head.readRequestLine(line)) {
                head.m_status = Status::Malformed;
                return head;
            }
            continue;
        }
        if (line.isEmpty()) {
            head.m_status = Status::Complete;
            return head;
        }
        if (++fields > maxHeaderFields) {
            head.m_status = Status::TooManyFields;
            return head;
        }
        if (!head.readHeaderLine(line)) {
            head.m_status = Status::Malformed;
            return head;
        }
    }
    return head;
}

bool RequestHead::readRequestLine(QByteArrayView line)
{
    const QList<QByteArray> parts = line.toByteArray().split(' ');
    QList<QByteArray> words;
    for (const QByteArray &part : parts) {
        if (!part.isEmpty())
            words.append(part);
    }
    if (words.size() != 3 || !isToken(words[0])) {
        m_reason = u"the request line is not \"<method> <path> HTTP/1.1\""_s;
        return false;
    }
    if (words[2] != "HTTP/1.1" && words[2] != "HTTP/1.0") {
        m_reason = u"only HTTP/1.0 and HTTP/1.1 are spoken here"_s;
        return false;
    }
    const QUrl url = QUrl::fromEncoded(words[1]);
    if (!url.isValid()) {
        m_reason = u"the request target is not a valid URL"_s;
        return false;
    }
    m_method = words[0];
    m_path = url.path();
    return true;
}

bool RequestHead::readHeaderLine(QByteArrayView line)
{
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || !isToken(line.first(colon))) {
        m_reason = u"a header line is not \"<name>: <value>\""_s;
        return false;
    }
    const QByteArray name = line.first(colon).toByteArray().toLower();
    const QByteArray value = line.sliced(colon + 1).toByteArray().trimmed();
    if (name == "transfer-encoding") {
        m_transferEncoding = true;
    } else if (name == "content-length") {
        bool ok = !value.isEmpty();
        for (const char c : value)
            ok = ok && c >= '0' && c <= '9';
        // More digits than a qint64 holds is still a number: far too large, not malformed.
        const qint64 length = !ok ? -1
            : value.size() > 18   ? std::numeric_limits<qint64>::max()
                                  : value.toLongLong(&ok);
        if (!ok || length < 0 || (m_contentLength >= 0 && m_contentLength != length)) {
            m_reason = u"the Content-Length header is not one whole number"_s;
            return false;
        }
        m_contentLength = length;
    }
    return true;
}
