#include "orglevel.h"

#include <QCoreApplication>

QString OrgLevel::label(const QString &kind)
{
    // Named after the committee that issues at that level, as members call them.
    if (kind == u"province")
        return QCoreApplication::translate("OrgLevel", "Tỉnh ủy");
    if (kind == u"district")
        return QCoreApplication::translate("OrgLevel", "Huyện ủy");
    if (kind == u"grassroots")
        return QCoreApplication::translate("OrgLevel", "Đảng ủy cơ sở");
    if (kind == u"cell")
        return QCoreApplication::translate("OrgLevel", "Chi bộ");
    return QCoreApplication::translate("OrgLevel", "Cấp khác");
}
