#include "auth/requestauthenticator.h"

#include "auth/authreplies.h"
#include "auth/devicerevocation.h"
#include "auth/lastseenbatch.h"
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

// devices.last_seen_at is noted at most this often per device (after its first time that day).
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

// The first sighting of the device on a UTC day, at once: last_seen_at, and device_days with
// the device's change when the day is new for it (exact: never batched). Best effort: false
// when it could not be written (tried again on the next request). Must not run inside another
// transaction (authenticate before opening one).
bool touchDevice(ServerDatabase &database, const QString &deviceId, const QString &nowText)
{
    try {
        WriteTransaction tx(database);
        execSql(
            tx.db(), u"UPDATE devices SET last_seen_at = ? WHERE id = ?"_s, { nowText, deviceId });
        DeviceActivity::noteSeen(tx, deviceId, nowText);
        tx.commit();
        return true;
    } catch (const DbError &error) {
        qCWarning(lcServer) << "cannot update the device's last_seen_at:" << error.what();
        return false;
    }
}

// Notes that the device was seen `now`: the first time on a day at once (touchDevice); else
// last_seen_at at most once a minute, batched in serve (LastSeenBatch), at once elsewhere.
// Updates `seen` to what is now noted.
void noteSeen(ServerDatabase &database, const QString &deviceId, const QDateTime &now,
    const QString &nowText, DeviceSeen &seen)
{
    const QString today = nowText.left(10); // the UTC day (Timestamps::toIso)
    if (seen.dayNoted != today) {
        if (touchDevice(database, deviceId, nowText))
            seen = DeviceSeen { now, today };
        return;
    }
    if (seen.lastSeen.isValid() && seen.lastSeen.secsTo(now) < kLastSeenResolutionSeconds)
        return;
    if (database.changeSignals().isWatched()) {
        LastSeenBatch::of(database).note(deviceId, nowText);
    } else {
        try {
            execSql(database.connection(), u"UPDATE devices SET last_seen_at = ? WHERE id = ?"_s,
                { nowText, deviceId });
        } catch (const DbError &error) {
            qCWarning(lcServer) << "cannot update the device's last_seen_at:" << error.what();
            return;
        }
    }
    seen.lastSeen = now;
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
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString nowText = Timestamps::toIso(now);
    try {
        // Whether the device's day is noted already (device_days) comes with the token.
        QSqlQuery query = runSql(m_database.connection(),
            u"SELECT a.expires_at, d.id, d.revoked_at, d.last_seen_at, u.id, u.login, "
            "u.member_id, u.role, u.org_id, u.scope_generation, u.disabled, "
            "u.must_change_password, EXISTS (SELECT 1 FROM device_days dd WHERE "
            "dd.device_id = d.id AND dd.day = ?)%1 "
            "FROM access_tokens a JOIN devices d ON d.id = a.device_id "
            "JOIN users u ON u.id = a.user_id WHERE a.token_hash = ?"_s.arg(
                newestChange ? u", (SELECT MAX(seq) FROM changes)"_s : QString()),
            { nowText.left(10), tokenHash });
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
        DeviceSeen seen { Timestamps::fromIso(query.value(3).toString()),
            query.value(12).toBool() ? nowText.left(10) : QString() };
        if (newestChange)
            *newestChange = query.value(13).toLongLong();
        const QString expiresAt = query.value(0).toString();
        query.finish();
        if (cache && nowText < expiresAt)
            cache->insert(tokenHash, CachedToken { user, expiresAt, mustChangePassword, seen });
        if (mustChangePassword && pending == PendingPasswordChange::Refused)
            return AuthReplies::passwordChangeRequired();
        noteSeen(m_database, user.deviceId, now, nowText, seen);
        if (CachedToken *entry = cache ? cache->find(tokenHash) : nullptr)
            entry->seen = seen;
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
    DeviceSeen seen = entry.seen;
    if (newestChange)
        *newestChange = m_database.changeSignals().newestChange();
    if (entry.mustChangePassword && pending == PendingPasswordChange::Refused)
        return AuthReplies::passwordChangeRequired();
    noteSeen(m_database, user.deviceId, now, nowText, seen);
    if (CachedToken *updated = cache.find(tokenHash))
        updated->seen = seen;
    return user;
}
