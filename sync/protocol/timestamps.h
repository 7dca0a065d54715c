// Wire timestamps: ISO 8601 with an explicit offset; always handled in UTC inside the code.
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

class Timestamps
{
public:
    // UTC with milliseconds and "Z", e.g. 2025-07-10T08:00:00.000Z (fixed width, sorts as text).
    // An invalid time gives an empty string.
    [[nodiscard]] static QString toIso(const QDateTime &time);
    // Parses "YYYY-MM-DDTHH:MM[:SS[.fff]]" followed by "Z", "±HH:MM", "±HHMM" or "±HH"; returns
    // the same instant in UTC (finer fractions rounded to the millisecond). A missing offset,
    // a date alone or garbage gives an invalid QDateTime.
    [[nodiscard]] static QDateTime fromIso(QStringView text);
};
