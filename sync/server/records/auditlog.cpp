#include "records/auditlog.h"

#include "db/sqlrunner.h"
#include "timestamps.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

void AuditLog::record(const QSqlDatabase &db, const AuditEntry &entry)
{
    execSql(db,
        u"INSERT INTO audit_log (at, actor_user_id, actor_login, action, target_type, "
        "target_id, outcome, address, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        { Timestamps::toIso(QDateTime::currentDateTimeUtc()), textOrNull(entry.actorUserId),
            textOrNull(entry.actorLogin), entry.action, textOrNull(entry.targetType),
            textOrNull(entry.targetId), entry.outcome, textOrNull(entry.address),
            textOrNull(entry.detail) });
}
