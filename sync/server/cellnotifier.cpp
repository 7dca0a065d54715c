#include "cellnotifier.h"

#include "sqlrunner.h"
#include "timestamps.h"

#include <QStringList>
#include <QUuid>

using namespace Qt::StringLiterals;

CellNotifier::CellNotifier(MutationContext &context)
    : m_context(context)
{ }

int CellNotifier::notifyCell(const QString &cellId, const Notice &notice)
{
    QSqlQuery query = runSql(
        m_context.tx.db(), u"SELECT id FROM members WHERE org_id = ? ORDER BY id"_s, { cellId });
    QStringList recipients;
    while (query.next()) {
        const QString memberId = query.value(0).toString();
        if (memberId != m_context.user.memberId)
            recipients << memberId;
    }
    for (const QString &memberId : std::as_const(recipients))
        notifyMember(memberId, cellId, notice);
    return int(recipients.size());
}

void CellNotifier::notifyMember(
    const QString &memberId, const QString &memberOrgId, const Notice &notice)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    runSql(m_context.tx.db(),
        u"INSERT INTO notifications (id, member_id, kind, title, body, ref_type, ref_id, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
        { id, memberId, notice.kind, notice.title, textOrNull(notice.body),
            textOrNull(notice.refType), textOrNull(notice.refId),
            Timestamps::toIso(m_context.now) });
    m_context.tx.recordChange(u"notification"_s, id, u"put"_s, memberOrgId, memberId);
}
