// What happens in a meeting (DESIGN.md 8.5), shown in the demo cell of bithu.a and
// dangvien.a1 (qt-5): a past thematic meeting with comments, attendance, a closed open vote, a
// closed secret vote (who voted, the totals, nothing between) and its minutes; and comments on
// the cell's upcoming regular meeting.
#pragma once

#include "demo/demoaccounts.h"

#include <QDateTime>
#include <QList>

class WriteTransaction;

class DemoOutcomes
{
public:
    // Writes them (after the demo's meetings and accounts); throws DbError.
    static void store(
        WriteTransaction &transaction, const QList<DemoAccount> &accounts, const QDateTime &now);
};
