#include "demoserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

// Runs the query; qFatal when it fails. Its first column if there is a row.
std::optional<QVariant> firstValue(
    const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    if (!query.exec())
        qFatal("query failed: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    if (!query.next())
        return std::nullopt;
    return query.value(0);
}

} // namespace

DemoServer::DemoServer()
    // Unique: a test may open connections of its own (e.g. "check") on the same database.
    : m_connectionName(u"demo-server-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

DemoServer::~DemoServer()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool DemoServer::start(QString *error)
{
    if (!m_server.start(error))
        return false;
    const QString accountsFile = m_server.directory() + u"/accounts.json"_s;
    // The demo writes a whole province: a long bound.
    const auto demo = ServerProcess::run(
        { u"demo"_s, u"--db"_s, m_server.databaseArgument(), u"--accounts"_s, accountsFile },
        120000);
    if (!demo.finished || demo.exitCode != 0) {
        *error = u"demo failed: "_s + QString::fromUtf8(demo.standardError);
        return false;
    }
    QFile file(accountsFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1"_s.arg(accountsFile);
        return false;
    }
    for (const QJsonValue &value : QJsonDocument::fromJson(file.readAll()).array()) {
        const QJsonObject o = value.toObject();
        const Account account { o.value(u"login"_s).toString(), o.value(u"password"_s).toString(),
            o.value(u"role"_s).toString(), o.value(u"member_id"_s).toString(),
            o.value(u"org_id"_s).toString() };
        m_accounts.insert(account.login, account);
    }
    return m_server.openDatabase(m_connectionName, error).isValid();
}

DemoServer::Account DemoServer::account(const QString &login) const
{
    const auto found = m_accounts.constFind(login);
    if (found == m_accounts.cend())
        qFatal("no demo account %s", qPrintable(login));
    return *found;
}

QSqlDatabase DemoServer::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QVariant DemoServer::scalar(const QString &sql, const QVariantList &binds) const
{
    const std::optional<QVariant> value = firstValue(db(), sql, binds);
    if (!value)
        qFatal("query failed: %s: no row", qPrintable(sql));
    return *value;
}

QVariant DemoServer::scalarOrNull(const QString &sql, const QVariantList &binds) const
{
    return firstValue(db(), sql, binds).value_or(QVariant());
}
