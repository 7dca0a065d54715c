// Revoking a device (a lost phone, a reused refresh token) and the answer a revoked device
// gets: 401 {"error": {"code": "device_revoked", "message"}, "wipe": true}. "wipe" sits next
// to "error" at the top level (a compatible extension of the error shape, DESIGN.md
// section 5): the client then wipes that account's local data.
#pragma once

#include "records/auditlog.h"

#include <QHttpServerResponse>
#include <QSqlDatabase>
#include <QString>

class DeviceRevocation
{
public:
    enum class Outcome { Revoked, AlreadyRevoked, NoSuchDevice };

    // Inside the caller's write transaction: sets revoked_at, deletes the device's refresh
    // tokens (its access tokens stay, they only ever answer device_revoked) and records
    // `audit` (action "device.revoke", target the device) when it was not revoked before.
    static Outcome revoke(const QSqlDatabase &db, const QString &deviceId, AuditEntry audit);
    // The 401 answer for a request from a revoked device.
    [[nodiscard]] static QHttpServerResponse response();
};
