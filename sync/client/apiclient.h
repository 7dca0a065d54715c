// Talks wire protocol v1 to one server over HTTP(S); each call answers exactly once, later.
#pragma once

#include "apiresult.h"
#include "healthinfo.h"
#include "serveraddress.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

class ApiClient : public QObject
{
    Q_OBJECT

public:
    // `network` is not owned and must outlive this client.
    ApiClient(QNetworkAccessManager *network, ServerAddress server, QObject *parent = nullptr);

    // The server this client talks to.
    [[nodiscard]] ServerAddress server() const { return m_server; }
    // A call fails with "timeout" when no byte moves for this long (default 15 s).
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    [[nodiscard]] std::chrono::milliseconds timeout() const { return m_timeout; }

    // GET /v1/health. `done` runs once, unless `context` (same thread) is destroyed first.
    void health(QObject *context, std::function<void(const ApiResult<HealthInfo> &)> done);

private:
    // What came back from one HTTP exchange, before decoding the body.
    struct RawReply
    {
        int httpStatus = 0;
        QByteArray body;
        ApiError error; // null when the status is 2xx and the transfer completed
    };
    using RawHandler = std::function<void(const RawReply &)>;

    [[nodiscard]] QNetworkRequest makeRequest(QAnyStringView path) const;
    void get(QAnyStringView path, QObject *context, RawHandler handler);
    void watch(QNetworkReply *reply, QObject *context, RawHandler handler);
    [[nodiscard]] static RawReply readReply(QNetworkReply *reply);

    QNetworkAccessManager *m_network;
    ServerAddress m_server;
    std::chrono::milliseconds m_timeout { 15000 };
};
