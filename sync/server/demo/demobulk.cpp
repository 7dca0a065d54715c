#include "demo/demobulk.h"

#include "db/sqlrunner.h"
#include "db/writetransaction.h"
#include "wirevalues.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

// Rows per INSERT: at most 600 bound values at 6 columns, below SQLite's oldest limit (999).
constexpr qsizetype kRowsPerStatement = 100;

} // namespace

DemoBulk::DemoBulk(WriteTransaction &transaction, const QString &table, const QStringList &columns)
    : m_transaction(transaction)
    , m_table(table)
    , m_columns(columns)
{ }

void DemoBulk::add(const QVariantList &row)
{
    Q_ASSERT(row.size() == m_columns.size());
    m_pending << row;
    ++m_added;
    if (m_pending.size() >= kRowsPerStatement * m_columns.size())
        flush();
}

void DemoBulk::flush()
{
    if (m_parent)
        m_parent->flush();
    if (m_pending.isEmpty())
        return;
    // execSql keeps the prepared statement of a full batch for the next one.
    execSql(m_transaction.db(), statement(m_pending.size() / m_columns.size()), m_pending);
    m_pending.clear();
}

QString DemoBulk::statement(qsizetype rows) const
{
    const QString one = u"("_s + QStringList(m_columns.size(), u"?"_s).join(u", "_s) + u")"_s;
    return u"INSERT INTO %1 (%2) VALUES "_s.arg(m_table, m_columns.join(u", "_s))
        + QStringList(rows, one).join(u", "_s);
}

DemoChangeLog::DemoChangeLog(WriteTransaction &transaction)
    : m_rows(transaction, u"changes"_s,
        { u"txn"_s, u"type"_s, u"entity_id"_s, u"op"_s, u"org_id"_s, u"owner_member_id"_s })
{ }

void DemoChangeLog::put(QLatin1StringView type, const QString &entityId, const QString &orgId,
    const QString &ownerMemberId)
{
    if (m_group.isEmpty() || ++m_inGroup > WriteTransaction::kMaxGroup) {
        m_group = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_inGroup = 1;
    }
    m_rows.add({ m_group, QString(type), entityId, QString(Protocol::ChangeOp::Put), orgId,
        textOrNull(ownerMemberId) });
}
