// A test proxy on 127.0.0.1 between the client and handbook-server that misbehaves like a
// bad mobile network, deterministically from a seed: it delays answers, cuts connections in
// the middle of responses, truncates bodies, answers 503 without asking the server, and
// answers 502 after the server did the work. One request per connection. Bounded: at most
// `maxFaults` faults and `maxDelayMs` per delay; faults can be switched off.
#pragma once

#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QUrl>

class FaultyProxy : public QObject
{
    Q_OBJECT

public:
    enum class Fault {
        None,
        Delay, // the answer comes late
        CutResponse, // the connection breaks part-way through the answer
        TruncateBody, // the answer ends early (its Content-Length is not met)
        DropRequest, // the request is swallowed; the connection closes
        ServiceUnavailable, // 503, the server never saw the request
        BadGatewayAfterWork, // the server handled it; the client gets a 502
    };
    Q_ENUM(Fault)

    struct Options
    {
        quint32 seed = 1;
        double faultRate = 0.35; // share of requests that get a fault
        int maxFaults = 200;
        int maxDelayMs = 150;
    };

    FaultyProxy(QUrl upstream, Options options, QObject *parent = nullptr);
    ~FaultyProxy() override;

    // Listens on 127.0.0.1 with a free port; false with *error otherwise.
    bool listen(QString *error);
    // "http://127.0.0.1:<port>".
    [[nodiscard]] QUrl url() const;
    // Faults stop (true) or resume (false); requests keep flowing either way.
    void setFaultsEnabled(bool enabled) { m_enabled = enabled; }

    [[nodiscard]] int requests() const { return m_requests; }
    [[nodiscard]] int faults() const { return m_faults; }
    [[nodiscard]] int faultCount(Fault fault) const { return m_counts.value(fault); }

    // Forces `fault` on a request whose request line starts with `requestPrefix` (e.g.
    // "PUT /v1/blobs/") after `skip` such requests went through; queued forced faults are
    // used in order, before the random ones and also while those are switched off.
    void forceFault(const QByteArray &requestPrefix, Fault fault, int skip = 0);

    // The fault for the next request (used by each connection).
    [[nodiscard]] Fault nextFault();
    // The same, for this request: a forced fault that matches it comes first.
    [[nodiscard]] Fault nextFault(const QByteArray &request);
    // A delay for Fault::Delay, and a random cut position in [1, size - 1].
    [[nodiscard]] int delayMs();
    [[nodiscard]] qsizetype cutPoint(qsizetype size);
    [[nodiscard]] QUrl upstream() const { return m_upstream; }

private:
    QUrl m_upstream;
    Options m_options;
    QRandomGenerator m_random;
    QTcpServer m_server;
    bool m_enabled = true;
    int m_requests = 0;
    int m_faults = 0;
    QHash<Fault, int> m_counts;
    struct Forced
    {
        QByteArray prefix;
        Fault fault;
        int skip;
    };
    QList<Forced> m_forced;
};
