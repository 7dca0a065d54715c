// Pieces shared by the auth routes: common error answers, the check for unknown members of
// their JSON bodies, and the "user" object of DESIGN.md section 5 ({"id", "member_id",
// "role", "org_id"}).
#pragma once

#include "protocol.h"

#include <QHttpServerResponse>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QString>
#include <QStringList>

class AuthReplies
{
public:
    // 400: a member the route does not know (item 9 : nothing is silently ignored).
    static constexpr QLatin1StringView InvalidArgs = Protocol::ErrorCode::InvalidArgs;
    // 403: the account signed in with a temporary password; only POST /v1/auth/password,
    // POST /v1/auth/logout (and GET /v1/health) answer until it is changed.
    static constexpr QLatin1StringView PasswordChangeRequired
        = Protocol::ErrorCode::PasswordChangeRequired;

    // 400 bad_request with a one-line reason (never echoes secrets).
    [[nodiscard]] static QHttpServerResponse badRequest(const QString &reason);
    // 400 invalid_args with a one-line reason naming the arguments.
    [[nodiscard]] static QHttpServerResponse invalidArgs(const QString &reason);
    // Empty when every member of `object` is in `known`; else a reason naming the others
    // (prefixed with `where`, e.g. "device."), for invalidArgs().
    [[nodiscard]] static QString unknownMembers(
        const QJsonObject &object, const QStringList &known, const QString &where = {});
    // 500 internal_error after a database failure (logged without content).
    [[nodiscard]] static QHttpServerResponse internalError(const char *where, const char *what);
    // 401 unauthenticated.
    [[nodiscard]] static QHttpServerResponse unauthenticated(const QString &message);
    // 403 password_change_required.
    [[nodiscard]] static QHttpServerResponse passwordChangeRequired();
    // 429 rate_limited with a Retry-After header in seconds.
    [[nodiscard]] static QHttpServerResponse rateLimited(qint64 retryAfterSeconds);
    // {"id", "member_id" (null without a member record), "role", "org_id"}.
    [[nodiscard]] static QJsonObject userJson(
        const QString &id, const QString &memberId, const QString &role, const QString &orgId);
};
