// Server-side checks of member profile values (phone numbers in Vietnamese formats, email,
// address length, dates, citizen id), with Vietnamese messages for the member.
#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

class ProfileValidator
{
public:
    // The fields a member edits directly with profile.update.
    [[nodiscard]] static const QStringList &contactFields();
    // Empty when `value` is acceptable for `field`, else what is wrong (Vietnamese).
    [[nodiscard]] static QString check(const QString &field, const QJsonValue &value);
    // The stored form (a phone number without spaces or dots, +84 as 0).
    [[nodiscard]] static QString normalised(const QString &field, const QString &value);
};
