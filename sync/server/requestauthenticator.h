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

    [[nodiscard]] std::variant<AuthenticatedUser, QHttpServerResponse>
    authenticate(const QHttpServerRequest &request);

private:
    ServerDatabase &m_database;
};
