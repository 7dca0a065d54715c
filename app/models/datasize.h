// File and storage sizes as the app shows them, one format everywhere: "42 KB", "1,2 MB",
// "500 MB" (powers of 1024, the decimal separator of the app's language).
#pragma once

#include <QString>
#include <QtGlobal>

namespace DataSize {
// Under 1 MB whole kilobytes, rounded up (a non-empty file is never "0 KB"); above, one
// decimal unless it is zero.
[[nodiscard]] QString text(qint64 bytes);
} // namespace DataSize
