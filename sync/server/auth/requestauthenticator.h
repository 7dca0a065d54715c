// Resolves the bearer access token of a request to the user and device behind it, or to
// the 401 answer the client must get (unauthenticated, token_expired, or device_revoked
// with "wipe": true). An account that must change its temporary password gets 403
// password_change_required from every authenticated route but the two that let it do so
// (POST /v1/auth/password, POST /v1/auth/logout): the server holds that rule, not the app.
#pragma once

#include "auth/authenticateduser.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <variant>

class ServerDatabase;
class TokenCache;
struct CachedToken;

class RequestAuthenticator
{
public:
    // Whether the route serves an account that still has to change its temporary password.
    enum class PendingPasswordChange { Refused, Allowed };

    explicit RequestAuthenticator(ServerDatabase &database);

    // The user behind the request's bearer token, or the 401 (500 on a database error) to
    // answer. May note devices.last_seen_at in its own write transaction (at most once a
    // minute per device): call it before opening a WriteTransaction.
    [[nodiscard]] std::variant<AuthenticatedUser, QHttpServerResponse> authenticate(
        const QHttpServerRequest &request);
    // The same, and *newestChange = the newest sequence of the change log, read by the same
    // query: a pull needs both, and most pulls need nothing else (one round trip to the
    // database instead of two). In `serve` (watched ChangeSignals) a token already resolved
    // by this process answers from its TokenCache and *newestChange from the ChangeSignals:
    // no round trip at all.
    [[nodiscard]] std::variant<AuthenticatedUser, QHttpServerResponse> authenticate(
        const QHttpServerRequest &request, qint64 *newestChange);
    // The same, for the routes that serve an account with must_change_password set
    // (password change, logout); every other route refuses it with 403.
    [[nodiscard]] std::variant<AuthenticatedUser, QHttpServerResponse> authenticate(
        const QHttpServerRequest &request, PendingPasswordChange pending);

    // For POST /v1/auth/logout: as with PendingPasswordChange::Allowed, and an expired access
    // token of a device that is not revoked is accepted too (signing out must work after the
    // 15 minutes an access token lives, or the refresh token would outlive "sign out").
    [[nodiscard]] std::variant<AuthenticatedUser, QHttpServerResponse> authenticateForLogout(
        const QHttpServerRequest &request);

private:
    enum class Expired { Refused, Allowed };
    [[nodiscard]] std::variant<AuthenticatedUser, QHttpServerResponse> authenticate(
        const QHttpServerRequest &request, qint64 *newestChange, PendingPasswordChange pending,
        Expired expired = Expired::Refused);
    // A token this process already resolved (serve, watched database): no query.
    [[nodiscard]] std::variant<AuthenticatedUser, QHttpServerResponse> fromCache(TokenCache &cache,
        const QString &tokenHash, const CachedToken &entry, qint64 *newestChange,
        PendingPasswordChange pending, Expired expired);

    ServerDatabase &m_database;
};
