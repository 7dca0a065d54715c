// Word lists for the demo province's members: Vietnamese family, middle and given names by
// ethnic group and gender, hometowns, streets, phone prefixes. Weighted lists repeat entries.
#pragma once

#include <QStringView>
#include <span>

// An ethnic group and the family names common in it (weighted).
struct DemoEthnicity
{
    QStringView name; // e.g. "Tày"
    std::span<const QStringView> familyNames;
    std::span<const QStringView> extraMaleNames; // given names particular to the group
    std::span<const QStringView> extraFemaleNames;
};

// A place of origin outside the demo province, with its citizen-ID province code.
struct DemoHometown
{
    QStringView place;
    QStringView provinceCode;
};

class DemoNames
{
public:
    [[nodiscard]] static const DemoEthnicity &ethnicity(QStringView name);
    [[nodiscard]] static std::span<const QStringView> maleMiddleNames();
    [[nodiscard]] static std::span<const QStringView> femaleMiddleNames();
    // Middle names more common among members born since the mid-1980s.
    [[nodiscard]] static std::span<const QStringView> youngMaleMiddleNames();
    [[nodiscard]] static std::span<const QStringView> youngFemaleMiddleNames();
    [[nodiscard]] static std::span<const QStringView> maleGivenNames();
    [[nodiscard]] static std::span<const QStringView> femaleGivenNames();
    // Communes of the demo province ("xã ..., huyện ..."), without the province.
    [[nodiscard]] static std::span<const QStringView> provinceCommunes();
    [[nodiscard]] static std::span<const DemoHometown> otherHometowns();
    // Wards of the provincial capital and streets, for town addresses.
    [[nodiscard]] static std::span<const QStringView> cityWards();
    [[nodiscard]] static std::span<const QStringView> streets();
    // Vietnamese mobile prefixes (Viettel, VinaPhone, MobiFone), three digits.
    [[nodiscard]] static std::span<const QStringView> mobilePrefixes();
};
