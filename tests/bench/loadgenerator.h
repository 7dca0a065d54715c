// Closed-loop HTTP load: N keep-alive connections each send the same request again as soon
// as its answer is complete, for a fixed time, from one thread (poll). Like wrk -c N.
#pragma once

#include <QByteArray>
#include <QList>

struct LoadResult
{
    qint64 requests = 0; // complete answers with the expected status
    qint64 failures = 0; // other statuses and broken connections
    double seconds = 0;
    qint64 responseBytes = 0; // of one answer, head and body
    QList<double> latenciesMs; // every complete answer

    [[nodiscard]] double requestsPerSecond() const { return seconds > 0 ? requests / seconds : 0; }
    // The p-th percentile (0-100) of the latencies.
    [[nodiscard]] double percentile(double p) const;
};

class LoadGenerator
{
public:
    // `request` is the whole HTTP request; answers must be `expectedStatus`.
    static LoadResult run(const QByteArray &host, quint16 port, const QByteArray &request,
        int connections, double warmupSeconds, double seconds, int expectedStatus = 200);
};
