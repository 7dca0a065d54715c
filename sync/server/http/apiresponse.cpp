#include "http/apiresponse.h"

#include "http/responsecompression.h"
#include "protocol.h"

#include <QJsonDocument>

QHttpServerResponse ApiResponse::json(const QJsonObject &body, Status status)
{
    QHttpServerResponse response(body, status);
    // API answers are per user and often confidential: no shared cache may keep them.
    response.setHeader("Cache-Control", "no-store");
    return response;
}

QHttpServerResponse ApiResponse::json(
    const QHttpServerRequest &request, const QJsonObject &body, Status status)
{
    return json(request.value("Accept-Encoding"), body, status);
}

QHttpServerResponse ApiResponse::json(
    const QByteArray &acceptEncoding, const QJsonObject &body, Status status)
{
    QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    bool compressed = false;
    if (bytes.size() >= ResponseCompression::kMinimumBytes
        && ResponseCompression::acceptsGzip(acceptEncoding)) {
        QByteArray gzip = ResponseCompression::gzip(bytes);
        compressed = !gzip.isEmpty();
        if (compressed)
            bytes = std::move(gzip);
    }
    QHttpServerResponse response(
        QByteArray(Protocol::JsonMimeType.latin1()), std::move(bytes), status);
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Vary", "Accept-Encoding");
    if (compressed)
        response.setHeader("Content-Encoding", "gzip");
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
