// POST /v1/auth/password {"old_password", "new_password"} (authenticated): checks the old
// password (a wrong one is 403 invalid_credentials and counts as a failed sign-in for the
// rate limit), refuses a weak new one (422 weak_password), stores the new hash, clears
// must_change_password and signs the account's OTHER devices out (their tokens are deleted;
// nothing is revoked or wiped: they sign in again with the new password).
#pragma once

#include "authenticateduser.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>

class ServerDatabase;

class PasswordChangeHandler
{
public:
    explicit PasswordChangeHandler(ServerDatabase &database);
    // Answers one password change of an authenticated user; never throws.
    [[nodiscard]] QHttpServerResponse handle(
        const QHttpServerRequest &request, const AuthenticatedUser &user);

private:
    ServerDatabase &m_database;
};
