#include "auth/authapi.h"

#include "auth/authreplies.h"
#include "auth/devicerevocation.h"
#include "auth/loginhandler.h"
#include "auth/loginratelimiter.h"
#include "auth/passwordchangehandler.h"
#include "auth/refreshhandler.h"
#include "auth/requestauthenticator.h"
#include "auth/roomcertificates.h"
#include "auth/tokenstore.h"
#include "db/sqlrunner.h"
#include "db/writetransaction.h"
#include "http/apiresponse.h"
#include "http/apiserver.h"
#include "http/clientaddress.h"
#include "jsoncodec.h"
#include "mutationnames.h"
#include "protocol.h"
#include "publicationsignature.h"
#include "records/auditlog.h"

#include <QJsonArray>

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
    server.addRoute(Protocol::Path::AuthDeviceCertificate, Method::Post,
        [this](const QHttpServerRequest &request) { return deviceCertificate(request); });
}

QHttpServerResponse AuthApi::logout(const QHttpServerRequest &request)
{
    // The body is empty, {} or {"refresh_token", "device_id"}: nothing else is silently
    // ignored.
    std::optional<QString> refreshToken;
    std::optional<QString> deviceId;
    if (!request.body().trimmed().isEmpty()) {
        QString error;
        const auto body = JsonCodec::parseObject(request.body(), &error);
        if (!body)
            return AuthReplies::badRequest(error);
        if (const QString unknown
            = AuthReplies::unknownMembers(*body, { u"refresh_token"_s, u"device_id"_s });
            !unknown.isEmpty())
            return AuthReplies::invalidArgs(unknown);
        if (body->contains(u"refresh_token"_s) || body->contains(u"device_id"_s)) {
            refreshToken = JsonCodec::requireString(*body, u"refresh_token", &error);
            deviceId = refreshToken ? JsonCodec::requireString(*body, u"device_id", &error)
                                    : std::nullopt;
            if (!deviceId)
                return AuthReplies::badRequest(error);
        }
    }
    const QString address = LoginRateLimiter::addressKey(ClientAddress::of(request));
    AuthenticatedUser user;
    if (refreshToken) {
        // The refresh token ends its own session, whatever became of the access token (the
        // app may hold none after a restart).
        auto result = logoutHolder(*refreshToken, *deviceId, address);
        if (auto *refusal = std::get_if<QHttpServerResponse>(&result))
            return std::move(*refusal);
        user = std::get<AuthenticatedUser>(result);
    } else {
        auto result = m_authenticator->authenticateForLogout(request);
        if (auto *refusal = std::get_if<QHttpServerResponse>(&result))
            return std::move(*refusal);
        user = std::get<AuthenticatedUser>(result);
    }
    try {
        WriteTransaction tx(m_database);
        TokenStore::deleteDeviceTokens(tx.db(), user.deviceId);
        AuditLog::record(tx.db(),
            AuditEntry { user.userId, user.login, u"logout"_s, QString(Protocol::RowType::Device),
                user.deviceId, u"ok"_s, address, {} });
        tx.commit();
        return ApiResponse::json(QJsonObject {});
    } catch (const DbError &e) {
        return AuthReplies::internalError("logout", e.what());
    }
}

std::variant<AuthenticatedUser, QHttpServerResponse> AuthApi::logoutHolder(
    const QString &refreshToken, const QString &deviceId, const QString &address)
{
    // Checked like a refresh: read-only until the answer is known, refused tokens counted
    // against the address, a revoked device told so only for one of its own tokens.
    const auto refused = [&]() -> QHttpServerResponse {
        WriteTransaction tx(m_database);
        LoginRateLimiter::recordRefreshFailure(tx.db(), address);
        tx.commit();
        return AuthReplies::unauthenticated(u"unknown refresh token"_s);
    };
    try {
        const QSqlDatabase db = m_database.connection();
        if (const qint64 wait = LoginRateLimiter::refreshRetryAfter(db, address); wait > 0)
            return AuthReplies::rateLimited(wait);
        if (!TokenStore::isWellFormed(refreshToken))
            return refused();
        const QString tokenHash = TokenStore::hash(refreshToken);
        QSqlQuery row = runSql(db,
            u"SELECT r.device_id, u.id, u.login, d.revoked_at FROM refresh_tokens r "
            "JOIN users u ON u.id = r.user_id JOIN devices d ON d.id = r.device_id "
            "WHERE r.token_hash = ?"_s,
            { tokenHash });
        if (!row.next()) {
            row.finish();
            if (TokenStore::revokedHolder(db, tokenHash).deviceId == deviceId)
                return DeviceRevocation::response();
            return refused();
        }
        AuthenticatedUser user;
        user.deviceId = row.value(0).toString();
        user.userId = row.value(1).toString();
        user.login = row.value(2).toString();
        const bool revoked = !row.value(3).isNull();
        row.finish();
        if (user.deviceId != deviceId)
            return refused();
        if (revoked)
            return DeviceRevocation::response();
        return user;
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

QHttpServerResponse AuthApi::deviceCertificate(const QHttpServerRequest &request)
{
    auto result = m_authenticator->authenticate(request);
    if (auto *refusal = std::get_if<QHttpServerResponse>(&result))
        return std::move(*refusal);
    const auto &user = std::get<AuthenticatedUser>(result);
    QString error;
    const auto body = JsonCodec::parseObject(request.body(), &error);
    if (!body)
        return AuthReplies::badRequest(error);
    if (const QString unknown = AuthReplies::unknownMembers(*body, { u"public_key"_s });
        !unknown.isEmpty())
        return AuthReplies::invalidArgs(unknown);
    const auto text = JsonCodec::requireString(*body, u"public_key", &error);
    if (!text)
        return AuthReplies::badRequest(error);
    const QByteArray publicKey = RoomCertificates::parsePublicKey(*text);
    if (publicKey.isEmpty())
        return AuthReplies::invalidArgs(u"public_key must be a base64 Ed25519 public key"_s);
    try {
        WriteTransaction tx(m_database);
        const RoomCertificates::RoomKey key = RoomCertificates::roomKey(tx.db());
        QJsonObject answer {
            { Protocol::Room::RoomPublicKey, PublicationSignature::toBase64(key.publicKey) },
            { Protocol::Room::DeviceCertificate,
                RoomCertificates::issue(tx.db(), user, publicKey) },
        };
        if (user.isSecretary()) {
            answer.insert(Protocol::Room::RevokedDevices,
                QJsonArray::fromStringList(RoomCertificates::revokedDevices(tx.db(), user.orgId)));
        }
        tx.commit();
        return ApiResponse::json(answer);
    } catch (const DbError &e) {
        return AuthReplies::internalError("device-certificate", e.what());
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
