// What the simulated clients measured, per kind of request (login, first pull, pull, push):
// the latency of every answer, how many succeeded, and the errors by reason.
#pragma once

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

struct RequestStats
{
    QList<qint64> micros; // latency of each successful answer
    qint64 errors = 0;
    QMap<QString, qint64> errorReasons; // "HTTP 503", "timeout", ...

    [[nodiscard]] qint64 ok() const { return micros.size(); }
    // The p-th percentile (0..100) of the latencies, in milliseconds; 0 without answers.
    [[nodiscard]] double percentileMs(double p) const;
    [[nodiscard]] double meanMs() const;
};

class LoadStats
{
public:
    void success(const QString &kind, qint64 micros) { m_kinds[kind].micros.append(micros); }
    void failure(const QString &kind, const QString &reason);
    [[nodiscard]] const RequestStats &kind(const QString &kind) const;
    [[nodiscard]] QStringList kinds() const { return m_kinds.keys(); }
    // Successful answers and errors of every kind together.
    [[nodiscard]] qint64 answers() const;
    [[nodiscard]] qint64 errors() const;
    // Every kind's latencies together.
    [[nodiscard]] RequestStats all() const;

private:
    QMap<QString, RequestStats> m_kinds;
};
