// POST /v1/auth/refresh {"refresh_token", "device_id"} (no other member: 400 invalid_args):
// rotates the token pair. The presented refresh token is marked used. Presenting it again is
// honoured once, within TokenStore::refreshGraceSeconds() of the exchange and while the pair
// it bought is unused (the answer was lost): that pair is withdrawn and a new one issued.
// Any other reuse means the session was copied: the device is revoked (401 device_revoked,
// "wipe": true) and the reuse audited as suspicious. A token of another device, an unknown
// or expired token: 401 unauthenticated (sign in again). A revoked device hears
// device_revoked only when it presents one of its own tokens; naming a revoked device with
// any other token is the 401 of an unknown token, with no audit entry. The token is checked
// read-only before the write lock is taken; refused tokens are counted per client address
// (LoginRateLimiter::RefreshFailuresPerAddress): past the limit, 429 rate_limited.
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
    // 401 unauthenticated, counted against the address (throws DbError).
    [[nodiscard]] QHttpServerResponse refused(const QString &address, const QString &message);
    // 401 device_revoked for a revoked device's own token, audited (throws DbError).
    [[nodiscard]] QHttpServerResponse revokedDevice(const QString &userId, const QString &login,
        const QString &deviceId, const QString &address);

    ServerDatabase &m_database;
};
