// Strict reading of JSON bodies: each failure gives a one-line reason fit for a 400 message.
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringView>
#include <optional>

class JsonCodec
{
public:
    // The body as a JSON object; nullopt with *error set when empty, not JSON or not an object.
    [[nodiscard]] static std::optional<QJsonObject> parseObject(
        const QByteArray &body, QString *error);
    // Compact UTF-8 encoding of an object.
    [[nodiscard]] static QByteArray toBytes(const QJsonObject &object);

    // The member `key`, which must be present and of the named type; nullopt with *error set
    // otherwise. `error` may be null.
    [[nodiscard]] static std::optional<QString> requireString(
        const QJsonObject &object, QStringView key, QString *error);
    // An integer: a JSON number without fraction, a safe integer (|n| <= 2^53 - 1).
    [[nodiscard]] static std::optional<qint64> requireInteger(
        const QJsonObject &object, QStringView key, QString *error);
    [[nodiscard]] static std::optional<bool> requireBool(
        const QJsonObject &object, QStringView key, QString *error);
    [[nodiscard]] static std::optional<QJsonObject> requireObject(
        const QJsonObject &object, QStringView key, QString *error);
    [[nodiscard]] static std::optional<QJsonArray> requireArray(
        const QJsonObject &object, QStringView key, QString *error);
    // A string that may be absent or null (giving a null QString); nullopt only on a wrong type.
    [[nodiscard]] static std::optional<QString> optionalString(
        const QJsonObject &object, QStringView key, QString *error);
};
