// The meeting room's identity of an account on this device (DESIGN.md 8.8, issue 23), kept in
// the account's vault: the server's room public key, pinned the first time the server gives
// it and never replaced by another silently; this device's Ed25519 room key (its secret never
// leaves the vault); the device certificate the server signed for it; and, for a secretary,
// the revoked devices of her cell (her room's revocation list, from her last sync).
#pragma once

#include "roomidentity.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

class SqliteDatabase;

class RoomIdentityStore
{
public:
    enum class Result {
        Kept, // the key was pinned now or was already, and the certificate is kept
        Different, // another room key is pinned: nothing kept (the room is not offered)
        Invalid, // the key or the certificate is malformed, not for this device key, or does
                 // not verify: nothing kept
        None, // the server gave no room key (an older server): nothing to keep
    };

    struct Stored
    {
        QByteArray roomPublicKey; // raw 32 bytes; empty when none is pinned
        QByteArray deviceSecretKey; // raw 64 bytes; empty when none
        QJsonObject certificate; // empty when none
        QStringList revokedDevices;
    };

    // After a sign-in (or POST /v1/auth/device-certificate): pins `roomPublicKey` (base64)
    // unless another one is pinned, then keeps the device secret key with its certificate when
    // the certificate verifies under the pinned key and certifies that key. Throws
    // StorageError.
    static Result keep(SqliteDatabase &db, const QString &roomPublicKey,
        const QByteArray &deviceSecretKey, const QJsonObject &certificate);
    // The secretary's revocation list. Throws StorageError.
    static void keepRevokedDevices(SqliteDatabase &db, const QStringList &deviceIds);
    // What is kept. Throws StorageError.
    [[nodiscard]] static Stored load(SqliteDatabase &db);
    // What sync/room needs of it (RoomIdentity::isUsable() tells whether the room can be
    // offered). Throws StorageError.
    [[nodiscard]] static RoomIdentity identity(SqliteDatabase &db);
};
