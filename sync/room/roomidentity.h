// Who a device is in the meeting room (DESIGN.md 8.8, issue 23) and whom it lets in: its
// device certificate from the server, its device secret key (kept in the vault), the room
// public key pinned with the account, and, on the secretary's device, the revocation list she
// received at her last sync. The check of a peer needs no server.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QSet>
#include <QString>

struct RoomIdentity
{
    QJsonObject certificate; // DeviceCertificate, as the server answered it
    QByteArray deviceSecretKey; // 64-byte libsodium Ed25519 secret key of this device
    QByteArray roomPublicKey; // 32-byte room key pinned with the account
    // The host's revocation list: device ids of the cell's revoked devices (`revoked_devices`
    // of POST /v1/auth/device-certificate at the secretary's last sync).
    QSet<QString> revokedDevices;

    [[nodiscard]] QString cellId() const;
    [[nodiscard]] QString deviceId() const;
    // Whether this identity can take part at all: a certificate that checks under its own
    // pinned key now, and a secret key matching the certificate's public key.
    [[nodiscard]] bool isUsable(const QDateTime &now) const;
};

// Why a room connection was refused or broken. Codes are stable (told to the refused member's
// device, logged, shown by the app in Vietnamese later).
enum class RoomRefusal {
    None,
    NoCertificate, // the peer sent none (or this device has none)
    BadCertificate, // not signed by the pinned room key, or malformed
    Expired, // outside its validity (expired or not yet valid)
    OtherCell, // a device of another cell
    Revoked, // on the secretary's revocation list
    NotSecretary, // the device serving the room is not a secretary of the cell
    BadTranscript, // the handshake signature does not verify under the certificate's key
    BadMessage, // a handshake message out of order, too large or malformed
    Timeout, // the handshake did not finish in time
    ChannelBroken, // the encrypted channel failed (a tampered or truncated record, TLS error)
    Closed, // the peer closed the connection
};
[[nodiscard]] QString roomRefusalCode(RoomRefusal refusal);
[[nodiscard]] RoomRefusal roomRefusalFromCode(const QString &code);

namespace RoomPolicy {
// Whom the peer must be.
enum class PeerSide {
    Member, // a device joining the secretary's room
    Host, // the device serving the room: a secretary of the cell
};
// Whether `self` accepts the peer's certificate at `now` (RoomRefusal::None when it does):
// it verifies under self's pinned room key, is valid now, is of self's cell, is not on self's
// revocation list, and a host's role is secretary.
[[nodiscard]] RoomRefusal checkPeer(const RoomIdentity &self, const QJsonObject &peerCertificate,
    PeerSide side, const QDateTime &now);
} // namespace RoomPolicy
