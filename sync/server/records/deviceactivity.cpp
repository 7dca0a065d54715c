#include "records/deviceactivity.h"

#include "db/sqlrunner.h"
#include "db/writetransaction.h"
#include "mutationnames.h"
#include "wirevalues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

void DeviceActivity::recordChange(WriteTransaction &transaction, const QString &deviceId)
{
    QSqlQuery query = runSql(transaction.db(),
        u"SELECT u.org_id, u.member_id FROM devices d JOIN users u ON u.id = d.user_id "
        "WHERE d.id = ?"_s,
        { deviceId });
    if (!query.next())
        return;
    const QString orgId = query.value(0).toString();
    const QString memberId = query.value(1).toString();
    query.finish();
    transaction.recordChange(
        Protocol::RowType::Device, deviceId, Protocol::ChangeOp::Put, orgId, memberId);
}

bool DeviceActivity::noteSeen(
    WriteTransaction &transaction, const QString &deviceId, const QString &nowIso)
{
    // The UTC day is the timestamp's first ten characters (Timestamps::toIso).
    const int inserted = execSql(transaction.db(),
        u"INSERT INTO device_days (device_id, day) VALUES (?, ?) ON CONFLICT DO NOTHING"_s,
        { deviceId, nowIso.left(10) });
    if (inserted == 0)
        return false;
    recordChange(transaction, deviceId);
    return true;
}

void DeviceActivity::signedIn(
    WriteTransaction &transaction, const QString &deviceId, const QString &nowIso)
{
    if (!noteSeen(transaction, deviceId, nowIso))
        recordChange(transaction, deviceId);
}
