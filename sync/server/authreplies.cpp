#include "authreplies.h"

#include "apiresponse.h"
#include "protocol.h"
#include "serverlog.h"

using namespace Qt::StringLiterals;

QHttpServerResponse AuthReplies::badRequest(const QString &reason)
{
    return ApiResponse::error(
        ApiResponse::Status::BadRequest, Protocol::ErrorCode::BadRequest, reason);
}

QHttpServerResponse AuthReplies::internalError(const char *where, const char *what)
{
    qCWarning(lcServer) << where << "failed on a database error:" << what;
    return ApiResponse::error(ApiResponse::Status::InternalServerError,
        Protocol::ErrorCode::InternalError, u"internal error"_s);
}

QHttpServerResponse AuthReplies::unauthenticated(const QString &message)
{
    return ApiResponse::error(
        ApiResponse::Status::Unauthorized, Protocol::ErrorCode::Unauthenticated, message);
}

QHttpServerResponse AuthReplies::rateLimited(qint64 retryAfterSeconds)
{
    QHttpServerResponse response
        = ApiResponse::error(ApiResponse::Status::TooManyRequests, Protocol::ErrorCode::RateLimited,
            u"too many failed sign-ins; try again in %1 seconds"_s.arg(retryAfterSeconds));
    response.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return response;
}

QJsonObject AuthReplies::userJson(
    const QString &id, const QString &memberId, const QString &role, const QString &orgId)
{
    return QJsonObject { { u"id"_s, id },
        { u"member_id"_s, memberId.isEmpty() ? QJsonValue() : QJsonValue(memberId) },
        { u"role"_s, role }, { u"org_id"_s, orgId } };
}
