#include "auth/requestauthenticator.h"

#include "auth/authreplies.h"
#include "auth/devicerevocation.h"
#include "auth/loginratelimiter.h"
#include "auth/tokencache.h"
#include "auth/tokenstore.h"
#include "db/changesignals.h"
#include "db/serverdatabase.h"
#include "db/sqlrunner.h"
#include "db/writetransaction.h"
#include "http/apiresponse.h"
#include "http/clientaddress.h"
#include "http/serverlog.h"
#include "mutationnames.h"
#include "protocol.h"
#include "records/auditlog.h"
#include "records/deviceactivity.h"
#include "timestamps.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace {

// devices.last_seen_at is written at most this often per device.
constexpr qint64 kLastSeenResolutionSeconds = 60;

// The token of "Authorization: Bearer <token>" (scheme case-insensitive), or empty.
QString bearerToken(const QByteArray &header)
{
    const QByteArray trimmed = header.trimmed();
    const QByteArray scheme("bearer ");
    if (trimmed.size() <= scheme.size() || trimmed.left(scheme.size()).toLower() != scheme)
        return {};
    const QString token = QString::fromLatin1(trimmed.mid(scheme.size()).trimmed());
    return TokenStore::isWellFormed(token) ? token : QString();
}

// Best effort: a failure to note when the device was last seen does not fail the request.
// Must not run inside another transaction (authenticate before opening one).
void touchDevice(ServerDatabase &database, const QString &deviceId, const QString &nowText)
{
    try {
        WriteTransaction tx(database);
        runSql(
            tx.db(), u"UPDATE devices SET last_seen_at = ? WHERE id = ?"_s, { nowText, deviceId });
        // The first time on a new day: device_days and a change of the device row.
        DeviceActivity::noteSeen(tx, deviceId, nowText);
        tx.commit();
    } catch (const DbError &error) {
        qCWarning(lcServer) << "cannot update the device's last_seen_at:" << error.what();
    }
}

// Best effort, like touchDevice: a request from a revoked device (a lost phone, a copied
// session) is a denied request worth an audit entry; failing to write it does not change the
// answer.
void auditRevokedDevice(ServerDatabase &database, const AuditEntry &entry)
{
    try {
        WriteTransaction tx(database);
        AuditLog::record(tx.db(), entry);
        tx.commit();
    } catch (const DbError &error) {
        qCWarning(lcServer) << "cannot record a revoked device's request:" << error.what();
    }
}

QHttpServerResponse unauthenticated(const QString &message)
{
    return ApiResponse::error(
        ApiResponse::Status::Unauthorized, Protocol::ErrorCode::Unauthenticated, message);
}

} // namespace

RequestAuthenticator::RequestAuthenticator(ServerDatabase &database)
    : m_database(database)
{ }

std::variant<AuthenticatedUser, QHttpServerResponse> RequestAuthenticator::authenticate(
    const QHttpServerRequest &request)
{
    return authenticate(request, nullptr, PendingPasswordChange::Refused);
}

std::variant<AuthenticatedUser, QHttpServerResponse> RequestAuthenticator::authenticate(
    const QHttpServerRequest &request, qint64 *newestChange)
{
    return authenticate(request, newestChange, PendingPasswordChange::Refused);
}

std::variant<AuthenticatedUser, QHttpServerResponse> RequestAuthenticator::authenticate(
    const QHttpServerRequest &request, PendingPasswordChange pending)
{
    return authenticate(request, nullptr, pending);
}

std::variant<AuthenticatedUser, QHttpServerResponse> RequestAuthenticator::authenticateForLogout(
    const QHttpServerRequest &request)
{
    return authenticate(request, nullptr, PendingPasswordChange::Allowed, Expired::Allowed);
}

std::variant<AuthenticatedUser, QHttpServerResponse> RequestAuthenticator::authenticate(
    const QHttpServerRequest &request, qint64 *newestChange, PendingPasswordChange pending,
    Expired expired)
{
    const QString token = bearerToken(request.value("Authorization"));
    if (token.isEmpty())
        return unauthenticated(u"sign in first: send Authorization: Bearer <access_token>"_s);
    const QString tokenHash = TokenStore::hash(token);
    // In `serve`, what the watcher has heard so far decides whether a remembered token is
    // still good (tokencache.h); catchUp() first takes in what the database already said.
    ChangeSignals &changeSignals = m_database.changeSignals();
    if (changeSignals.isWatched())
        changeSignals.catchUp();
    TokenCache *cache = changeSignals.isWatched() ? &TokenCache::of(m_database) : nullptr;
    if (cache) {
        if (const CachedToken *entry = cache->find(tokenHash))
            return fromCache(*cache, tokenHash, *entry, newestChange, pending, expired);
    }
    try {
        QSqlQuery query = runSql(m_database.connection(),
            u"SELECT a.expires_at, d.id, d.revoked_at, d.last_seen_at, u.id, u.login, "
            "u.member_id, u.role, u.org_id, u.scope_generation, u.disabled, "
            "u.must_change_password%1 "
            "FROM access_tokens a JOIN devices d ON d.id = a.device_id "
            "JOIN users u ON u.id = a.user_id WHERE a.token_hash = ?"_s.arg(
                newestChange ? u", (SELECT MAX(seq) FROM changes)"_s : QString()),
            { tokenHash });
        if (!query.next())
            return unauthenticated(u"unknown or signed-out access token"_s);
        // A revoked device hears so whatever its token's age: that is how it learns to wipe.
        if (!query.value(2).isNull()) {
            const AuditEntry audit { query.value(4).toString(), query.value(5).toString(),
                u"request"_s, QString(Protocol::RowType::Device), query.value(1).toString(),
                u"denied"_s, LoginRateLimiter::addressKey(ClientAddress::of(request)),
                QString(Protocol::ErrorCode::DeviceRevoked) };
            query.finish();
            auditRevokedDevice(m_database, audit);
            return DeviceRevocation::response();
        }
        if (query.value(10).toInt() != 0)
            return unauthenticated(u"this account is disabled"_s);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString nowText = Timestamps::toIso(now);
        if (expired == Expired::Refused && nowText >= query.value(0).toString()) {
            return ApiResponse::error(ApiResponse::Status::Unauthorized,
                Protocol::ErrorCode::TokenExpired, u"the access token has expired; refresh it"_s);
        }
        // After the expiry check: an expired token is refreshed first, then hears this.
        const bool mustChangePassword = query.value(11).toInt() != 0;
        AuthenticatedUser user;
        user.deviceId = query.value(1).toString();
        user.userId = query.value(4).toString();
        user.login = query.value(5).toString();
        user.memberId = query.value(6).isNull() ? QString() : query.value(6).toString();
        user.role = query.value(7).toString();
        user.orgId = query.value(8).toString();
        user.scopeGeneration = query.value(9).toLongLong();
        const QDateTime lastSeen = Timestamps::fromIso(query.value(3).toString());
        if (newestChange)
            *newestChange = query.value(12).toLongLong();
        const QString expiresAt = query.value(0).toString();
        query.finish();
        if (cache && nowText < expiresAt)
            cache->insert(tokenHash, CachedToken { user, expiresAt, mustChangePassword, lastSeen });
        if (mustChangePassword && pending == PendingPasswordChange::Refused)
            return AuthReplies::passwordChangeRequired();
        if (!lastSeen.isValid() || lastSeen.secsTo(now) >= kLastSeenResolutionSeconds) {
            touchDevice(m_database, user.deviceId, nowText);
            if (CachedToken *entry = cache ? cache->find(tokenHash) : nullptr)
                entry->lastSeen = now;
        }
        return user;
    } catch (const DbError &error) {
        qCWarning(lcServer) << "authenticate: database error:" << error.what();
        return ApiResponse::error(ApiResponse::Status::InternalServerError,
            Protocol::ErrorCode::InternalError, u"internal error"_s);
    }
}

std::variant<AuthenticatedUser, QHttpServerResponse> RequestAuthenticator::fromCache(
    TokenCache &cache, const QString &tokenHash, const CachedToken &entry, qint64 *newestChange,
    PendingPasswordChange pending, Expired expired)
{
    // The same answers, in the same order, as from the database's row.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString nowText = Timestamps::toIso(now);
    if (expired == Expired::Refused && nowText >= entry.expiresAt) {
        return ApiResponse::error(ApiResponse::Status::Unauthorized,
            Protocol::ErrorCode::TokenExpired, u"the access token has expired; refresh it"_s);
    }
    const AuthenticatedUser user = entry.user;
    const QDateTime lastSeen = entry.lastSeen;
    if (newestChange)
        *newestChange = m_database.changeSignals().newestChange();
    if (entry.mustChangePassword && pending == PendingPasswordChange::Refused)
        return AuthReplies::passwordChangeRequired();
    if (!lastSeen.isValid() || lastSeen.secsTo(now) >= kLastSeenResolutionSeconds) {
        touchDevice(m_database, user.deviceId, nowText);
        if (CachedToken *updated = cache.find(tokenHash))
            updated->lastSeen = now;
    }
    return user;
}
