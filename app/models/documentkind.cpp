#include "documentkind.h"

#include "wirevalues.h"

#include <QCoreApplication>

QString DocumentKind::label(const QString &kind)
{
    if (kind == Protocol::DocumentKind::Resolution)
        return QCoreApplication::translate("DocumentKind", "Nghị quyết");
    if (kind == Protocol::DocumentKind::Directive)
        return QCoreApplication::translate("DocumentKind", "Chỉ thị");
    if (kind == Protocol::DocumentKind::Conclusion)
        return QCoreApplication::translate("DocumentKind", "Kết luận");
    if (kind == Protocol::DocumentKind::Regulation)
        return QCoreApplication::translate("DocumentKind", "Quy định");
    if (kind == Protocol::DocumentKind::Plan)
        return QCoreApplication::translate("DocumentKind", "Kế hoạch");
    if (kind == Protocol::DocumentKind::Guidance)
        return QCoreApplication::translate("DocumentKind", "Hướng dẫn");
    if (kind == Protocol::DocumentKind::Notice)
        return QCoreApplication::translate("DocumentKind", "Thông báo");
    if (kind == Protocol::DocumentKind::MeetingMaterial)
        return QCoreApplication::translate("DocumentKind", "Tài liệu sinh hoạt");
    return QCoreApplication::translate("DocumentKind", "Tài liệu");
}

QVariantList DocumentKind::choices(const QStringList &kinds)
{
    QVariantList result;
    for (const QString &kind : kinds)
        result.append(QVariantMap {
            { QStringLiteral("kind"), kind }, { QStringLiteral("label"), label(kind) } });
    return result;
}
