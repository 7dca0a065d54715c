// One secure connection of the meeting room (DESIGN.md 8.8, issue 23) between the secretary's
// device (the host) and a member's device, over TCP on the room's local network, without the
// server: both sides show their device certificates, each checks the other's under its pinned
// room key (RoomPolicy), they agree on ephemeral X25519 keys, each signs the handshake
// transcript with its device key, and the traffic then runs in TLS 1.2 with the pre-shared key
// derived from that exchange (ECDHE-PSK-CHACHA20-POLY1305; RoomHandshake says how). After
// `established`, whole frames go both ways; a tampered, truncated or replayed TLS record
// breaks the channel (failed(ChannelBroken)): nothing of it is delivered.
#pragma once

#include "roomhandshake.h"
#include "roomidentity.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSslSocket>
#include <QTimer>

class RoomChannel : public QObject
{
    Q_OBJECT

public:
    enum class Side { Member, Host };
    // How long the handshake may take before the connection is dropped.
    static constexpr int kHandshakeTimeoutMs = 15000;

    RoomChannel(Side side, RoomIdentity identity, QObject *parent = nullptr);
    ~RoomChannel() override;

    // Member: connects to the host's room and starts the handshake.
    void connectToHost(const QHostAddress &address, quint16 port);
    // Host: takes an accepted connection; `meetingId` is told to the member.
    void accept(qintptr socketDescriptor, const QString &meetingId);

    // Sends one frame (after `established`; at most RoomHandshake::kMaxFrame bytes). False
    // when the channel is not established or the frame is too large.
    bool send(const QByteArray &payload);
    // Closes the connection (no signal). A host's channel with a parent (RoomHost) still
    // delivers the frames it sent.
    void close();

    [[nodiscard]] bool isEstablished() const { return m_state == State::Established; }
    // The peer's certificate, once it was accepted.
    [[nodiscard]] QJsonObject peerCertificate() const { return m_peerCertificate; }
    [[nodiscard]] QString peerDeviceId() const;
    // The meeting the host serves (known to a member after the host's hello).
    [[nodiscard]] QString meetingId() const { return m_meetingId; }
    [[nodiscard]] Side side() const { return m_side; }

Q_SIGNALS:
    // Both sides are proven and TLS is up.
    void established();
    void frameReceived(const QByteArray &payload);
    // The handshake was refused (by this side or, for a member, by the host, who says why) or
    // the channel broke; the connection is closed. Emitted once.
    void failed(RoomRefusal reason);

private:
    enum class State {
        Idle,
        MemberWaitHello,
        MemberWaitProof,
        MemberWaitReady,
        HostWaitHello,
        HostWaitProof,
        Encrypting,
        Established,
        Failed,
    };

    void onReadyRead();
    void onPlainFrame(const QByteArray &payload);
    void onMemberMessage(const QJsonObject &message, const QByteArray &payload);
    void onHostMessage(const QJsonObject &message, const QByteArray &payload);
    void sendPlain(const QJsonObject &message);
    // Tells the member why (host side only) and fails.
    void refuse(RoomRefusal reason);
    void fail(RoomRefusal reason);
    void startTls();
    [[nodiscard]] QJsonObject helloMessage() const;
    [[nodiscard]] QJsonObject proofMessage(const QByteArray &signedMessage) const;
    [[nodiscard]] bool verifyProof(
        const QJsonObject &message, const QByteArray &signedMessage) const;

    Side m_side;
    RoomIdentity m_identity;
    QPointer<QSslSocket> m_socket;
    QTimer m_timeout;
    State m_state = State::Idle;
    RoomHandshake::FrameReader m_reader { RoomHandshake::kMaxHandshakeFrame };
    RoomHandshake::EphemeralKey m_ephemeral;
    QByteArray m_peerEphemeral;
    QByteArray m_memberHello;
    QByteArray m_hostHello;
    QByteArray m_transcript;
    QByteArray m_preSharedKey;
    QJsonObject m_peerCertificate;
    QString m_meetingId;
};
