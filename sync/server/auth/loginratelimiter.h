// Limits failed sign-ins over sliding windows, counted in the login_attempts table so that
// every server process sharing the database sees them (docs/decisions.md, "Sign-in limits
//"):
// - per (login, client address): FailuresPerLoginAndAddress in WindowSeconds;
// - per client address, whatever the login: FailuresPerAddress in WindowSeconds;
// - per login from anywhere, the slower global cap: FailuresPerLogin in LoginWindowSeconds.
//   Past it only a device already registered to the account may still try (its right
//   password signs in): a stranger's wrong guesses cannot lock the owner out of her phone.
// Only failures count; a success forgets the failures of its (login, address) pair.
// POST /v1/auth/password also counts its Argon2 work per account (PasswordChangesPerAccount).
// POST /v1/auth/refresh (and a logout by refresh token) counts refused refresh tokens per
// client address (RefreshFailuresPerAddress in WindowSeconds).
#pragma once

#include <QHostAddress>
#include <QSqlDatabase>
#include <QString>

class LoginRateLimiter
{
public:
    static constexpr int FailuresPerLoginAndAddress = 5;
    static constexpr int FailuresPerAddress = 20;
    static constexpr qint64 WindowSeconds = 15 * 60;
    static constexpr int FailuresPerLogin = 30;
    static constexpr qint64 LoginWindowSeconds = 60 * 60;
    static constexpr int PasswordChangesPerAccount = 5;
    static constexpr int RefreshFailuresPerAddress = 60;

    struct Verdict
    {
        // > 0: refuse now, and say when to try again (seconds).
        qint64 retryAfter = 0;
        // The login's global cap is reached: only a known device of the account may try;
        // any other gets 429 with loginRetryAfter.
        bool knownDeviceOnly = false;
        qint64 loginRetryAfter = 0;
    };

    // Whether a sign-in (or password change) for `login` from `address` may be tried now.
    // `address` is an addressKey(). Throws DbError.
    [[nodiscard]] static Verdict check(
        const QSqlDatabase &db, const QString &login, const QString &address);
    // Counts a failure against the pair, the address and the login; prunes attempts older
    // than the longest window. Call inside a write transaction.
    static void recordFailure(const QSqlDatabase &db, const QString &login, const QString &address);
    // Forgets the failures of (login, address) after a success (not the address's, not the
    // login's global count: an attack in progress goes on being counted).
    static void recordSuccess(const QSqlDatabase &db, const QString &login, const QString &address);

    // Seconds until the account may start another password change (0: now). Throws DbError.
    [[nodiscard]] static qint64 passwordChangeRetryAfter(
        const QSqlDatabase &db, const QString &userId);
    // Counts one password change that costs Argon2 work (whatever its outcome).
    static void recordPasswordChange(const QSqlDatabase &db, const QString &userId);

    // Seconds until `address` (an addressKey()) may present a refresh token again (0: now).
    // Throws DbError.
    [[nodiscard]] static qint64 refreshRetryAfter(const QSqlDatabase &db, const QString &address);
    // Counts a refused refresh token from `address`; prunes old attempts. Call inside a write
    // transaction.
    static void recordRefreshFailure(const QSqlDatabase &db, const QString &address);

    // The address as counted: IPv4 (also when mapped into IPv6), or the /64 prefix of an
    // IPv6 address (one subscriber usually holds a whole /64).
    [[nodiscard]] static QString addressKey(const QHostAddress &address);

private:
    [[nodiscard]] static QString hashed(const QString &text);
    [[nodiscard]] static QString loginSubject(const QString &login);
    [[nodiscard]] static QString pairSubject(const QString &login, const QString &address);
    [[nodiscard]] static QString addressSubject(const QString &address);
    [[nodiscard]] static QString passwordChangeSubject(const QString &userId);
    [[nodiscard]] static QString refreshSubject(const QString &address);
    static void prune(const QSqlDatabase &db);
    static void insert(const QSqlDatabase &db, const QString &subject);
    [[nodiscard]] static qint64 secondsUntilBelow(
        const QSqlDatabase &db, const QString &subject, int limit, qint64 window);
};
