#include "loginratelimiter.h"

#include "sqlrunner.h"
#include "timestamps.h"

#include <QCryptographicHash>
#include <QDateTime>

using namespace Qt::StringLiterals;

qint64 LoginRateLimiter::retryAfter(
    const QSqlDatabase &db, const QString &login, const QString &address)
{
    return qMax(secondsUntilBelow(db, loginSubject(login), FailuresPerLogin),
        secondsUntilBelow(db, addressSubject(address), FailuresPerAddress));
}

void LoginRateLimiter::recordFailure(
    const QSqlDatabase &db, const QString &login, const QString &address)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    runSql(db, u"DELETE FROM login_attempts WHERE attempted_at < ?"_s,
        { Timestamps::toIso(now.addSecs(-WindowSeconds)) });
    const QString at = Timestamps::toIso(now);
    runSql(db, u"INSERT INTO login_attempts (subject, attempted_at) VALUES (?, ?)"_s,
        { loginSubject(login), at });
    runSql(db, u"INSERT INTO login_attempts (subject, attempted_at) VALUES (?, ?)"_s,
        { addressSubject(address), at });
}

void LoginRateLimiter::clearLogin(const QSqlDatabase &db, const QString &login)
{
    runSql(db, u"DELETE FROM login_attempts WHERE subject = ?"_s, { loginSubject(login) });
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

QString LoginRateLimiter::loginSubject(const QString &login)
{
    // Hashed: a password typed into the login field is not kept as text.
    return u"login:"_s
        + QString::fromLatin1(
            QCryptographicHash::hash(login.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString LoginRateLimiter::addressSubject(const QString &address)
{
    return u"address:"_s + address;
}

qint64 LoginRateLimiter::secondsUntilBelow(
    const QSqlDatabase &db, const QString &subject, int limit)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // The limit-th most recent failure in the window: once it leaves the window, fewer
    // than `limit` failures remain.
    const QVariant oldest = scalarSql(db,
        u"SELECT attempted_at FROM login_attempts WHERE subject = ? AND attempted_at >= ? "
        "ORDER BY attempted_at DESC LIMIT 1 OFFSET ?"_s,
        { subject, Timestamps::toIso(now.addSecs(-WindowSeconds)), limit - 1 });
    if (!oldest.isValid() || oldest.isNull())
        return 0;
    const QDateTime at = Timestamps::fromIso(oldest.toString());
    if (!at.isValid())
        return 0;
    const qint64 ms = now.msecsTo(at.addSecs(WindowSeconds));
    return qMax<qint64>(1, (ms + 999) / 1000);
}
