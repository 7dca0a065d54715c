#include "auth/devicerevocation.h"

#include "auth/tokenstore.h"
#include "db/sqlrunner.h"
#include "http/apiresponse.h"
#include "mutationnames.h"
#include "protocol.h"
#include "timestamps.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

DeviceRevocation::Outcome DeviceRevocation::revoke(
    const QSqlDatabase &db, const QString &deviceId, AuditEntry audit)
{
    QSqlQuery query = runSql(db, u"SELECT revoked_at FROM devices WHERE id = ?"_s, { deviceId });
    if (!query.next())
        return Outcome::NoSuchDevice;
    if (!query.value(0).isNull())
        return Outcome::AlreadyRevoked;
    execSql(db, u"UPDATE devices SET revoked_at = ? WHERE id = ?"_s,
        { Timestamps::toIso(QDateTime::currentDateTimeUtc()), deviceId });
    TokenStore::retireRefreshTokens(db, deviceId);
    audit.action = QString(Protocol::Mutation::DeviceRevoke);
    audit.targetType = QString(Protocol::RowType::Device);
    audit.targetId = deviceId;
    if (audit.outcome.isEmpty())
        audit.outcome = u"ok"_s;
    AuditLog::record(db, audit);
    return Outcome::Revoked;
}

QHttpServerResponse DeviceRevocation::response()
{
    QJsonObject body = ApiError(QString(Protocol::ErrorCode::DeviceRevoked),
        u"this device has been revoked; its local data must be wiped"_s)
                           .toJson();
    body.insert(u"wipe"_s, true);
    return ApiResponse::json(body, ApiResponse::Status::Unauthorized);
}
