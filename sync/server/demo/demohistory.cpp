#include "demo/demohistory.h"

#include "db/sqlrunner.h"
#include "db/writetransaction.h"
#include "demo/demobulk.h"
#include "demo/demoprovince.h"
#include "demo/demorandom.h"
#include "mutationnames.h"
#include "timestamps.h"
#include "wirevalues.h"

#include <QHash>
#include <QStringList>

using namespace Qt::StringLiterals;
namespace RowType = Protocol::RowType;

namespace {

constexpr int kMonthsBack = 12;
constexpr int kVietnamOffsetSeconds = 7 * 3600;
// Percent of cells that skip a past month; of cells that have not met yet this month.
constexpr int kMissedPastMonth = 6;
constexpr int kNotYetThisMonth = 20;

} // namespace

int DemoHistory::store(WriteTransaction &transaction, const QDateTime &now, quint64 seed)
{
    DemoRandom random(seed);
    const QSqlDatabase db = transaction.db();
    // The cells with their members, in a stable order.
    QStringList cells;
    QHash<QString, QStringList> members;
    forEachRow(db,
        u"SELECT o.id, m.id FROM organizations o JOIN members m ON m.org_id = o.id WHERE "
        "o.kind = 'cell' ORDER BY o.id, m.id"_s,
        {}, [&](const QSqlQuery &query) {
            const QString cell = query.value(0).toString();
            if (!members.contains(cell))
                cells << cell;
            members[cell] << query.value(1).toString();
        });

    const QDate today = now.toUTC().addSecs(kVietnamOffsetSeconds).date();
    const QDate thisMonth(today.year(), today.month(), 1);
    // Batched: some ten thousand attendance rows (demo/demobulk.h).
    DemoBulk meetings(transaction, u"meetings"_s,
        { u"id"_s, u"org_id"_s, u"title"_s, u"starts_at"_s, u"status"_s });
    DemoBulk attendance(transaction, QString(RowType::Attendance),
        { u"id"_s, u"meeting_id"_s, u"member_id"_s, u"present"_s });
    attendance.after(&meetings);
    DemoChangeLog changes(transaction);
    int written = 0;
    for (const QString &cell : std::as_const(cells)) {
        // Each cell has its own habit: how full its meetings are.
        const int usual = random.between(70, 98);
        for (int back = kMonthsBack; back >= 0; --back) {
            const QDate month = thisMonth.addMonths(-back);
            const bool missed
                = back == 0 ? random.chance(kNotYetThisMonth) : random.chance(kMissedPastMonth);
            const int day = random.between(3, 12);
            // 19:30 Vietnam time, a weekday evening after work.
            const QDateTime startsAt = QDateTime(month.addDays(day - 1), QTime(19, 30), Qt::UTC)
                                           .addSecs(-kVietnamOffsetSeconds);
            if (missed || startsAt > now)
                continue;
            const QString meeting = DemoProvince::id(
                RowType::Meeting, u"history:%1:%2"_s.arg(cell, month.toString(u"yyyy-MM"_s)));
            meetings.add({ meeting, cell,
                u"Sinh hoạt chi bộ định kỳ tháng %1/%2"_s.arg(month.month()).arg(month.year()),
                Timestamps::toIso(startsAt), QString(Protocol::MeetingStatus::Done) });
            changes.put(RowType::Meeting, meeting, cell);
            const int rate = std::clamp(usual + random.between(-6, 6), 50, 100);
            for (const QString &member : members.value(cell)) {
                const QString id = DemoProvince::id(RowType::Attendance, meeting + u':' + member);
                attendance.add({ id, meeting, member, random.chance(rate) ? 1 : 0 });
                changes.put(RowType::Attendance, id, cell, member);
            }
            ++written;
        }
    }
    meetings.flush();
    attendance.flush();
    changes.flush();
    return written;
}
