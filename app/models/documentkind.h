// The Vietnamese (translatable) names of document kinds (DESIGN.md section 5, document.kind).
#pragma once

#include <QString>

class DocumentKind
{
public:
    // "resolution" -> "Nghị quyết"; an unknown kind -> "Tài liệu".
    [[nodiscard]] static QString label(const QString &kind);
};
