#include "auth/tokenstore.h"

#include "db/sqlrunner.h"
#include "http/serverlog.h"
#include "timestamps.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <optional>
#include <sodium.h>

using namespace Qt::StringLiterals;

namespace {
constexpr int kTokenBytes = 32;
constexpr qsizetype kTokenChars = 43; // base64 of 32 bytes without the trailing '='
constexpr qint64 kDefaultAccessTtl = 15 * 60;

qint64 readAccessTtl()
{
    const QByteArray text = qgetenv("HANDBOOK_ACCESS_TOKEN_TTL");
    if (text.isEmpty())
        return kDefaultAccessTtl;
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (!ok) {
        qCWarning(lcServer) << "HANDBOOK_ACCESS_TOKEN_TTL is not a number of seconds; using"
                            << kDefaultAccessTtl;
        return kDefaultAccessTtl;
    }
    qCInfo(lcServer) << "access tokens live" << seconds << "seconds (HANDBOOK_ACCESS_TOKEN_TTL)";
    return seconds;
}
} // namespace

QString TokenStore::generate()
{
    if (sodium_init() < 0)
        qFatal("libsodium cannot be initialised");
    QByteArray bytes(kTokenBytes, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    const QByteArray text
        = bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    sodium_memzero(bytes.data(), size_t(bytes.size()));
    return QString::fromLatin1(text);
}

QString TokenStore::hash(QStringView token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex());
}

bool TokenStore::isWellFormed(QStringView token)
{
    if (token.size() != kTokenChars)
        return false;
    for (const QChar c : token) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9')
            || u == '-' || u == '_';
        if (!ok)
            return false;
    }
    return true;
}

namespace {
std::optional<qint64> &accessTtlOverride()
{
    static std::optional<qint64> seconds;
    return seconds;
}
} // namespace

qint64 TokenStore::accessTtlSeconds()
{
    if (const auto seconds = accessTtlOverride())
        return *seconds;
    static const qint64 seconds = readAccessTtl();
    return seconds;
}

void TokenStore::setAccessTtlSeconds(qint64 seconds)
{
    accessTtlOverride() = seconds;
}

namespace {
qint64 &refreshGrace()
{
    static qint64 seconds = TokenStore::DefaultRefreshGraceSeconds;
    return seconds;
}
} // namespace

qint64 TokenStore::refreshGraceSeconds()
{
    return refreshGrace();
}

void TokenStore::setRefreshGraceSeconds(qint64 seconds)
{
    refreshGrace() = seconds;
}

TokenPair TokenStore::issue(const QSqlDatabase &db, const QString &userId, const QString &deviceId)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString nowText = Timestamps::toIso(now);
    // Expired tokens of this device are of no use any more. Used refresh tokens that have
    // not expired stay: presenting one again is how a stolen token is noticed.
    execSql(db, u"DELETE FROM access_tokens WHERE device_id = ? AND expires_at <= ?"_s,
        { deviceId, nowText });
    execSql(db, u"DELETE FROM refresh_tokens WHERE device_id = ? AND expires_at <= ?"_s,
        { deviceId, nowText });

    TokenPair pair;
    pair.accessToken = generate();
    pair.refreshToken = generate();
    const qint64 ttl = accessTtlSeconds();
    pair.expiresIn = qMax<qint64>(ttl, 0);
    execSql(db,
        u"INSERT INTO access_tokens (token_hash, device_id, user_id, expires_at) "
        "VALUES (?, ?, ?, ?)"_s,
        { hash(pair.accessToken), deviceId, userId, Timestamps::toIso(now.addSecs(ttl)) });
    execSql(db,
        u"INSERT INTO refresh_tokens (token_hash, device_id, user_id, expires_at, used_at) "
        "VALUES (?, ?, ?, ?, ?)"_s,
        { hash(pair.refreshToken), deviceId, userId,
            Timestamps::toIso(now.addSecs(RefreshTtlSeconds)), sqlNull() });
    return pair;
}

void TokenStore::deleteDeviceTokens(const QSqlDatabase &db, const QString &deviceId)
{
    execSql(db, u"DELETE FROM access_tokens WHERE device_id = ?"_s, { deviceId });
    execSql(db, u"DELETE FROM refresh_tokens WHERE device_id = ?"_s, { deviceId });
}

void TokenStore::retireRefreshTokens(const QSqlDatabase &db, const QString &deviceId)
{
    execSql(db,
        u"INSERT INTO access_tokens (token_hash, device_id, user_id, expires_at) "
        "SELECT token_hash, device_id, user_id, ? FROM refresh_tokens WHERE device_id = ?"_s,
        { Timestamps::toIso(QDateTime::currentDateTimeUtc()), deviceId });
    execSql(db, u"DELETE FROM refresh_tokens WHERE device_id = ?"_s, { deviceId });
}

TokenStore::RevokedHolder TokenStore::revokedHolder(
    const QSqlDatabase &db, const QString &tokenHash)
{
    QSqlQuery query = runSql(db,
        u"SELECT d.id, u.id, u.login FROM access_tokens a JOIN devices d ON d.id = a.device_id "
        "JOIN users u ON u.id = a.user_id WHERE a.token_hash = ? AND d.revoked_at IS NOT NULL"_s,
        { tokenHash });
    if (!query.next())
        return {};
    return { query.value(0).toString(), query.value(1).toString(), query.value(2).toString() };
}

int TokenStore::deleteUserTokens(
    const QSqlDatabase &db, const QString &userId, const QString &keepDeviceId)
{
    const QString keep = keepDeviceId.isNull() ? QString(u""_s) : keepDeviceId;
    const int devices = scalarSql(db,
        u"SELECT COUNT(DISTINCT device_id) FROM refresh_tokens "
        "WHERE user_id = ? AND device_id <> ? AND used_at IS NULL"_s,
        { userId, keep })
                            .toInt();
    // A revoked device's access tokens stay: they only ever answer device_revoked.
    execSql(db,
        u"DELETE FROM access_tokens WHERE user_id = ? AND device_id <> ? AND device_id IN "
        "(SELECT id FROM devices WHERE revoked_at IS NULL)"_s,
        { userId, keep });
    execSql(
        db, u"DELETE FROM refresh_tokens WHERE user_id = ? AND device_id <> ?"_s, { userId, keep });
    return devices;
}
