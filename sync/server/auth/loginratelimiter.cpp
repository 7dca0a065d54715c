#include "auth/loginratelimiter.h"

#include "db/sqlrunner.h"
#include "timestamps.h"

#include <QCryptographicHash>
#include <QDateTime>

using namespace Qt::StringLiterals;

LoginRateLimiter::Verdict LoginRateLimiter::check(
    const QSqlDatabase &db, const QString &login, const QString &address)
{
    Verdict verdict;
    verdict.retryAfter = qMax(secondsUntilBelow(db, pairSubject(login, address),
                                  FailuresPerLoginAndAddress, WindowSeconds),
        secondsUntilBelow(db, addressSubject(address), FailuresPerAddress, WindowSeconds));
    if (verdict.retryAfter > 0)
        return verdict;
    verdict.loginRetryAfter
        = secondsUntilBelow(db, loginSubject(login), FailuresPerLogin, LoginWindowSeconds);
    verdict.knownDeviceOnly = verdict.loginRetryAfter > 0;
    return verdict;
}

void LoginRateLimiter::recordFailure(
    const QSqlDatabase &db, const QString &login, const QString &address)
{
    prune(db);
    insert(db, pairSubject(login, address));
    insert(db, addressSubject(address));
    insert(db, loginSubject(login));
}

void LoginRateLimiter::recordSuccess(
    const QSqlDatabase &db, const QString &login, const QString &address)
{
    execSql(db, u"DELETE FROM login_attempts WHERE subject = ?"_s, { pairSubject(login, address) });
}

qint64 LoginRateLimiter::passwordChangeRetryAfter(const QSqlDatabase &db, const QString &userId)
{
    return secondsUntilBelow(
        db, passwordChangeSubject(userId), PasswordChangesPerAccount, WindowSeconds);
}

void LoginRateLimiter::recordPasswordChange(const QSqlDatabase &db, const QString &userId)
{
    insert(db, passwordChangeSubject(userId));
}

qint64 LoginRateLimiter::refreshRetryAfter(const QSqlDatabase &db, const QString &address)
{
    return secondsUntilBelow(db, refreshSubject(address), RefreshFailuresPerAddress, WindowSeconds);
}

void LoginRateLimiter::recordRefreshFailure(const QSqlDatabase &db, const QString &address)
{
    prune(db);
    insert(db, refreshSubject(address));
}

void LoginRateLimiter::prune(const QSqlDatabase &db)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    execSql(db, u"DELETE FROM login_attempts WHERE attempted_at < ?"_s,
        { Timestamps::toIso(now.addSecs(-qMax(WindowSeconds, LoginWindowSeconds))) });
}

QString LoginRateLimiter::addressKey(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4); // also unwraps ::ffff:a.b.c.d
    if (isV4)
        return QHostAddress(v4).toString();
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return u"unknown"_s;
    Q_IPV6ADDR bytes = address.toIPv6Address();
    for (int i = 8; i < 16; ++i)
        bytes[i] = 0;
    return QHostAddress(bytes).toString() + u"/64"_s;
}

QString LoginRateLimiter::hashed(const QString &text)
{
    // Hashed: a password typed into the login field is not kept as text.
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString LoginRateLimiter::loginSubject(const QString &login)
{
    return u"login:"_s + hashed(login);
}

QString LoginRateLimiter::pairSubject(const QString &login, const QString &address)
{
    return u"pair:"_s + hashed(login) + u'@' + address;
}

QString LoginRateLimiter::addressSubject(const QString &address)
{
    return u"address:"_s + address;
}

QString LoginRateLimiter::passwordChangeSubject(const QString &userId)
{
    return u"password:"_s + userId;
}

QString LoginRateLimiter::refreshSubject(const QString &address)
{
    return u"refresh:"_s + address;
}

void LoginRateLimiter::insert(const QSqlDatabase &db, const QString &subject)
{
    execSql(db, u"INSERT INTO login_attempts (subject, attempted_at) VALUES (?, ?)"_s,
        { subject, Timestamps::toIso(QDateTime::currentDateTimeUtc()) });
}

qint64 LoginRateLimiter::secondsUntilBelow(
    const QSqlDatabase &db, const QString &subject, int limit, qint64 window)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // The limit-th most recent attempt in the window: once it leaves the window, fewer
    // than `limit` remain.
    const QVariant oldest = scalarSql(db,
        u"SELECT attempted_at FROM login_attempts WHERE subject = ? AND attempted_at >= ? "
        "ORDER BY attempted_at DESC LIMIT 1 OFFSET ?"_s,
        { subject, Timestamps::toIso(now.addSecs(-window)), limit - 1 });
    if (!oldest.isValid() || oldest.isNull())
        return 0;
    const QDateTime at = Timestamps::fromIso(oldest.toString());
    if (!at.isValid())
        return 0;
    const qint64 ms = now.msecsTo(at.addSecs(window));
    return qMax<qint64>(1, (ms + 999) / 1000);
}
