// Builds the server's HTTP responses: JSON bodies, the wire error shape, no caching.
#pragma once

#include "apierror.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>

class ApiResponse
{
public:
    using Status = QHttpServerResponse::StatusCode;

    // A JSON object body with Content-Type application/json.
    [[nodiscard]] static QHttpServerResponse json(
        const QJsonObject &body, Status status = Status::Ok);
    // The same, gzip-compressed when `request` accepts it and the body is large enough
    // (ResponseCompression); with `Vary: Accept-Encoding` either way.
    [[nodiscard]] static QHttpServerResponse json(
        const QHttpServerRequest &request, const QJsonObject &body, Status status = Status::Ok);
    // The same for a request answered later (a held live pull), by its Accept-Encoding value.
    [[nodiscard]] static QHttpServerResponse json(
        const QByteArray &acceptEncoding, const QJsonObject &body, Status status = Status::Ok);
    // {"error": {"code", "message"}} with the given 4xx/5xx status.
    [[nodiscard]] static QHttpServerResponse error(Status status, const ApiError &error);
    [[nodiscard]] static QHttpServerResponse error(
        Status status, QLatin1StringView code, const QString &message);
};
