// The Vietnamese (translatable) names of document kinds (DESIGN.md section 5, document.kind).
#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

class DocumentKind
{
public:
    // "resolution" -> "Nghị quyết"; an unknown kind -> "Tài liệu".
    [[nodiscard]] static QString label(const QString &kind);
    // A picker's choices in the given order: [{kind, label}].
    [[nodiscard]] static QVariantList choices(const QStringList &kinds);
};
