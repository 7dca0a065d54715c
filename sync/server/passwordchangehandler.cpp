#include "passwordchangehandler.h"

#include "apiresponse.h"
#include "auditlog.h"
#include "authreplies.h"
#include "clientaddress.h"
#include "jsoncodec.h"
#include "loginratelimiter.h"
#include "passwordhasher.h"
#include "protocol.h"
#include "serverdatabase.h"
#include "sqlrunner.h"
#include "tokenstore.h"
#include "writetransaction.h"

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype kMaxPassword = 1024;
}

PasswordChangeHandler::PasswordChangeHandler(ServerDatabase &database)
    : m_database(database)
{ }

QHttpServerResponse PasswordChangeHandler::handle(
    const QHttpServerRequest &request, const AuthenticatedUser &user)
{
    QString error;
    const auto body = JsonCodec::parseObject(request.body(), &error);
    const auto oldPassword
        = body ? JsonCodec::requireString(*body, u"old_password", &error) : std::nullopt;
    const auto newPassword
        = oldPassword ? JsonCodec::requireString(*body, u"new_password", &error) : std::nullopt;
    if (!newPassword)
        return AuthReplies::badRequest(error);
    if (oldPassword->size() > kMaxPassword || newPassword->size() > kMaxPassword)
        return AuthReplies::badRequest(u"passwords have at most %1 characters"_s.arg(kMaxPassword));
    const QString address = LoginRateLimiter::addressKey(ClientAddress::of(request));
    AuditEntry audit { user.userId, user.login, u"password.change"_s, u"user"_s, user.userId,
        u"failed"_s, address, {} };
    try {
        const QSqlDatabase db = m_database.connection();
        const qint64 retryAfter = LoginRateLimiter::retryAfter(db, user.login, address);
        if (retryAfter > 0) {
            WriteTransaction tx(m_database);
            audit.outcome = u"rate_limited"_s;
            AuditLog::record(tx.db(), audit);
            tx.commit();
            return AuthReplies::rateLimited(retryAfter);
        }
        const QString hash
            = scalarSql(db, u"SELECT password_hash FROM users WHERE id = ?"_s, { user.userId })
                  .toString();
        if (!PasswordHasher::verify(hash, *oldPassword)) {
            WriteTransaction tx(m_database);
            LoginRateLimiter::recordFailure(tx.db(), user.login, address);
            audit.detail = u"wrong_password"_s;
            AuditLog::record(tx.db(), audit);
            tx.commit();
            return ApiResponse::error(ApiResponse::Status::Forbidden,
                Protocol::ErrorCode::InvalidCredentials, u"the current password is wrong"_s);
        }
        QString weakness = PasswordHasher::weakness(*newPassword);
        if (weakness.isEmpty() && *newPassword == *oldPassword)
            weakness = u"the new password must differ from the current one"_s;
        if (!weakness.isEmpty()) {
            return ApiResponse::error(ApiResponse::Status::UnprocessableEntity,
                Protocol::ErrorCode::WeakPassword, weakness);
        }
        const QString newHash = PasswordHasher::hash(*newPassword);
        if (newHash.isEmpty())
            return AuthReplies::internalError("password change", "cannot hash the password");
        WriteTransaction tx(m_database);
        runSql(tx.db(),
            u"UPDATE users SET password_hash = ?, must_change_password = 0 WHERE id = ?"_s,
            { newHash, user.userId });
        const int signedOut = TokenStore::deleteUserTokens(tx.db(), user.userId, user.deviceId);
        LoginRateLimiter::clearLogin(tx.db(), user.login);
        audit.outcome = u"ok"_s;
        audit.detail = u"other_devices_signed_out=%1"_s.arg(signedOut);
        AuditLog::record(tx.db(), audit);
        tx.commit();
        return ApiResponse::json(QJsonObject {});
    } catch (const DbError &e) {
        return AuthReplies::internalError("password change", e.what());
    }
}
