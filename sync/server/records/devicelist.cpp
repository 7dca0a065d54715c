#include "records/devicelist.h"

#include "db/sqlrunner.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

QList<ListedDevice> DeviceList::devices(const QSqlDatabase &db, const std::optional<QString> &login)
{
    QString sql = u"SELECT d.id, u.login, d.name, d.platform, d.last_seen_at, d.revoked_at "
                  "FROM devices d JOIN users u ON u.id = d.user_id"_s;
    QVariantList binds;
    if (login) {
        sql += u" WHERE u.login = ?"_s;
        binds.append(*login);
    }
    sql += u" ORDER BY u.login, d.created_at, d.id"_s;
    QSqlQuery query = runSql(db, sql, binds);
    QList<ListedDevice> devices;
    while (query.next()) {
        devices << ListedDevice { query.value(0).toString(), query.value(1).toString(),
            query.value(2).toString(), query.value(3).toString(), query.value(4).toString(),
            !query.value(5).isNull() };
    }
    return devices;
}
