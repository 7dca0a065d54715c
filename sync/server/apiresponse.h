// Builds the server's HTTP responses: JSON bodies, the wire error shape, no caching.
#pragma once

#include "apierror.h"

#include <QHttpServerResponse>
#include <QJsonObject>

class ApiResponse
{
public:
    using Status = QHttpServerResponse::StatusCode;

    // A JSON object body with Content-Type application/json.
    [[nodiscard]] static QHttpServerResponse json(
        const QJsonObject &body, Status status = Status::Ok);
    // {"error": {"code", "message"}} with the given 4xx/5xx status.
    [[nodiscard]] static QHttpServerResponse error(Status status, const ApiError &error);
    [[nodiscard]] static QHttpServerResponse error(
        Status status, QLatin1StringView code, const QString &message);
};
