// Makes the demo province's members: Vietnamese names consistent with gender and ethnic
// group, and every profile field, from a fixed seed (the same members on every run).
#pragma once

#include "demo/demorandom.h"
#include "records/memberprofile.h"

#include <QDate>
#include <QSet>
#include <QString>

struct DemoOrg;

class DemoPeople
{
public:
    // `today` only places the few probationary members (admitted in the past year).
    DemoPeople(quint64 seed, QDate today);

    // The profile of the index-th member of a cell: 0 is the secretary, 1 the deputy, then
    // the other members of the cell committee, then the members. Sets orgId to `cellId`.
    [[nodiscard]] MemberProfile make(const DemoOrg &cell, const QString &cellId, int index);
    // Lower-case ASCII without diacritics ("Đặng Thị Lụa" -> "dang thi lua").
    [[nodiscard]] static QString fold(const QString &text);

private:
    [[nodiscard]] QString ethnicityFor(const DemoOrg &cell);
    [[nodiscard]] QString citizenId(const QString &provinceCode, bool female, const QDate &birth);
    [[nodiscard]] QString phone();
    [[nodiscard]] QString email(const QString &family, const QString &middle, const QString &given,
        const DemoOrg &cell, int birthYear);
    [[nodiscard]] QString address(const DemoOrg &cell);
    [[nodiscard]] QString commendations(const DemoOrg &cell, const QDate &admission, bool veteran,
        int birthYear, const QString &field);

    DemoRandom m_random;
    QDate m_today;
    QSet<QString> m_citizenIds;
    QSet<QString> m_phones;
    QSet<QString> m_emails;
    int m_cardSerial = 0;
};
