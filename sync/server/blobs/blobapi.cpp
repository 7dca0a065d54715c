#include "blobs/blobapi.h"

#include "auth/authenticateduser.h"
#include "auth/requestauthenticator.h"
#include "blobs/serverblobstore.h"
#include "db/serverdatabase.h"
#include "db/sqlrunner.h"
#include "db/writetransaction.h"
#include "http/apiresponse.h"
#include "http/apiserver.h"
#include "http/byterange.h"
#include "http/clientaddress.h"
#include "http/serverlimits.h"
#include "http/serverlog.h"
#include "protocol.h"
#include "records/auditlog.h"
#include "sync/visibility.h"

#include <QJsonObject>
#include <QMetaEnum>

using namespace Qt::StringLiterals;
using Status = QHttpServerResponse::StatusCode;

namespace {

QByteArray etagOf(const QString &sha256)
{
    return '"' + sha256.toLatin1() + '"';
}

// Whether an If-None-Match / If-Range list names this ETag (weak comparison, RFC 9110 8.8.3).
bool matchesEtag(const QByteArray &header, const QByteArray &etag)
{
    if (header.trimmed() == "*")
        return true;
    for (QByteArray candidate : header.split(',')) {
        candidate = candidate.trimmed();
        if (candidate.startsWith("W/"))
            candidate = candidate.mid(2);
        if (candidate == etag)
            return true;
    }
    return false;
}

QHttpServerResponse badRequest(const QString &message)
{
    return ApiResponse::error(Status::BadRequest, Protocol::ErrorCode::BadRequest, message);
}

QHttpServerResponse notFound()
{
    return ApiResponse::error(Status::NotFound, Protocol::ErrorCode::NotFound, u"no such blob"_s);
}

// The state of an upload as JSON, with the wire error shape for 409.
QJsonObject progress(const QString &sha256, const ServerBlobStore::PutResult &result)
{
    return { { u"sha256"_s, sha256 }, { u"size"_s, result.size },
        { u"received"_s, result.received }, { u"complete"_s, result.received == result.size } };
}

// A response to HEAD: the status and headers of `response` without its body.
void writeHeadOnly(QHttpServerResponder &responder, const QHttpServerResponse &response)
{
    responder.writeStatusLine(response.statusCode());
    responder.writeHeader("Content-Type", response.mimeType());
    for (const QByteArray &name : { "Cache-Control"_ba, "Retry-After"_ba, "WWW-Authenticate"_ba }) {
        for (const QByteArray &value : response.headers(name))
            responder.writeHeader(name, value);
    }
    responder.writeHeader("Content-Length", QByteArray::number(response.data().size()));
    responder.writeBody(QByteArray());
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    return QByteArray(QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(method)))
        .toUpper();
}

} // namespace

BlobApi::BlobApi(ServerDatabase &database)
    : m_database(database)
{ }

bool BlobApi::isSha256(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

void BlobApi::registerRoutes(ApiServer &server)
{
    m_limits = &server.limits();
    // Every method reaches answer(), which answers 405 for those other than GET, HEAD, PUT.
    server.addRoute(QLatin1StringView("/v1/blobs/<arg>"), QHttpServerRequest::Method::AnyKnown,
        [this](const QString &sha256, const QHttpServerRequest &request,
            QHttpServerResponder &&responder) { answer(sha256, request, std::move(responder)); });
}

void BlobApi::answer(
    const QString &sha256, const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    using Method = QHttpServerRequest::Method;
    const Method method = request.method();
    const bool isHead = method == Method::Head;
    const auto finish = [&](QHttpServerResponse &&response) {
        qCDebug(lcHttp).noquote() << methodName(method) << "/v1/blobs/..."
                                  << int(response.statusCode());
        if (isHead)
            writeHeadOnly(responder, response);
        else
            response.write(std::move(responder));
    };
    if (method != Method::Get && method != Method::Head && method != Method::Put) {
        QHttpServerResponse response
            = ApiResponse::error(Status::MethodNotAllowed, Protocol::ErrorCode::MethodNotAllowed,
                u"%1 is not allowed on a blob"_s.arg(QLatin1StringView(methodName(method))));
        response.setHeader("Allow", "GET, HEAD, PUT");
        return finish(std::move(response));
    }
    if (!isSha256(sha256))
        return finish(badRequest(u"a blob is named by its SHA-256: 64 lower-case hex digits"_s));
    auto identity = RequestAuthenticator(m_database).authenticate(request);
    if (auto *refusal = std::get_if<QHttpServerResponse>(&identity))
        return finish(std::move(*refusal));
    const AuthenticatedUser &user = std::get<AuthenticatedUser>(identity);
    try {
        if (method == Method::Put)
            return finish(put(sha256, request, user));
        if (isHead)
            return head(sha256, user, responder);
        return get(sha256, request, user, std::move(responder));
    } catch (const DbError &error) {
        qCWarning(lcServer) << "blob request: database error:" << error.what();
        return finish(ApiResponse::error(
            Status::InternalServerError, Protocol::ErrorCode::InternalError, u"internal error"_s));
    }
}

QHttpServerResponse BlobApi::put(
    const QString &sha256, const QHttpServerRequest &request, const AuthenticatedUser &user)
{
    // Attachments come from secretaries (document.share) and committees (publish).
    if (!user.isSecretary() && !user.isCommittee()) {
        auditDenied(user, request, u"blob.upload"_s, sha256);
        return ApiResponse::error(Status::Forbidden, Protocol::ErrorCode::Forbidden,
            u"only secretaries and committees upload attachments"_s);
    }
    const QByteArray body = request.body();
    const QByteArray contentRange = request.value("Content-Range");
    qint64 first = 0;
    qint64 total = body.size();
    if (!contentRange.isEmpty()) {
        const auto range = ByteRange::fromContentRange(contentRange, &total);
        if (!range)
            return badRequest(u"Content-Range must be \"bytes <first>-<last>/<total>\""_s);
        if (range->length() != body.size())
            return badRequest(
                u"the body has %1 bytes, Content-Range announces %2"_s.arg(body.size())
                    .arg(range->length()));
        first = range->first();
    }
    if (total > m_limits->maxBlobBytes || body.size() > m_limits->maxBlobBytes) {
        return ApiResponse::error(Status::PayloadTooLarge, Protocol::ErrorCode::PayloadTooLarge,
            u"a blob may have at most %1 bytes"_s.arg(m_limits->maxBlobBytes));
    }
    WriteTransaction tx(m_database);
    ServerBlobStore store(tx.db());
    const ServerBlobStore::PutResult result = store.put(sha256, first, total, body, user.userId);
    tx.commit();
    using Outcome = ServerBlobStore::PutResult::Outcome;
    QHttpServerResponse response = [&] {
        switch (result.outcome) {
        case Outcome::Completed:
            return ApiResponse::json(progress(sha256, result), Status::Created);
        case Outcome::AlreadyComplete:
        case Outcome::Stored:
            return ApiResponse::json(progress(sha256, result));
        case Outcome::OutOfOrder: {
            // Compatible extension of the error shape: where to resume.
            QJsonObject body = ApiError(QString(Protocol::ErrorCode::Conflict),
                u"this upload continues at byte %1"_s.arg(result.received))
                                   .toJson();
            body.insert(u"received"_s, result.received);
            return ApiResponse::json(body, Status::Conflict);
        }
        case Outcome::NotYours:
            // Another user's unfinished upload is hers alone: it is kept, and
            // nothing says where it stands.
            return ApiResponse::error(Status::Conflict, Protocol::ErrorCode::Conflict,
                u"another user's upload of this file is not finished"_s);
        case Outcome::HashMismatch:
            break;
        }
        return ApiResponse::error(Status::BadRequest, Protocol::ErrorCode::HashMismatch,
            u"the bytes do not have the SHA-256 of the blob's name"_s);
    }();
    if (result.outcome != Outcome::NotYours)
        response.setHeader("Upload-Offset", QByteArray::number(result.received));
    return response;
}

void BlobApi::head(
    const QString &sha256, const AuthenticatedUser &user, QHttpServerResponder &responder)
{
    const ServerBlobStore store(m_database.connection());
    const ServerBlobStore::State state = store.state(sha256);
    // 200 only to those who may download it; anyone else gets the 404 of an absent
    // blob. Only her own unfinished upload (or her proof of a complete blob she does not
    // hold) tells a user where to resume.
    const bool readable
        = state.complete && Visibility(m_database.connection(), user).canReadBlob(sha256);
    qint64 resumeAt = -1;
    if (!state.complete && state.exists && state.uploader == user.userId)
        resumeAt = state.received;
    else if (state.complete && !readable)
        resumeAt = store.proofOffset(sha256, user.userId);
    qCDebug(lcHttp).noquote() << "HEAD /v1/blobs/..." << (readable ? 200 : 404);
    if (readable) {
        responder.writeStatusLine(Status::Ok);
        responder.writeHeaders(
            { { "Content-Length", QByteArray::number(state.size) }, { "ETag", etagOf(sha256) },
                { "Accept-Ranges", "bytes" }, { "Cache-Control", "no-store" } });
    } else {
        responder.writeStatusLine(Status::NotFound);
        if (resumeAt >= 0)
            responder.writeHeader("Upload-Offset", QByteArray::number(resumeAt));
        responder.writeHeaders({ { "Content-Length", "0" }, { "Cache-Control", "no-store" } });
    }
    responder.writeBody(QByteArray());
}

void BlobApi::get(const QString &sha256, const QHttpServerRequest &request,
    const AuthenticatedUser &user, QHttpServerResponder &&responder)
{
    const QSqlDatabase db = m_database.connection();
    const ServerBlobStore store(db);
    const ServerBlobStore::State state = store.state(sha256);
    // Absent, incomplete and invisible answer alike: nothing tells them apart.
    if (!state.complete || !Visibility(db, user).canReadBlob(sha256)) {
        if (state.complete)
            auditDenied(user, request, u"blob.download"_s, sha256);
        qCDebug(lcHttp).noquote() << "GET /v1/blobs/..." << 404;
        return notFound().write(std::move(responder));
    }
    const QByteArray etag = etagOf(sha256);
    // Content never changes under its name, but a restricted document's file must not be
    // kept by any cache; the others may be kept privately and revalidated with the ETag.
    const QByteArray cacheControl = store.isRestricted(sha256) ? "no-store" : "private, no-cache";
    const QByteArray ifNoneMatch = request.value("If-None-Match");
    if (!ifNoneMatch.isEmpty() && matchesEtag(ifNoneMatch, etag)) {
        qCDebug(lcHttp).noquote() << "GET /v1/blobs/..." << 304;
        responder.writeStatusLine(Status::NotModified);
        responder.writeHeaders(
            { { "ETag", etag }, { "Accept-Ranges", "bytes" }, { "Cache-Control", cacheControl } });
        return responder.writeBody(QByteArray());
    }
    ByteRange range;
    const QByteArray ifRange = request.value("If-Range");
    if (ifRange.isEmpty() || matchesEtag(ifRange, etag))
        range = ByteRange::fromRangeHeader(request.value("Range"), state.size);
    QHttpServerResponse response = [&] {
        switch (range.kind()) {
        case ByteRange::Kind::Malformed:
            return badRequest(u"Range must be \"bytes=<first>-[<last>]\" or \"bytes=-<n>\""_s);
        case ByteRange::Kind::Unsatisfiable: {
            QHttpServerResponse refusal = ApiResponse::error(Status::RequestRangeNotSatisfiable,
                Protocol::ErrorCode::RangeNotSatisfiable,
                u"the blob has %1 bytes"_s.arg(state.size));
            refusal.setHeader("Content-Range", "bytes */" + QByteArray::number(state.size));
            return refusal;
        }
        case ByteRange::Kind::Partial: {
            QHttpServerResponse partial(store.mimeType(sha256),
                store.read(sha256, range.first(), range.last()), Status::PartialContent);
            partial.setHeader("Content-Range",
                "bytes " + QByteArray::number(range.first()) + '-'
                    + QByteArray::number(range.last()) + '/' + QByteArray::number(state.size));
            return partial;
        }
        case ByteRange::Kind::Whole:
            break;
        }
        return QHttpServerResponse(store.mimeType(sha256), store.read(sha256, 0, state.size - 1));
    }();
    if (response.statusCode() == Status::Ok || response.statusCode() == Status::PartialContent) {
        response.setHeader("ETag", etag);
        response.setHeader("Accept-Ranges", "bytes");
        response.setHeader("Cache-Control", cacheControl);
        response.setHeader("X-Content-Type-Options", "nosniff");
    }
    qCDebug(lcHttp).noquote() << "GET /v1/blobs/..." << int(response.statusCode());
    response.write(std::move(responder));
}

void BlobApi::auditDenied(const AuthenticatedUser &user, const QHttpServerRequest &request,
    const QString &action, const QString &sha256)
{
    try {
        WriteTransaction tx(m_database);
        AuditLog::record(tx.db(),
            AuditEntry { user.userId, user.login, action, u"blob"_s, sha256, u"denied"_s,
                ClientAddress::of(request).toString(), {} });
        tx.commit();
    } catch (const DbError &error) {
        qCWarning(lcServer) << "cannot record a denied blob request:" << error.what();
    }
}
