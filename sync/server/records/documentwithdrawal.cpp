#include "records/documentwithdrawal.h"

#include "db/sqlrunner.h"
#include "db/writetransaction.h"
#include "mutationnames.h"
#include "timestamps.h"
#include "wirevalues.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

DocumentWithdrawal::Outcome DocumentWithdrawal::withdraw(WriteTransaction &transaction,
    const QString &documentId, const QDateTime &now, const QString &reason)
{
    const QSqlDatabase db = transaction.db();
    QSqlQuery row = runSql(
        db, u"SELECT audience_org_id, withdrawn_at FROM documents WHERE id = ?"_s, { documentId });
    if (!row.next())
        return Outcome::NoSuchDocument;
    const QString audience = row.value(0).toString();
    if (!row.value(1).isNull())
        return Outcome::AlreadyWithdrawn;
    row.finish();
    execSql(db,
        u"UPDATE documents SET withdrawn_at = ?, withdraw_reason = ?, version = version + 1 "
        "WHERE id = ?"_s,
        { Timestamps::toIso(now), textOrNull(reason), documentId });
    transaction.recordChange(
        Protocol::RowType::Document, documentId, Protocol::ChangeOp::Delete, audience);
    return Outcome::Withdrawn;
}
