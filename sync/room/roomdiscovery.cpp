#include "roomdiscovery.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkDatagram>
#include <utility>

using namespace Qt::StringLiterals;

namespace {
constexpr QLatin1StringView kApp("app");
constexpr QLatin1StringView kAppName("handbook-room");
constexpr QLatin1StringView kVersionKey("v");
constexpr QLatin1StringView kVersion("1");
constexpr QLatin1StringView kMeetingId("meeting_id");
constexpr QLatin1StringView kCellId("cell_id");
constexpr QLatin1StringView kPort("port");
constexpr qsizetype kMaxDatagram = 1024;
constexpr qsizetype kMaxId = 128;
} // namespace

QByteArray RoomAnnouncementCodec::encode(const RoomAnnouncement &announcement)
{
    return QJsonDocument(QJsonObject { { kApp, kAppName }, { kVersionKey, kVersion },
                             { kMeetingId, announcement.meetingId },
                             { kCellId, announcement.cellId }, { kPort, int(announcement.port) } })
        .toJson(QJsonDocument::Compact);
}

std::optional<RoomAnnouncement> RoomAnnouncementCodec::decode(const QByteArray &datagram)
{
    if (datagram.size() > kMaxDatagram)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(datagram, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    const QString meetingId = object.value(kMeetingId).toString();
    const QString cellId = object.value(kCellId).toString();
    const int port = object.value(kPort).toInt(0);
    if (object.value(kApp).toString() != kAppName
        || object.value(kVersionKey).toString() != kVersion || meetingId.isEmpty()
        || meetingId.size() > kMaxId || cellId.isEmpty() || cellId.size() > kMaxId || port <= 0
        || port > 65535)
        return std::nullopt;
    return RoomAnnouncement { meetingId, cellId, quint16(port), {} };
}

RoomAnnouncer::RoomAnnouncer(
    RoomAnnouncement announcement, QHostAddress target, quint16 discoveryPort, QObject *parent)
    : QObject(parent)
    , m_announcement(std::move(announcement))
    , m_target(std::move(target))
    , m_port(discoveryPort)
{
    connect(&m_timer, &QTimer::timeout, this, &RoomAnnouncer::announce);
}

void RoomAnnouncer::start(int intervalMs)
{
    announce();
    m_timer.start(intervalMs);
}

void RoomAnnouncer::stop()
{
    m_timer.stop();
}

bool RoomAnnouncer::announce()
{
    const QByteArray datagram = RoomAnnouncementCodec::encode(m_announcement);
    return m_socket.writeDatagram(datagram, m_target, m_port) == datagram.size();
}

RoomDiscovery::RoomDiscovery(QString cellId, QObject *parent)
    : QObject(parent)
    , m_cellId(std::move(cellId))
{
    connect(&m_socket, &QUdpSocket::readyRead, this, &RoomDiscovery::onReadyRead);
}

bool RoomDiscovery::listen(const QHostAddress &address, quint16 port)
{
    return m_socket.bind(address, port, QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint);
}

void RoomDiscovery::onReadyRead()
{
    while (m_socket.hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_socket.receiveDatagram(kMaxDatagram + 1);
        auto announcement = RoomAnnouncementCodec::decode(datagram.data());
        if (!announcement || announcement->cellId != m_cellId)
            continue;
        announcement->address = datagram.senderAddress();
        Q_EMIT found(*announcement);
    }
}
