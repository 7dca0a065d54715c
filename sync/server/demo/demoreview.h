// The demo's annual review (DESIGN.md 8.6, issue 22), both cycles opened by the province
// committee (tinhuy.sonlam) for the whole province:
// - last year's, closed: every member of the province submitted (a few after the due date),
//   their cell proposed and the committee decided, at realistic rates (about 15 % excellent,
//   75 % good, 9 % fulfilled, under 1 % not fulfilled; a few proposals differ from the member's
//   own rating, a few decisions from the proposal);
// - this year's, open since 1 December (self-reviews due on 20 December, decisions on 15
//   January; later when the demo is loaded after those dates, so that it stays usable), in
//   progress: in the demo cell of bithu.a and dangvien.a1 (qt-5) twelve self-reviews handed
//   in, five of them proposed by bithu.a and one of those decided by danguy.quangtrung; the
//   demo accounts' own members have not submitted (dangvien.a1 sees the form); in the other
//   cells between a sixth and a half submitted, proposals in some cells, a few decisions.
// The self-reviews are written in bulk (DemoBulk), the summaries counted after (records/
// reviews). Deterministic: the same rows on every run for the same day. No notifications.
#pragma once

#include "demo/demoaccounts.h"

#include <QDateTime>
#include <QList>

class WriteTransaction;

class DemoReview
{
public:
    struct Summary
    {
        int cycles = 0;
        int selfReviews = 0;
    };
    // Writes both cycles after the demo's members, accounts and transfers; throws DbError.
    static Summary store(WriteTransaction &transaction, const QList<DemoAccount> &accounts,
        const QDateTime &now, quint64 seed);
};
