// A year of the demo province's past (issue 20), so that the committees' dashboard has
// figures on `scripts/run`: a cell meeting (buổi sinh hoạt) a month in most cells, done, with
// 70 to 98 % of the cell present; a few cells miss a month now and then, and about a fifth
// have not met yet this month, so "needs attention" shows. Seeded: the same province every run.
// The members' accounts and phones are DemoActivity's, their reading DemoReading's.
#pragma once

#include <QDateTime>

class WriteTransaction;

class DemoHistory
{
public:
    // Writes the meetings and attendance of the 12 months before `now` and of this month up
    // to `now`, with their changes. Returns how many meetings it wrote; throws DbError.
    static int store(WriteTransaction &transaction, const QDateTime &now, quint64 seed);
};
