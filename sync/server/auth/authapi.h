// Routes for login, refresh, logout, password change (DESIGN.md section 5), and the
// compatible extension GET /v1/auth/me (the signed-in user).
#pragma once

#include "auth/authenticateduser.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <memory>
#include <variant>

class ApiServer;
class LoginHandler;
class PasswordChangeHandler;
class RefreshHandler;
class RequestAuthenticator;
class ServerDatabase;

class AuthApi
{
public:
    explicit AuthApi(ServerDatabase &database);
    ~AuthApi();
    // Adds this area's routes to the server.
    void registerRoutes(ApiServer &server);

private:
    // POST /v1/auth/logout: deletes this device's tokens -> 200 {}. The device is the one of
    // the body's {"refresh_token", "device_id"} when given (checked like a refresh), else the
    // one of the bearer access token, which may have expired. Like the password change, also
    // served to an account that must change its password.
    [[nodiscard]] QHttpServerResponse logout(const QHttpServerRequest &request);
    // The device and user whose (unexpired or not, used or not) refresh token this is, or the
    // answer: 401 unauthenticated (counted against `address`), 401 device_revoked, 429.
    [[nodiscard]] std::variant<AuthenticatedUser, QHttpServerResponse> logoutHolder(
        const QString &refreshToken, const QString &deviceId, const QString &address);
    // GET /v1/auth/me -> {"user": {...}, "must_change_password": bool} (403
    // password_change_required while it is true, like every other route).
    [[nodiscard]] QHttpServerResponse me(const QHttpServerRequest &request);
    // POST /v1/auth/device-certificate {"public_key"} (DESIGN.md 8.8, issue 23) -> 200
    // {"room_public_key", "device_certificate", "revoked_devices" (a secretary only)}: the
    // certificate of the caller's device as its account is now (a moved member gets her new
    // cell); a revoked device is refused like everywhere (401 device_revoked).
    [[nodiscard]] QHttpServerResponse deviceCertificate(const QHttpServerRequest &request);
    // POST /v1/auth/password, after authentication (answered when its Argon2 work is done).
    void changePassword(const QHttpServerRequest &request, QHttpServerResponder &&responder);

    ServerDatabase &m_database;
    std::unique_ptr<RequestAuthenticator> m_authenticator;
    std::unique_ptr<LoginHandler> m_login;
    std::unique_ptr<RefreshHandler> m_refresh;
    std::unique_ptr<PasswordChangeHandler> m_password;
};
