// The Vietnamese (translatable) names of the organization levels a document can be issued
// at (DESIGN.md section 5, organization.kind), for the library's "issuing level" picker.
#pragma once

#include <QString>

class OrgLevel
{
public:
    // "province" -> "Tỉnh ủy"; an unknown kind -> "Cấp khác".
    [[nodiscard]] static QString label(const QString &kind);
};
