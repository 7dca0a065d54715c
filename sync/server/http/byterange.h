// Byte ranges of blob transfers: the Range header of a download (RFC 9110 section 14.2) and
// the Content-Range header of a chunked upload (DESIGN.md section 5, Blobs).
#pragma once

#include <QByteArrayView>
#include <optional>

class ByteRange
{
public:
    // What a download's Range header asks for.
    enum class Kind {
        Whole, // no Range, another unit, or several ranges (served whole, as RFC 9110 allows)
        Partial, // one satisfiable range: first()..last()
        Unsatisfiable, // 416: starts beyond the end, or an empty suffix
        Malformed, // 400: "bytes=" followed by something that is not a range
    };

    ByteRange() = default;
    ByteRange(Kind kind, qint64 first, qint64 last);

    // Reads a Range header for a representation of `size` bytes; the last position is clipped
    // to the end.
    [[nodiscard]] static ByteRange fromRangeHeader(QByteArrayView header, qint64 size);
    // Reads an upload's "bytes <first>-<last>/<total>" (total known, first <= last < total);
    // nullopt when it is anything else.
    [[nodiscard]] static std::optional<ByteRange> fromContentRange(
        QByteArrayView header, qint64 *total);

    [[nodiscard]] Kind kind() const { return m_kind; }
    // First and last byte positions, inclusive.
    [[nodiscard]] qint64 first() const { return m_first; }
    [[nodiscard]] qint64 last() const { return m_last; }
    [[nodiscard]] qint64 length() const { return m_last - m_first + 1; }

private:
    Kind m_kind = Kind::Whole;
    qint64 m_first = 0;
    qint64 m_last = -1;
};
