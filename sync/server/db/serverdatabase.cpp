#include "db/serverdatabase.h"

#include "db/changesignals.h"
#include "db/sqlrunner.h"
#include "http/serverlog.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

// Driver messages can span lines (libpq): keep them on one.
QString oneLine(const QSqlError &error)
{
    return error.text().simplified();
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = oneLine(query.lastError());
    return false;
}

} // namespace

ServerDatabase::ServerDatabase(DatabaseSpec spec)
    : m_spec(std::move(spec))
    , m_signals(std::make_unique<ChangeSignals>())
{
    static QAtomicInteger<int> counter;
    m_connectionName = u"handbook-server-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

ServerDatabase::~ServerDatabase()
{
    dropStatementCache(m_connectionName);
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

bool ServerDatabase::open(QString *error)
{
    if (!QSqlDatabase::isDriverAvailable(m_spec.driverName())) {
        *error = u"the Qt SQL driver %1 is not installed"_s.arg(m_spec.driverName());
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(m_spec.driverName(), m_connectionName);
    if (m_spec.backend() == DatabaseSpec::Backend::Sqlite) {
        db.setDatabaseName(m_spec.sqlitePath());
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    } else {
        db.setHostName(m_spec.host());
        db.setPort(m_spec.port());
        db.setUserName(m_spec.user());
        db.setPassword(m_spec.password());
        db.setDatabaseName(m_spec.databaseName());
        db.setConnectOptions(m_spec.connectOptions());
    }
    return connect(error);
}

bool ServerDatabase::connect(QString *error)
{
    QSqlDatabase db = connection();
    QString reason;
    if (!db.open()) {
        reason = oneLine(db.lastError());
    } else if (m_spec.backend() == DatabaseSpec::Backend::Sqlite) {
        // The first statements also detect a file that is not an SQLite database.
        if (exec(db, u"PRAGMA journal_mode = WAL"_s, &reason))
            exec(db, u"PRAGMA foreign_keys = ON"_s, &reason);
    } else {
        // NOTICEs (e.g. "already exists, skipping") are not for the operator's terminal.
        exec(db, u"SET client_min_messages TO WARNING"_s, &reason);
    }
    if (!reason.isEmpty()) {
        *error = u"cannot open database %1: %2"_s.arg(m_spec.toDisplayString(), reason);
        db.close();
        return false;
    }
    qCDebug(lcDb) << "opened" << m_spec.toDisplayString();
    enableStatementCache(m_connectionName);
    return true;
}

QSqlDatabase ServerDatabase::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool ServerDatabase::ping(QString *error)
{
    const auto selectOne = [this, error] {
        QSqlDatabase db = connection();
        QSqlQuery query(db);
        if (query.exec(u"SELECT 1"_s) && query.next())
            return true;
        *error = oneLine(query.lastError());
        return false;
    };
    if (!connection().isOpen())
        *error = u"not connected"_s;
    else if (selectOne())
        return true;
    // The connection may have been cut (database restart, idle timeout): reconnect once.
    qCWarning(lcDb).noquote() << "reconnecting to" << m_spec.toDisplayString()
                              << "after:" << *error;
    dropStatementCache(m_connectionName);
    connection().close();
    return connect(error) && selectOne();
}
