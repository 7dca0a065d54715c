// Access and refresh tokens (DESIGN.md section 4): 32 random bytes from libsodium, sent as
// base64url, stored only as their SHA-256. Access tokens live minutes; refresh tokens live
// 30 days, are bound to one device and are used once (rotation).
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringView>

// A freshly issued pair, as the client receives it.
struct TokenPair
{
    QString accessToken;
    QString refreshToken;
    qint64 expiresIn = 0; // seconds the access token is valid
};

class TokenStore
{
public:
    // Refresh token lifetime.
    static constexpr qint64 RefreshTtlSeconds = 30 * 24 * 3600;
    // How long after a refresh token was exchanged the same token may be presented once
    // more (the answer to the exchange was lost), by default: the client's 30 s transfer
    // timeout plus its first retry (at most 5 s later), with room to spare. Any other reuse
    // revokes the device (docs/decisions.md, "Refresh token reuse").
    static constexpr qint64 DefaultRefreshGraceSeconds = 60;

    // A new random token: 32 bytes, base64url without padding (43 characters).
    [[nodiscard]] static QString generate();
    // The stored form of a token: lower-case hex SHA-256 of its text.
    [[nodiscard]] static QString hash(QStringView token);
    // True when `token` has the shape generate() gives; anything else is never looked up.
    [[nodiscard]] static bool isWellFormed(QStringView token);
    // Access token lifetime: 15 minutes; `serve --access-ttl <seconds>` (setAccessTtlSeconds)
    // or else HANDBOOK_ACCESS_TOKEN_TTL seconds change it (0 issues tokens that are already
    // expired: for tests).
    [[nodiscard]] static qint64 accessTtlSeconds();
    static void setAccessTtlSeconds(qint64 seconds);
    // The retry grace period: DefaultRefreshGraceSeconds, or `serve --refresh-grace <s>`
    // (0: a used token is never accepted again; for tests).
    [[nodiscard]] static qint64 refreshGraceSeconds();
    static void setRefreshGraceSeconds(qint64 seconds);

    // Stores a new pair for the device inside the caller's transaction and prunes the
    // device's expired tokens; throws DbError.
    [[nodiscard]] static TokenPair issue(
        const QSqlDatabase &db, const QString &userId, const QString &deviceId);
    // Deletes every access and refresh token of a device (logout, new login on it).
    static void deleteDeviceTokens(const QSqlDatabase &db, const QString &deviceId);
    // For a device being revoked, inside the caller's transaction: its refresh tokens stop
    // being refresh tokens, but their hashes are kept (among the device's access tokens,
    // already expired) so that the phone presenting one still hears device_revoked, while a
    // request naming the device without one of its tokens learns nothing.
    static void retireRefreshTokens(const QSqlDatabase &db, const QString &deviceId);
    // Who is behind a token (by its hash) of a revoked device: a retired refresh token or an
    // access token. Empty deviceId when the hash is not such a token. Throws DbError.
    struct RevokedHolder
    {
        QString deviceId;
        QString userId;
        QString login;
    };
    [[nodiscard]] static RevokedHolder revokedHolder(
        const QSqlDatabase &db, const QString &tokenHash);
    // Deletes the tokens of all the user's devices except `keepDeviceId`; returns how many
    // devices held tokens (they must sign in again; nothing is wiped).
    static int deleteUserTokens(
        const QSqlDatabase &db, const QString &userId, const QString &keepDeviceId = {});
};
