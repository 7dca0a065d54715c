#include "auth/passwordchangehandler.h"

#include "auth/authreplies.h"
#include "auth/loginratelimiter.h"
#include "auth/passwordhasher.h"
#include "auth/tokenstore.h"
#include "db/serverdatabase.h"
#include "db/sqlrunner.h"
#include "db/writetransaction.h"
#include "http/apiresponse.h"
#include "http/clientaddress.h"
#include "http/connectionguard.h"
#include "http/serverlog.h"
#include "jsoncodec.h"
#include "protocol.h"
#include "records/auditlog.h"

#include <QTcpSocket>
#include <sodium.h>
#include <utility>

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype kMaxPassword = 1024;

AuditEntry auditOf(const AuthenticatedUser &user, const QString &address)
{
    return AuditEntry { user.userId, user.login, u"password.change"_s, u"user"_s, user.userId,
        u"failed"_s, address, {} };
}

// Best effort: the passwords leave this process's memory once they are no longer needed.
void wipe(QString &text)
{
    if (!text.isEmpty())
        sodium_memzero(text.data(), size_t(text.size()) * sizeof(QChar));
    text.clear();
}
} // namespace

PasswordChangeHandler::PasswordChangeHandler(ServerDatabase &database)
    : m_database(database)
{
    m_hashing.setMaxThreadCount(1);
    m_hashing.setExpiryTimeout(-1);
}

PasswordChangeHandler::~PasswordChangeHandler()
{
    m_hashing.clear();
    m_hashing.waitForDone();
}

void PasswordChangeHandler::handle(const QHttpServerRequest &request,
    QHttpServerResponder &&responder, const AuthenticatedUser &user)
{
    QTcpSocket *socket = responder.socket();
    auto pending
        = std::make_shared<Pending>(Pending { user, {}, {}, {}, std::move(responder), socket });
    QString error;
    const auto body = JsonCodec::parseObject(request.body(), &error);
    if (body) {
        if (const QString unknown
            = AuthReplies::unknownMembers(*body, { u"old_password"_s, u"new_password"_s });
            !unknown.isEmpty())
            return answer(*pending, AuthReplies::invalidArgs(unknown));
    }
    const auto oldPassword
        = body ? JsonCodec::requireString(*body, u"old_password", &error) : std::nullopt;
    const auto newPassword
        = oldPassword ? JsonCodec::requireString(*body, u"new_password", &error) : std::nullopt;
    if (!newPassword)
        return answer(*pending, AuthReplies::badRequest(error));
    if (oldPassword->size() > kMaxPassword || newPassword->size() > kMaxPassword)
        return answer(*pending,
            AuthReplies::badRequest(u"passwords have at most %1 characters"_s.arg(kMaxPassword)));
    // The cheap checks first: a weak new password costs no Argon2 work.
    QString weakness = PasswordHasher::weakness(*newPassword, user.login);
    if (weakness.isEmpty() && *newPassword == *oldPassword)
        weakness = u"the new password must differ from the current one"_s;
    if (!weakness.isEmpty()) {
        return answer(*pending,
            ApiResponse::error(ApiResponse::Status::UnprocessableEntity,
                Protocol::ErrorCode::WeakPassword, weakness));
    }
    if (m_waiting.size() >= kMaxWaiting) {
        QHttpServerResponse busy = ApiResponse::error(ApiResponse::Status::ServiceUnavailable,
            Protocol::ErrorCode::Unavailable, u"too many password changes at once"_s);
        busy.setHeader("Retry-After", "5");
        return answer(*pending, std::move(busy));
    }
    pending->oldPassword = *oldPassword;
    pending->newPassword = *newPassword;
    pending->address = LoginRateLimiter::addressKey(ClientAddress::of(request));
    ConnectionGuard::setAnswerPending(pending->socket, true);
    m_waiting.enqueue(std::move(pending));
    startNext();
}

void PasswordChangeHandler::startNext()
{
    while (!m_current && !m_waiting.isEmpty()) {
        const std::shared_ptr<Pending> pending = m_waiting.dequeue();
        if (!pending->socket || pending->socket->state() != QAbstractSocket::ConnectedState) {
            if (pending->socket)
                ConnectionGuard::setAnswerPending(pending->socket, false);
            continue;
        }
        const AuthenticatedUser &user = pending->user;
        QString hash;
        try {
            const QSqlDatabase db = m_database.connection();
            // The same limits as a sign-in of this login from this address (the device is
            // known: the global cap of the login does not apply), and a cap on the Argon2
            // work one account can cause.
            const qint64 retryAfter
                = qMax(LoginRateLimiter::check(db, user.login, pending->address).retryAfter,
                    LoginRateLimiter::passwordChangeRetryAfter(db, user.userId));
            WriteTransaction tx(m_database);
            if (retryAfter > 0) {
                AuditEntry audit = auditOf(user, pending->address);
                audit.outcome = Protocol::ErrorCode::RateLimited;
                AuditLog::record(tx.db(), audit);
                tx.commit();
                answer(*pending, AuthReplies::rateLimited(retryAfter));
                continue;
            }
            LoginRateLimiter::recordPasswordChange(tx.db(), user.userId);
            hash = scalarSql(
                tx.db(), u"SELECT password_hash FROM users WHERE id = ?"_s, { user.userId })
                       .toString();
            tx.commit();
        } catch (const DbError &e) {
            answer(*pending, AuthReplies::internalError("password change", e.what()));
            continue;
        }
        m_current = pending;
        // Argon2 outside any transaction, on the worker thread.
        m_hashing.start([this, hash, oldPassword = pending->oldPassword,
                            newPassword = pending->newPassword]() mutable {
            const bool oldOk = PasswordHasher::verify(hash, oldPassword);
            const QString newHash = oldOk ? PasswordHasher::hash(newPassword) : QString();
            wipe(oldPassword);
            wipe(newPassword);
            QMetaObject::invokeMethod(
                this, [this, oldOk, newHash] { finish(oldOk, newHash); }, Qt::QueuedConnection);
        });
    }
}

void PasswordChangeHandler::finish(bool oldOk, const QString &newHash)
{
    const std::shared_ptr<Pending> pending = std::exchange(m_current, nullptr);
    wipe(pending->oldPassword);
    wipe(pending->newPassword);
    QHttpServerResponse response = [&] {
        try {
            if (!oldOk)
                return refuseWrongPassword(*pending);
            if (newHash.isEmpty())
                return AuthReplies::internalError("password change", "cannot hash the password");
            return store(*pending, newHash);
        } catch (const DbError &e) {
            return AuthReplies::internalError("password change", e.what());
        }
    }();
    answer(*pending, std::move(response));
    startNext();
}

QHttpServerResponse PasswordChangeHandler::refuseWrongPassword(const Pending &pending)
{
    WriteTransaction tx(m_database);
    LoginRateLimiter::recordFailure(tx.db(), pending.user.login, pending.address);
    AuditEntry audit = auditOf(pending.user, pending.address);
    audit.detail = u"wrong_password"_s;
    AuditLog::record(tx.db(), audit);
    tx.commit();
    return ApiResponse::error(ApiResponse::Status::Forbidden,
        Protocol::ErrorCode::InvalidCredentials, u"the current password is wrong"_s);
}

QHttpServerResponse PasswordChangeHandler::store(const Pending &pending, const QString &newHash)
{
    const AuthenticatedUser &user = pending.user;
    WriteTransaction tx(m_database);
    execSql(tx.db(), u"UPDATE users SET password_hash = ?, must_change_password = 0 WHERE id = ?"_s,
        { newHash, user.userId });
    const int signedOut = TokenStore::deleteUserTokens(tx.db(), user.userId, user.deviceId);
    LoginRateLimiter::recordSuccess(tx.db(), user.login, pending.address);
    AuditEntry audit = auditOf(user, pending.address);
    audit.outcome = u"ok"_s;
    audit.detail = u"other_devices_signed_out=%1"_s.arg(signedOut);
    AuditLog::record(tx.db(), audit);
    tx.commit();
    return ApiResponse::json(QJsonObject {});
}

void PasswordChangeHandler::answer(Pending &pending, QHttpServerResponse &&response)
{
    if (!pending.socket)
        return;
    ConnectionGuard::setAnswerPending(pending.socket, false);
    if (pending.socket->state() != QAbstractSocket::ConnectedState)
        return;
    qCDebug(lcHttp).noquote() << "POST" << QString(Protocol::Path::AuthPassword)
                              << int(response.statusCode());
    response.write(std::move(pending.responder));
    pending.socket->flush();
}
