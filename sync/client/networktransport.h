// HttpTransport over QNetworkAccessManager, for one server (https unless loopback). Trusts
// only what the server's TlsProfile allows (its CAs, its pins; docs/decisions.md "TLS
// pinning") and never follows a redirect; never ignores a TLS error.
#pragma once

#include "httptransport.h"
#include "serveraddress.h"

#include <QObject>
#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

class NetworkTransport : public QObject, public HttpTransport
{
    Q_OBJECT

public:
    // `network` is not owned and must outlive this transport.
    NetworkTransport(
        QNetworkAccessManager *network, ServerAddress server, QObject *parent = nullptr);

    [[nodiscard]] ServerAddress server() const { return m_server; }
    // Trust this from the next request on (e.g. the profile stored with the account, read
    // once its vault is open).
    void setTlsProfile(const TlsProfile &profile) { m_server.setTlsProfile(profile); }
    // A request fails with "timeout" when no byte moves for this long (default 30 s), unless
    // the request sets its own.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    void send(const HttpRequest &request, QObject *context, Handler done) override;

private:
    [[nodiscard]] static HttpResponse readReply(QNetworkReply *reply);

    QNetworkAccessManager *m_network;
    ServerAddress m_server;
    std::chrono::milliseconds m_timeout { 30000 };
};
