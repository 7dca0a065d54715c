// The HTTP API of handbook-server: protocol v1 routes over QHttpServer; every error, including
// unknown routes and wrong methods, answers with the JSON error shape.
#pragma once

#include "http/serverlimits.h"

#include <QHash>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QObject>
#include <QSslConfiguration>
#include <memory>
#include <optional>

class AuthApi;
class BlobApi;
class ServerDatabase;
class SyncApi;
class QTcpServer;

class ApiServer : public QObject
{
    Q_OBJECT

public:
    // `database` is not owned and must outlive the server; routes use it on this thread.
    explicit ApiServer(ServerDatabase &database, QObject *parent = nullptr);
    ~ApiServer() override;

    // Serve HTTPS with this configuration; call before listen().
    void setTlsConfiguration(const QSslConfiguration &configuration);
    // Body size limits and connection timeouts (DESIGN.md section 5); call before listen().
    void setLimits(const ServerLimits &limits) { m_limits = limits; }
    [[nodiscard]] const ServerLimits &limits() const { return m_limits; }
    // True when listen() serves HTTPS.
    [[nodiscard]] bool isTls() const { return m_tls.has_value(); }
    // Starts accepting connections; returns the bound port (the real one when `port` is 0),
    // or 0 with a one-line *error.
    [[nodiscard]] quint16 listen(const QHostAddress &address, quint16 port, QString *error);
    // The same on a listening socket inherited from `serve --workers`' supervisor (its
    // descriptor): every worker accepts on it and the kernel hands each connection to one.
    [[nodiscard]] quint16 listenOnDescriptor(qintptr descriptor, QString *error);

    // Adds a route; fixed paths are remembered so a wrong method answers 405.
    template<typename Handler>
    void addRoute(QLatin1StringView path, QHttpServerRequest::Method method, Handler &&handler)
    {
        m_allowedMethods[QString(path)] |= method;
        m_http.route(QString(path), method, std::forward<Handler>(handler));
    }
    [[nodiscard]] ServerDatabase &database() { return m_database; }

private:
    // A guarded QTcpServer or QSslServer (isTls()), not yet listening.
    [[nodiscard]] QTcpServer *makeServer();
    void registerRoutes();
    [[nodiscard]] QHttpServerResponse health() const;
    void answerMissing(const QHttpServerRequest &request, QHttpServerResponder &&responder) const;

    QHttpServer m_http;
    ServerDatabase &m_database;
    std::optional<QSslConfiguration> m_tls;
    ServerLimits m_limits;
    // Fixed paths and their methods, to tell 405 (known path) from 404.
    QHash<QString, QHttpServerRequest::Methods> m_allowedMethods;
    std::unique_ptr<AuthApi> m_auth;
    std::unique_ptr<SyncApi> m_sync;
    std::unique_ptr<BlobApi> m_blobs;
};
