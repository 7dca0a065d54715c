// Plausible working lives for demo members, by the kind of cell they belong to: the work
// history entries ("1998–2012: Giáo viên Trường ..."), education and political theory level.
#pragma once

#include "demo/demoprovince.h"

#include <QString>
#include <QStringList>

class DemoRandom;

// One member's career, as the profile shows it.
struct DemoCareer
{
    QStringList history; // "YYYY–YYYY: ..." or "YYYY–nay: ...", oldest first
    QString education; // e.g. "12/12; Cử nhân Sư phạm Ngữ văn"
    QString politicalTheory; // Sơ cấp, Trung cấp, Cao cấp
    bool veteran = false; // served in the army
    QString field; // "teacher", "health" or empty: decides some commendations
};

// Who the member is in the cell: the cell's offices are held by the first members.
enum class DemoRole { Secretary, Deputy, CommitteeMember, Member };

class DemoCareers
{
public:
    // The year that "now" means in the demo's profiles (fixed, so the data are reproducible).
    static constexpr int ReferenceYear = 2025;

    // A career for a member born in birthYear in this cell.
    [[nodiscard]] static DemoCareer make(
        const DemoOrg &cell, bool female, int birthYear, DemoRole role, DemoRandom &random);
};
