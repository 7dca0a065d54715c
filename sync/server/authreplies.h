// Pieces shared by the auth routes: common error answers and the "user" object of
// DESIGN.md section 5 ({"id", "member_id", "role", "org_id"}).
#pragma once

#include <QHttpServerResponse>
#include <QJsonObject>
#include <QString>

class AuthReplies
{
public:
    // 400 bad_request with a one-line reason (never echoes secrets).
    [[nodiscard]] static QHttpServerResponse badRequest(const QString &reason);
    // 500 internal_error after a database failure (logged without content).
    [[nodiscard]] static QHttpServerResponse internalError(const char *where, const char *what);
    // 401 unauthenticated.
    [[nodiscard]] static QHttpServerResponse unauthenticated(const QString &message);
    // 429 rate_limited with a Retry-After header in seconds.
    [[nodiscard]] static QHttpServerResponse rateLimited(qint64 retryAfterSeconds);
    // {"id", "member_id" (null without a member record), "role", "org_id"}.
    [[nodiscard]] static QJsonObject userJson(
        const QString &id, const QString &memberId, const QString &role, const QString &orgId);
};
