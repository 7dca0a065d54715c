// The answer of POST /v1/auth/login and /v1/auth/refresh: a token pair and the user.
// Never log or print a value of this type.
#pragma once

#include "authuser.h"

#include <QByteArray>

struct AuthTokens
{
    QString accessToken;
    qint64 expiresIn = 0; // seconds
    QString refreshToken;
    AuthUser user;
    bool mustChangePassword = false; // compatible extension
    // The meeting room (DESIGN.md 8.8), login only: the server's room key (base64) and the
    // device's certificate when the login sent a device key (empty when absent).
    QString roomPublicKey = {};
    QJsonObject deviceCertificate = {};

    [[nodiscard]] QJsonObject toJson() const;
    // Strict: non-empty token strings, integer expires_in, a valid user.
    [[nodiscard]] static std::optional<AuthTokens> fromJson(
        const QJsonObject &object, QString *error);
    [[nodiscard]] static std::optional<AuthTokens> fromBytes(
        const QByteArray &body, QString *error);
};
