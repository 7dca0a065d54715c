// What a member's device signs in the meeting room (DESIGN.md 8.8, issue 23): a check-in or a
// ballot, signed with the device's Ed25519 room key (the key its DeviceCertificate certifies),
// so that the server can verify, whichever device pushes it (the member's own at its next sync,
// or the secretary's device that received it in the room), that the member really made it.
// Shared by the app (signs; the secretary's device checks before recording), sync/room and the
// server (checks again, then applies exactly once by the statement's id).
//
// A statement on the wire is its canonical fields plus "signature":
// {"v":"1","type":"room_check_in"|"room_ballot","id","meeting_id","vote_id","member_id",
//  "device_id","choice","sealed","at","signature"}; what is signed is the canonical bytes of the
// fields without "signature", written as DESIGN.md 8.1 writes canonical bytes (compact, keys in
// ascending byte order, every value a string, a missing field the empty string). A check-in has
// vote_id, choice and sealed empty; an open ballot names its choice; a secret ballot has
// choice empty and `sealed`: the base64 of libsodium's crypto_box_seal of the canonical bytes
// of {"ballot_key","choice","member_id","vote_id"} to the room key's X25519 form
// (crypto_sign_ed25519_pk_to_curve25519), which only the server can open: the secretary's
// device relays it without reading it.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QString>
#include <optional>

namespace RoomStatement {

// Values of "type".
inline constexpr QLatin1StringView CheckIn("room_check_in");
inline constexpr QLatin1StringView Ballot("room_ballot");

struct Fields
{
    QString type; // CheckIn or Ballot
    QString id; // random, made by the member's device (a UUID without braces)
    QString meetingId;
    QString voteId; // ballots only
    QString memberId;
    QString deviceId;
    QString choice; // an open ballot's choice
    QString sealed; // a secret ballot's sealed box (base64), from seal()
    QDateTime at;
};

// The canonical bytes of a statement object ("signature" and any other key ignored).
[[nodiscard]] QByteArray bytes(const QJsonObject &statement);

// The statement of `fields` signed with the device's 64-byte libsodium secret key (an empty
// object when the key is malformed).
[[nodiscard]] QJsonObject sign(const Fields &fields, const QByteArray &deviceSecretKey);

// The fields of a statement object (no check).
[[nodiscard]] Fields fields(const QJsonObject &statement);

// Why a statement is not accepted. Codes are stable (push results' messages, room acks).
enum class Failure {
    None,
    Malformed, // unknown type, missing id/meeting/member/device, a ballot without exactly one
               // of choice and sealed, a check-in with either, bad time or signature encoding
    BadCertificate, // the certificate is not the room key's, or was not valid at "at"
    WrongDevice, // the certificate is of another device or another member
    BadSignature, // the signature does not verify under the certificate's device key
};
[[nodiscard]] QString failureCode(Failure failure);

// Checks form, the certificate under the room public key (raw 32 bytes) at the statement's own
// time, that the certificate is the statement's device and member, and the signature. The
// meeting's rules (the cell, the vote open, one ballot per member) are the caller's.
[[nodiscard]] Failure verify(
    const QJsonObject &statement, const QJsonObject &certificate, const QByteArray &roomPublicKey);

// Lower-case hex SHA-256 of the canonical bytes and the signature: two pushes of one statement
// have the same digest; the same id with another digest is another statement.
[[nodiscard]] QString digest(const QJsonObject &statement);

// A secret ballot's sealed box (base64) for the server's room public key (raw 32 bytes); empty
// when the key is malformed.
[[nodiscard]] QString seal(const QString &voteId, const QString &memberId, const QString &choice,
    const QString &ballotKey, const QByteArray &roomPublicKey);

struct SealedBallot
{
    QString voteId;
    QString memberId;
    QString choice;
    QString ballotKey; // 64 hex digits, as vote.cast's ballot_key
};
// Opens a sealed box with the room's 64-byte secret key (the server only); nullopt when it does
// not open or holds no well-formed ballot.
[[nodiscard]] std::optional<SealedBallot> unseal(
    const QString &sealed, const QByteArray &roomSecretKey);

} // namespace RoomStatement
