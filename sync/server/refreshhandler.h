// POST /v1/auth/refresh {"refresh_token", "device_id"}: rotates the token pair. The presented
// refresh token is marked used; presenting a used one again means it was copied, so the
// device is revoked (401 device_revoked, "wipe": true). A token of another device, an
// unknown or expired token: 401 unauthenticated (sign in again).
#pragma once

#include <QHttpServerRequest>
#include <QHttpServerResponse>

class ServerDatabase;

class RefreshHandler
{
public:
    explicit RefreshHandler(ServerDatabase &database);
    // Answers one refresh request; never throws.
    [[nodiscard]] QHttpServerResponse handle(const QHttpServerRequest &request);

private:
    ServerDatabase &m_database;
};
