#include "records/memberdirectory.h"

#include "db/sqlrunner.h"

#include <QVariant>

using namespace Qt::StringLiterals;

bool MemberDirectory::exists(const QSqlDatabase &db, const QString &memberId)
{
    return scalarSql(db, u"SELECT 1 FROM members WHERE id = ?"_s, { memberId }).isValid();
}
