#include "records/profilevalidator.h"

#include "db/sqlrunner.h"
#include "profilerules.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

QJsonObject ProfileValidator::storedProfile(const QSqlDatabase &db, const QString &memberId)
{
    const QStringList &fields = ProfileRules::profileFields();
    QSqlQuery query = runSql(
        db, u"SELECT %1 FROM members WHERE id = ?"_s.arg(fields.join(u", "_s)), { memberId });
    QJsonObject profile;
    if (!query.next())
        return profile;
    for (int i = 0; i < fields.size(); ++i) {
        const QVariant value = query.value(i);
        profile.insert(fields[i], value.isNull() ? QJsonValue() : QJsonValue(value.toString()));
    }
    return profile;
}

QString ProfileValidator::check(
    const QJsonObject &stored, const QJsonObject &changes, const QDate &today)
{
    return ProfileRules::message(ProfileRules::check(stored, changes, today));
}

QVariant ProfileValidator::storedValue(const QString &field, const QJsonValue &value)
{
    const QString text = ProfileRules::normalised(field, value.toString());
    return text.isEmpty() ? sqlNull() : QVariant(text);
}

QDate ProfileValidator::vietnamDate(const QDateTime &utc)
{
    return utc.toTimeZone(QTimeZone(7 * 3600)).date();
}
