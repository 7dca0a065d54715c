#include "loadstats.h"

#include <algorithm>
#include <cmath>

double RequestStats::percentileMs(double p) const
{
    if (micros.isEmpty())
        return 0;
    QList<qint64> sorted = micros;
    std::sort(sorted.begin(), sorted.end());
    // Nearest rank.
    const qsizetype rank = qBound<qsizetype>(
        1, qsizetype(std::ceil(p / 100.0 * double(sorted.size()))), sorted.size());
    return double(sorted.at(rank - 1)) / 1000.0;
}

double RequestStats::meanMs() const
{
    if (micros.isEmpty())
        return 0;
    double sum = 0;
    for (const qint64 value : micros)
        sum += double(value);
    return sum / double(micros.size()) / 1000.0;
}

void LoadStats::failure(const QString &kind, const QString &reason)
{
    RequestStats &stats = m_kinds[kind];
    ++stats.errors;
    ++stats.errorReasons[reason];
}

const RequestStats &LoadStats::kind(const QString &kind) const
{
    static const RequestStats none;
    const auto it = m_kinds.constFind(kind);
    return it == m_kinds.cend() ? none : *it;
}

qint64 LoadStats::answers() const
{
    qint64 total = 0;
    for (const RequestStats &stats : m_kinds)
        total += stats.ok() + stats.errors;
    return total;
}

qint64 LoadStats::errors() const
{
    qint64 total = 0;
    for (const RequestStats &stats : m_kinds)
        total += stats.errors;
    return total;
}

RequestStats LoadStats::all() const
{
    RequestStats total;
    for (const RequestStats &stats : m_kinds) {
        total.micros += stats.micros;
        total.errors += stats.errors;
        for (auto it = stats.errorReasons.begin(); it != stats.errorReasons.end(); ++it)
            total.errorReasons[it.key()] += it.value();
    }
    return total;
}
