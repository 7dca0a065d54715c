// Runs SQL on a Qt SQL connection with positional bindings; a failure throws DbError so that
// a request handler can roll back and answer 500 in one place.
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVariantList>
#include <functional>
#include <stdexcept>

// A failed SQL statement. what() is safe for the server's log: Qt's own text and the SQLSTATE,
// never the database's message, which can quote row values (PostgreSQL's DETAIL: "Failing row
// contains (...)", "Key (login)=(...) already exists"). detail() has the database's full
// message, for an operator's own command line.
class DbError : public std::runtime_error
{
public:
    // One of our own messages (no row values in it).
    explicit DbError(const QString &message);
    [[nodiscard]] static DbError fromSql(const QSqlError &error);
    [[nodiscard]] QString detail() const { return m_detail; }

private:
    DbError(const QString &safe, const QString &detail);
    QString m_detail;
};

// Prepares, binds `binds` in order and executes; throws DbError on failure.
QSqlQuery runSql(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {});
// Runs a statement without preparing it: transaction control (BEGIN, COMMIT, SAVEPOINT...),
// which QPSQL cannot prepare. Throws DbError.
void execUnprepared(const QSqlDatabase &db, const QString &sql);
// First column of the first row, or a null QVariant when there is no row.
QVariant scalarSql(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {});
// Runs a statement without rows (INSERT, UPDATE, DELETE); the number of rows it changed.
int execSql(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {});
// Runs a query and calls `row` for each of its rows; `row` must not keep the query.
void forEachRow(const QSqlDatabase &db, const QString &sql, const QVariantList &binds,
    const std::function<void(const QSqlQuery &)> &row);
// Runs `sql` (one "%1" for the placeholders) for the ids a few hundred at a time, bound after
// `before`; the rows of each chunk are read before `row` runs, so `row` may query the database
// itself. Throws DbError.
void forEachChunk(const QSqlDatabase &db, const QString &sql, const QStringList &ids,
    const QVariantList &before, const std::function<void(const QSqlRecord &)> &row);

// Prepared statements kept per connection (scalarSql, execSql and forEachRow reuse them
// instead of parsing the SQL again on every call) for the connections of a ServerDatabase:
// it enables the cache when it connects and drops it before it closes. Other connections
// (tests' own) prepare each time.
void enableStatementCache(const QString &connectionName);
void dropStatementCache(const QString &connectionName);
// A NULL of text type (QPSQL needs typed nulls).
QVariant sqlNull();
// text, or NULL when text is null.
QVariant textOrNull(const QString &text);
