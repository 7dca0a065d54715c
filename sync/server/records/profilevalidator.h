// Server-side checks of member profile changes: the shared ProfileRules (sync/protocol) over
// the member's stored profile, worded in Vietnamese for the rejection.
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

class ProfileValidator
{
public:
    // The member's stored profile fields (wire names; NULL columns as null).
    [[nodiscard]] static QJsonObject storedProfile(const QSqlDatabase &db, const QString &memberId);
    // Empty when `changes` may be applied over `stored` on `today`, else what is wrong.
    [[nodiscard]] static QString check(
        const QJsonObject &stored, const QJsonObject &changes, const QDate &today);
    // The value to store for a field: normalised, NULL when empty.
    [[nodiscard]] static QVariant storedValue(const QString &field, const QJsonValue &value);
    // The calendar date in Vietnam (UTC+7) at `utc`, for dates in the future.
    [[nodiscard]] static QDate vietnamDate(const QDateTime &utc);
};
