#include "sync/pullcursor.h"

#include <QByteArray>
#include <QList>

using namespace Qt::StringLiterals;

namespace {
constexpr auto kEncoding = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
}

QString PullCursor::encode() const
{
    const QByteArray plain
        = "v1." + QByteArray::number(scopeGeneration) + '.' + QByteArray::number(sequence);
    return QString::fromLatin1(plain.toBase64(kEncoding));
}

std::optional<PullCursor> PullCursor::decode(const QString &text)
{
    if (text.isEmpty() || text.size() > 64)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), kEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QList<QByteArray> parts = decoded.decoded.split('.');
    if (parts.size() != 3 || parts[0] != "v1")
        return std::nullopt;
    bool okGeneration = false;
    bool okSequence = false;
    PullCursor cursor { parts[1].toLongLong(&okGeneration), parts[2].toLongLong(&okSequence) };
    if (!okGeneration || !okSequence || cursor.scopeGeneration < 0 || cursor.sequence < 0)
        return std::nullopt;
    return cursor;
}
