// The body of POST /v1/auth/login: {"login", "password", "device": {"id", "name", "platform",
// "public_key"?}} ("public_key": the device's room key, DESIGN.md 8.8, sent when set).
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
    // Base64 raw Ed25519 public key of the device for the meeting room (empty: not sent).
    QString devicePublicKey = {};

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] QByteArray toBytes() const;
};
