#include "apiclient.h"

#include "jsoncodec.h"
#include "protocol.h"
#include "synclog.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ApiClient", text);
}

ApiError badResponse()
{
    return ApiError(QString(Protocol::ErrorCode::BadResponse),
        tr("Máy chủ trả lời không đúng định dạng. Hãy kiểm tra địa chỉ máy chủ."));
}

// An error for a transfer that produced no HTTP answer.
ApiError transportError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::OperationCanceledError: // what setTransferTimeout() produces
    case QNetworkReply::TimeoutError:
        return ApiError(QString(Protocol::ErrorCode::Timeout),
            tr("Máy chủ không trả lời kịp. Hãy thử lại sau."));
    case QNetworkReply::SslHandshakeFailedError:
        return ApiError(QString(Protocol::ErrorCode::TlsError),
            tr("Không thiết lập được kết nối bảo mật với máy chủ. Chứng chỉ của "
               "máy chủ có thể không hợp lệ."));
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        return badResponse();
    default:
        return ApiError(QString(Protocol::ErrorCode::NetworkUnreachable),
            tr("Không kết nối được tới máy chủ. Hãy kiểm tra mạng rồi thử lại."));
    }
}

// An error for an HTTP answer with a 4xx/5xx status: the server's own error when it sent one.
ApiError httpError(int status, const QByteArray &body)
{
    if (const auto error = ApiError::fromBytes(body))
        return *error;
    if (status >= 500)
        return ApiError(QString(Protocol::ErrorCode::Unavailable),
            tr("Máy chủ tạm thời không phục vụ được (mã %1). Hãy thử lại sau.").arg(status));
    return badResponse();
}

} // namespace

ApiClient::ApiClient(QNetworkAccessManager *network, ServerAddress server, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_server(std::move(server))
{ }

void ApiClient::health(QObject *context, std::function<void(const ApiResult<HealthInfo> &)> done)
{
    get(Protocol::Path::Health, context, [done = std::move(done)](const RawReply &raw) {
        if (!raw.error.isNull())
            return done({ raw.error, raw.httpStatus });
        QString reason;
        const auto object = JsonCodec::parseObject(raw.body, &reason);
        const auto health = object ? HealthInfo::fromJson(*object, &reason) : std::nullopt;
        if (!health) {
            qCWarning(lcSync) << "health: undecodable answer:" << reason;
            return done({ badResponse(), raw.httpStatus });
        }
        done({ *health, raw.httpStatus });
    });
}

QNetworkRequest ApiClient::makeRequest(QAnyStringView path) const
{
    QNetworkRequest request(m_server.endpoint(path));
    request.setTransferTimeout(int(m_timeout.count()));
    request.setRawHeader("Accept", Protocol::JsonMimeType.data());
    request.setHeader(QNetworkRequest::UserAgentHeader, "handbook/" HANDBOOK_VERSION ""_ba);
    return request;
}

void ApiClient::get(QAnyStringView path, QObject *context, RawHandler handler)
{
    watch(m_network->get(makeRequest(path)), context, std::move(handler));
}

void ApiClient::watch(QNetworkReply *reply, QObject *context, RawHandler handler)
{
    connect(reply, &QNetworkReply::finished, reply,
        [reply, guard = QPointer<QObject>(context), handler = std::move(handler)] {
            reply->deleteLater();
            if (guard)
                handler(readReply(reply));
        });
}

ApiClient::RawReply ApiClient::readReply(QNetworkReply *reply)
{
    RawReply raw;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    raw.httpStatus = status.isValid() ? status.toInt() : 0;
    if (reply->isOpen())
        raw.body = reply->readAll();
    if (raw.httpStatus == 0) {
        qCInfo(lcSync) << reply->url().path() << "failed:" << reply->error();
        raw.error = transportError(reply->error());
    } else if (raw.httpStatus >= 400) {
        raw.error = httpError(raw.httpStatus, raw.body);
        qCInfo(lcSync) << reply->url().path() << raw.httpStatus << raw.error.code();
    } else if (reply->error() != QNetworkReply::NoError) {
        // Cut off after the status line arrived (e.g. timeout mid-body).
        raw.error = transportError(reply->error());
    } else if (raw.httpStatus < 200 || raw.httpStatus >= 300) {
        raw.error = badResponse();
    }
    return raw;
}
