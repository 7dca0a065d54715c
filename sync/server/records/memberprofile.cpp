#include "records/memberprofile.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

using Field = QString MemberProfile::*;

// Every column of a member record, in the order of DESIGN.md section 5.
const std::array<std::pair<QLatin1StringView, Field>, 21> &columns()
{
    static const std::array<std::pair<QLatin1StringView, Field>, 21> all { {
        { "id"_L1, &MemberProfile::id },
        { "org_id"_L1, &MemberProfile::orgId },
        { "full_name"_L1, &MemberProfile::fullName },
        { "birth_date"_L1, &MemberProfile::birthDate },
        { "gender"_L1, &MemberProfile::gender },
        { "ethnicity"_L1, &MemberProfile::ethnicity },
        { "religion"_L1, &MemberProfile::religion },
        { "hometown"_L1, &MemberProfile::hometown },
        { "address"_L1, &MemberProfile::address },
        { "phone"_L1, &MemberProfile::phone },
        { "email"_L1, &MemberProfile::email },
        { "citizen_id"_L1, &MemberProfile::citizenId },
        { "party_card_no"_L1, &MemberProfile::partyCardNo },
        { "admission_date"_L1, &MemberProfile::admissionDate },
        { "official_date"_L1, &MemberProfile::officialDate },
        { "position"_L1, &MemberProfile::position },
        { "education"_L1, &MemberProfile::education },
        { "political_theory"_L1, &MemberProfile::politicalTheory },
        { "work_history"_L1, &MemberProfile::workHistory },
        { "commendations"_L1, &MemberProfile::commendations },
        { "discipline"_L1, &MemberProfile::discipline },
    } };
    return all;
}

} // namespace

const QStringList &MemberProfile::fieldNames()
{
    static const QStringList names = [] {
        QStringList list;
        for (const auto &[name, field] : columns()) {
            if (name != "id"_L1 && name != "org_id"_L1)
                list << QString(name);
        }
        return list;
    }();
    return names;
}

QString MemberProfile::field(const QString &name) const
{
    for (const auto &[column, field] : columns()) {
        if (column == name)
            return this->*field;
    }
    return {};
}

bool MemberProfile::setField(const QString &name, const QString &value)
{
    for (const auto &[column, field] : columns()) {
        if (column == name) {
            this->*field = value;
            return true;
        }
    }
    return false;
}
