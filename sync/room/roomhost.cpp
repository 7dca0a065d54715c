#include "roomhost.h"

#include <utility>

class RoomHost::Server : public QTcpServer
{
public:
    explicit Server(RoomHost *host)
        : QTcpServer(host)
        , m_host(host)
    { }

protected:
    void incomingConnection(qintptr descriptor) override { m_host->onConnection(descriptor); }

private:
    RoomHost *m_host;
};

RoomHost::RoomHost(RoomIdentity identity, QString meetingId, QObject *parent)
    : QObject(parent)
    , m_identity(std::move(identity))
    , m_meetingId(std::move(meetingId))
    , m_server(new Server(this))
{ }

RoomHost::~RoomHost()
{
    close();
}

bool RoomHost::listen(const QHostAddress &address, quint16 port)
{
    return m_server->listen(address, port);
}

quint16 RoomHost::port() const
{
    return m_server->serverPort();
}

QList<RoomChannel *> RoomHost::members() const
{
    QList<RoomChannel *> joined;
    for (const QPointer<RoomChannel> &channel : m_channels) {
        if (channel && channel->isEstablished())
            joined.append(channel);
    }
    return joined;
}

void RoomHost::close()
{
    m_server->close();
    for (const QPointer<RoomChannel> &channel : std::as_const(m_channels)) {
        if (channel) {
            channel->disconnect(this);
            channel->close();
            channel->deleteLater();
        }
    }
    m_channels.clear();
}

void RoomHost::expel(RoomChannel *channel, RoomRefusal reason)
{
    if (!channel || !m_channels.contains(channel))
        return;
    m_channels.removeAll(channel);
    channel->disconnect(this);
    channel->close();
    Q_EMIT memberLeft(channel->peerDeviceId(), reason);
    channel->deleteLater();
}

void RoomHost::onConnection(qintptr descriptor)
{
    auto *channel = new RoomChannel(RoomChannel::Side::Host, m_identity, this);
    m_channels.removeAll(nullptr);
    m_channels.append(channel);
    connect(channel, &RoomChannel::established, this,
        [this, channel] { Q_EMIT memberJoined(channel); });
    connect(channel, &RoomChannel::failed, this, [this, channel](RoomRefusal reason) {
        m_channels.removeAll(channel);
        Q_EMIT memberLeft(channel->peerDeviceId(), reason);
        channel->deleteLater();
    });
    channel->accept(descriptor, m_meetingId);
}
