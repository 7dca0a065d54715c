// The body of POST /v1/auth/login: {"login", "password", "device": {"id", "name", "platform"}}.
// Holds a password: never log it.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

struct LoginRequest
{
    QString login;
    QString password;
    QString deviceId;
    QString deviceName;
    QString platform;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] QByteArray toBytes() const;
};
