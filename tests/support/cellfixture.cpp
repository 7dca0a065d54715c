#include "cellfixture.h"

#include "auth/passwordhasher.h"
#include "db/databasespec.h"
#include "db/sqlrunner.h"
#include "timestamps.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

QList<QJsonObject> PulledRows::notifications(const QString &refId, const QString &kind) const
{
    QList<QJsonObject> found;
    for (const QJsonObject &n : rows.value(u"notification"_s)) {
        if (n.value(u"ref_id"_s).toString() == refId
            && (kind.isEmpty() || n.value(u"kind"_s).toString() == kind))
            found << n;
    }
    return found;
}

bool CellFixture::start(QString *error)
{
    if (!m_server.start(error))
        return false;
    QList<CellAccount> accounts;
    if (!m_server.writeDemo(&accounts, error))
        return false;
    const auto spec = DatabaseSpec::parse(m_server.databaseArgument(), error);
    if (!spec)
        return false;
    m_db = std::make_unique<ServerDatabase>(*spec);
    return m_db->open(error) && pickAccounts(accounts, error);
}

bool CellFixture::pickAccounts(const QList<CellAccount> &accounts, QString *error)
{
    m_accounts = accounts;
    for (const CellAccount &a : accounts) {
        if (a.role == u"secretary" && secretary.login.isEmpty())
            secretary = a;
        if (a.role == u"committee" && committee.login.isEmpty())
            committee = a;
    }
    for (const CellAccount &a : accounts) {
        if (a.role == u"member" && a.orgId == secretary.orgId && member.login.isEmpty())
            member = a;
        if (a.role == u"member" && a.orgId != secretary.orgId && stranger.login.isEmpty())
            stranger = a;
        if (a.role == u"secretary" && a.orgId != secretary.orgId && otherSecretary.login.isEmpty())
            otherSecretary = a;
    }
    if (secretary.memberId.isEmpty() || member.login.isEmpty() || stranger.login.isEmpty()
        || committee.login.isEmpty()) {
        *error = u"the demo accounts lack a secretary, a member of each cell or a committee user"_s;
        return false;
    }
    if (!otherSecretary.login.isEmpty())
        return true;
    // The secretary of the stranger's cell: a member of that cell without an account.
    const QString memberId = scalarSql(db(),
        u"SELECT id FROM members WHERE org_id = ? AND id NOT IN "
        "(SELECT member_id FROM users WHERE member_id IS NOT NULL) LIMIT 1"_s,
        { stranger.orgId })
                                 .toString();
    if (memberId.isEmpty()) {
        *error = u"no member without an account in the other cell"_s;
        return false;
    }
    otherSecretary
        = { u"bithu.khac"_s, u"Bithu-khac-2025"_s, u"secretary"_s, memberId, stranger.orgId };
    runSql(db(),
        u"INSERT INTO users (id, login, password_hash, member_id, role, org_id, created_at) "
        "VALUES (?, ?, ?, ?, 'secretary', ?, ?)"_s,
        { newId(), otherSecretary.login, PasswordHasher::hash(otherSecretary.password), memberId,
            stranger.orgId, inFuture(0) });
    return true;
}

ServerProcess::Result CellFixture::cli(QStringList arguments) const
{
    arguments.insert(arguments.indexOf(u"--db"_s) + 1, m_server.databaseArgument());
    return ServerProcess::run(arguments);
}

CellAccount CellFixture::account(const QString &login) const
{
    for (const CellAccount &a : m_accounts) {
        if (a.login == login)
            return a;
    }
    qFatal("no demo account %s", qPrintable(login));
}

int CellFixture::count(const QString &sql, const QVariantList &binds) const
{
    return scalarSql(db(), sql, binds).toInt();
}

int CellFixture::cellSize(const QString &cellId) const
{
    return count(u"SELECT count(*) FROM members WHERE org_id = ?"_s, { cellId });
}

std::unique_ptr<DeviceSession> CellFixture::signIn(const CellAccount &account) const
{
    auto session = std::make_unique<DeviceSession>(m_server.baseUrl());
    session->device = newId();
    const HttpAnswer answer = session->http.login(account.login, account.password, session->device);
    if (answer.status != 200)
        qFatal("login of %s failed: %d %s", qPrintable(account.login), answer.status,
            answer.body.constData());
    return session;
}

PulledRows CellFixture::pull(DeviceSession &session)
{
    PulledRows pulled;
    for (int guard = 0; guard < 200; ++guard) {
        QString path = u"/v1/sync/pull?limit=500"_s;
        if (!session.cursor.isEmpty())
            path += u"&cursor="_s + session.cursor;
        const HttpAnswer answer = session.http.get(path);
        if (answer.status != 200)
            qFatal("pull failed: %d %s", answer.status, answer.body.constData());
        for (const QJsonValue &value : answer.json.value(u"changes"_s).toArray()) {
            const QJsonObject change = value.toObject();
            const QString type = change.value(u"type"_s).toString();
            const QString id = change.value(u"id"_s).toString();
            auto &rows = pulled.rows[type];
            if (change.value(u"op"_s).toString() == u"delete") {
                rows.remove(id);
                pulled.deleted[type].insert(id);
            } else {
                rows.insert(id, change.value(u"data"_s).toObject());
                pulled.deleted[type].remove(id);
            }
        }
        session.cursor = answer.json.value(u"cursor"_s).toString();
        if (!answer.json.value(u"has_more"_s).toBool())
            return pulled;
    }
    qFatal("pull did not end");
}

QJsonObject CellFixture::push(DeviceSession &session, const QString &name, const QJsonObject &args)
{
    return pushAs(session, session.nextMutation++, name, args);
}

QJsonObject CellFixture::pushAs(
    DeviceSession &session, qint64 id, const QString &name, const QJsonObject &args)
{
    const QJsonArray mutations { QJsonObject {
        { u"id"_s, id }, { u"name"_s, name }, { u"args"_s, args } } };
    const HttpAnswer answer = session.http.post(
        u"/v1/sync/push"_s, { { u"device_id"_s, session.device }, { u"mutations"_s, mutations } });
    if (answer.status != 200)
        qWarning("push answered %d %s", answer.status, answer.body.constData());
    if (answer.json.value(u"last_mutation_id"_s).toInteger() < id) // every mutation is consumed
        return { { u"status"_s, u"rejected"_s },
            { u"error"_s,
                QJsonObject { { u"code"_s, u"not_consumed"_s }, { u"message"_s, u"-"_s } } } };
    return answer.json.value(u"results"_s).toArray().first().toObject();
}

QString CellFixture::outcome(const QJsonObject &result)
{
    if (result.value(u"status"_s).toString() == u"applied")
        return u"applied"_s;
    const QJsonObject error = result.value(u"error"_s).toObject();
    if (error.value(u"message"_s).toString().isEmpty())
        return u"rejected without a message"_s;
    return error.value(u"code"_s).toString();
}

QString CellFixture::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString CellFixture::inFuture(qint64 seconds)
{
    return Timestamps::toIso(QDateTime::currentDateTimeUtc().addSecs(seconds));
}
