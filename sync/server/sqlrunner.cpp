#include "sqlrunner.h"

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

QVariant scalarSql(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery query = runSql(db, sql, binds);
    return query.next() ? query.value(0) : QVariant();
}

QVariant sqlNull()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariant textOrNull(const QString &text)
{
    return text.isNull() ? sqlNull() : QVariant(text);
}
