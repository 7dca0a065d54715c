#include "demoserver.h"

#include "clientdevice.h"
#include "databaseprobe.h"

#include <QDir>
#include <QFile>
#include <QUuid>
#include <optional>

using namespace Qt::StringLiterals;

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
    QList<Account> accounts;
    if (!m_server.writeDemo(&accounts, error))
        return false;
    for (const Account &account : accounts)
        m_accounts.insert(account.login, account);
    // The devices of the test pin the demo's root key, as a real device pins its province's.
    ClientDevice::trustRootKey(rootPublicKey());
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
    const std::optional<QVariant> value
        = DatabaseProbe(db(), DatabaseProbe::OnError::Fatal).first(sql, binds);
    if (!value)
        qFatal("query failed: %s: no row", qPrintable(sql));
    return *value;
}

QVariant DemoServer::scalarOrNull(const QString &sql, const QVariantList &binds) const
{
    return DatabaseProbe(db(), DatabaseProbe::OnError::Fatal).scalar(sql, binds);
}

QString DemoServer::rootPublicKey() const
{
    QFile file(QDir(m_server.directory()).filePath(u"root-key.pub"_s));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).trimmed()
                                          : QString();
}
