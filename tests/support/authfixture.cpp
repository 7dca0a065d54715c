#include "authfixture.h"

#include "databaseprobe.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
constexpr int kWaitMs = 20000;
}

QString AuthFixture::Answer::errorCode() const
{
    return body.value(u"error").toObject().value(u"code").toString();
}

bool AuthFixture::Answer::wipe() const
{
    return body.value(u"wipe").toBool(false);
}

AuthFixture::AuthFixture()
    : m_connectionName(u"auth-fixture-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

AuthFixture::~AuthFixture()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

ServerProcess::Result AuthFixture::cli(const QStringList &arguments)
{
    return ServerProcess::run(arguments);
}

bool AuthFixture::start(QString *error, const QList<QPair<QByteArray, QByteArray>> &environment,
    const QStringList &serveArguments)
{
    if (!prepareDatabase(error))
        return false;
    // The server inherits this process's environment: set it only while it starts.
    for (const auto &[name, value] : environment)
        qputenv(name.constData(), value);
    const bool started = m_server.start(error, serveArguments);
    for (const auto &[name, value] : environment)
        qunsetenv(name.constData());
    return started;
}

bool AuthFixture::prepareDatabase(QString *error)
{
    const auto init = cli({ u"init"_s, u"--db"_s, db() });
    if (init.exitCode != 0) {
        *error = u"init failed: "_s + QString::fromUtf8(init.standardError);
        return false;
    }
    if (!m_server.openDatabase(m_connectionName, error).isValid())
        return false;
    const QString now = u"2025-07-10T08:00:00.000Z"_s;
    const QList<QStringList> orgs { { u"province"_s, {}, u"Tỉnh ủy"_s, u"province"_s },
        { u"cell-a"_s, u"province"_s, u"Chi bộ A"_s, u"cell"_s },
        { u"cell-b"_s, u"province"_s, u"Chi bộ B"_s, u"cell"_s } };
    bool ok = true;
    for (const QStringList &org : orgs) {
        ok = ok
            && exec(u"INSERT INTO organizations (id, parent_id, name, kind, created_at) "
                    "VALUES (?, ?, ?, ?, ?)"_s,
                { org[0], org[1].isEmpty() ? QVariant(QMetaType::fromType<QString>()) : org[1],
                    org[2], org[3], now })
            && exec(u"INSERT INTO org_closure VALUES (?, ?, 0)"_s, { org[0], org[0] });
        if (!org[1].isEmpty())
            ok = ok && exec(u"INSERT INTO org_closure VALUES (?, ?, 1)"_s, { org[1], org[0] });
    }
    const QList<QStringList> members { { u"m-an"_s, u"cell-a"_s, u"Nguyễn Văn An"_s },
        { u"m-binh"_s, u"cell-a"_s, u"Trần Thị Bình"_s },
        { u"m-cuong"_s, u"cell-b"_s, u"Lê Văn Cường"_s } };
    for (const QStringList &member : members) {
        ok = ok
            && exec(
                u"INSERT INTO members (id, org_id, full_name, updated_at) VALUES (?, ?, ?, ?)"_s,
                { member[0], member[1], member[2], now });
    }
    if (!ok)
        *error = u"cannot insert the organisation tree"_s;
    return ok;
}

QString AuthFixture::createUser(const QString &login, const QString &password, const QString &role,
    const QString &org, const QString &member, bool mustChange)
{
    QStringList arguments { u"user"_s, u"create"_s, u"--db"_s, db(), u"--login"_s, login,
        u"--password"_s, password, u"--role"_s, role, u"--org"_s, org };
    if (!member.isEmpty())
        arguments << u"--member"_s << member;
    if (mustChange)
        arguments << u"--must-change-password"_s;
    const auto result = cli(arguments);
    if (result.exitCode != 0) {
        qWarning("user create %s failed: %s", qPrintable(login), result.standardError.constData());
        return {};
    }
    return QString::fromUtf8(result.standardOutput).trimmed();
}

AuthFixture::Answer AuthFixture::wait(QNetworkReply *reply)
{
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Answer answer;
    if (reply->isFinished() || finished.wait(kWaitMs)) {
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.raw = reply->readAll();
        answer.body = QJsonDocument::fromJson(answer.raw).object();
        answer.retryAfter = reply->rawHeader("Retry-After");
    }
    reply->deleteLater();
    return answer;
}

AuthFixture::Answer AuthFixture::post(
    const QString &path, const QByteArray &body, const QByteArray &authorization)
{
    QUrl url = m_server.baseUrl();
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    return wait(m_network.post(request, body));
}

AuthFixture::Answer AuthFixture::post(
    const QString &path, const QJsonObject &body, const QString &token)
{
    return post(path, QJsonDocument(body).toJson(QJsonDocument::Compact),
        token.isEmpty() ? QByteArray() : "Bearer " + token.toLatin1());
}

AuthFixture::Answer AuthFixture::get(const QString &path, const QByteArray &authorization)
{
    QUrl url = m_server.baseUrl();
    url.setPath(path);
    QNetworkRequest request(url);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    return wait(m_network.get(request));
}

AuthFixture::Answer AuthFixture::send(const QUrl &base, const QByteArray &method,
    const QString &route, const QByteArray &body, const QString &token,
    const QByteArray &forwardedFor, const QByteArray &contentType)
{
    QNetworkAccessManager network;
    QUrl url = base;
    url.setPath(route);
    QNetworkRequest request(url);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    if (!forwardedFor.isEmpty())
        request.setRawHeader("X-Forwarded-For", forwardedFor);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    return wait(method == "HEAD" ? network.head(request)
                                 : network.sendCustomRequest(request, method, body));
}

AuthFixture::Answer AuthFixture::me(const QString &token)
{
    return get(u"/v1/auth/me"_s, "Bearer " + token.toLatin1());
}

AuthFixture::Answer AuthFixture::login(const QString &login, const QString &password,
    const QString &deviceId, const QString &deviceName)
{
    return post(u"/v1/auth/login"_s,
        QJsonObject { { u"login"_s, login }, { u"password"_s, password },
            { u"device"_s,
                QJsonObject { { u"id"_s, deviceId }, { u"name"_s, deviceName },
                    { u"platform"_s, u"android"_s } } } });
}

AuthFixture::Answer AuthFixture::refresh(const QString &refreshToken, const QString &deviceId)
{
    return post(u"/v1/auth/refresh"_s,
        QJsonObject { { u"refresh_token"_s, refreshToken }, { u"device_id"_s, deviceId } });
}

QVariant AuthFixture::scalar(const QString &sql, const QVariantList &binds)
{
    return DatabaseProbe(QSqlDatabase::database(m_connectionName)).scalar(sql, binds);
}

bool AuthFixture::exec(const QString &sql, const QVariantList &binds)
{
    return DatabaseProbe(QSqlDatabase::database(m_connectionName)).exec(sql, binds);
}

int AuthFixture::auditCount(const QString &action, const QString &outcome, const QString &detail)
{
    if (detail.isEmpty()) {
        return scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = ? AND outcome = ?"_s,
            { action, outcome })
            .toInt();
    }
    return scalar(
        u"SELECT COUNT(*) FROM audit_log WHERE action = ? AND outcome = ? AND detail = ?"_s,
        { action, outcome, detail })
        .toInt();
}
