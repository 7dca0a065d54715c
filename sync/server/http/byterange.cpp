#include "http/byterange.h"

#include <QByteArray>
#include <limits>

namespace {

// Decimal digits only; more than fit in a qint64 saturate (still a number, just too large).
std::optional<qint64> number(QByteArrayView text)
{
    if (text.isEmpty())
        return std::nullopt;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
    }
    if (text.size() > 18)
        return std::numeric_limits<qint64>::max();
    return text.toLongLong();
}

QByteArrayView trimmed(QByteArrayView text)
{
    return text.trimmed();
}

} // namespace

ByteRange::ByteRange(Kind kind, qint64 first, qint64 last)
    : m_kind(kind)
    , m_first(first)
    , m_last(last)
{ }

ByteRange ByteRange::fromRangeHeader(QByteArrayView header, qint64 size)
{
    const QByteArrayView text = trimmed(header);
    if (text.isEmpty())
        return {};
    const qsizetype equals = text.indexOf('=');
    if (equals < 0)
        return { Kind::Malformed, 0, -1 };
    if (text.first(equals).trimmed().toByteArray().toLower() != "bytes")
        return {}; // another unit: ignored
    const QByteArrayView set = text.sliced(equals + 1);
    if (set.contains(','))
        return {}; // several ranges: served whole rather than as multipart
    const QByteArrayView spec = trimmed(set);
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0)
        return { Kind::Malformed, 0, -1 };
    const QByteArrayView firstText = spec.first(dash);
    const QByteArrayView lastText = spec.sliced(dash + 1);
    if (firstText.isEmpty()) {
        // "-n": the last n bytes.
        const auto suffix = number(lastText);
        if (!suffix)
            return { Kind::Malformed, 0, -1 };
        if (*suffix == 0 || size == 0)
            return { Kind::Unsatisfiable, 0, -1 };
        return { Kind::Partial, std::max<qint64>(0, size - *suffix), size - 1 };
    }
    const auto first = number(firstText);
    if (!first)
        return { Kind::Malformed, 0, -1 };
    qint64 last = std::numeric_limits<qint64>::max();
    if (!lastText.isEmpty()) {
        const auto parsed = number(lastText);
        if (!parsed || *parsed < *first)
            return { Kind::Malformed, 0, -1 };
        last = *parsed;
    }
    if (*first >= size)
        return { Kind::Unsatisfiable, 0, -1 };
    return { Kind::Partial, *first, std::min(last, size - 1) };
}

std::optional<ByteRange> ByteRange::fromContentRange(QByteArrayView header, qint64 *total)
{
    const QByteArrayView text = trimmed(header);
    const qsizetype space = text.indexOf(' ');
    if (space < 0 || text.first(space).toByteArray().toLower() != "bytes")
        return std::nullopt;
    const QByteArrayView rest = trimmed(text.sliced(space + 1));
    const qsizetype dash = rest.indexOf('-');
    const qsizetype slash = rest.indexOf('/');
    if (dash <= 0 || slash <= dash + 1)
        return std::nullopt;
    const auto first = number(rest.first(dash));
    const auto last = number(rest.sliced(dash + 1, slash - dash - 1));
    const auto size = number(rest.sliced(slash + 1));
    if (!first || !last || !size || *first > *last || *last >= *size)
        return std::nullopt;
    *total = *size;
    return ByteRange(Kind::Partial, *first, *last);
}
