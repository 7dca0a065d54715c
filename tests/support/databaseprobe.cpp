#include "databaseprobe.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

// Prepares and runs `sql`; on failure warns or stops the test as `onError` says.
bool run(
    QSqlQuery &query, const QString &sql, const QVariantList &binds, DatabaseProbe::OnError onError)
{
    query.prepare(sql);
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    if (query.exec())
        return true;
    if (onError == DatabaseProbe::OnError::Fatal)
        qFatal("query failed: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    qWarning("query failed: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    return false;
}

} // namespace

DatabaseProbe::DatabaseProbe(QSqlDatabase db, OnError onError)
    : m_db(std::move(db))
    , m_onError(onError)
{ }

QList<QVariantList> DatabaseProbe::rows(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery query(m_db);
    QList<QVariantList> result;
    if (!run(query, sql, binds, m_onError))
        return result;
    while (query.next()) {
        QVariantList row;
        for (int i = 0; i < query.record().count(); ++i)
            row << query.value(i);
        result << row;
    }
    return result;
}

QVariant DatabaseProbe::scalar(const QString &sql, const QVariantList &binds) const
{
    return first(sql, binds).value_or(QVariant());
}

std::optional<QVariant> DatabaseProbe::first(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery query(m_db);
    if (!run(query, sql, binds, m_onError) || !query.next())
        return std::nullopt;
    return query.value(0);
}

bool DatabaseProbe::exec(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery query(m_db);
    return run(query, sql, binds, m_onError);
}
