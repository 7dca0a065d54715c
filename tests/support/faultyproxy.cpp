#include "faultyproxy.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// Where a complete HTTP/1.1 message ends in `data` (headers + Content-Length body), or -1.
// `noBody`: a HEAD answer (or 204/304) carries no body whatever its headers say.
qsizetype messageEnd(const QByteArray &data, bool noBody)
{
    const qsizetype headerEnd = data.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return -1;
    const qsizetype bodyStart = headerEnd + 4;
    if (noBody)
        return bodyStart;
    qint64 length = 0;
    for (const QByteArray &line : data.left(headerEnd).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length")
            length = line.mid(colon + 1).trimmed().toLongLong();
    }
    return data.size() >= bodyStart + length ? bodyStart + length : -1;
}

// The message with its Connection header replaced by "Connection: close".
QByteArray withConnectionClose(const QByteArray &message)
{
    const qsizetype headerEnd = message.indexOf("\r\n\r\n");
    QList<QByteArray> lines = message.left(headerEnd).split('\n');
    QByteArray head;
    for (QByteArray line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        const QByteArray name = line.left(line.indexOf(':')).trimmed().toLower();
        if (name == "connection" || name == "keep-alive")
            continue;
        head += line + "\r\n";
    }
    return head + "Connection: close\r\n\r\n" + message.mid(headerEnd + 4);
}

QByteArray plainAnswer(
    int status, const QByteArray &reason, const QByteArray &contentType, const QByteArray &body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: "
        + contentType + "\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: close\r\n\r\n" + body;
}

// One client connection: one request, forwarded (or not) and answered with the fault.
class ProxyConnection : public QObject
{
public:
    ProxyConnection(FaultyProxy *proxy, QTcpSocket *client)
        : QObject(proxy)
        , m_proxy(proxy)
        , m_client(client)
    {
        client->setParent(this);
        connect(client, &QTcpSocket::readyRead, this, &ProxyConnection::readRequest);
        connect(client, &QTcpSocket::disconnected, this, [this] { finishLater(); });
        // Nothing in these tests takes long: a stuck connection is cleaned up.
        QTimer::singleShot(60000, this, [this] { finishLater(); });
    }

private:
    void readRequest()
    {
        m_request += m_client->readAll();
        if (m_fault || messageEnd(m_request, false) < 0)
            return;
        m_isHead = m_request.startsWith("HEAD ");
        m_fault = m_proxy->nextFault(m_request);
        switch (*m_fault) {
        case FaultyProxy::Fault::DropRequest:
            m_client->abort();
            return finishLater();
        case FaultyProxy::Fault::ServiceUnavailable:
            return answer(plainAnswer(503, "Service Unavailable", "application/json",
                R"({"error":{"code":"unavailable","message":"proxy: try again"}})"));
        default:
            break;
        }
        m_upstream = new QTcpSocket(this);
        connect(m_upstream, &QTcpSocket::connected, this,
            [this] { m_upstream->write(withConnectionClose(m_request)); });
        connect(m_upstream, &QTcpSocket::readyRead, this, &ProxyConnection::readResponse);
        connect(m_upstream, &QTcpSocket::disconnected, this, &ProxyConnection::readResponse);
        connect(m_upstream, &QTcpSocket::errorOccurred, this, [this] {
            if (!m_answered && m_response.isEmpty())
                answer(plainAnswer(502, "Bad Gateway", "text/plain", "upstream failed"));
        });
        m_upstream->connectToHost(m_proxy->upstream().host(), quint16(m_proxy->upstream().port()));
    }

    void readResponse()
    {
        m_response += m_upstream->readAll();
        const qsizetype end = messageEnd(m_response, m_isHead);
        if (m_answered || end < 0)
            return;
        const QByteArray response = withConnectionClose(m_response.left(end));
        const qsizetype bodyStart = response.indexOf("\r\n\r\n") + 4;
        switch (*m_fault) {
        case FaultyProxy::Fault::Delay:
            m_answered = true;
            QTimer::singleShot(m_proxy->delayMs(), this, [this, response] {
                m_answered = false;
                answer(response);
            });
            return;
        case FaultyProxy::Fault::CutResponse:
            m_answered = true;
            m_client->write(response.left(m_proxy->cutPoint(response.size())));
            m_client->flush();
            m_client->abort();
            return finishLater();
        case FaultyProxy::Fault::TruncateBody: {
            const qsizetype keep = response.size() > bodyStart
                ? bodyStart + m_proxy->cutPoint(response.size() - bodyStart + 1) - 1
                : m_proxy->cutPoint(response.size());
            return answer(response.left(keep));
        }
        case FaultyProxy::Fault::BadGatewayAfterWork:
            return answer(
                plainAnswer(502, "Bad Gateway", "text/plain", "proxy: upstream timed out"));
        default:
            return answer(response);
        }
    }

    void answer(const QByteArray &bytes)
    {
        if (m_answered)
            return;
        m_answered = true;
        m_client->write(bytes);
        m_client->disconnectFromHost();
        finishLater();
    }

    void finishLater()
    {
        if (m_finishing)
            return;
        m_finishing = true;
        // Let the socket flush what was written before it goes away.
        QTimer::singleShot(2000, this, [this] { deleteLater(); });
    }

    FaultyProxy *m_proxy;
    QTcpSocket *m_client;
    QTcpSocket *m_upstream = nullptr;
    QByteArray m_request;
    QByteArray m_response;
    std::optional<FaultyProxy::Fault> m_fault;
    bool m_isHead = false;
    bool m_answered = false;
    bool m_finishing = false;
};

} // namespace

FaultyProxy::FaultyProxy(QUrl upstream, Options options, QObject *parent)
    : QObject(parent)
    , m_upstream(std::move(upstream))
    , m_options(options)
    , m_random(options.seed)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *client = m_server.nextPendingConnection())
            new ProxyConnection(this, client);
    });
}

FaultyProxy::~FaultyProxy() = default;

bool FaultyProxy::listen(QString *error)
{
    if (m_server.listen(QHostAddress::LocalHost, 0))
        return true;
    *error = m_server.errorString();
    return false;
}

QUrl FaultyProxy::url() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort()));
}

FaultyProxy::Fault FaultyProxy::nextFault()
{
    ++m_requests;
    // Draw every time, so a run's faults do not depend on when they were switched off.
    const double roll = m_random.generateDouble();
    const int kind = int(m_random.bounded(6));
    if (!m_enabled || m_faults >= m_options.maxFaults || roll >= m_options.faultRate)
        return Fault::None;
    ++m_faults;
    const Fault fault = Fault(kind + 1);
    ++m_counts[fault];
    return fault;
}

void FaultyProxy::forceFault(const QByteArray &requestPrefix, Fault fault, int skip)
{
    m_forced.append({ requestPrefix, fault, skip });
}

FaultyProxy::Fault FaultyProxy::nextFault(const QByteArray &request)
{
    for (qsizetype i = 0; i < m_forced.size(); ++i) {
        Forced &forced = m_forced[i];
        if (!request.startsWith(forced.prefix))
            continue;
        if (forced.skip > 0) {
            --forced.skip;
            break;
        }
        const Fault fault = forced.fault;
        m_forced.removeAt(i);
        ++m_requests;
        ++m_faults;
        ++m_counts[fault];
        return fault;
    }
    return nextFault();
}

int FaultyProxy::delayMs()
{
    return int(m_random.bounded(m_options.maxDelayMs + 1));
}

qsizetype FaultyProxy::cutPoint(qsizetype size)
{
    return size <= 1 ? 0 : 1 + qsizetype(m_random.bounded(quint32(size - 1)));
}
