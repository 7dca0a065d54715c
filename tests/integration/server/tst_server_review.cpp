// The annual review (DESIGN.md 8.6, issue 22) against the real server with the demo province:
// the demo's two cycles (last year's closed and decided at realistic rates, this year's in
// progress in cell A with dangvien.a1 still to submit); opening a cycle (its rules, the same
// opening again, overlapping cycles, the members notified); a self-review submitted, edited,
// proposed by the cell's secretary and decided by the ward's committee, with every refusal of
// the contract in docs/protocol-extensions.md (ratings outside the four, a proposal by anyone
// but the cell's secretary, a decision by a committee not above the cell or not deciding,
// changes after the decision, a second self-review in a cycle, the deadlines); who pulls what
// (the member, the cell's secretary and the committees above; never the cell's other members,
// and committees outside the subtree see nothing, not even counts); replays; notifications;
// and after every step each summary compared with counts of the raw rows made here.
#include "cellfixture.h"
#include "db/sqlrunner.h"
#include "mutationnames.h"
#include "protocol.h"
#include "wirevalues.h"

#include <QDate>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
namespace Mutation = Protocol::Mutation;
namespace Rating = Protocol::ReviewRating;
namespace RowType = Protocol::RowType;
namespace Status = Protocol::SelfReviewStatus;
namespace Kind = Protocol::NotificationKind;

namespace {

// One signed-in account and what its pulls delivered so far.
struct Viewer
{
    CellAccount account;
    std::unique_ptr<DeviceSession> session;
    PulledRows all;
};

} // namespace

class TestServerReview : public QObject
{
    Q_OBJECT

    CellFixture f;
    Viewer a1, a2, secretary, ward, province, district, otherSecretary, stranger;
    QString ward_, cellA, district_;
    QString cycle; // the ward's cycle opened by these tests
    QString a1Review; // dangvien.a1's self-review in it
    static constexpr int kYear = 2031; // no demo cycle has this year

    static QString outcome(const QJsonObject &result) { return CellFixture::outcome(result); }
    static QString apply(Viewer &v, QLatin1StringView name, const QJsonObject &args)
    {
        return outcome(CellFixture::push(*v.session, QString(name), args));
    }
    static QString newId() { return CellFixture::newId(); }
    int count(const QString &sql, const QVariantList &binds = {}) const
    {
        return f.count(sql, binds);
    }
    QString text(const QString &sql, const QVariantList &binds) const
    {
        return scalarSql(f.db(), sql, binds).toString();
    }
    static QString today(int days = 0)
    {
        return QDateTime::currentDateTimeUtc()
            .toOffsetFromUtc(7 * 3600)
            .date()
            .addDays(days)
            .toString(Qt::ISODate);
    }
    Viewer viewer(const QString &login) const
    {
        Viewer v;
        v.account = f.account(login);
        v.session = f.signIn(v.account);
        return v;
    }
    // Pulls on; merges into v.all and answers what this run delivered.
    static PulledRows sync(Viewer &v)
    {
        const PulledRows pulled = CellFixture::pull(*v.session);
        for (auto type = pulled.rows.cbegin(); type != pulled.rows.cend(); ++type) {
            for (auto row = type->cbegin(); row != type->cend(); ++row)
                v.all.rows[type.key()].insert(row.key(), *row);
        }
        for (auto type = pulled.deleted.cbegin(); type != pulled.deleted.cend(); ++type) {
            for (const QString &id : *type)
                v.all.rows[type.key()].remove(id);
        }
        return pulled;
    }
    static QJsonObject openArgs(const QString &id, const QString &audience, int year = kYear)
    {
        return { { u"id"_s, id }, { u"year"_s, year }, { u"audience_org_id"_s, audience },
            { u"self_review_due"_s, today(10) }, { u"decision_due"_s, today(40) } };
    }
    static QJsonObject submitArgs(const QString &id, const QString &cycleId,
        const QString &rating = QString(Rating::Good),
        const QString &body = u"Bản thân luôn chấp hành nghiêm chủ trương của Đảng."_s)
    {
        return { { u"id"_s, id }, { u"cycle_id"_s, cycleId }, { u"text"_s, body },
            { u"self_rating"_s, rating },
            { u"sections"_s,
                QJsonArray { u"Tư tưởng vững vàng."_s, u"Lối sống giản dị."_s,
                    u"Hoàn thành nhiệm vụ."_s, u"Chấp hành kỷ luật."_s,
                    u"Còn ngại phát biểu."_s } } };
    }
    static QJsonObject rate(
        const QString &reviewId, const QString &rating, const QString &comment = {})
    {
        QJsonObject args { { u"self_review_id"_s, reviewId }, { u"rating"_s, rating } };
        if (!comment.isNull())
            args.insert(u"comment"_s, comment);
        return args;
    }
    bool holdsCycleData(const PulledRows &rows, const QString &cycleId) const
    {
        if (rows.has(QString(RowType::ReviewCycle), cycleId))
            return true;
        for (const QJsonObject &row : rows.rows.value(QString(RowType::ReviewSummary))) {
            if (row.value(u"cycle_id"_s).toString() == cycleId)
                return true;
        }
        for (const QJsonObject &row : rows.rows.value(QString(RowType::SelfReview))) {
            if (row.value(u"cycle_id"_s).toString() == cycleId)
                return true;
        }
        return false;
    }

    // Every summary of the cycle against counts made here from the raw rows: one summary per
    // organisation of the audience's subtree; members, submitted and the counts per rating.
    void checkSummaries(const QString &cycleId) const
    {
        const QString audience
            = text(u"SELECT audience_org_id FROM review_cycles WHERE id = ?"_s, { cycleId });
        QHash<QString, QStringList> above; // org -> its ancestors (itself included)
        forEachRow(f.db(), u"SELECT ancestor_id, descendant_id FROM org_closure"_s, {},
            [&above](
                const QSqlQuery &q) { above[q.value(1).toString()] << q.value(0).toString(); });
        QSet<QString> subtree;
        for (auto it = above.cbegin(); it != above.cend(); ++it) {
            if (it->contains(audience))
                subtree.insert(it.key());
        }
        const QStringList ratings { QString(Rating::Excellent), QString(Rating::Good),
            QString(Rating::Fulfilled), QString(Rating::NotFulfilled) };
        QHash<QString, QList<qint64>> expected; // org -> members, submitted, 4 proposed, 4 decided
        for (const QString &org : subtree)
            expected.insert(org, QList<qint64>(10, 0));
        forEachRow(f.db(), u"SELECT org_id FROM members"_s, {}, [&](const QSqlQuery &q) {
            for (const QString &org : above.value(q.value(0).toString())) {
                if (expected.contains(org))
                    ++expected[org][0];
            }
        });
        forEachRow(f.db(),
            u"SELECT org_id, proposed_rating, decided_rating FROM self_reviews WHERE cycle_id = ?"_s,
            { cycleId }, [&](const QSqlQuery &q) {
                for (const QString &org : above.value(q.value(0).toString())) {
                    if (!expected.contains(org))
                        continue;
                    ++expected[org][1];
                    if (!q.value(1).isNull())
                        ++expected[org][2 + ratings.indexOf(q.value(1).toString())];
                    if (!q.value(2).isNull())
                        ++expected[org][6 + ratings.indexOf(q.value(2).toString())];
                }
            });
        int rows = 0;
        forEachRow(f.db(),
            u"SELECT org_id, members, submitted, proposed_excellent, proposed_good, "
            "proposed_fulfilled, proposed_not_fulfilled, decided_excellent, decided_good, "
            "decided_fulfilled, decided_not_fulfilled FROM review_summaries WHERE cycle_id = ?"_s,
            { cycleId }, [&](const QSqlQuery &q) {
                ++rows;
                const QString org = q.value(0).toString();
                QList<qint64> stored;
                for (int i = 1; i <= 10; ++i)
                    stored << q.value(i).toLongLong();
                QVERIFY2(expected.contains(org), qPrintable(org));
                QCOMPARE(stored, expected.value(org));
            });
        QCOMPARE(rows, int(subtree.size()));
    }

    // The summary row as a viewer pulled it.
    static QJsonObject pulledSummary(const Viewer &v, const QString &cycleId, const QString &org)
    {
        return v.all.row(QString(RowType::ReviewSummary), cycleId + u':' + org);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(f.start(&error), qPrintable(error));
        a1 = viewer(u"dangvien.a1"_s);
        a2 = viewer(u"dangvien.a2"_s);
        secretary = viewer(u"bithu.a"_s);
        ward = viewer(u"danguy.quangtrung"_s);
        province = viewer(u"tinhuy.sonlam"_s);
        district = viewer(u"huyenuy.daiphu"_s);
        stranger = viewer(u"dangvien.b1"_s);
        otherSecretary = viewer(u"bithu.b"_s);
        cellA = a1.account.orgId;
        ward_ = ward.account.orgId;
        district_ = district.account.orgId;
        for (Viewer *v :
            { &a1, &a2, &secretary, &ward, &province, &district, &stranger, &otherSecretary })
            sync(*v);
    }

    // Last year's cycle closed with every member decided at realistic rates; this year's open
    // and in progress; dangvien.a1 has not submitted; the summaries match the raw rows.
    void theDemoHasBothCycles()
    {
        const auto cycles = a1.all.rows.value(QString(RowType::ReviewCycle));
        QCOMPARE(cycles.size(), 2);
        QString open, closed;
        for (const QJsonObject &c : cycles)
            (c.value(u"status"_s).toString() == Protocol::ReviewCycleStatus::Open ? open : closed)
                = c.value(u"id"_s).toString();
        QVERIFY(!open.isEmpty() && !closed.isEmpty());
        const QJsonObject current = a1.all.row(QString(RowType::ReviewCycle), open);
        QVERIFY(current.value(u"decision_due"_s).toString() >= today());
        QVERIFY(current.value(u"opened_at"_s).toString().contains(u"-12-0"_s)
            || current.value(u"opened_at"_s).toString().contains(u"-11-30"_s));

        const int members = count(u"SELECT count(*) FROM members"_s);
        QCOMPARE(count(u"SELECT count(*) FROM self_reviews WHERE cycle_id = ? AND status = ?"_s,
                     { closed, QString(Status::Decided) }),
            members);
        const auto share = [&](const QString &rating) {
            return 100.0
                * count(u"SELECT count(*) FROM self_reviews WHERE cycle_id = ? AND "
                        "decided_rating = ?"_s,
                    { closed, rating })
                / members;
        };
        QVERIFY(share(Rating::Excellent) > 12 && share(Rating::Excellent) < 18);
        QVERIFY(share(Rating::Good) > 70 && share(Rating::Good) < 80);
        QVERIFY(share(Rating::Fulfilled) > 6 && share(Rating::Fulfilled) < 12);
        QVERIFY(share(Rating::NotFulfilled) > 0 && share(Rating::NotFulfilled) < 1);

        // The member: their own decided review of last year, none this year.
        int mine = 0;
        for (const QJsonObject &r : a1.all.rows.value(QString(RowType::SelfReview))) {
            QCOMPARE(r.value(u"member_id"_s).toString(), a1.account.memberId);
            QCOMPARE(r.value(u"cycle_id"_s).toString(), closed);
            ++mine;
        }
        QCOMPARE(mine, 1);
        QVERIFY(a1.all.rows.value(QString(RowType::ReviewSummary)).isEmpty());

        // The secretary: cell A's reviews this year, a few in each state.
        QHash<QString, int> states;
        for (const QJsonObject &r : secretary.all.rows.value(QString(RowType::SelfReview))) {
            QCOMPARE(r.value(u"org_id"_s).toString(), cellA);
            if (r.value(u"cycle_id"_s).toString() == open)
                ++states[r.value(u"status"_s).toString()];
        }
        QCOMPARE(states.value(QString(Status::Decided)), 1);
        QCOMPARE(states.value(QString(Status::Proposed)), 4);
        QCOMPARE(states.value(QString(Status::Submitted)), 7);
        const QJsonObject cellSummary = pulledSummary(secretary, open, cellA);
        QCOMPARE(cellSummary.value(QString(Status::Submitted)).toInt(), 12);
        QCOMPARE(cellSummary.value(u"members"_s).toInt(), f.cellSize(cellA));
        QCOMPARE(cellSummary.value(QString(Status::Proposed)).toObject().size(), 4);

        // Progress elsewhere, and the counts at every level.
        QVERIFY(count(u"SELECT count(*) FROM self_reviews WHERE cycle_id = ? AND org_id <> ?"_s,
                    { open, cellA })
            > 100);
        QVERIFY(count(u"SELECT count(*) FROM self_reviews WHERE cycle_id = ? AND status = ? AND "
                      "org_id <> ?"_s,
                    { open, QString(Status::Decided), cellA })
            > 0);
        checkSummaries(closed);
        checkSummaries(open);
        const QJsonObject all = pulledSummary(province, open, province.account.orgId);
        QCOMPARE(all.value(u"members"_s).toInt(), members);
    }

    void openingACycle()
    {
        const QString id = newId();
        // Refusals: who, where, the year, the dates.
        QCOMPARE(apply(a1, Mutation::ReviewCycleOpen, openArgs(newId(), cellA)),
            QString(Protocol::ErrorCode::NotFound));
        QCOMPARE(apply(secretary, Mutation::ReviewCycleOpen, openArgs(newId(), cellA)),
            QString(Protocol::ErrorCode::NotFound));
        QCOMPARE(apply(ward, Mutation::ReviewCycleOpen, openArgs(newId(), district_)),
            QString(Protocol::ErrorCode::NotFound));
        QCOMPARE(apply(ward, Mutation::ReviewCycleOpen, openArgs(newId(), ward_, 1999)),
            QString(Protocol::ErrorCode::InvalidArgs));
        QJsonObject args = openArgs(newId(), ward_);
        args.insert(u"self_review_due"_s, today(50));
        QCOMPARE(apply(ward, Mutation::ReviewCycleOpen, args),
            QString(Protocol::ErrorCode::InvalidArgs));
        args = openArgs(newId(), ward_);
        args.insert(u"self_review_due"_s, today(-3));
        args.insert(u"decision_due"_s, today(-1));
        QCOMPARE(apply(ward, Mutation::ReviewCycleOpen, args),
            QString(Protocol::ErrorCode::InvalidArgs));
        args = openArgs(newId(), ward_);
        args.insert(u"decision_due"_s, u"15/01/2032"_s);
        QCOMPARE(apply(ward, Mutation::ReviewCycleOpen, args),
            QString(Protocol::ErrorCode::InvalidArgs));
        QCOMPARE(
            count(u"SELECT count(*) FROM review_cycles WHERE year IN (1999, ?)"_s, { kYear }), 0);

        // Opened; the same opening again applied; another under this id a conflict.
        QCOMPARE(apply(ward, Mutation::ReviewCycleOpen, openArgs(id, ward_)), u"applied"_s);
        cycle = id;
        QCOMPARE(apply(ward, Mutation::ReviewCycleOpen, openArgs(id, ward_)), u"applied"_s);
        QCOMPARE(apply(ward, Mutation::ReviewCycleOpen, openArgs(id, cellA)),
            QString(Protocol::ErrorCode::Conflict));
        // Overlapping open cycles of the year: below, above; a disjoint subtree is fine.
        QCOMPARE(apply(ward, Mutation::ReviewCycleOpen, openArgs(newId(), cellA)),
            QString(Protocol::ErrorCode::Conflict));
        QCOMPARE(
            apply(province, Mutation::ReviewCycleOpen, openArgs(newId(), province.account.orgId)),
            QString(Protocol::ErrorCode::Conflict));
        const QString districtCycle = newId();
        QCOMPARE(apply(district, Mutation::ReviewCycleOpen, openArgs(districtCycle, district_)),
            u"applied"_s);
        QCOMPARE(count(u"SELECT count(*) FROM review_summaries WHERE cycle_id = ?"_s, { cycle }),
            count(u"SELECT count(*) FROM org_closure WHERE ancestor_id = ?"_s, { ward_ }));
        checkSummaries(cycle);
        QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = ? AND target_id = ?"_s,
                     { QString(Mutation::ReviewCycleOpen), cycle }),
            1);

        // The ward's members are told; the district's are not told of the ward's cycle.
        const PulledRows seenByA1 = sync(a1);
        QVERIFY(seenByA1.has(QString(RowType::ReviewCycle), cycle));
        QCOMPARE(seenByA1.notifications(cycle, QString(Kind::ReviewOpened)).size(), 1);
        QVERIFY(!holdsCycleData(seenByA1, districtCycle));
        const PulledRows seenByB1 = sync(stranger);
        QVERIFY(!holdsCycleData(seenByB1, cycle));
        QVERIFY(seenByB1.notifications(cycle).isEmpty());
        QCOMPARE(seenByB1.notifications(districtCycle, QString(Kind::ReviewOpened)).size(), 1);
        // A committee outside the subtree sees nothing of it, not even counts; one above sees
        // its summaries.
        QVERIFY(!holdsCycleData(sync(district), cycle));
        sync(province);
        QVERIFY(province.all.has(QString(RowType::ReviewCycle), cycle));
        QCOMPARE(pulledSummary(province, cycle, ward_).value(u"members"_s).toInt(),
            count(u"SELECT count(*) FROM members m JOIN org_closure c ON c.descendant_id = "
                  "m.org_id WHERE c.ancestor_id = ?"_s,
                { ward_ }));
        QVERIFY(!province.all.has(QString(RowType::ReviewSummary), cycle + u':' + district_));
    }

    void submittingASelfReview()
    {
        QVERIFY(!cycle.isEmpty());
        a1Review = newId();
        // Ratings outside the four, an empty text, too many sections: refused.
        QCOMPARE(apply(a1, Mutation::ReviewSubmit, submitArgs(a1Review, cycle, u"perfect"_s)),
            QString(Protocol::ErrorCode::InvalidArgs));
        QCOMPARE(
            apply(a1, Mutation::ReviewSubmit, submitArgs(a1Review, cycle, Rating::Good, u"  "_s)),
            QString(Protocol::ErrorCode::InvalidArgs));
        QJsonObject args = submitArgs(a1Review, cycle);
        QJsonArray nine;
        for (int i = 0; i < 9; ++i)
            nine.append(u"Phần %1"_s.arg(i));
        args.insert(u"sections"_s, nine);
        QCOMPARE(
            apply(a1, Mutation::ReviewSubmit, args), QString(Protocol::ErrorCode::InvalidArgs));
        args = submitArgs(a1Review, cycle);
        args.insert(u"note"_s, u"x"_s);
        QCOMPARE(
            apply(a1, Mutation::ReviewSubmit, args), QString(Protocol::ErrorCode::InvalidArgs));
        // A member outside the audience: like a missing cycle.
        QCOMPARE(apply(stranger, Mutation::ReviewSubmit, submitArgs(newId(), cycle)),
            QString(Protocol::ErrorCode::NotFound));

        QCOMPARE(apply(a1, Mutation::ReviewSubmit, submitArgs(a1Review, cycle, Rating::Excellent)),
            u"applied"_s);
        checkSummaries(cycle);
        // Edited while submitted: the same id replaces text, sections and rating.
        const qint64 mutationId = a1.session->nextMutation;
        const QJsonObject edit
            = submitArgs(a1Review, cycle, Rating::Good, u"Bản kiểm điểm đã sửa lại."_s);
        QCOMPARE(apply(a1, Mutation::ReviewSubmit, edit), u"applied"_s);
        QCOMPARE(text(u"SELECT self_rating FROM self_reviews WHERE id = ?"_s, { a1Review }),
            QString(Rating::Good));
        const int version = count(u"SELECT version FROM self_reviews WHERE id = ?"_s, { a1Review });
        // A replay of the same mutation: the stored answer, nothing written again.
        QCOMPARE(outcome(CellFixture::pushAs(
                     *a1.session, mutationId, QString(Mutation::ReviewSubmit), edit)),
            u"applied"_s);
        QCOMPARE(count(u"SELECT version FROM self_reviews WHERE id = ?"_s, { a1Review }), version);
        // A second self-review in the cycle: refused.
        QCOMPARE(apply(a1, Mutation::ReviewSubmit, submitArgs(newId(), cycle)),
            QString(Protocol::ErrorCode::Conflict));
        // Another member cannot take this id.
        QCOMPARE(apply(a2, Mutation::ReviewSubmit, submitArgs(a1Review, cycle)),
            QString(Protocol::ErrorCode::Conflict));
        QCOMPARE(count(u"SELECT count(*) FROM self_reviews WHERE cycle_id = ?"_s, { cycle }), 1);

        // Who pulls it: the member, the cell's secretary (told once), the committees above;
        // not the cell's other members, not another cell's secretary, not a committee outside.
        const PulledRows mine = sync(a1);
        const QJsonObject row = a1.all.row(QString(RowType::SelfReview), a1Review);
        QCOMPARE(row.value(u"text"_s).toString(), u"Bản kiểm điểm đã sửa lại."_s);
        QCOMPARE(row.value(u"sections"_s).toArray().size(), 5);
        QCOMPARE(row.value(u"status"_s).toString(), QString(Status::Submitted));
        QCOMPARE(row.value(u"late"_s).toBool(), false);
        QVERIFY(row.value(u"proposed_rating"_s).isNull());
        QVERIFY(mine.notifications(a1Review).isEmpty());
        const PulledRows bySecretary = sync(secretary);
        QVERIFY(bySecretary.has(QString(RowType::SelfReview), a1Review));
        QCOMPARE(bySecretary.notifications(a1Review, QString(Kind::ReviewSubmitted)).size(), 1);
        QCOMPARE(
            pulledSummary(secretary, cycle, cellA).value(QString(Status::Submitted)).toInt(), 1);
        QVERIFY(sync(ward).has(QString(RowType::SelfReview), a1Review));
        QVERIFY(sync(province).has(QString(RowType::SelfReview), a1Review));
        QVERIFY(!sync(a2).has(QString(RowType::SelfReview), a1Review));
        QVERIFY(!holdsCycleData(sync(otherSecretary), cycle));
        QVERIFY(!holdsCycleData(sync(district), cycle));
    }

    void proposingAndDeciding()
    {
        QVERIFY(!a1Review.isEmpty());
        const QString notFound = QString(Protocol::ErrorCode::NotFound);
        const QString forbidden = QString(Protocol::ErrorCode::Forbidden);
        const QString conflict = QString(Protocol::ErrorCode::Conflict);
        // The committee decides only after the cell's proposal.
        QCOMPARE(apply(ward, Mutation::ReviewDecide, rate(a1Review, Rating::Good)), conflict);
        // A proposal by anyone but the cell's secretary.
        QCOMPARE(apply(a2, Mutation::ReviewPropose, rate(a1Review, Rating::Good)), notFound);
        QCOMPARE(
            apply(otherSecretary, Mutation::ReviewPropose, rate(a1Review, Rating::Good)), notFound);
        QCOMPARE(apply(a1, Mutation::ReviewPropose, rate(a1Review, Rating::Excellent)), forbidden);
        QCOMPARE(apply(ward, Mutation::ReviewPropose, rate(a1Review, Rating::Good)), forbidden);
        QCOMPARE(apply(secretary, Mutation::ReviewPropose, rate(a1Review, u"tot"_s)),
            QString(Protocol::ErrorCode::InvalidArgs));
        QCOMPARE(apply(secretary, Mutation::ReviewPropose,
                     rate(a1Review, Rating::Good, QString(2001, u'x'))),
            QString(Protocol::ErrorCode::InvalidArgs));
        QCOMPARE(text(u"SELECT status FROM self_reviews WHERE id = ?"_s, { a1Review }),
            QString(Status::Submitted));

        // The cell proposes (the ward's committee told once), then changes its proposal.
        QCOMPARE(apply(secretary, Mutation::ReviewPropose,
                     rate(a1Review, Rating::Excellent, u"Chi bộ thống nhất."_s)),
            u"applied"_s);
        checkSummaries(cycle);
        QCOMPARE(apply(secretary, Mutation::ReviewPropose,
                     rate(a1Review, Rating::Good, u"Chi bộ đề nghị mức tốt."_s)),
            u"applied"_s);
        checkSummaries(cycle);
        const PulledRows byWard = sync(ward);
        QCOMPARE(byWard.notifications(cycle, QString(Kind::ReviewProposed)).size(), 1);
        QCOMPARE(pulledSummary(ward, cycle, cellA)
                     .value(QString(Status::Proposed))
                     .toObject()
                     .value(QString(Rating::Good))
                     .toInt(),
            1);
        // The member can no longer edit.
        QCOMPARE(apply(a1, Mutation::ReviewSubmit, submitArgs(a1Review, cycle)), conflict);

        // A decision by a committee not above the cell, or above it but not deciding.
        QCOMPARE(apply(district, Mutation::ReviewDecide, rate(a1Review, Rating::Good)), notFound);
        QCOMPARE(apply(province, Mutation::ReviewDecide, rate(a1Review, Rating::Good)), forbidden);
        QCOMPARE(apply(secretary, Mutation::ReviewDecide, rate(a1Review, Rating::Good)), forbidden);
        QCOMPARE(apply(ward, Mutation::ReviewDecide, rate(a1Review, u"xuat_sac"_s)),
            QString(Protocol::ErrorCode::InvalidArgs));
        QCOMPARE(
            count(u"SELECT count(*) FROM audit_log WHERE action = 'denied' AND target_id = ?"_s,
                { QString(Mutation::ReviewDecide) }),
            3);

        // The ward's committee decides: final, audited with the rating, the member told.
        QCOMPARE(apply(ward, Mutation::ReviewDecide,
                     rate(a1Review, Rating::Good, u"Đảng ủy thống nhất."_s)),
            u"applied"_s);
        checkSummaries(cycle);
        QCOMPARE(text(u"SELECT detail FROM audit_log WHERE action = ? AND target_id = ?"_s,
                     { QString(Mutation::ReviewDecide), a1Review }),
            u"rating=good"_s);
        QCOMPARE(apply(ward, Mutation::ReviewDecide,
                     rate(a1Review, Rating::Good, u"Đảng ủy thống nhất."_s)),
            u"applied"_s);
        QCOMPARE(apply(ward, Mutation::ReviewDecide, rate(a1Review, Rating::Excellent)), conflict);
        QCOMPARE(
            apply(secretary, Mutation::ReviewPropose, rate(a1Review, Rating::Excellent)), conflict);
        QCOMPARE(apply(a1, Mutation::ReviewSubmit, submitArgs(a1Review, cycle)), conflict);
        QCOMPARE(text(u"SELECT decided_rating FROM self_reviews WHERE id = ?"_s, { a1Review }),
            QString(Rating::Good));

        const PulledRows mine = sync(a1);
        const QJsonObject row = a1.all.row(QString(RowType::SelfReview), a1Review);
        QCOMPARE(row.value(u"status"_s).toString(), QString(Status::Decided));
        QCOMPARE(row.value(u"proposed_rating"_s).toString(), QString(Rating::Good));
        QCOMPARE(row.value(u"proposal_comment"_s).toString(), u"Chi bộ đề nghị mức tốt."_s);
        QVERIFY(!row.value(u"proposed_by_name"_s).toString().isEmpty());
        QCOMPARE(row.value(u"decided_rating"_s).toString(), QString(Rating::Good));
        QCOMPARE(row.value(u"decision_comment"_s).toString(), u"Đảng ủy thống nhất."_s);
        QVERIFY(!row.value(u"decided_by_name"_s).isNull());
        QCOMPARE(mine.notifications(a1Review, QString(Kind::ReviewDecided)).size(), 1);
        sync(ward);
        const QJsonObject wardSummary = pulledSummary(ward, cycle, ward_);
        QCOMPARE(wardSummary.value(QString(Status::Decided))
                     .toObject()
                     .value(QString(Rating::Good))
                     .toInt(),
            1);
    }

    void theCycleOpenerDecidesToo()
    {
        // The ward opened this cycle and is the cell's parent: its second account decides too.
        const QString review = newId();
        QCOMPARE(apply(a2, Mutation::ReviewSubmit, submitArgs(review, cycle, Rating::Fulfilled)),
            u"applied"_s);
        QCOMPARE(apply(secretary, Mutation::ReviewPropose, rate(review, Rating::Fulfilled)),
            u"applied"_s);
        Viewer ward2 = viewer(u"danguy.quangtrung2"_s);
        QCOMPARE(
            apply(ward2, Mutation::ReviewDecide, rate(review, Rating::Fulfilled)), u"applied"_s);
        checkSummaries(cycle);
        // The province's own cycle of the demo: its opener (the province) decides for a cell
        // whose committee is the ward.
        const QString demoCycle = text(u"SELECT id FROM review_cycles WHERE status = ? AND year "
                                       "<> ?"_s,
            { QString(Protocol::ReviewCycleStatus::Open), kYear });
        const QString proposed = text(u"SELECT id FROM self_reviews WHERE cycle_id = ? AND "
                                      "org_id = ? AND status = ? ORDER BY id"_s,
            { demoCycle, cellA, QString(Status::Proposed) });
        QVERIFY(!proposed.isEmpty());
        QCOMPARE(
            apply(province, Mutation::ReviewDecide, rate(proposed, Rating::Good)), u"applied"_s);
        checkSummaries(demoCycle);
    }

    void deadlinesAndClosing()
    {
        // Late: first submitted after the self-review due date.
        runSql(f.db(), u"UPDATE review_cycles SET self_review_due = ? WHERE id = ?"_s,
            { today(-1), cycle });
        const QString late = newId();
        QCOMPARE(apply(secretary, Mutation::ReviewSubmit, submitArgs(late, cycle)), u"applied"_s);
        sync(secretary);
        QCOMPARE(
            secretary.all.row(QString(RowType::SelfReview), late).value(u"late"_s).toBool(), true);
        runSql(f.db(), u"UPDATE review_cycles SET self_review_due = ? WHERE id = ?"_s,
            { today(10), cycle });

        // Closed by the opener's organisation only; twice is fine; then nothing changes.
        QCOMPARE(apply(province, Mutation::ReviewCycleClose, { { u"id"_s, cycle } }),
            QString(Protocol::ErrorCode::NotFound));
        QCOMPARE(apply(a2, Mutation::ReviewCycleClose, { { u"id"_s, cycle } }),
            QString(Protocol::ErrorCode::NotFound));
        QCOMPARE(apply(ward, Mutation::ReviewCycleClose, { { u"id"_s, cycle } }), u"applied"_s);
        QCOMPARE(apply(ward, Mutation::ReviewCycleClose, { { u"id"_s, cycle } }), u"applied"_s);
        QCOMPARE(apply(secretary, Mutation::ReviewPropose, rate(late, Rating::Good)),
            QString(Protocol::ErrorCode::Conflict));
        QVERIFY(sync(a1).has(QString(RowType::ReviewCycle), cycle));
        QCOMPARE(a1.all.row(QString(RowType::ReviewCycle), cycle).value(u"status"_s).toString(),
            QString(Protocol::ReviewCycleStatus::Closed));
        checkSummaries(cycle);
    }

    void pastTheDecisionDueNothingIsSubmitted()
    {
        const QString id = newId();
        QCOMPARE(apply(district, Mutation::ReviewCycleOpen, openArgs(id, district_, kYear + 1)),
            u"applied"_s);
        runSql(f.db(),
            u"UPDATE review_cycles SET self_review_due = ?, decision_due = ? WHERE id = ?"_s,
            { today(-2), today(-1), id });
        QCOMPARE(apply(stranger, Mutation::ReviewSubmit, submitArgs(newId(), id)),
            QString(Protocol::ErrorCode::Conflict));
        QCOMPARE(count(u"SELECT count(*) FROM self_reviews WHERE cycle_id = ?"_s, { id }), 0);
    }

    // Runs last: it moves a member. A member of cell A with a submitted self-review in the
    // demo's open cycle moves to cell B: the self-review follows them (cell B's secretary pulls
    // it and proposes), a decided one of last year's cycle stays in cell A; both cells'
    // summaries of the open cycle, and every level above them, match the raw rows again.
    void aMovedMemberTakesTheirUndecidedSelfReview()
    {
        const QString demoCycle = text(u"SELECT id FROM review_cycles WHERE status = ? AND year "
                                       "<> ?"_s,
            { QString(Protocol::ReviewCycleStatus::Open), kYear });
        const QString closedCycle = text(u"SELECT id FROM review_cycles WHERE status = ?"_s,
            { QString(Protocol::ReviewCycleStatus::Closed) });
        const QString review = text(u"SELECT id FROM self_reviews WHERE cycle_id = ? AND "
                                    "org_id = ? AND status = ? ORDER BY id"_s,
            { demoCycle, cellA, QString(Status::Submitted) });
        QVERIFY(!review.isEmpty());
        const QString member
            = text(u"SELECT member_id FROM self_reviews WHERE id = ?"_s, { review });
        const QString lastYear
            = text(u"SELECT id FROM self_reviews WHERE cycle_id = ? AND member_id = ?"_s,
                { closedCycle, member });
        QVERIFY(!lastYear.isEmpty());
        const QString cellB = stranger.account.orgId;

        const auto moved = f.cli({ u"member"_s, u"move"_s, u"--db"_s, member, cellB });
        QVERIFY2(moved.exitCode == 0, moved.standardError.constData());
        QCOMPARE(text(u"SELECT org_id FROM self_reviews WHERE id = ?"_s, { review }), cellB);
        QCOMPARE(text(u"SELECT org_id FROM self_reviews WHERE id = ?"_s, { lastYear }), cellA);
        checkSummaries(demoCycle); // (a closed cycle's summaries stay as they were closed)
        QVERIFY(sync(otherSecretary).has(QString(RowType::SelfReview), review));
        QCOMPARE(apply(otherSecretary, Mutation::ReviewPropose, rate(review, Rating::Good)),
            u"applied"_s);
        QCOMPARE(apply(secretary, Mutation::ReviewPropose, rate(review, Rating::Good)),
            QString(Protocol::ErrorCode::NotFound));
        checkSummaries(demoCycle);
    }
};

QTEST_GUILESS_MAIN(TestServerReview)
#include "tst_server_review.moc"
