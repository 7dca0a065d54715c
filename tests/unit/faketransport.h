// A scripted HttpTransport for unit tests: records every request and answers it from a
// handler, always later (from the event loop), as the real one does.
#pragma once

#include "httptransport.h"
#include "protocol.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

class FakeTransport : public HttpTransport
{
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    void send(const HttpRequest &request, QObject *context, HttpTransport::Handler done) override
    {
        requests.append(request);
        const HttpResponse response = handler ? handler(request) : json(404, error(u"not_found"));
        QTimer::singleShot(0, context, [guard = QPointer<QObject>(context), done, response] {
            if (guard)
                done(response);
        });
    }

    // Requests whose path starts with `prefix`.
    [[nodiscard]] QList<HttpRequest> sent(const QString &prefix) const
    {
        QList<HttpRequest> result;
        for (const HttpRequest &request : requests) {
            if (request.path.startsWith(prefix))
                result.append(request);
        }
        return result;
    }

    static HttpResponse json(int status, const QJsonObject &body)
    {
        HttpResponse response;
        response.status = status;
        response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        response.headers.append(
            std::pair<QByteArray, QByteArray>("content-type", "application/json"));
        return response;
    }

    static HttpResponse raw(int status, const QByteArray &body)
    {
        HttpResponse response;
        response.status = status;
        response.body = body;
        return response;
    }

    static QJsonObject error(QStringView code)
    {
        return QJsonObject { { QStringLiteral("error"),
            QJsonObject { { QStringLiteral("code"), code.toString() },
                { QStringLiteral("message"), QStringLiteral("test") } } } };
    }

    // A connection that broke: no usable answer.
    static HttpResponse cut()
    {
        HttpResponse response;
        response.transportError
            = ApiError(QString(Protocol::ErrorCode::NetworkUnreachable), QStringLiteral("cut"));
        return response;
    }

    Handler handler;
    QList<HttpRequest> requests;
};
