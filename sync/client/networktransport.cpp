#include "networktransport.h"

#include "syncerrors.h"
#include "synclog.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslError>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// The errors QNetworkReply derives from an HTTP 4xx/5xx status (the answer itself arrived).
bool isStatusError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ContentAccessDenied:
    case QNetworkReply::ContentOperationNotPermittedError:
    case QNetworkReply::ContentNotFoundError:
    case QNetworkReply::AuthenticationRequiredError:
    case QNetworkReply::ContentReSendError:
    case QNetworkReply::ContentConflictError:
    case QNetworkReply::ContentGoneError:
    case QNetworkReply::UnknownContentError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::InternalServerError:
    case QNetworkReply::OperationNotImplementedError:
    case QNetworkReply::ServiceUnavailableError:
    case QNetworkReply::UnknownServerError:
        return true;
    default:
        return false;
    }
}

} // namespace

NetworkTransport::NetworkTransport(
    QNetworkAccessManager *network, ServerAddress server, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_server(std::move(server))
{ }

void NetworkTransport::send(const HttpRequest &request, QObject *context, Handler done)
{
    QUrl url = m_server.endpoint(request.path);
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    QNetworkRequest networkRequest(url);
    networkRequest.setTransferTimeout(
        int((request.timeout.count() > 0 ? request.timeout : m_timeout).count()));
    networkRequest.setRawHeader("Accept", Protocol::JsonMimeType.data());
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader, "handbook/" HANDBOOK_VERSION ""_ba);
    for (const auto &[name, value] : request.headers)
        networkRequest.setRawHeader(name, value);
    if (!request.body.isEmpty() || request.method == "POST" || request.method == "PUT")
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    // A redirect is answered as it is (and refused below): the API never redirects, and
    // following one could lead to plain HTTP or to another host.
    networkRequest.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    const bool tls = url.scheme() == "https"_L1;
    const TlsProfile profile = m_server.tlsProfile();
    if (tls)
        networkRequest.setSslConfiguration(profile.sslConfiguration());

    QNetworkReply *reply = nullptr;
    if (request.method == "GET")
        reply = m_network->get(networkRequest);
    else if (request.method == "HEAD")
        reply = m_network->head(networkRequest);
    else if (request.method == "POST")
        reply = m_network->post(networkRequest, request.body);
    else if (request.method == "PUT")
        reply = m_network->put(networkRequest, request.body);
    else
        reply = m_network->sendCustomRequest(networkRequest, request.method, request.body);

    // Why this transport stopped the exchange itself (an untrusted certificate), if it did.
    auto refusal = std::make_shared<ApiError>();
    if (tls) {
        // TLS errors are never ignored: any error ends the handshake. Noted to tell the user why.
        connect(reply, &QNetworkReply::sslErrors, reply, [refusal](const QList<QSslError> &errors) {
            for (const QSslError &error : errors)
                qCWarning(lcSync) << "TLS: the server's certificate is refused:" << error.error();
            *refusal = SyncErrors::untrustedCertificate();
        });
        // Pins are checked once the handshake is done, before the request is sent.
        connect(reply, &QNetworkReply::encrypted, reply, [reply, profile, refusal] {
            if (profile.acceptsChain(reply->sslConfiguration().peerCertificateChain()))
                return;
            qCWarning(lcSync) << "TLS: the server's key matches no pin: refusing it";
            *refusal = SyncErrors::untrustedCertificate();
            reply->abort();
        });
    }
    // The caller gave up (its context is gone): close the exchange rather than keep a
    // connection busy until the server answers.
    if (context)
        connect(context, &QObject::destroyed, reply, &QNetworkReply::abort);
    connect(reply, &QNetworkReply::finished, reply,
        [reply, tls, profile, refusal, network = QPointer<QNetworkAccessManager>(m_network),
            guard = QPointer<QObject>(context), done = std::move(done)] {
            reply->deleteLater();
            HttpResponse response = readReply(reply);
            // Checked again on the answer, in case a connection's handshake was not seen.
            if (refusal->isNull() && tls && response.status != 0
                && !profile.acceptsChain(reply->sslConfiguration().peerCertificateChain()))
                *refusal = SyncErrors::untrustedCertificate();
            if (refusal->isNull() && response.status >= 300 && response.status < 400
                && response.status != 304) {
                qCWarning(lcSync) << reply->url().path() << "redirect refused:" << response.status;
                *refusal = SyncErrors::redirectRefused();
            }
            if (!refusal->isNull()) {
                // Nothing of that exchange is used, and no connection to that peer is reused.
                response = HttpResponse();
                response.transportError = *refusal;
                if (network)
                    network->clearConnectionCache();
            }
            if (guard)
                done(response);
        });
}

HttpResponse NetworkTransport::readReply(QNetworkReply *reply)
{
    HttpResponse response;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    response.status = status.isValid() ? status.toInt() : 0;
    if (reply->isOpen())
        response.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        response.headers.append({ pair.first.toLower(), pair.second });
    // An HTTP error status (4xx/5xx) is reported by QNetworkReply as an error too; only a
    // failure below HTTP, or an answer cut off after its status line, is a transport error.
    const QNetworkReply::NetworkError error = reply->error();
    const bool httpLevel
        = error == QNetworkReply::NoError || (response.status >= 400 && isStatusError(error));
    if (response.status == 0 || !httpLevel) {
        qCInfo(lcSync) << reply->url().path() << "transport failure:" << error << "status"
                       << response.status;
        response.transportError = SyncErrors::transport(error);
    }
    return response;
}
