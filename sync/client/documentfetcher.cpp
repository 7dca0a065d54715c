#include "documentfetcher.h"

#include "authsession.h"
#include "jsoncodec.h"
#include "protocol.h"
#include "syncerrors.h"
#include "wirevalues.h"

#include <QCryptographicHash>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

// Answers `done` later (never inside the call), as a transport would.
template<typename T, typename Handler>
void failLater(QObject *context, Handler done, const ApiError &error)
{
    QTimer::singleShot(
        0, context, [done = std::move(done), error] { done(ApiResult<T>(error, 0)); });
}

bool isSha256(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

} // namespace

DocumentFetcher::DocumentFetcher(AuthSession *auth, QObject *parent)
    : QObject(parent)
    , m_auth(auth)
{ }

void DocumentFetcher::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    Q_EMIT onlineChanged();
}

ApiError DocumentFetcher::noteAnswer(const HttpResponse &response)
{
    const ApiError error = SyncErrors::of(response);
    setOnline(error.isNull() || !SyncErrors::isOffline(error));
    return error;
}

void DocumentFetcher::fetchDocument(const QString &id, QObject *context, DocumentHandler done)
{
    if (!m_auth)
        return failLater<QJsonObject>(context, std::move(done), SyncErrors::signedOut());
    HttpRequest request;
    request.path = u"/v1/documents/"_s + QString::fromLatin1(QUrl::toPercentEncoding(id));
    m_auth->send(
        request, context, [this, id, done = std::move(done)](const HttpResponse &response) {
            const ApiError error = noteAnswer(response);
            if (!error.isNull())
                return done({ error, response.status });
            QString reason;
            const auto body = JsonCodec::parseObject(response.body, &reason);
            const auto document = body
                ? JsonCodec::requireObject(*body, QString(Protocol::Key::Document), &reason)
                : std::nullopt;
            if (!document)
                return done({ SyncErrors::badResponse(u"document: "_s + reason), response.status });
            if (document->value(u"id"_s).toString() != id)
                return done(
                    { SyncErrors::badResponse(u"document: another id"_s), response.status });
            done({ *document, response.status });
        });
}

void DocumentFetcher::fetchAttachment(
    const QString &sha256, qint64 size, QObject *context, BytesHandler done)
{
    const QString name = sha256.toLower();
    if (!isSha256(name))
        return failLater<QByteArray>(
            context, std::move(done), SyncErrors::badResponse(u"attachment: not a sha256"_s));
    if (size > kMaxAttachmentBytes)
        return failLater<QByteArray>(context, std::move(done),
            ApiError(QString(TooLarge), tr("Tệp đính kèm quá lớn để mở trên máy này.")));
    if (!m_auth)
        return failLater<QByteArray>(context, std::move(done), SyncErrors::signedOut());
    HttpRequest request;
    request.path = QString(Protocol::Path::BlobsPrefix) + name;
    m_auth->send(
        request, context, [this, name, done = std::move(done)](const HttpResponse &response) {
            const ApiError error = noteAnswer(response);
            if (!error.isNull())
                return done({ error, response.status });
            if (response.status != 200)
                return done(
                    { SyncErrors::badResponse(u"attachment: HTTP %1"_s.arg(response.status)),
                        response.status });
            const QByteArray actual
                = QCryptographicHash::hash(response.body, QCryptographicHash::Sha256).toHex();
            if (QString::fromLatin1(actual) != name)
                return done({ SyncErrors::hashMismatch(), response.status });
            done({ response.body, response.status });
        });
}

QString DocumentFetcher::messageFor(const ApiError &error)
{
    using namespace Protocol::ErrorCode;
    if (error.isNull())
        return {};
    if (SyncErrors::isOffline(error))
        return tr("Tài liệu mật: cần kết nối mạng để đọc. Hãy kiểm tra mạng rồi thử lại.");
    if (error.code() == NotFound)
        return tr("Tài liệu này không còn trên máy chủ hoặc tài khoản của đồng chí không được "
                  "xem.");
    if (error.code() == TooLarge)
        return error.message();
    // Signed out, revoked, server trouble...: SyncErrors already has the words.
    return SyncErrors::message(error.code(), 0);
}
