#include "documentkind.h"

#include <QCoreApplication>

QString DocumentKind::label(const QString &kind)
{
    if (kind == u"resolution")
        return QCoreApplication::translate("DocumentKind", "Nghị quyết");
    if (kind == u"directive")
        return QCoreApplication::translate("DocumentKind", "Chỉ thị");
    if (kind == u"conclusion")
        return QCoreApplication::translate("DocumentKind", "Kết luận");
    if (kind == u"regulation")
        return QCoreApplication::translate("DocumentKind", "Quy định");
    if (kind == u"plan")
        return QCoreApplication::translate("DocumentKind", "Kế hoạch");
    if (kind == u"guidance")
        return QCoreApplication::translate("DocumentKind", "Hướng dẫn");
    if (kind == u"notice")
        return QCoreApplication::translate("DocumentKind", "Thông báo");
    if (kind == u"meeting_material")
        return QCoreApplication::translate("DocumentKind", "Tài liệu sinh hoạt");
    return QCoreApplication::translate("DocumentKind", "Tài liệu");
}
