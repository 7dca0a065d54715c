#include "authapi.h"

#include "apiresponse.h"
#include "apiserver.h"
#include "auditlog.h"
#include "authreplies.h"
#include "clientaddress.h"
#include "jsoncodec.h"
#include "loginhandler.h"
#include "loginratelimiter.h"
#include "passwordchangehandler.h"
#include "protocol.h"
#include "refreshhandler.h"
#include "requestauthenticator.h"
#include "sqlrunner.h"
#include "tokenstore.h"
#include "writetransaction.h"

using namespace Qt::StringLiterals;

AuthApi::AuthApi(ServerDatabase &database)
    : m_database(database)
    , m_authenticator(std::make_unique<RequestAuthenticator>(database))
    , m_login(std::make_unique<LoginHandler>(database))
    , m_refresh(std::make_unique<RefreshHandler>(database))
    , m_password(std::make_unique<PasswordChangeHandler>(database))
{ }

AuthApi::~AuthApi() = default;

void AuthApi::registerRoutes(ApiServer &server)
{
    using Method = QHttpServerRequest::Method;
    server.addRoute(Protocol::Path::AuthLogin, Method::Post,
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            m_login->handle(request, std::move(responder));
        });
    server.addRoute(Protocol::Path::AuthRefresh, Method::Post,
        [this](const QHttpServerRequest &request) { return m_refresh->handle(request); });
    server.addRoute(Protocol::Path::AuthLogout, Method::Post,
        [this](const QHttpServerRequest &request) { return logout(request); });
    server.addRoute(Protocol::Path::AuthPassword, Method::Post,
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            changePassword(request, std::move(responder));
        });
    server.addRoute(Protocol::Path::AuthMe, Method::Get,
        [this](const QHttpServerRequest &request) { return me(request); });
}

QHttpServerResponse AuthApi::logout(const QHttpServerRequest &request)
{
    auto result = m_authenticator->authenticate(
        request, RequestAuthenticator::PendingPasswordChange::Allowed);
    if (auto *refusal = std::get_if<QHttpServerResponse>(&result))
        return std::move(*refusal);
    const auto &user = std::get<AuthenticatedUser>(result);
    // The body is empty or {} (the client sends {}): nothing else is silently ignored.
    if (!request.body().trimmed().isEmpty()) {
        QString error;
        const auto body = JsonCodec::parseObject(request.body(), &error);
        if (!body)
            return AuthReplies::badRequest(error);
        if (const QString unknown = AuthReplies::unknownMembers(*body, {}); !unknown.isEmpty())
            return AuthReplies::invalidArgs(unknown);
    }
    try {
        WriteTransaction tx(m_database);
        TokenStore::deleteDeviceTokens(tx.db(), user.deviceId);
        AuditLog::record(tx.db(),
            AuditEntry { user.userId, user.login, u"logout"_s, u"device"_s, user.deviceId, u"ok"_s,
                LoginRateLimiter::addressKey(ClientAddress::of(request)), {} });
        tx.commit();
        return ApiResponse::json(QJsonObject {});
    } catch (const DbError &e) {
        return AuthReplies::internalError("logout", e.what());
    }
}

QHttpServerResponse AuthApi::me(const QHttpServerRequest &request)
{
    auto result = m_authenticator->authenticate(request);
    if (auto *refusal = std::get_if<QHttpServerResponse>(&result))
        return std::move(*refusal);
    const auto &user = std::get<AuthenticatedUser>(result);
    try {
        const bool mustChange
            = scalarSql(m_database.connection(),
                  u"SELECT must_change_password FROM users WHERE id = ?"_s, { user.userId })
                  .toInt()
            != 0;
        return ApiResponse::json(QJsonObject {
            { u"user"_s, AuthReplies::userJson(user.userId, user.memberId, user.role, user.orgId) },
            { u"must_change_password"_s, mustChange } });
    } catch (const DbError &e) {
        return AuthReplies::internalError("me", e.what());
    }
}

void AuthApi::changePassword(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    auto result = m_authenticator->authenticate(
        request, RequestAuthenticator::PendingPasswordChange::Allowed);
    if (auto *refusal = std::get_if<QHttpServerResponse>(&result)) {
        refusal->write(std::move(responder));
        return;
    }
    m_password->handle(request, std::move(responder), std::get<AuthenticatedUser>(result));
}
