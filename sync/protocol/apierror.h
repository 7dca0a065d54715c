// An error as carried on the wire: {"error": {"code": "<machine_code>", "message": "<text>"}}.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

class ApiError
{
public:
    ApiError() = default;
    ApiError(QString code, QString message);

    // True for a default-constructed value (no error).
    [[nodiscard]] bool isNull() const { return m_code.isEmpty(); }
    // Machine-readable code, one of Protocol::ErrorCode.
    [[nodiscard]] QString code() const { return m_code; }
    // Human-readable text; never contains secrets or document content.
    [[nodiscard]] QString message() const { return m_message; }

    // Exactly {"error": {"code": ..., "message": ...}}.
    [[nodiscard]] QJsonObject toJson() const;
    // Compact UTF-8 JSON of toJson(), ready to be a response body.
    [[nodiscard]] QByteArray toBytes() const;
    // Reads the shape above; nullopt unless "error" is an object with a non-empty string "code".
    [[nodiscard]] static std::optional<ApiError> fromJson(const QJsonObject &root);
    // Same from a raw body; any garbage (not JSON, not an object, wrong types) gives nullopt.
    [[nodiscard]] static std::optional<ApiError> fromBytes(const QByteArray &body);

    friend bool operator==(const ApiError &, const ApiError &) = default;

private:
    QString m_code;
    QString m_message;
};
