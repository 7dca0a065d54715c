// Finding the meeting room on the local network (DESIGN.md 8.8, issue 23): the secretary's
// device broadcasts an announcement on UDP port Protocol::Room::DiscoveryPort every few
// seconds — {"app":"handbook-room","v":"1","meeting_id","cell_id","port"}, no secret in it —
// and members' devices listen and keep the announcements of their own cell. Whoever answers
// is then proven by RoomChannel's handshake: an announcement is only a hint.
#pragma once

#include "protocol.h"

#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QUdpSocket>
#include <optional>

struct RoomAnnouncement
{
    QString meetingId;
    QString cellId;
    quint16 port = 0; // the room's TCP port
    QHostAddress address; // where the announcement came from
};

namespace RoomAnnouncementCodec {
[[nodiscard]] QByteArray encode(const RoomAnnouncement &announcement);
// nullopt for anything that is not a well-formed announcement.
[[nodiscard]] std::optional<RoomAnnouncement> decode(const QByteArray &datagram);
} // namespace RoomAnnouncementCodec

class RoomAnnouncer : public QObject
{
    Q_OBJECT

public:
    static constexpr int kIntervalMs = 2000;

    // Announces to `target` (the broadcast address on a real network; loopback in tests).
    RoomAnnouncer(RoomAnnouncement announcement, QHostAddress target = QHostAddress::Broadcast,
        quint16 discoveryPort = Protocol::Room::DiscoveryPort, QObject *parent = nullptr);
    void start(int intervalMs = kIntervalMs);
    void stop();
    // One announcement now; false when the datagram could not be sent.
    bool announce();

private:
    RoomAnnouncement m_announcement;
    QHostAddress m_target;
    quint16 m_port;
    QUdpSocket m_socket;
    QTimer m_timer;
};

class RoomDiscovery : public QObject
{
    Q_OBJECT

public:
    // Keeps the announcements of `cellId` only.
    explicit RoomDiscovery(QString cellId, QObject *parent = nullptr);
    // Binds the discovery port, shared with other apps (0: any free port, for tests).
    bool listen(const QHostAddress &address = QHostAddress::AnyIPv4,
        quint16 port = Protocol::Room::DiscoveryPort);
    [[nodiscard]] quint16 port() const { return m_socket.localPort(); }

Q_SIGNALS:
    // A room of the own cell announced itself (again every few seconds while it lasts).
    void found(const RoomAnnouncement &announcement);

private:
    void onReadyRead();

    QString m_cellId;
    QUdpSocket m_socket;
};
