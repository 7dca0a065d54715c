#include "sqlrunner.h"

#include <QHash>
#include <QSqlError>

DbError::DbError(const QString &message)
    : std::runtime_error(message.toStdString())
{ }

QSqlQuery runSql(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw DbError(query.lastError().text());
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec())
        throw DbError(query.lastError().text());
    return query;
}

void execUnprepared(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        throw DbError(query.lastError().text());
}

namespace {

struct CachedStatement
{
    QSqlQuery query;
    bool busy = false; // in use further up the stack: a nested call prepares its own
};

// Per thread (Qt SQL connections belong to the thread that opened them): connection name ->
// SQL -> statement. Bounded: a connection that sees too many different statements (IN lists
// of many lengths) starts again.
constexpr qsizetype kMaxCachedStatements = 256;
thread_local QHash<QString, QHash<QString, CachedStatement *>> t_statements;

// Borrows the connection's prepared statement for `sql` (binding `binds`, executed), or
// returns nullptr when that connection has no cache or the statement is in use.
class Borrowed
{
public:
    Borrowed(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
    {
        const auto cache = t_statements.find(db.connectionName());
        if (cache == t_statements.end())
            return;
        CachedStatement *&statement = (*cache)[sql];
        if (!statement) {
            if (cache->size() > kMaxCachedStatements) {
                for (auto it = cache->begin(); it != cache->end();) {
                    if (it.value() && !it.value()->busy) {
                        delete it.value();
                        it = cache->erase(it);
                    } else {
                        ++it;
                    }
                }
                return; // `statement` may dangle after the erase: prepare this one fresh
            }
            statement = new CachedStatement { QSqlQuery(db) };
            statement->query.setForwardOnly(true);
            if (!statement->query.prepare(sql)) {
                const QString message = statement->query.lastError().text();
                delete statement;
                cache->remove(sql);
                throw DbError(message);
            }
        }
        if (statement->busy)
            return;
        for (qsizetype i = 0; i < binds.size(); ++i)
            statement->query.bindValue(int(i), binds.at(i));
        if (!statement->query.exec()) {
            const QString message = statement->query.lastError().text();
            statement->query.finish();
            throw DbError(message);
        }
        m_statement = statement;
        m_statement->busy = true;
    }
    ~Borrowed()
    {
        if (m_statement) {
            m_statement->query.finish(); // releases SQLite's read lock, keeps the statement
            m_statement->busy = false;
        }
    }
    Borrowed(const Borrowed &) = delete;
    Borrowed &operator=(const Borrowed &) = delete;

    [[nodiscard]] QSqlQuery *query() { return m_statement ? &m_statement->query : nullptr; }

private:
    CachedStatement *m_statement = nullptr;
};

} // namespace

QVariant scalarSql(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    Borrowed borrowed(db, sql, binds);
    if (QSqlQuery *query = borrowed.query())
        return query->next() ? query->value(0) : QVariant();
    QSqlQuery query = runSql(db, sql, binds);
    return query.next() ? query.value(0) : QVariant();
}

int execSql(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    Borrowed borrowed(db, sql, binds);
    if (QSqlQuery *query = borrowed.query())
        return query->numRowsAffected();
    return runSql(db, sql, binds).numRowsAffected();
}

void forEachRow(const QSqlDatabase &db, const QString &sql, const QVariantList &binds,
    const std::function<void(const QSqlQuery &)> &row)
{
    Borrowed borrowed(db, sql, binds);
    if (QSqlQuery *query = borrowed.query()) {
        while (query->next())
            row(*query);
        return;
    }
    QSqlQuery query = runSql(db, sql, binds);
    while (query.next())
        row(query);
}

void enableStatementCache(const QString &connectionName)
{
    t_statements.insert(connectionName, {});
}

void dropStatementCache(const QString &connectionName)
{
    const auto cache = t_statements.find(connectionName);
    if (cache == t_statements.end())
        return;
    qDeleteAll(*cache);
    t_statements.erase(cache);
}

QVariant sqlNull()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariant textOrNull(const QString &text)
{
    return text.isNull() ? sqlNull() : QVariant(text);
}
