// Device certificates of the meeting room (DESIGN.md 8.8, issue 23), shared by the server
// (which issues them, signed by its room key) and sync/room (which checks a peer's certificate
// without the server). Ed25519 through libsodium (PublicationSignature's primitives); keys and
// signatures in standard base64.
//
// A certificate on the wire is its canonical fields plus "signature":
// {"v":"1","type":"device","device_id","user_id","member_id","org_id","role","public_key",
//  "valid_from","valid_until","signature"}; what is signed is the canonical bytes of the fields
// without "signature", written as DESIGN.md 8.1 writes canonical bytes (compact, keys in
// ascending byte order, every value a string, a missing field the empty string).
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace DeviceCertificate {

// How long a certificate is valid from its issue. The room has no server to ask, so a device
// revoked after its certificate was issued is refused only through the secretary's revocation
// list (the `revoked_devices` she received at her last sync); a shorter life would lock out
// members of communes where a phone reaches the network once a season.
inline constexpr int kValidityDays = 90;

struct Fields
{
    QString deviceId;
    QString userId;
    QString memberId; // empty for an account without a member record
    QString orgId; // the account's organisation (a cell for members and secretaries)
    QString role;
    QByteArray publicKey; // raw 32-byte Ed25519 public key of the device
    QDateTime validFrom;
    QDateTime validUntil;
};

// The canonical bytes of a certificate object ("signature" and any other key ignored).
[[nodiscard]] QByteArray bytes(const QJsonObject &certificate);

// The certificate of `fields` signed with the room's 64-byte libsodium secret key (an empty
// object when the key or the device key is malformed).
[[nodiscard]] QJsonObject issue(const Fields &fields, const QByteArray &roomSecretKey);

// Why a certificate is not accepted. Codes are stable (room refusals, logs).
enum class Failure {
    None,
    Missing, // no certificate at all
    Malformed, // not a device certificate, bad base64, wrong key length, bad times
    NoPinnedKey, // the checking device has no pinned room key
    BadSignature, // not signed by the pinned room key
    NotYetValid,
    Expired,
};
[[nodiscard]] QString failureCode(Failure failure);

// Checks form, signature under the pinned room public key (raw 32 bytes) and validity at
// `now`. The room's own rules (same cell, not revoked, the host a secretary) are sync/room's.
[[nodiscard]] Failure check(
    const QJsonObject &certificate, const QByteArray &roomPublicKey, const QDateTime &now);

// The raw device public key of a certificate (empty when malformed).
[[nodiscard]] QByteArray publicKey(const QJsonObject &certificate);
// Field accessors (the empty string when absent).
[[nodiscard]] QString deviceId(const QJsonObject &certificate);
[[nodiscard]] QString orgId(const QJsonObject &certificate);
[[nodiscard]] QString role(const QJsonObject &certificate);
[[nodiscard]] QString memberId(const QJsonObject &certificate);
[[nodiscard]] QDateTime validUntil(const QJsonObject &certificate);

} // namespace DeviceCertificate
