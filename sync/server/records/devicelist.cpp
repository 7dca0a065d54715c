#include "records/devicelist.h"

#include "db/sqlrunner.h"
#include "wirevalues.h"

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

QHash<QString, DeviceList::Row> DeviceList::rows(const QSqlDatabase &db, const QStringList &ids)
{
    QHash<QString, Row> found;
    constexpr qsizetype kChunk = 256;
    for (qsizetype from = 0; from < ids.size(); from += kChunk) {
        const QStringList chunk = ids.mid(from, kChunk);
        QStringList marks;
        QVariantList binds;
        for (const QString &id : chunk) {
            marks << u"?"_s;
            binds << id;
        }
        forEachRow(db,
            u"SELECT d.id, d.user_id, u.member_id, m.full_name, u.login, d.name, d.platform, "
            "d.created_at, d.last_seen_at, d.revoked_at FROM devices d JOIN users u ON u.id = "
            "d.user_id LEFT JOIN members m ON m.id = u.member_id WHERE d.id IN (%1)"_s.arg(
                marks.join(u", "_s)),
            binds, [&found](const QSqlQuery &row) {
                const auto text = [&row](int i) {
                    return row.value(i).isNull() ? QJsonValue()
                                                 : QJsonValue(row.value(i).toString());
                };
                const bool revoked = !row.value(9).isNull();
                const QJsonObject data { { u"id"_s, text(0) },
                    { QString(Protocol::ResultData::UserId), text(1) }, { u"member_id"_s, text(2) },
                    { u"member_name"_s, text(3) },
                    { QString(Protocol::ResultData::Login), text(4) }, { u"name"_s, text(5) },
                    { u"platform"_s, text(6) }, { u"created_at"_s, text(7) },
                    { u"last_seen_at"_s, text(8) },
                    { u"status"_s,
                        QString(revoked ? Protocol::DeviceStatus::Revoked
                                        : Protocol::DeviceStatus::Active) },
                    { u"revoked_at"_s, text(9) } };
                found.insert(row.value(0).toString(), Row { data, 1 });
            });
    }
    return found;
}
