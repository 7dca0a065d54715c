// Limits failed sign-ins per login and per client address over a sliding window, counted in
// the login_attempts table so that every server process sharing the database sees them.
// Only failures count; a success forgets the login's failures (not the address's).
#pragma once

#include <QHostAddress>
#include <QSqlDatabase>
#include <QString>

class LoginRateLimiter
{
public:
    static constexpr int FailuresPerLogin = 5;
    static constexpr int FailuresPerAddress = 20;
    static constexpr qint64 WindowSeconds = 15 * 60;

    // Seconds until the next attempt for `login` from `address` may be tried; 0 when it may
    // be tried now. `address` is an addressKey(). Throws DbError.
    [[nodiscard]] static qint64 retryAfter(
        const QSqlDatabase &db, const QString &login, const QString &address);
    // Counts a failure against the login and the address; prunes attempts older than the
    // window. Call inside a write transaction.
    static void recordFailure(const QSqlDatabase &db, const QString &login, const QString &address);
    // Forgets the login's failures after a successful sign-in.
    static void clearLogin(const QSqlDatabase &db, const QString &login);
    // The address as counted: IPv4 (also when mapped into IPv6), or the /64 prefix of an
    // IPv6 address (one subscriber usually holds a whole /64).
    [[nodiscard]] static QString addressKey(const QHostAddress &address);

private:
    [[nodiscard]] static QString loginSubject(const QString &login);
    [[nodiscard]] static QString addressSubject(const QString &address);
    [[nodiscard]] static qint64 secondsUntilBelow(
        const QSqlDatabase &db, const QString &subject, int limit);
};
