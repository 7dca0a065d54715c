#include "auth/authreplies.h"

#include "http/apiresponse.h"
#include "http/serverlog.h"
#include "protocol.h"

using namespace Qt::StringLiterals;

namespace {
// Unknown member names are echoed only this long (they come from the client).
constexpr qsizetype kMaxEchoedName = 64;
constexpr qsizetype kMaxEchoedNames = 5;
} // namespace

QHttpServerResponse AuthReplies::badRequest(const QString &reason)
{
    return ApiResponse::error(
        ApiResponse::Status::BadRequest, Protocol::ErrorCode::BadRequest, reason);
}

QHttpServerResponse AuthReplies::invalidArgs(const QString &reason)
{
    return ApiResponse::error(ApiResponse::Status::BadRequest, InvalidArgs, reason);
}

QString AuthReplies::unknownMembers(
    const QJsonObject &object, const QStringList &known, const QString &where)
{
    QStringList unknown;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (known.contains(it.key()))
            continue;
        if (unknown.size() == kMaxEchoedNames) {
            unknown << u"..."_s;
            break;
        }
        const QString name = it.key().left(kMaxEchoedName);
        unknown << u"\"%1%2\""_s.arg(where, name);
    }
    if (unknown.isEmpty())
        return {};
    return (unknown.size() == 1 ? u"unknown argument "_s : u"unknown arguments "_s)
        + unknown.join(u", "_s);
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

QHttpServerResponse AuthReplies::passwordChangeRequired()
{
    return ApiResponse::error(ApiResponse::Status::Forbidden, PasswordChangeRequired,
        u"this account signed in with a temporary password: change it first "
        "(POST /v1/auth/password)"_s);
}

QHttpServerResponse AuthReplies::rateLimited(qint64 retryAfterSeconds)
{
    QHttpServerResponse response
        = ApiResponse::error(ApiResponse::Status::TooManyRequests, Protocol::ErrorCode::RateLimited,
            u"too many failed attempts; try again in %1 seconds"_s.arg(retryAfterSeconds));
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
