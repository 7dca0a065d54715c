// Security properties end to end, against the real handbook-server on SQLite and on
// PostgreSQL: access tokens expire (`serve --access-ttl`) on every route and the client
// refreshes; a copied refresh token used by someone else revokes the device and the client
// wipes itself; two server processes share the login rate limit; the audit log has an entry
// for every case of DESIGN.md section 4 (logins, denied requests, publications, profile
// decisions, device revocations) with who, what and when in UTC, and never a secret; and after
// a full client run with the demo province (documents, PDF attachments, a note, the `handbook`
// binary), no file under the client's data directory holds any of that in clear.
// (Auth basics are in tst_server_auth.cpp, the vault's own scan in tst_vaultsecurity.cpp.)
#include "authfixture.h"
#include "blobstore.h"
#include "clientdevice.h"
#include "distinctivewindows.h"
#include "protocol.h"
#include "serverprocess.h"
#include "vault.h"
#include "vaultsyncstore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kAnPassword = u"mat-khau-an-bi-mat-7"_s;
const QString kBinhPassword = u"mat-khau-bi-mat-so-8"_s;
const QString kPdfMarker = u"PDFSECRET-5521 noi dung tep dinh kem mat"_s;

QString path(QLatin1StringView p)
{
    return QString(p);
}

// One HTTP exchange with any method, a body sent as bytes.
AuthFixture::Answer send(const QUrl &base, const QByteArray &method, const QString &path,
    const QByteArray &body = {}, const QString &token = {})
{
    return AuthFixture::send(base, method, path, body, token, {}, "application/octet-stream"_ba);
}

QByteArray pushBody(const QString &deviceId, const QJsonArray &mutations)
{
    return QJsonDocument(
        QJsonObject { { u"device_id"_s, deviceId }, { u"mutations"_s, mutations } })
        .toJson(QJsonDocument::Compact);
}

QJsonObject mutation(qint64 id, const QString &name, const QJsonObject &args)
{
    return QJsonObject { { u"id"_s, id }, { u"name"_s, name }, { u"args"_s, args } };
}

QStringList filesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

// "<file>: <marker name>" for every marker found in clear in a file under `root`.
QStringList plaintextFound(const QString &root, const QHash<QString, QByteArray> &markers)
{
    QStringList found;
    for (const QString &file : filesUnder(root)) {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = in.readAll();
        for (auto it = markers.cbegin(); it != markers.cend(); ++it) {
            if (bytes.contains(it.value()))
                found << file + u": "_s + it.key();
        }
    }
    return found;
}

} // namespace

class TestSecurity : public QObject
{
    Q_OBJECT

    AuthFixture m_fx;
    QString m_anId;

    // Logs `login` in on a new device; the access and refresh tokens.
    std::pair<QString, QString> signIn(
        AuthFixture &fx, const QString &login, const QString &password, const QString &device)
    {
        const auto answer = fx.login(login, password, device);
        if (answer.status != 200)
            qWarning("login %s: %d %s", qPrintable(login), answer.status, answer.raw.constData());
        return { answer.body.value(u"access_token").toString(),
            answer.body.value(u"refresh_token").toString() };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fx.start(&error), qPrintable(error));
        m_anId = m_fx.createUser(u"an"_s, kAnPassword, u"member"_s, u"cell-a"_s, u"m-an"_s);
        QVERIFY(!m_anId.isEmpty());
        QVERIFY(!m_fx.createUser(u"binh"_s, kBinhPassword, u"secretary"_s, u"cell-a"_s, u"m-binh"_s)
                     .isEmpty());
    }

    void accessTokensExpireOnEveryRoute()
    {
        AuthFixture fx;
        QString error;
        QVERIFY2(fx.start(&error, {}, { u"--access-ttl"_s, u"0"_s }), qPrintable(error));
        QVERIFY(!fx.createUser(u"chi"_s, u"mat-khau-so-11"_s, u"member"_s, u"cell-a"_s, u"m-an"_s)
                     .isEmpty());
        const auto login = fx.login(u"chi"_s, u"mat-khau-so-11"_s, u"dev-chi"_s);
        QCOMPARE(login.status, 200);
        QCOMPARE(login.body.value(u"expires_in").toInt(-1), 0);
        const QString token = login.body.value(u"access_token").toString();
        // Not logout: an expired access token still signs its device out (see
        // tst_security_auth logoutEndsTheSessionAfterTheAccessTokenExpired).
        const QList<std::pair<QByteArray, QString>> routes {
            { "GET", path(Protocol::Path::AuthMe) },
            { "GET", path(Protocol::Path::SyncPull) },
            { "POST", path(Protocol::Path::SyncPush) },
            { "GET", u"/v1/documents/any"_s },
            { "GET", path(Protocol::Path::BlobsPrefix) + QString(64, u'a') },
            { "PUT", path(Protocol::Path::BlobsPrefix) + QString(64, u'a') },
            { "POST", path(Protocol::Path::AuthPassword) },
        };
        for (const auto &[method, route] : routes) {
            const auto answer = send(fx.baseUrl(), method, route, "{}", token);
            QVERIFY2(answer.status == 401, qPrintable(route));
            QVERIFY2(answer.errorCode() == QString(Protocol::ErrorCode::TokenExpired),
                qPrintable(route + u": "_s + QString::fromUtf8(answer.raw)));
        }
        // The refresh token still works; a longer --access-ttl is what login answers.
        QCOMPARE(
            fx.refresh(login.body.value(u"refresh_token").toString(), u"dev-chi"_s).status, 200);
        const auto login2 = m_fx.login(u"an"_s, kAnPassword, u"dev-an-ttl"_s);
        QCOMPARE(login2.body.value(u"expires_in").toInt(), 900);
        for (const QString &bad : { u"-1"_s, u"abc"_s, u"86401"_s }) {
            const auto serve = ServerProcess::run({ u"serve"_s, u"--db"_s, fx.db(), u"--listen"_s,
                u"127.0.0.1:0"_s, u"--access-ttl"_s, bad });
            QCOMPARE(serve.exitCode, 2);
            QVERIFY(serve.standardError.contains("--access-ttl"));
        }
    }

    void clientRefreshesAnExpiredAccessToken()
    {
        ClientDevice device(m_fx.baseUrl());
        QString error;
        QVERIFY2(device.signIn(u"an"_s, kAnPassword, &error), qPrintable(error));
        QVERIFY2(device.sync(&error), qPrintable(error));
        const QString deviceId = device.deviceId();
        QVERIFY(m_fx.exec(u"UPDATE access_tokens SET expires_at = '2000-01-01T00:00:00.000Z' "
                          "WHERE device_id = ?"_s,
            { deviceId }));
        QVERIFY2(device.sync(&error), qPrintable(error));
        // One refresh: the first refresh token is used, the device has a fresh access token.
        QCOMPARE(m_fx.scalar(u"SELECT COUNT(*) FROM refresh_tokens WHERE device_id = ? AND "
                             "used_at IS NOT NULL"_s,
                         { deviceId })
                     .toInt(),
            1);
        QVERIFY(m_fx.scalar(u"SELECT MAX(expires_at) FROM access_tokens WHERE device_id = ?"_s,
                        { deviceId })
                    .toString()
            > QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    }

    void copiedRefreshTokenRevokesTheDeviceAndWipesIt()
    {
        ClientDevice device(m_fx.baseUrl());
        QString error;
        QVERIFY2(device.signIn(u"an"_s, kAnPassword, &error), qPrintable(error));
        QVERIFY2(device.sync(&error), qPrintable(error));
        const QString deviceId = device.deviceId();
        // Someone copied the session from the phone and uses it twice.
        const QString copied = device.store().refreshToken();
        const auto first = m_fx.refresh(copied, deviceId);
        QCOMPARE(first.status, 200);
        const auto second = m_fx.refresh(first.body.value(u"refresh_token").toString(), deviceId);
        QCOMPARE(second.status, 200);
        const QString thiefToken = second.body.value(u"access_token").toString();
        QCOMPARE(m_fx.me(thiefToken).status, 200);

        // The phone's next refresh presents the old token: the device is revoked and wiped.
        QVERIFY(m_fx.exec(u"UPDATE access_tokens SET expires_at = '2000-01-01T00:00:00.000Z' "
                          "WHERE device_id = ?"_s,
            { deviceId }));
        // The server hears of the changed tokens a moment later (PostgreSQL NOTIFY, SQLite's
        // watcher): until then it may still take the cached access token. The thief's token is
        // of the same device, so once it is refused as expired, so is the phone's.
        QTRY_COMPARE_WITH_TIMEOUT(m_fx.me(thiefToken).status, 401, 10000);
        QVERIFY(!device.sync(&error));
        QCOMPARE(device.engine().lastError().code(), QString(Protocol::ErrorCode::DeviceRevoked));
        QVERIFY(!device.vault().exists());
        QVERIFY(!QFile::exists(device.vault().databasePath()));
        QVERIFY(
            !m_fx.scalar(u"SELECT revoked_at FROM devices WHERE id = ?"_s, { deviceId }).isNull());
        // ...and so is the thief's copy.
        const auto thief = m_fx.me(thiefToken);
        QCOMPARE(thief.status, 401);
        QCOMPARE(thief.errorCode(), QString(Protocol::ErrorCode::DeviceRevoked));
        QCOMPARE(m_fx.scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'device.revoke' AND "
                             "target_id = ? AND detail = 'refresh_reuse'"_s,
                         { deviceId })
                     .toInt(),
            1);
        QCOMPARE(m_fx.scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'request' AND "
                             "outcome = 'denied' AND target_id = ? AND detail = 'device_revoked'"_s,
                         { deviceId })
                     .toInt(),
            1);
    }

    void serversShareTheLoginRateLimit()
    {
        AuthFixture fx;
        QString error;
        QVERIFY2(fx.start(&error), qPrintable(error));
        QVERIFY(!fx.createUser(u"dung"_s, u"mat-khau-so-12"_s, u"member"_s, u"cell-a"_s, u"m-an"_s)
                     .isEmpty());
        ServerProcess second;
        QVERIFY2(second.start(&error, { u"--db"_s, fx.db() }), qPrintable(error));
        const QByteArray wrong = QJsonDocument(
            QJsonObject { { u"login"_s, u"dung"_s }, { u"password"_s, u"sai"_s },
                { u"device"_s,
                    QJsonObject { { u"id"_s, u"dev-d"_s }, { u"name"_s, u"Phone"_s },
                        { u"platform"_s, u"android"_s } } } })
                                     .toJson(QJsonDocument::Compact);
        // Five failures, alternating between the two processes.
        for (int i = 0; i < 5; ++i) {
            const QUrl server = i % 2 == 0 ? fx.baseUrl() : second.baseUrl();
            QCOMPARE(send(server, "POST", path(Protocol::Path::AuthLogin), wrong).status, 401);
        }
        const QByteArray right = QByteArray(wrong).replace("\"sai\"", "\"mat-khau-dung\"");
        for (const QUrl &server : { fx.baseUrl(), second.baseUrl() }) {
            const auto limited = send(server, "POST", path(Protocol::Path::AuthLogin), right);
            QCOMPARE(limited.status, 429);
            QCOMPARE(limited.errorCode(), QString(Protocol::ErrorCode::RateLimited));
        }
        QCOMPARE(fx.auditCount(u"login"_s, u"rate_limited"_s), 2);
        QCOMPARE(fx.auditCount(u"login"_s, u"failed"_s, u"wrong_password"_s), 5);
    }

    void auditLogCoversEveryCase()
    {
        const QUrl base = m_fx.baseUrl();
        QStringList secrets { kAnPassword, kBinhPassword };
        // Logins: success, wrong password, unknown login.
        auto [anAccess, anRefresh] = signIn(m_fx, u"an"_s, kAnPassword, u"dev-audit-an"_s);
        auto [binhAccess, binhRefresh]
            = signIn(m_fx, u"binh"_s, kBinhPassword, u"dev-audit-binh"_s);
        QVERIFY(!anAccess.isEmpty() && !binhAccess.isEmpty());
        secrets << anAccess << anRefresh << binhAccess << binhRefresh;
        QCOMPARE(m_fx.login(u"an"_s, u"doan-sai-mat-khau"_s, u"dev-audit-an"_s).status, 401);
        QCOMPARE(m_fx.login(u"khong-co-ai"_s, u"mat-khau-go-nham-o"_s, u"dev-x"_s).status, 401);
        secrets << u"doan-sai-mat-khau"_s << u"mat-khau-go-nham-o"_s;

        // Publications: a committee document for the other cell (with an attachment), a
        // secretary's share, a withdrawal.
        const QString pdf = m_fx.directory() + u"/secret.pdf"_s;
        {
            QFile file(pdf);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("%PDF-1.4\n" + kPdfMarker.toUtf8() + "\n%%EOF\n");
        }
        const auto published
            = AuthFixture::cli({ u"publish"_s, u"--db"_s, m_fx.db(), u"--org"_s, u"province"_s,
                u"--audience"_s, u"cell-b"_s, u"--kind"_s, u"resolution"_s, u"--number"_s,
                u"9-NQ/TU"_s, u"--title"_s, u"Nghị quyết cho chi bộ B"_s, u"--attach"_s, pdf });
        QVERIFY2(published.exitCode == 0, published.standardError.constData());
        const QString documentId = QString::fromUtf8(published.standardOutput).trimmed();
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        const QString sha256 = QString::fromLatin1(
            QCryptographicHash::hash(pdfFile.readAll(), QCryptographicHash::Sha256).toHex());

        // Denied requests: another cell's document and attachment, a member's upload, a
        // member's secretary mutation.
        QCOMPARE(send(base, "GET", u"/v1/documents/"_s + documentId, {}, anAccess).status, 404);
        QCOMPARE(send(base, "GET", path(Protocol::Path::BlobsPrefix) + sha256, {}, anAccess).status,
            404);
        QCOMPARE(send(base, "PUT", path(Protocol::Path::BlobsPrefix) + QString(64, u'b'), "bytes",
                     anAccess)
                     .status,
            403);
        const auto anPush = send(base, "POST", path(Protocol::Path::SyncPush),
            pushBody(u"dev-audit-an"_s,
                { mutation(1, u"profile.request"_s,
                      { { u"id"_s, u"req-audit-1"_s },
                          { u"fields"_s, QJsonObject { { u"hometown"_s, u"Hà Nội"_s } } },
                          { u"reason"_s, u"ghi sai quê quán"_s } }),
                    mutation(2, u"meeting.create"_s,
                        { { u"id"_s, u"meet-audit-1"_s }, { u"title"_s, u"Họp"_s },
                            { u"starts_at"_s, u"2030-01-01T19:30:00+07:00"_s },
                            { u"location"_s, u"Nhà văn hóa"_s }, { u"agenda"_s, u"1."_s },
                            { u"document_ids"_s, QJsonArray() } }) }),
            anAccess);
        QCOMPARE(anPush.status, 200);
        const QJsonArray anResults = anPush.body.value(u"results"_s).toArray();
        QCOMPARE(anResults.at(0).toObject().value(u"status"_s).toString(), u"applied"_s);
        QCOMPARE(anResults.at(1).toObject().value(u"status"_s).toString(), u"rejected"_s);

        // The secretary decides the request and shares a document.
        const auto binhPush = send(base, "POST", path(Protocol::Path::SyncPush),
            pushBody(u"dev-audit-binh"_s,
                { mutation(1, u"profile.request.decide"_s,
                      { { u"request_id"_s, u"req-audit-1"_s }, { u"decision"_s, u"approve"_s } }),
                    mutation(2, u"document.share"_s,
                        { { u"id"_s, u"share-audit-1"_s }, { u"title"_s, u"Tài liệu sinh hoạt"_s },
                            { u"kind"_s, u"meeting_material"_s },
                            { u"body"_s, u"Nội dung chia sẻ SHAREBODY-8812"_s },
                            { u"attachments"_s, QJsonArray() } }) }),
            binhAccess);
        QCOMPARE(binhPush.status, 200);
        for (const QJsonValue &result : binhPush.body.value(u"results"_s).toArray())
            QCOMPARE(result.toObject().value(u"status"_s).toString(), u"applied"_s);
        QCOMPARE(AuthFixture::cli({ u"withdraw"_s, u"--db"_s, m_fx.db(), documentId }).exitCode, 0);

        // Device revocations: by the operator (then the device's requests and refresh are
        // denied), and by a reused refresh token.
        QCOMPARE(AuthFixture::cli(
                     { u"device"_s, u"revoke"_s, u"--db"_s, m_fx.db(), u"dev-audit-binh"_s })
                     .exitCode,
            0);
        QCOMPARE(m_fx.me(binhAccess).errorCode(), QString(Protocol::ErrorCode::DeviceRevoked));
        QCOMPARE(m_fx.refresh(binhRefresh, u"dev-audit-binh"_s).errorCode(),
            QString(Protocol::ErrorCode::DeviceRevoked));
        const auto r2 = m_fx.refresh(anRefresh, u"dev-audit-an"_s);
        const QString anRefresh2 = r2.body.value(u"refresh_token").toString();
        secrets << r2.body.value(u"access_token").toString() << anRefresh2;
        QCOMPARE(m_fx.refresh(anRefresh2, u"dev-audit-an"_s).status, 200);
        QCOMPARE(m_fx.refresh(anRefresh, u"dev-audit-an"_s).errorCode(),
            QString(Protocol::ErrorCode::DeviceRevoked));

        // Every case of DESIGN.md section 4, with who, what and the target.
        struct Expected
        {
            QString action, outcome, actor, targetId, detail;
        };
        const QList<Expected> expected {
            { u"login"_s, u"ok"_s, u"an"_s, u"dev-audit-an"_s, {} },
            { u"login"_s, u"failed"_s, u"an"_s, {}, u"wrong_password"_s },
            { u"login"_s, u"failed"_s, {}, {}, u"unknown_login"_s },
            { u"publish"_s, u"ok"_s, u"cli"_s, documentId, {} },
            { u"document.share"_s, u"ok"_s, u"binh"_s, u"share-audit-1"_s, {} },
            { u"withdraw"_s, u"ok"_s, u"cli"_s, documentId, {} },
            { u"document.get"_s, u"denied"_s, u"an"_s, documentId, {} },
            { u"blob.download"_s, u"denied"_s, u"an"_s, sha256, {} },
            { u"blob.upload"_s, u"denied"_s, u"an"_s, QString(64, u'b'), {} },
            { u"denied"_s, u"denied"_s, u"an"_s, u"meeting.create"_s, u"forbidden"_s },
            { u"profile.decide"_s, u"ok"_s, u"binh"_s, u"req-audit-1"_s, {} },
            { u"device.revoke"_s, u"ok"_s, u"cli"_s, u"dev-audit-binh"_s, u"operator"_s },
            { u"request"_s, u"denied"_s, u"binh"_s, u"dev-audit-binh"_s, u"device_revoked"_s },
            { u"refresh"_s, u"denied"_s, u"binh"_s, u"dev-audit-binh"_s, u"device_revoked"_s },
            { u"refresh.reuse"_s, u"denied"_s, u"an"_s, u"dev-audit-an"_s, {} },
            { u"device.revoke"_s, u"ok"_s, u"an"_s, u"dev-audit-an"_s, u"refresh_reuse"_s },
        };
        for (const Expected &e : expected) {
            QString sql
                = u"SELECT at, actor_login FROM audit_log WHERE action = ? AND outcome = ?"_s;
            QVariantList binds { e.action, e.outcome };
            for (const auto &[column, value] : { std::pair { u"actor_login"_s, e.actor },
                     { u"target_id"_s, e.targetId }, { u"detail"_s, e.detail } }) {
                if (!value.isEmpty()) {
                    sql += u" AND "_s + column + u" = ?"_s;
                    binds << value;
                }
            }
            const QString at = m_fx.scalar(sql, binds).toString();
            QVERIFY2(!at.isEmpty(),
                qPrintable(u"no audit entry %1 %2 %3 %4"_s.arg(
                    e.action, e.outcome, e.targetId, e.detail)));
            // When: UTC, as written by Timestamps (2025-07-10T08:00:00.000Z).
            QVERIFY2(at.endsWith(u'Z') && QDateTime::fromString(at, Qt::ISODateWithMs).isValid(),
                qPrintable(at));
        }
        // An unknown login is not written down (it may be a password typed in the wrong box).
        QCOMPARE(m_fx.scalar(u"SELECT COUNT(*) FROM audit_log WHERE actor_login = 'khong-co-ai'"_s)
                     .toInt(),
            0);

        // Never a secret, nor content: no password, token, document text in any column.
        secrets << kPdfMarker << u"SHAREBODY-8812"_s << u"ghi sai quê quán"_s << u"Hà Nội"_s;
        const int count = m_fx.scalar(u"SELECT COUNT(*) FROM audit_log"_s).toInt();
        QVERIFY(count >= expected.size());
        for (int offset = 0; offset < count; ++offset) {
            const QString row = m_fx.scalar(u"SELECT COALESCE(actor_user_id, '') || '|' || "
                                            "COALESCE(actor_login, '') || '|' || action || '|' "
                                            "|| COALESCE(target_type, '') || '|' || "
                                            "COALESCE(target_id, '') || '|' || outcome || '|' "
                                            "|| COALESCE(address, '') || '|' || "
                                            "COALESCE(detail, '') FROM audit_log ORDER BY id "
                                            "LIMIT 1 OFFSET ?"_s,
                                        { offset })
                                    .toString();
            QVERIFY(!row.isEmpty());
            for (const QString &secret : std::as_const(secrets)) {
                QVERIFY2(!secret.isEmpty(), "a secret of the test is empty");
                QVERIFY2(!row.contains(secret),
                    qPrintable(u"audit row %1 holds a secret or content"_s.arg(offset)));
            }
        }
    }

    void nothingInClearAfterAFullClientRun()
    {
        ServerProcess server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        const QString accountsFile = server.directory() + u"/accounts.json"_s;
        const auto demo
            = ServerProcess::run(QStringList { u"demo"_s, u"--db"_s, server.databaseArgument(),
                                     u"--accounts"_s, accountsFile }
                    + ServerProcess::demoHistoryArguments(),
                120000);
        QVERIFY2(demo.finished && demo.exitCode == 0, demo.standardError.constData());
        QVERIFY(ClientDevice::trustDemoRootKey(accountsFile));
        QFile accounts(accountsFile);
        QVERIFY(accounts.open(QIODevice::ReadOnly));
        QString password;
        for (const QJsonValue &account : QJsonDocument::fromJson(accounts.readAll()).array()) {
            if (account[u"login"_s].toString() == u"bithu.a"_s)
                password = account[u"password"_s].toString();
        }
        QVERIFY(!password.isEmpty());

        // The secretary's device: everything of the cell, the PDFs, a private note.
        ClientDevice device(server.baseUrl());
        QVERIFY2(device.signIn(u"bithu.a"_s, password, &error), qPrintable(error));
        QVERIFY2(device.sync(&error, 120000), qPrintable(error));
        const ClientDevice::Rows rows = device.rows();
        QHash<QString, QByteArray> markers;
        int bodies = 0;
        for (const QJsonObject &document : rows.value(u"document"_s)) {
            const QString body = document.value(u"body"_s).toString();
            if (body.size() < 80)
                continue;
            ++bodies;
            const QString id = document.value(u"id"_s).toString();
            markers.insert(u"body of "_s + id, body.mid(body.size() / 2 - 20, 40).toUtf8());
            markers.insert(u"title of "_s + id, document.value(u"title"_s).toString().toUtf8());
        }
        QVERIFY2(bodies >= 5, "the demo gives the secretary documents with bodies");
        for (const QJsonObject &member : rows.value(u"member"_s)) {
            const QString citizenId = member.value(u"citizen_id"_s).toString();
            if (!citizenId.isEmpty())
                markers.insert(
                    u"citizen id of "_s + member.value(u"id"_s).toString(), citizenId.toUtf8());
        }
        const QString note = u"Ghi chú riêng của bí thư NOTESECRET-4471: cần nhắc đồng chí Hùng"_s;
        const auto noted = device.actions().putNote(rows.value(u"document"_s).cbegin().key(), note);
        QVERIFY2(noted.ok(), qPrintable(noted.error));
        markers.insert(u"note"_s, note.toUtf8());
        QVERIFY2(device.sync(&error, 120000), qPrintable(error));
        int pdfs = 0;
        {
            BlobStore blobs(device.db());
            for (const QJsonObject &document : rows.value(u"document"_s)) {
                for (const QJsonValue &attachment : document.value(u"attachments"_s).toArray()) {
                    const QString sha = attachment[u"sha256"_s].toString();
                    auto blob = blobs.isComplete(sha) ? blobs.open(sha) : nullptr;
                    if (!blob)
                        continue;
                    ++pdfs;
                    const QList<QByteArray> windows = distinctiveWindows(blob->readAll(), 4, 32);
                    for (qsizetype i = 0; i < windows.size(); ++i)
                        markers.insert(u"PDF %1 part %2"_s.arg(sha.left(8)).arg(i), windows.at(i));
                }
            }
        }
        QVERIFY2(pdfs >= 1, "the device downloaded the demo's PDFs");
        const QString dataDir = device.dataDir();
        device.vault().lock();

        // The app itself on the same data directory: a full sync and the status.
        for (const QStringList &arguments :
            { QStringList { u"sync"_s, u"--data-dir"_s, dataDir, u"--server"_s,
                  server.baseUrl().toString(), u"--pin"_s, u"246810"_s },
                QStringList { u"status"_s, u"--data-dir"_s, dataDir, u"--pin"_s, u"246810"_s } }) {
            QProcess app;
            app.start(QStringLiteral(HANDBOOK_CLIENT_PATH), arguments);
            QVERIFY(app.waitForFinished(120000));
            QVERIFY2(app.exitCode() == 0, app.readAllStandardError().constData());
            const QByteArray output = app.readAllStandardOutput();
            for (auto it = markers.cbegin(); it != markers.cend(); ++it)
                QVERIFY2(!output.contains(it.value()), qPrintable(it.key()));
        }

        const QStringList files = filesUnder(dataDir);
        qInfo("scanned %lld files under the data directory for %lld markers (%d PDFs, %d bodies)",
            qlonglong(files.size()), qlonglong(markers.size()), pdfs, bodies);
        QVERIFY(files.size() >= 3); // current-account, the envelope, the database
        const QStringList found = plaintextFound(dataDir, markers);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
        // And the scan can fail: a file holding one marker in clear is found.
        {
            QFile leak(dataDir + u"/leak.txt"_s);
            QVERIFY(leak.open(QIODevice::WriteOnly));
            leak.write("x" + markers.value(u"note"_s) + "y");
        }
        QCOMPARE(plaintextFound(dataDir, markers).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSecurity)
#include "tst_security.moc"
