// The meeting room's device certificates (DESIGN.md 8.8, issue 23): the server's room-signing
// Ed25519 key and the certificates it signs for devices at sign-in and on
// POST /v1/auth/device-certificate.
//
// The key lives in the database's server_meta table (key "room_signing_key", the libsodium
// secret key in base64), made by the first certificate request of any process with
// INSERT ... ON CONFLICT DO NOTHING, so that every worker of `serve --workers` and every
// backend (SQLite, PostgreSQL on another host) agrees on one key without a file to ship,
// and a backup of the database restores the key with the devices it certified. The database
// already holds what a thief of it could abuse more (password hashes, token hashes); an
// operator who rotates the key deletes the row: every device gets a new certificate and the
// new public key at its next sync (the app re-pins it only then).
#pragma once

#include "auth/authenticateduser.h"

#include <QByteArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>

namespace RoomCertificates {

// The room key pair: made if the database has none yet. Throws DbError.
struct RoomKey
{
    QByteArray publicKey; // 32 bytes
    QByteArray secretKey; // 64 bytes
};
[[nodiscard]] RoomKey roomKey(const QSqlDatabase &db);

// The certificate of `deviceId` of `user` for the raw device public key (valid
// DeviceCertificate::kValidityDays from now). Throws DbError.
[[nodiscard]] QJsonObject issue(
    const QSqlDatabase &db, const AuthenticatedUser &user, const QByteArray &devicePublicKey);

// For a secretary: the ids of the revoked devices of her cell's accounts whose certificates
// may still be valid (revoked within the last DeviceCertificate::kValidityDays). Throws
// DbError.
[[nodiscard]] QStringList revokedDevices(const QSqlDatabase &db, const QString &cellId);

// The raw 32-byte key of a base64 device public key, or empty when malformed.
[[nodiscard]] QByteArray parsePublicKey(const QString &base64);

} // namespace RoomCertificates
