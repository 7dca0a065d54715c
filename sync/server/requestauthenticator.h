// Resolves the bearer access token of a request to the user and device behind it, or to
// the 401 answer the client must get (unauthenticated, token_expired, or device_revoked
// with "wipe": true).
#pragma once

#include "authenticateduser.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <variant>

class ServerDatabase;

class RequestAuthenticator
{
public:
    explicit RequestAuthenticator(ServerDatabase &database);

    // The user behind the request's bearer token, or the 401 (500 on a database error) to
    // answer. May note devices.last_seen_at in its own write transaction (at most once a
    // minute per device): call it before opening a WriteTransaction.
    [[nodiscard]] std::variant<AuthenticatedUser, QHttpServerResponse> authenticate(
        const QHttpServerRequest &request);
    // The same, and *newestChange = the newest sequence of the change log, read by the same
    // query: a pull needs both, and most pulls need nothing else (one round trip to the
    // database instead of two).
    [[nodiscard]] std::variant<AuthenticatedUser, QHttpServerResponse> authenticate(
        const QHttpServerRequest &request, qint64 *newestChange);

private:
    ServerDatabase &m_database;
};
