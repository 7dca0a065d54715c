#include "auth/refreshhandler.h"

#include "auth/authreplies.h"
#include "auth/devicerevocation.h"
#include "auth/loginratelimiter.h"
#include "auth/tokenstore.h"
#include "db/serverdatabase.h"
#include "db/sqlrunner.h"
#include "db/writetransaction.h"
#include "http/apiresponse.h"
#include "http/clientaddress.h"
#include "jsoncodec.h"
#include "mutationnames.h"
#include "protocol.h"
#include "records/auditlog.h"
#include "timestamps.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

RefreshHandler::RefreshHandler(ServerDatabase &database)
    : m_database(database)
{ }

QHttpServerResponse RefreshHandler::handle(const QHttpServerRequest &request)
{
    QString error;
    const auto body = JsonCodec::parseObject(request.body(), &error);
    if (body) {
        if (const QString unknown
            = AuthReplies::unknownMembers(*body, { u"refresh_token"_s, u"device_id"_s });
            !unknown.isEmpty())
            return AuthReplies::invalidArgs(unknown);
    }
    const auto token
        = body ? JsonCodec::requireString(*body, u"refresh_token", &error) : std::nullopt;
    const auto deviceId
        = token ? JsonCodec::requireString(*body, u"device_id", &error) : std::nullopt;
    if (!deviceId)
        return AuthReplies::badRequest(error);
    if (deviceId->isEmpty() || deviceId->size() > 128)
        return AuthReplies::badRequest(u"device_id must have 1 to 128 characters"_s);
    const QString address = LoginRateLimiter::addressKey(ClientAddress::of(request));
    try {
        // Everything before the write lock is read-only: junk costs no lock and no write but
        // its failure count, and past the address's limit not even that.
        if (const qint64 wait
            = LoginRateLimiter::refreshRetryAfter(m_database.connection(), address);
            wait > 0)
            return AuthReplies::rateLimited(wait);
        if (!TokenStore::isWellFormed(*token))
            return refused(address, u"unknown refresh token; sign in again"_s);
        const QString tokenHash = TokenStore::hash(*token);
        if (!scalarSql(m_database.connection(),
                u"SELECT 1 FROM refresh_tokens WHERE token_hash = ?"_s, { tokenHash })
                 .isValid()) {
            // A revoked device's own token (retired when it was revoked) still hears
            // device_revoked, so that the phone wipes; naming the device is not enough.
            const TokenStore::RevokedHolder holder
                = TokenStore::revokedHolder(m_database.connection(), tokenHash);
            if (!holder.deviceId.isEmpty() && holder.deviceId == *deviceId)
                return revokedDevice(holder.userId, holder.login, holder.deviceId, address);
            return refused(address, u"unknown refresh token; sign in again"_s);
        }

        // Read and rotate under the write lock: two servers cannot both accept one token.
        WriteTransaction tx(m_database);
        const QSqlDatabase db = tx.db();
        QSqlQuery row = runSql(db,
            u"SELECT r.device_id, r.user_id, r.expires_at, r.used_at, u.login, u.disabled, "
            "u.member_id, u.role, u.org_id, u.must_change_password, d.revoked_at "
            "FROM refresh_tokens r JOIN users u ON u.id = r.user_id "
            "JOIN devices d ON d.id = r.device_id WHERE r.token_hash = ?"_s,
            { tokenHash });
        if (!row.next()) {
            // Gone meanwhile (a logout, a revocation by another request or server).
            row.finish();
            LoginRateLimiter::recordRefreshFailure(db, address);
            tx.commit();
            return AuthReplies::unauthenticated(u"unknown refresh token; sign in again"_s);
        }
        const QString tokenDevice = row.value(0).toString();
        const QString userId = row.value(1).toString();
        const QString expiresAt = row.value(2).toString();
        const bool used = !row.value(3).isNull();
        const QString usedAtText = used ? row.value(3).toString() : QString();
        const QString login = row.value(4).toString();
        const bool disabled = row.value(5).toInt() != 0;
        const QJsonObject user = AuthReplies::userJson(userId,
            row.value(6).isNull() ? QString() : row.value(6).toString(), row.value(7).toString(),
            row.value(8).toString());
        const bool mustChangePassword = row.value(9).toInt() != 0;
        const bool revoked = !row.value(10).isNull();
        row.finish();
        AuditEntry audit { userId, login, u"refresh"_s, QString(Protocol::RowType::Device),
            tokenDevice, u"denied"_s, address, {} };
        if (tokenDevice != *deviceId) {
            audit.detail = u"device_mismatch"_s;
            AuditLog::record(db, audit);
            LoginRateLimiter::recordRefreshFailure(db, address);
            tx.commit();
            return AuthReplies::unauthenticated(u"this refresh token is not this device's"_s);
        }
        if (revoked) {
            // Its tokens are retired on revocation; this only covers a device revoked before.
            audit.detail = Protocol::ErrorCode::DeviceRevoked;
            AuditLog::record(db, audit);
            tx.commit();
            return DeviceRevocation::response();
        }
        const QDateTime nowTime = QDateTime::currentDateTimeUtc();
        if (used) {
            // A used token presented again. Within the grace period after its exchange, and
            // while the pair it was exchanged for is unused, the answer to that exchange was
            // lost (dead battery, cut connection): the unused pair is withdrawn and a new one
            // issued, once. The withdrawn refresh token stays, spent and with no successor:
            // presenting it later (the phone, if the retry came from a copy) is a reuse too.
            // Anything else means someone holds a copy of this device's session: it ends for
            // good, the device is revoked and told to wipe (DESIGN.md section 4).
            QString reason;
            QVariant successor;
            const QDateTime usedAt = Timestamps::fromIso(usedAtText);
            if (!usedAt.isValid()
                || usedAt.msecsTo(nowTime) >= TokenStore::refreshGraceSeconds() * 1000) {
                reason = u"suspicious_reuse:grace_expired"_s;
            } else {
                successor = scalarSql(db,
                    u"SELECT s.token_hash FROM refresh_tokens r JOIN refresh_tokens s "
                    "ON s.token_hash = r.replaced_by WHERE r.token_hash = ? AND s.used_at IS NULL"_s,
                    { tokenHash });
                if (!successor.isValid())
                    reason = u"suspicious_reuse:successor_used"_s;
            }
            if (!reason.isEmpty()) {
                audit.action = u"refresh.reuse"_s;
                audit.detail = reason;
                AuditLog::record(db, audit);
                (void)DeviceRevocation::revoke(db, tokenDevice,
                    AuditEntry { userId, login, {}, {}, {}, u"ok"_s, address, u"refresh_reuse"_s });
                tx.commit();
                return DeviceRevocation::response();
            }
            execSql(db,
                u"UPDATE refresh_tokens SET used_at = ?, replaced_by = NULL WHERE token_hash = ?"_s,
                { Timestamps::toIso(nowTime), successor });
            execSql(db, u"DELETE FROM access_tokens WHERE device_id = ?"_s, { tokenDevice });
            audit.action = u"refresh.retry"_s;
            audit.outcome = u"ok"_s;
            AuditLog::record(db, audit);
        }
        const QString now = Timestamps::toIso(nowTime);
        if (now >= expiresAt)
            return AuthReplies::unauthenticated(u"the refresh token has expired; sign in again"_s);
        if (disabled)
            return AuthReplies::unauthenticated(u"this account is disabled"_s);
        execSql(db, u"UPDATE devices SET last_seen_at = ? WHERE id = ?"_s, { now, tokenDevice });
        const TokenPair pair = TokenStore::issue(db, userId, tokenDevice);
        // A retried token keeps its first exchange time and its (now withdrawn) successor:
        // a second retry finds no unused successor.
        if (!used) {
            execSql(db,
                u"UPDATE refresh_tokens SET used_at = ?, replaced_by = ? WHERE token_hash = ?"_s,
                { now, TokenStore::hash(pair.refreshToken), tokenHash });
        }
        tx.commit();
        // The same shape as a login answer, so that a role change reaches the client too.
        return ApiResponse::json(QJsonObject { { u"access_token"_s, pair.accessToken },
            { u"expires_in"_s, pair.expiresIn }, { u"refresh_token"_s, pair.refreshToken },
            { u"user"_s, user }, { u"must_change_password"_s, mustChangePassword } });
    } catch (const DbError &e) {
        return AuthReplies::internalError("refresh", e.what());
    }
}

QHttpServerResponse RefreshHandler::refused(const QString &address, const QString &message)
{
    // No audit entry: a token nobody holds names nobody (and writing one per guess would
    // let anyone fill the log).
    WriteTransaction tx(m_database);
    LoginRateLimiter::recordRefreshFailure(tx.db(), address);
    tx.commit();
    return AuthReplies::unauthenticated(message);
}

QHttpServerResponse RefreshHandler::revokedDevice(
    const QString &userId, const QString &login, const QString &deviceId, const QString &address)
{
    WriteTransaction tx(m_database);
    AuditLog::record(tx.db(),
        AuditEntry { userId, login, u"refresh"_s, QString(Protocol::RowType::Device), deviceId,
            u"denied"_s, address, QString(Protocol::ErrorCode::DeviceRevoked) });
    tx.commit();
    return DeviceRevocation::response();
}
