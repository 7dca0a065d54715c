// The secretary's side of the meeting room (DESIGN.md 8.8, issue 23): listens on the room's
// local network and runs a RoomChannel for every device that connects; only the devices that
// pass RoomPolicy (same cell, certified, valid, not revoked, with a proven device key) join.
#pragma once

#include "roomchannel.h"
#include "roomidentity.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>

class RoomHost : public QObject
{
    Q_OBJECT

public:
    RoomHost(RoomIdentity identity, QString meetingId, QObject *parent = nullptr);
    ~RoomHost() override;

    // Listens (any port when 0); false when the address cannot be bound.
    bool listen(const QHostAddress &address = QHostAddress::AnyIPv4, quint16 port = 0);
    [[nodiscard]] quint16 port() const;
    [[nodiscard]] QString meetingId() const { return m_meetingId; }
    // The secretary's own identity (its room key checks the members' statements).
    [[nodiscard]] const RoomIdentity &identity() const { return m_identity; }
    // The channels of the devices that joined and are still connected.
    [[nodiscard]] QList<RoomChannel *> members() const;
    // Ends the room: stops listening and closes every connection (what was sent to a member
    // last is still delivered).
    void close();
    // Ends one member's channel (a device that broke the room's protocol): closed, forgotten,
    // memberLeft(its device id, reason), deleted later.
    void expel(RoomChannel *channel, RoomRefusal reason);

Q_SIGNALS:
    // A device passed the handshake; the channel belongs to the host (deleted when it fails).
    void memberJoined(RoomChannel *channel);
    // A device was refused or a joined member's channel ended (deviceId empty when the
    // device showed no certificate).
    void memberLeft(const QString &deviceId, RoomRefusal reason);

private:
    class Server;
    void onConnection(qintptr descriptor);

    RoomIdentity m_identity;
    QString m_meetingId;
    Server *m_server;
    QList<QPointer<RoomChannel>> m_channels;
};
