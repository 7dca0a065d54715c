#include "apiresponse.h"

#include "protocol.h"

QHttpServerResponse ApiResponse::json(const QJsonObject &body, Status status)
{
    QHttpServerResponse response(body, status);
    // API answers are per user and often confidential: no shared cache may keep them.
    response.setHeader("Cache-Control", "no-store");
    return response;
}

QHttpServerResponse ApiResponse::error(Status status, const ApiError &error)
{
    return json(error.toJson(), status);
}

QHttpServerResponse ApiResponse::error(
    Status status, QLatin1StringView code, const QString &message)
{
    return error(status, ApiError(QString(code), message));
}
