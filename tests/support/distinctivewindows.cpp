#include "distinctivewindows.h"

#include <QSet>
#include <algorithm>

QList<QByteArray> distinctiveWindows(const QByteArray &bytes, int count, int size)
{
    QList<QByteArray> windows;
    if (bytes.size() < size)
        return windows;
    const qsizetype step = std::max<qsizetype>(1, (bytes.size() - size) / (count * 4));
    for (qsizetype at = 0; at + size <= bytes.size() && windows.size() < count; at += step) {
        const QByteArray window = bytes.mid(at, size);
        if (QSet<char>(window.cbegin(), window.cend()).size() >= size / 2)
            windows << window;
    }
    return windows;
}
