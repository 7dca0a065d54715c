// A scripted HttpTransport for unit tests: records every request and answers it from a
// handler, always later (from the event loop), as the real one does. Requests `hold` picks
// are kept until answerHeld() (a server holding a live pull); destroying a request's context
// aborts it, as in the real transport.
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
        if (hold && hold(request)) {
            held.append({ request, QPointer<QObject>(context), std::move(done) });
            return;
        }
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

    // Held requests whose caller has not given them up (not aborted, not answered).
    [[nodiscard]] int heldOpen() const
    {
        int open = 0;
        for (const Held &request : held)
            open += request.context ? 1 : 0;
        return open;
    }

    // The last held request still open (call only when heldOpen() > 0).
    [[nodiscard]] HttpRequest lastHeld() const
    {
        for (auto it = held.crbegin(); it != held.crend(); ++it) {
            if (it->context)
                return it->request;
        }
        return {};
    }

    // Answers every open held request with `response` (later, from the event loop).
    void answerHeld(const HttpResponse &response)
    {
        const QList<Held> open = std::exchange(held, {});
        for (const Held &request : open) {
            if (!request.context)
                continue;
            QTimer::singleShot(0, request.context.data(),
                [guard = request.context, done = request.done, response] {
                    if (guard)
                        done(response);
                });
        }
    }

    struct Held
    {
        HttpRequest request;
        QPointer<QObject> context;
        HttpTransport::Handler done;
    };

    Handler handler;
    std::function<bool(const HttpRequest &)> hold;
    QList<Held> held;
    QList<HttpRequest> requests;
};
