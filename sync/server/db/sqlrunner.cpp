#include "db/sqlrunner.h"

#include <QSqlError>
#include <memory>
#include <unordered_map>

DbError::DbError(const QString &message)
    : DbError(message, message)
{ }

DbError::DbError(const QString &safe, const QString &detail)
    : std::runtime_error(safe.toStdString())
    , m_detail(detail)
{ }

DbError DbError::fromSql(const QSqlError &error)
{
    const QString code = error.nativeErrorCode().isEmpty()
        ? QString()
        : QStringLiteral(" (SQLSTATE %1)").arg(error.nativeErrorCode());
    const QString driver
        = error.driverText().isEmpty() ? QStringLiteral("database error") : error.driverText();
    return DbError(driver + code, error.text());
}

QSqlQuery runSql(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw DbError::fromSql(query.lastError());
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec())
        throw DbError::fromSql(query.lastError());
    return query;
}

void execUnprepared(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        throw DbError::fromSql(query.lastError());
}

namespace {

struct CachedStatement
{
    QSqlQuery query;
    bool busy = false; // in use further up the stack: a nested call prepares its own
};

// Per thread (Qt SQL connections belong to the thread that opened them): connection name ->
// SQL -> statement, owned by the cache (a thread's cache is freed with the thread, or when its
// connection closes). Bounded: a connection that sees too many different statements starts
// again.
constexpr std::size_t kMaxCachedStatements = 256;
using StatementCache = std::unordered_map<QString, std::unique_ptr<CachedStatement>>;
thread_local std::unordered_map<QString, StatementCache> t_statements;

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
        StatementCache &statements = cache->second;
        const auto found = statements.find(sql);
        CachedStatement *statement = found == statements.end() ? nullptr : found->second.get();
        if (!statement) {
            if (statements.size() >= kMaxCachedStatements) {
                // Statements in use further up the stack stay (they are borrowed).
                std::erase_if(statements, [](const auto &entry) { return !entry.second->busy; });
                return; // prepare this one fresh
            }
            auto fresh = std::make_unique<CachedStatement>(CachedStatement { QSqlQuery(db) });
            fresh->query.setForwardOnly(true);
            if (!fresh->query.prepare(sql))
                throw DbError::fromSql(fresh->query.lastError());
            statement = fresh.get();
            statements.emplace(sql, std::move(fresh));
        }
        if (statement->busy)
            return;
        for (qsizetype i = 0; i < binds.size(); ++i)
            statement->query.bindValue(int(i), binds.at(i));
        if (!statement->query.exec()) {
            const QSqlError error = statement->query.lastError();
            statement->query.finish();
            throw DbError::fromSql(error);
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

void forEachChunk(const QSqlDatabase &db, const QString &sql, const QStringList &ids,
    const QVariantList &before, const std::function<void(const QSqlRecord &)> &row)
{
    constexpr qsizetype kChunk = 256;
    for (qsizetype from = 0; from < ids.size(); from += kChunk) {
        const QStringList chunk = ids.mid(from, kChunk);
        QStringList marks;
        QVariantList binds = before;
        for (const QString &id : chunk) {
            marks << QStringLiteral("?");
            binds << id;
        }
        QList<QSqlRecord> records;
        forEachRow(db, sql.arg(marks.join(QStringLiteral(", "))), binds,
            [&records](const QSqlQuery &query) { records.append(query.record()); });
        for (const QSqlRecord &record : std::as_const(records))
            row(record);
    }
}

void enableStatementCache(const QString &connectionName)
{
    t_statements[connectionName].clear();
}

void dropStatementCache(const QString &connectionName)
{
    t_statements.erase(connectionName);
}

QVariant sqlNull()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariant textOrNull(const QString &text)
{
    return text.isNull() ? sqlNull() : QVariant(text);
}
