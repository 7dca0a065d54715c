#include "datasize.h"

#include <QLocale>
#include <cmath>

namespace DataSize {

QString text(qint64 bytes)
{
    constexpr qint64 kKilo = 1024;
    constexpr qint64 kMega = kKilo * kKilo;
    constexpr qint64 kGiga = kMega * kKilo;
    const QLocale locale;
    if (bytes < kMega) {
        const qint64 kilobytes = bytes <= 0 ? 0 : (bytes + kKilo - 1) / kKilo;
        // 1023.5 KB and above would read "1024 KB": it is 1 MB.
        if (kilobytes < kKilo)
            return locale.toString(kilobytes) + QStringLiteral(" KB");
    }
    const bool giga = bytes >= kGiga;
    const double value = double(bytes) / double(giga ? kGiga : kMega);
    const double tenths = std::round(value * 10.0) / 10.0;
    const QString number = tenths == std::floor(tenths) ? locale.toString(qint64(tenths))
                                                        : locale.toString(tenths, 'f', 1);
    return number + (giga ? QStringLiteral(" GB") : QStringLiteral(" MB"));
}

} // namespace DataSize
