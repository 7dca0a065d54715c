// A member's record: the profile fields of DESIGN.md section 1 in their wire (snake_case)
// names, plus the cell. Dates are "YYYY-MM-DD"; a null QString is stored as NULL.
#pragma once

#include <QString>
#include <QStringList>

struct MemberProfile
{
    QString id; // empty: a new UUID is made when the member is stored
    QString orgId; // the cell
    QString fullName;
    QString birthDate;
    QString gender; // "Nam" or "Nữ"
    QString ethnicity;
    QString religion;
    QString hometown;
    QString address;
    QString phone;
    QString email;
    QString citizenId; // 12 digits
    QString partyCardNo;
    QString admissionDate;
    QString officialDate; // null while the member is probationary
    QString position;
    QString education;
    QString politicalTheory;
    QString workHistory; // JSON array of strings, e.g. ["2010–nay: Giáo viên ..."]
    QString commendations;
    QString discipline;

    // The profile fields in wire order (without id and org_id).
    [[nodiscard]] static const QStringList &fieldNames();
    // The value of a field named as in fieldNames() (or "id", "org_id").
    [[nodiscard]] QString field(const QString &name) const;
    // Sets a field named as in fieldNames() (or "id", "org_id"); false for an unknown name.
    bool setField(const QString &name, const QString &value);
};
