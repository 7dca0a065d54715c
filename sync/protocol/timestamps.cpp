#include "timestamps.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

QString Timestamps::toIso(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime Timestamps::fromIso(QStringView text)
{
    // Qt's ISO parser also accepts a missing offset (local time) and other loose forms: the
    // shape is checked first so that only unambiguous instants get through.
    static const QRegularExpression shape(
        uR"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}(:?\d{2})?)$)"_s);
    if (!shape.match(text).hasMatch())
        return {};
    const QDateTime parsed = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    if (!parsed.isValid())
        return {};
    return parsed.toUTC();
}
