// Auth against the real handbook-server (DESIGN.md sections 4-6): login, rate limits,
// refresh rotation and reuse detection, logout, password change, expiry, device revocation
// from the command line, and the audit entries of each. (`user` commands:
// tst_server_usercommand.cpp.)
#include "authfixture.h"
#include "protocol.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kAnPassword = u"mat-khau-an-1"_s;

QString path(QLatin1StringView p)
{
    return QString(p);
}

QString sha256Hex(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toLatin1(), QCryptographicHash::Sha256).toHex());
}

// The one line a failing command prints on stderr.
QString onlyLine(const QByteArray &standardError)
{
    return standardError.count('\n') == 1
        ? QString::fromUtf8(standardError).trimmed()
        : u"<not one line: %1>"_s.arg(QString::fromUtf8(standardError));
}

} // namespace

class TestServerAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loginReturnsTokensAndUser();
    void wrongPasswordUnknownLoginAndDisabledLookAlike();
    void malformedLoginIs400_data();
    void malformedLoginIs400();
    void badBearerIsUnauthenticated_data();
    void badBearerIsUnauthenticated();
    void deviceOfAnotherUserConflicts();
    void rateLimitPerLogin();
    void rateLimitPerAddress();
    void refreshRotates();
    void refreshReuseRevokesDevice();
    void logoutEndsSession();
    void passwordChange();
    void expiredAccessToken();
    void deviceRevokeCommand();

private:
    AuthFixture m_fx;
    QString m_anId;
};

void TestServerAuth::initTestCase()
{
    QString error;
    QVERIFY2(m_fx.start(&error), qPrintable(error));
    m_anId = m_fx.createUser(u"an"_s, kAnPassword, u"member"_s, u"cell-a"_s, u"m-an"_s);
    QVERIFY(!m_anId.isEmpty());
}

void TestServerAuth::loginReturnsTokensAndUser()
{
    const auto answer = m_fx.login(u"an"_s, kAnPassword, u"dev-an-1"_s, u"Điện thoại của An"_s);
    QCOMPARE(answer.status, 200);
    const QString access = answer.body.value(u"access_token").toString();
    const QString refresh = answer.body.value(u"refresh_token").toString();
    QCOMPARE(access.size(), 43); // 32 random bytes, base64url
    QCOMPARE(refresh.size(), 43);
    QVERIFY(access != refresh);
    QCOMPARE(answer.body.value(u"expires_in").toInt(), 900);
    QCOMPARE(answer.body.value(u"must_change_password").toBool(true), false);
    const QJsonObject user = answer.body.value(u"user").toObject();
    QCOMPARE(user.value(u"id").toString(), m_anId);
    QCOMPARE(user.value(u"member_id").toString(), u"m-an"_s);
    QCOMPARE(user.value(u"role").toString(), u"member"_s);
    QCOMPARE(user.value(u"org_id").toString(), u"cell-a"_s);

    // Tokens are stored only as their SHA-256.
    QCOMPARE(m_fx.scalar(u"SELECT COUNT(*) FROM access_tokens WHERE token_hash = ?"_s,
                     { sha256Hex(access) })
                 .toInt(),
        1);
    QCOMPARE(m_fx.scalar(u"SELECT COUNT(*) FROM refresh_tokens WHERE token_hash = ?"_s,
                     { sha256Hex(refresh) })
                 .toInt(),
        1);
    QCOMPARE(m_fx.scalar(u"SELECT COUNT(*) FROM access_tokens WHERE token_hash = ?"_s, { access })
                 .toInt(),
        0);
    QCOMPARE(m_fx.scalar(u"SELECT name FROM devices WHERE id = 'dev-an-1'"_s).toString(),
        u"Điện thoại của An"_s);

    const auto me = m_fx.get(path(Protocol::Path::AuthMe), "bearer " + access.toLatin1());
    QCOMPARE(me.status, 200);
    QCOMPARE(me.body.value(u"user").toObject(), user);
    QVERIFY(!m_fx.scalar(u"SELECT last_seen_at FROM devices WHERE id = 'dev-an-1'"_s).isNull());
    QVERIFY(m_fx.scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'login' AND outcome = "
                        "'ok' AND actor_user_id = ? AND target_id = 'dev-an-1'"_s,
                    { m_anId })
                .toInt()
        >= 1);
}

void TestServerAuth::wrongPasswordUnknownLoginAndDisabledLookAlike()
{
    const QString dora
        = m_fx.createUser(u"dora"_s, u"mat-khau-so-2"_s, u"member"_s, u"cell-a"_s, u"m-binh"_s);
    QVERIFY(m_fx.exec(u"UPDATE users SET disabled = 1 WHERE id = ?"_s, { dora }));
    const auto wrong = m_fx.login(u"an"_s, u"not-the-password"_s, u"dev-x"_s);
    const auto unknown = m_fx.login(u"nobody-here"_s, kAnPassword, u"dev-x"_s);
    const auto disabled = m_fx.login(u"dora"_s, u"mat-khau-so-2"_s, u"dev-x"_s);
    for (const auto &answer : { wrong, unknown, disabled }) {
        QCOMPARE(answer.status, 401);
        QCOMPARE(answer.errorCode(), QString(Protocol::ErrorCode::InvalidCredentials));
    }
    QCOMPARE(unknown.raw, wrong.raw); // nothing tells an unknown login from a wrong password
    QCOMPARE(disabled.raw, wrong.raw);
    QCOMPARE(m_fx.scalar(u"SELECT COUNT(*) FROM devices WHERE id = 'dev-x'"_s).toInt(), 0);
    QCOMPARE(m_fx.auditCount(u"login"_s, u"failed"_s, u"wrong_password"_s), 1);
    QCOMPARE(m_fx.auditCount(u"login"_s, u"failed"_s, u"unknown_login"_s), 1);
    QCOMPARE(m_fx.auditCount(u"login"_s, u"failed"_s, u"disabled"_s), 1);
    // Neither the password nor an unknown login (maybe a password) is kept in the log.
    QCOMPARE(m_fx.scalar(u"SELECT COUNT(*) FROM audit_log WHERE actor_login = 'nobody-here' OR "
                         "detail LIKE '%not-the-password%'"_s)
                 .toInt(),
        0);
}

void TestServerAuth::malformedLoginIs400_data()
{
    QTest::addColumn<QByteArray>("body");
    const QByteArray device = R"("device":{"id":"dev-m","name":"n","platform":"p"})";
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not json") << "login=an&password=x"_ba;
    QTest::newRow("array") << "[1,2]"_ba;
    QTest::newRow("truncated") << R"({"login":"an","password":)"_ba;
    QTest::newRow("no login") << R"({"password":"x",)" + device + "}";
    QTest::newRow("login number") << R"({"login":5,"password":"x",)" + device + "}";
    QTest::newRow("password null") << R"({"login":"an","password":null,)" + device + "}";
    QTest::newRow("no device") << R"({"login":"an","password":"x"})"_ba;
    QTest::newRow("device string") << R"({"login":"an","password":"x","device":"d"})"_ba;
    QTest::newRow("device without id")
        << R"({"login":"an","password":"x","device":{"name":"n"}})"_ba;
    QTest::newRow("device id with spaces")
        << R"({"login":"an","password":"x","device":{"id":"a b"}})"_ba;
    QTest::newRow("device name number")
        << R"({"login":"an","password":"x","device":{"id":"d","name":3}})"_ba;
    QTest::newRow("empty login") << R"({"login":"","password":"x",)" + device + "}";
    QTest::newRow("huge login") << R"({"login":")" + QByteArray(5000, 'a') + R"(","password":"x",)"
            + device + "}";
}

void TestServerAuth::malformedLoginIs400()
{
    QFETCH(QByteArray, body);
    const auto answer = m_fx.post(path(Protocol::Path::AuthLogin), body);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.errorCode(), QString(Protocol::ErrorCode::BadRequest));
    QVERIFY(!answer.body.value(u"error").toObject().value(u"message").toString().isEmpty());
}

void TestServerAuth::badBearerIsUnauthenticated_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("none") << QByteArray();
    QTest::newRow("basic") << "Basic YW46eA=="_ba;
    QTest::newRow("bearer alone") << "Bearer"_ba;
    QTest::newRow("short token") << "Bearer abc"_ba;
    QTest::newRow("bad characters") << "Bearer " + QByteArray(43, '*');
    QTest::newRow("unknown token") << "Bearer " + QByteArray(43, 'A');
}

void TestServerAuth::badBearerIsUnauthenticated()
{
    QFETCH(QByteArray, authorization);
    const auto answer = m_fx.get(path(Protocol::Path::AuthMe), authorization);
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.errorCode(), QString(Protocol::ErrorCode::Unauthenticated));
    QVERIFY(!answer.body.contains(u"wipe"));
    const auto logout = m_fx.post(path(Protocol::Path::AuthLogout), "{}"_ba, authorization);
    QCOMPARE(logout.status, 401);
}

void TestServerAuth::deviceOfAnotherUserConflicts()
{
    QVERIFY(
        !m_fx.createUser(u"binh"_s, u"mat-khau-so-3"_s, u"secretary"_s, u"cell-a"_s, u"m-binh"_s)
             .isEmpty());
    QCOMPARE(m_fx.login(u"an"_s, kAnPassword, u"dev-shared"_s).status, 200);
    const auto answer = m_fx.login(u"binh"_s, u"mat-khau-so-3"_s, u"dev-shared"_s);
    QCOMPARE(answer.status, 409);
    QCOMPARE(answer.errorCode(), QString(Protocol::ErrorCode::Conflict));
    QCOMPARE(
        m_fx.scalar(u"SELECT user_id FROM devices WHERE id = 'dev-shared'"_s).toString(), m_anId);
    QCOMPARE(m_fx.login(u"binh"_s, u"mat-khau-so-3"_s, u"dev-binh"_s).status, 200);
}

void TestServerAuth::rateLimitPerLogin()
{
    AuthFixture fx;
    QString error;
    QVERIFY2(fx.start(&error), qPrintable(error));
    QVERIFY(!fx.createUser(u"erin"_s, u"mat-khau-so-4"_s, u"member"_s, u"cell-a"_s, u"m-an"_s)
                 .isEmpty());
    QVERIFY(!fx.createUser(u"phu"_s, u"mat-khau-so-5"_s, u"member"_s, u"cell-a"_s, u"m-binh"_s)
                 .isEmpty());
    for (int i = 0; i < 5; ++i)
        QCOMPARE(fx.login(u"erin"_s, u"sai-mat-khau"_s, u"dev-e"_s).status, 401);
    // Even the right password is refused now, with the time to wait.
    const auto limited = fx.login(u"erin"_s, u"mat-khau-so-4"_s, u"dev-e"_s);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.errorCode(), QString(Protocol::ErrorCode::RateLimited));
    bool ok = false;
    const int retryAfter = limited.retryAfter.toInt(&ok);
    QVERIFY2(ok && retryAfter >= 1 && retryAfter <= 900, limited.retryAfter.constData());
    QCOMPARE(fx.auditCount(u"login"_s, u"rate_limited"_s), 1);
    QCOMPARE(fx.scalar(u"SELECT COUNT(*) FROM devices"_s).toInt(), 0);

    // Another login from the same address is not affected; a success forgets the failures.
    for (int round = 0; round < 2; ++round) {
        for (int i = 0; i < 4; ++i)
            QCOMPARE(fx.login(u"phu"_s, u"sai-mat-khau"_s, u"dev-p"_s).status, 401);
        QCOMPARE(fx.login(u"phu"_s, u"mat-khau-so-5"_s, u"dev-p"_s).status, 200);
    }
}

void TestServerAuth::rateLimitPerAddress()
{
    AuthFixture fx;
    QString error;
    QVERIFY2(fx.start(&error), qPrintable(error));
    QVERIFY(!fx.createUser(u"giang"_s, u"mat-khau-so-6"_s, u"member"_s, u"cell-a"_s, u"m-an"_s)
                 .isEmpty());
    // 20 failures from this address, one per login: no login reaches its own limit.
    for (int i = 0; i < 20; ++i)
        QCOMPARE(fx.login(u"guess-%1"_s.arg(i), u"mat-khau-bat-ky"_s, u"dev-g"_s).status, 401);
    const auto limited = fx.login(u"giang"_s, u"mat-khau-so-6"_s, u"dev-g"_s);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.errorCode(), QString(Protocol::ErrorCode::RateLimited));
    QVERIFY(limited.retryAfter.toInt() >= 1);
}

void TestServerAuth::refreshRotates()
{
    const auto login = m_fx.login(u"an"_s, kAnPassword, u"dev-rot"_s);
    QCOMPARE(login.status, 200);
    const QString r1 = login.body.value(u"refresh_token").toString();
    const auto second = m_fx.refresh(r1, u"dev-rot"_s);
    QCOMPARE(second.status, 200);
    const QString a2 = second.body.value(u"access_token").toString();
    const QString r2 = second.body.value(u"refresh_token").toString();
    QCOMPARE(a2.size(), 43);
    QVERIFY(r2 != r1 && a2 != login.body.value(u"access_token").toString());
    QCOMPARE(second.body.value(u"expires_in").toInt(), 900);
    QCOMPARE(second.body.value(u"user").toObject().value(u"id").toString(), m_anId);
    QCOMPARE(m_fx.me(a2).status, 200);
    QVERIFY(!m_fx.scalar(u"SELECT used_at FROM refresh_tokens WHERE token_hash = ?"_s,
                     { sha256Hex(r1) })
                 .isNull());

    // Another device's id, garbage, malformed bodies: refused without consuming the token.
    const auto mismatch = m_fx.refresh(r2, u"dev-an-1"_s);
    QCOMPARE(mismatch.status, 401);
    QCOMPARE(mismatch.errorCode(), QString(Protocol::ErrorCode::Unauthenticated));
    QCOMPARE(m_fx.refresh(QString(43, u'x'), u"dev-rot"_s).status, 401);
    QCOMPARE(m_fx.refresh(u"short"_s, u"dev-rot"_s).status, 401);
    QCOMPARE(m_fx.post(path(Protocol::Path::AuthRefresh), R"({"refresh_token":1})"_ba).status, 400);
    QCOMPARE(m_fx.post(path(Protocol::Path::AuthRefresh), "nope"_ba).status, 400);
    const auto third = m_fx.refresh(r2, u"dev-rot"_s);
    QCOMPARE(third.status, 200);
    QCOMPARE(m_fx.me(third.body.value(u"access_token").toString()).status, 200);
}

void TestServerAuth::refreshReuseRevokesDevice()
{
    const auto login = m_fx.login(u"an"_s, kAnPassword, u"dev-stolen"_s);
    QCOMPARE(login.status, 200);
    const QString r1 = login.body.value(u"refresh_token").toString();
    const auto rotated = m_fx.refresh(r1, u"dev-stolen"_s);
    QCOMPARE(rotated.status, 200);
    QString a2 = rotated.body.value(u"access_token").toString();
    QString r2 = rotated.body.value(u"refresh_token").toString();

    // The answer to that exchange was lost: the same token again, within the grace period,
    // is a retry, not a theft. The unanswered pair is withdrawn and a new one issued (the
    // withdrawn one, presented later, revokes the device: tst_security_auth).
    const auto retried = m_fx.refresh(r1, u"dev-stolen"_s);
    QCOMPARE(retried.status, 200);
    QVERIFY(m_fx.scalar(u"SELECT revoked_at FROM devices WHERE id = 'dev-stolen'"_s).isNull());
    QCOMPARE(m_fx.auditCount(u"refresh.retry"_s, u"ok"_s), 1);
    r2 = retried.body.value(u"refresh_token").toString();
    // The device goes on: its new token is exchanged once more...
    const auto next = m_fx.refresh(r2, u"dev-stolen"_s);
    QCOMPARE(next.status, 200);
    a2 = next.body.value(u"access_token").toString();
    r2 = next.body.value(u"refresh_token").toString();

    // ...so the first token, presented now, can only be a copy: the device is revoked.
    const auto reuse = m_fx.refresh(r1, u"dev-stolen"_s);
    QCOMPARE(reuse.status, 401);
    QCOMPARE(reuse.errorCode(), QString(Protocol::ErrorCode::DeviceRevoked));
    QVERIFY(reuse.wipe());
    QVERIFY(!m_fx.scalar(u"SELECT revoked_at FROM devices WHERE id = 'dev-stolen'"_s).isNull());
    QCOMPARE(m_fx.scalar(u"SELECT COUNT(*) FROM refresh_tokens WHERE device_id = 'dev-stolen'"_s)
                 .toInt(),
        0);
    QCOMPARE(m_fx.auditCount(u"refresh.reuse"_s, u"denied"_s), 1);
    QCOMPARE(m_fx.auditCount(u"device.revoke"_s, u"ok"_s, u"refresh_reuse"_s), 1);

    // Everything the device holds now tells it to wipe.
    for (const auto &answer : { m_fx.me(a2), m_fx.refresh(r2, u"dev-stolen"_s),
             m_fx.login(u"an"_s, kAnPassword, u"dev-stolen"_s) }) {
        QCOMPARE(answer.status, 401);
        QCOMPARE(answer.errorCode(), QString(Protocol::ErrorCode::DeviceRevoked));
        QVERIFY(answer.wipe());
        QVERIFY(answer.body.value(u"error").toObject().contains(u"message"));
    }
    // The account itself is fine on a new device id.
    QCOMPARE(m_fx.login(u"an"_s, kAnPassword, u"dev-new"_s).status, 200);
}

void TestServerAuth::logoutEndsSession()
{
    const auto login = m_fx.login(u"an"_s, kAnPassword, u"dev-out"_s);
    QCOMPARE(login.status, 200);
    const QString access = login.body.value(u"access_token").toString();
    const auto out = m_fx.post(path(Protocol::Path::AuthLogout), QJsonObject {}, access);
    QCOMPARE(out.status, 200);
    QCOMPARE(out.body, QJsonObject {});
    const auto me = m_fx.me(access);
    QCOMPARE(me.status, 401);
    QCOMPARE(me.errorCode(), QString(Protocol::ErrorCode::Unauthenticated));
    QCOMPARE(m_fx.refresh(login.body.value(u"refresh_token").toString(), u"dev-out"_s).status, 401);
    QCOMPARE(m_fx.scalar(u"SELECT revoked_at FROM devices WHERE id = 'dev-out'"_s).isNull(), true);
    QCOMPARE(m_fx.auditCount(u"logout"_s, u"ok"_s), 1);
}

void TestServerAuth::passwordChange()
{
    const QString old = u"tam-thoi-123"_s;
    const QString fresh = u"mat-khau-moi-so-8"_s;
    QVERIFY(
        !m_fx.createUser(u"huong"_s, old, u"member"_s, u"cell-b"_s, u"m-cuong"_s, true).isEmpty());
    const auto one = m_fx.login(u"huong"_s, old, u"dev-h1"_s);
    const auto two = m_fx.login(u"huong"_s, old, u"dev-h2"_s);
    QCOMPARE(one.status, 200);
    QCOMPARE(two.status, 200);
    QCOMPARE(one.body.value(u"must_change_password").toBool(), true);
    const QString token = one.body.value(u"access_token").toString();
    const QString route = path(Protocol::Path::AuthPassword);
    const auto change = [&](const QString &from, const QString &to) {
        return m_fx.post(
            route, QJsonObject { { u"old_password"_s, from }, { u"new_password"_s, to } }, token);
    };

    for (const QString &weak : { u"ngan"_s, u"123456789"_s, old }) {
        const auto answer = change(old, weak);
        QCOMPARE(answer.status, 422);
        QCOMPARE(answer.errorCode(), QString(Protocol::ErrorCode::WeakPassword));
    }
    const auto wrongOld = change(u"khong-phai-cu"_s, fresh);
    QCOMPARE(wrongOld.status, 403);
    QCOMPARE(wrongOld.errorCode(), QString(Protocol::ErrorCode::InvalidCredentials));
    QCOMPARE(
        m_fx.post(route, R"({"old_password":"x"})"_ba, "Bearer " + token.toLatin1()).status, 400);
    QCOMPARE(
        m_fx.post(route, QJsonObject { { u"old_password"_s, old }, { u"new_password"_s, fresh } })
            .status,
        401);

    const auto ok = change(old, fresh);
    QCOMPARE(ok.status, 200);
    const auto me = m_fx.me(token);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.body.value(u"must_change_password").toBool(true), false);
    // The other device is signed out (not revoked): it signs in again with the new password.
    const auto other = m_fx.me(two.body.value(u"access_token").toString());
    QCOMPARE(other.status, 401);
    QCOMPARE(other.errorCode(), QString(Protocol::ErrorCode::Unauthenticated));
    QCOMPARE(m_fx.refresh(two.body.value(u"refresh_token").toString(), u"dev-h2"_s).status, 401);
    QCOMPARE(m_fx.login(u"huong"_s, old, u"dev-h2"_s).status, 401);
    const auto again = m_fx.login(u"huong"_s, fresh, u"dev-h2"_s);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.body.value(u"must_change_password").toBool(true), false);
    QCOMPARE(m_fx.auditCount(u"password.change"_s, u"ok"_s), 1);
    QCOMPARE(m_fx.auditCount(u"password.change"_s, u"failed"_s, u"wrong_password"_s), 1);
}

void TestServerAuth::expiredAccessToken()
{
    AuthFixture fx;
    QString error;
    QVERIFY2(fx.start(&error, { { "HANDBOOK_ACCESS_TOKEN_TTL", "0" } }), qPrintable(error));
    QVERIFY(!fx.createUser(u"khanh"_s, u"mat-khau-so-7"_s, u"admin"_s, u"province"_s).isEmpty());
    const auto login = fx.login(u"khanh"_s, u"mat-khau-so-7"_s, u"dev-k"_s);
    QCOMPARE(login.status, 200);
    QCOMPARE(login.body.value(u"expires_in").toInt(-1), 0);
    QCOMPARE(login.body.value(u"user").toObject().value(u"member_id"), QJsonValue());
    const auto me = fx.me(login.body.value(u"access_token").toString());
    QCOMPARE(me.status, 401);
    QCOMPARE(me.errorCode(), QString(Protocol::ErrorCode::TokenExpired));
    QVERIFY(!me.wipe());
    // The refresh token still works (and gives another already-expired access token here).
    const auto refreshed = fx.refresh(login.body.value(u"refresh_token").toString(), u"dev-k"_s);
    QCOMPARE(refreshed.status, 200);
    QCOMPARE(fx.me(refreshed.body.value(u"access_token").toString()).errorCode(),
        QString(Protocol::ErrorCode::TokenExpired));
}

void TestServerAuth::deviceRevokeCommand()
{
    const auto login = m_fx.login(u"an"_s, kAnPassword, u"dev-lost"_s, u"Điện thoại cũ"_s);
    QCOMPARE(login.status, 200);
    const QString access = login.body.value(u"access_token").toString();
    QCOMPARE(m_fx.me(access).status, 200);

    auto list = AuthFixture::cli({ u"device"_s, u"list"_s, u"--db"_s, m_fx.db() });
    QCOMPARE(list.exitCode, 0);
    const auto lineOf = [](const QByteArray &output, const QByteArray &id) {
        for (const QByteArray &line : output.split('\n'))
            if (line.startsWith(id + ' '))
                return QString::fromUtf8(line);
        return QString();
    };
    QString line = lineOf(list.standardOutput, "dev-lost");
    QVERIFY2(line.startsWith(u"dev-lost an Điện_thoại_cũ android 20"_s), qPrintable(line));
    QVERIFY2(line.endsWith(u" active"_s), qPrintable(line));
    QCOMPARE(line.split(u' ').size(), 6);

    const auto revoke
        = AuthFixture::cli({ u"device"_s, u"revoke"_s, u"--db"_s, m_fx.db(), u"dev-lost"_s });
    QCOMPARE(revoke.exitCode, 0);
    const auto me = m_fx.me(access);
    QCOMPARE(me.status, 401);
    QCOMPARE(me.errorCode(), QString(Protocol::ErrorCode::DeviceRevoked));
    QVERIFY(me.wipe());
    QCOMPARE(m_fx.refresh(login.body.value(u"refresh_token").toString(), u"dev-lost"_s).errorCode(),
        QString(Protocol::ErrorCode::DeviceRevoked));
    QCOMPARE(m_fx.auditCount(u"device.revoke"_s, u"ok"_s, u"operator"_s), 1);

    list
        = AuthFixture::cli({ u"device"_s, u"list"_s, u"--db"_s, m_fx.db(), u"--login"_s, u"an"_s });
    line = lineOf(list.standardOutput, "dev-lost");
    QVERIFY2(line.endsWith(u" revoked"_s), qPrintable(line));
    QCOMPARE(AuthFixture::cli({ u"device"_s, u"revoke"_s, u"--db"_s, m_fx.db(), u"dev-lost"_s })
                 .exitCode,
        0); // already revoked: nothing to do
    const auto unknown
        = AuthFixture::cli({ u"device"_s, u"revoke"_s, u"--db"_s, m_fx.db(), u"no-such-device"_s });
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(onlyLine(unknown.standardError).contains(u"no-such-device"));
}

QTEST_GUILESS_MAIN(TestServerAuth)
#include "tst_server_auth.moc"
