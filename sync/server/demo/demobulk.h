// Bulk writes of the demo's year of history (issue 20): thousands of attendance rows, read
// receipts, devices and device days. One multi-row INSERT per batch instead of a statement per
// row, and their change-log rows written the same way: the demo loads into an empty database,
// so a change never replaces an older one of the same entity (what
// WriteTransaction::recordChange looks for row by row). The change log's groups keep at most
// WriteTransaction::kMaxGroup changes, as recordChange cuts them.
#pragma once

#include <QLatin1StringView>
#include <QString>
#include <QStringList>
#include <QVariantList>

class WriteTransaction;

// Rows of one table, inserted a batch at a time.
class DemoBulk
{
public:
    DemoBulk(WriteTransaction &transaction, const QString &table, const QStringList &columns);
    // Adds a row (one value per column); writes a full batch. Throws DbError.
    void add(const QVariantList &row);
    // Writes the rows not yet written; call before the rows are read. Throws DbError.
    void flush();
    // Rows here refer to rows of `parent` (a foreign key): its rows are written first.
    void after(DemoBulk *parent) { m_parent = parent; }
    // How many rows were added.
    [[nodiscard]] qsizetype added() const { return m_added; }

private:
    [[nodiscard]] QString statement(qsizetype rows) const;

    WriteTransaction &m_transaction;
    QString m_table;
    QStringList m_columns;
    QVariantList m_pending;
    qsizetype m_added = 0;
    DemoBulk *m_parent = nullptr;
};

// "put" rows of the change log for new entities, inserted a batch at a time.
class DemoChangeLog
{
public:
    explicit DemoChangeLog(WriteTransaction &transaction);
    // A put of a new entity in `orgId`'s scope, owned by `ownerMemberId` (or nobody).
    void put(QLatin1StringView type, const QString &entityId, const QString &orgId,
        const QString &ownerMemberId = {});
    // Writes the changes not yet written. Throws DbError.
    void flush() { m_rows.flush(); }

private:
    DemoBulk m_rows;
    QString m_group;
    int m_inGroup = 0;
};
