// The demo province's reading over the year (issue 20), so that the committees' dashboard
// shows a real-looking "reading rate of the month's documents": each month the province's
// Ban Tuyên giáo publishes its guidance for the month's cell meetings to the whole province,
// and one district-level committee a notice to its own; members with an account (DemoActivity)
// read them in the days after, each cell at its own habit (a few under half). Seeded.
//
// The demo logins' members read nothing here (no test's own receipts change).
#pragma once

#include "demo/demosigners.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

class WriteTransaction;

class DemoReading
{
public:
    // Publishes the monthly documents of the 12 months before `now` and of this month up to
    // `now` (signed when `signers` is not empty); returns how many. Throws DbError.
    static int publish(
        WriteTransaction &transaction, const QList<DemoSigner> &signers, const QDateTime &now);
    // Writes read receipts, with their changes, of the documents published in the 12 months
    // before `now` and this month, by members with an account who are not in `skipMembers`;
    // returns how many. Throws DbError.
    static int read(WriteTransaction &transaction, const QDateTime &now, quint64 seed,
        const QSet<QString> &skipMembers);
};
