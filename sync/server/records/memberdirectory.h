// Read-only look-ups of member records by id, for the admin commands; throws DbError.
#pragma once

#include <QSqlDatabase>
#include <QString>

class MemberDirectory
{
public:
    // Whether there is a member with this id.
    [[nodiscard]] static bool exists(const QSqlDatabase &db, const QString &memberId);
};
