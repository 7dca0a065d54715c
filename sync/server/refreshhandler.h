// POST /v1/auth/refresh {"refresh_token", "device_id"} (no other member: 400 invalid_args):
// rotates the token pair. The presented refresh token is marked used. Presenting it again is
// honoured once, within TokenStore::refreshGraceSeconds() of the exchange and while the pair
// it bought is unused (the answer was lost): that pair is withdrawn and a new one issued.
// Any other reuse means the session was copied: the device is revoked (401 device_revoked,
// "wipe": true) and the reuse audited as suspicious. A token of another device, an unknown
// or expired token: 401 unauthenticated (sign in again).
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
