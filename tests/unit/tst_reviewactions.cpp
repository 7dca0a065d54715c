// The annual review on the device (DESIGN.md 8.6, issue 22) over a real vault: ReviewActions'
// five mutations refused on the device before anything is queued (every local rule), queued
// with the replica row and the summaries held for it changed at once and pending, rolled back
// when the server refuses them; the member's draft in the vault until the server holds the
// same content (a refused submit keeps it, and RejectedChangesModel says so); the member's
// SelfReviewController from no draft to the rating decided.
#include "mutationnames.h"
#include "outbox.h"
#include "pushreply.h"
#include "rejectedchangesmodel.h"
#include "replicastore.h"
#include "reviewactions.h"
#include "reviewrating.h"
#include "selfreviewcontroller.h"
#include "sqlitedatabase.h"
#include "unlockedsession.h"
#include "vaultsession.h"
#include "vaultsyncstore.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
const QString kPin = u"246810"_s;
// 08:00 UTC, 15:00 in Vietnam, Monday 7 December 2026.
const QDateTime kNow(QDate(2026, 12, 7), QTime(8, 0), QTimeZone::utc());

QJsonObject org(const QString &id, const QString &parent, const QString &name)
{
    return { { u"id"_s, id }, { u"parent_id"_s, parent.isEmpty() ? QJsonValue() : parent },
        { u"name"_s, name }, { u"kind"_s, u"cell"_s } };
}

QJsonObject member(const QString &id, const QString &cell, const QString &name)
{
    return { { u"id"_s, id }, { u"org_id"_s, cell }, { u"full_name"_s, name } };
}

QJsonObject cycle(const QString &id, int year, const QString &audience, const QString &opener,
    const QString &status, const QString &selfDue = u"2026-12-20"_s,
    const QString &decisionDue = u"2026-12-31"_s)
{
    return { { u"id"_s, id }, { u"year"_s, year }, { u"audience_org_id"_s, audience },
        { u"audience_name"_s, u"Đảng bộ xã Hòa Bình"_s }, { u"opener_org_id"_s, opener },
        { u"opener_name"_s, u"Đảng ủy xã Hòa Bình"_s }, { u"self_review_due"_s, selfDue },
        { u"decision_due"_s, decisionDue }, { u"status"_s, status },
        { u"opened_at"_s, u"2026-12-01T01:00:00.000Z"_s }, { u"closed_at"_s, QJsonValue() } };
}

QJsonObject review(const QString &id, const QString &memberId, const QString &cell,
    const QString &status, const QString &proposed = {}, const QString &decided = {})
{
    auto orNull = [](const QString &text) { return text.isEmpty() ? QJsonValue() : text; };
    return { { u"id"_s, id }, { u"cycle_id"_s, u"rc"_s }, { u"member_id"_s, memberId },
        { u"member_name"_s, u"Đảng viên "_s + memberId }, { u"org_id"_s, cell },
        { u"text"_s, u"1. Về tư tưởng chính trị\nVững vàng"_s },
        { u"sections"_s, QJsonArray { u"Vững vàng"_s } }, { u"self_rating"_s, u"good"_s },
        { u"status"_s, status }, { u"late"_s, false },
        { u"submitted_at"_s, u"2026-12-03T02:00:00.000Z"_s },
        { u"updated_at"_s, u"2026-12-03T02:00:00.000Z"_s },
        { u"proposed_rating"_s, orNull(proposed) },
        { u"proposal_comment"_s, proposed.isEmpty() ? QJsonValue() : u"Chi bộ thống nhất"_s },
        { u"proposed_by_name"_s, proposed.isEmpty() ? QJsonValue() : u"Lê Văn Sơn"_s },
        { u"proposed_at"_s, proposed.isEmpty() ? QJsonValue() : u"2026-12-10T12:00:00.000Z"_s },
        { u"decided_rating"_s, orNull(decided) },
        { u"decision_comment"_s, decided.isEmpty() ? QJsonValue() : u"Đồng ý với chi bộ"_s },
        { u"decided_by_name"_s, decided.isEmpty() ? QJsonValue() : u"Đảng ủy xã Hòa Bình"_s },
        { u"decided_at"_s, decided.isEmpty() ? QJsonValue() : u"2026-12-15T03:00:00.000Z"_s } };
}

QJsonObject summary(const QString &org, int members)
{
    const QJsonObject none { { u"excellent"_s, 0 }, { u"good"_s, 0 }, { u"fulfilled"_s, 0 },
        { u"not_fulfilled"_s, 0 } };
    return { { u"id"_s, u"rc:"_s + org }, { u"cycle_id"_s, u"rc"_s }, { u"org_id"_s, org },
        { u"members"_s, members }, { u"submitted"_s, 0 }, { u"proposed"_s, none },
        { u"decided"_s, none }, { u"updated_at"_s, u"2026-12-01T01:00:00.000Z"_s } };
}

const QStringList kSections { u"  Luôn kiên định  "_s, u"Giản dị, gương mẫu"_s,
    u"Hoàn thành các việc được giao"_s, u""_s, u"Còn chậm đọc tài liệu; sẽ đọc trước mỗi kỳ"_s };

} // namespace

class TestReviewActions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VaultSession> m_session;
    QDateTime m_now = kNow;

    SqliteDatabase &db() { return m_session->vault().database(); }
    ReviewActions actions()
    {
        return ReviewActions(db(), [this] { return m_now; });
    }
    void signInAs(const QString &memberId, const QString &role, const QString &orgId)
    {
        VaultSyncStore(m_session->vault())
            .saveSession(u"token"_s,
                AuthUser {
                    u"u-"_s + (memberId.isEmpty() ? orgId : memberId), memberId, role, orgId });
    }
    int pendingCount() { return Outbox(db()).pendingCount(); }
    QJsonObject row(const QString &type, const QString &id)
    {
        return ReplicaStore(db()).get(type, id).value_or(QJsonObject());
    }
    int summaryCount(const QString &org, const QString &key, const QString &rating = {})
    {
        const QJsonObject s = row(u"review_summary"_s, u"rc:"_s + org);
        return rating.isEmpty() ? s.value(key).toInt()
                                : s.value(key).toObject().value(rating).toInt();
    }
    // The server's answer to every pending mutation: applied, or each rejected with `code`.
    void answerAll(bool applied, const QString &code = {}, const QString &message = {})
    {
        PushReply reply;
        for (const PendingMutation &mutation : Outbox(db()).pending()) {
            reply.lastMutationId = mutation.id;
            reply.results.append({ mutation.id, applied, code, message, {} });
        }
        VaultSyncStore(m_session->vault()).acknowledge(reply);
    }
    void put(const QString &type, const QString &id, const QJsonObject &data)
    {
        ReplicaStore(db()).put(type, id, 1, data);
    }

private Q_SLOTS:
    void init()
    {
        m_now = kNow;
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_session = unlockedTestSession(*m_dir, kPin);
        QVERIFY(m_session);
        // Province p1 > commune g1 (its committee decides) > cells c1, c2; commune g2 > c3.
        put(u"organization"_s, u"p1"_s, org(u"p1"_s, {}, u"Tỉnh ủy"_s));
        put(u"organization"_s, u"g1"_s, org(u"g1"_s, u"p1"_s, u"Đảng ủy xã Hòa Bình"_s));
        put(u"organization"_s, u"c1"_s, org(u"c1"_s, u"g1"_s, u"Chi bộ thôn Đông"_s));
        put(u"organization"_s, u"c2"_s, org(u"c2"_s, u"g1"_s, u"Chi bộ thôn Tây"_s));
        put(u"organization"_s, u"g2"_s, org(u"g2"_s, u"p1"_s, u"Đảng ủy xã An Lạc"_s));
        put(u"organization"_s, u"c3"_s, org(u"c3"_s, u"g2"_s, u"Chi bộ thôn Bắc"_s));
        put(u"member"_s, u"m-a1"_s, member(u"m-a1"_s, u"c1"_s, u"Nguyễn Văn An"_s));
        put(u"member"_s, u"m-sec"_s, member(u"m-sec"_s, u"c1"_s, u"Lê Văn Sơn"_s));
        put(u"member"_s, u"m-c3"_s, member(u"m-c3"_s, u"c3"_s, u"Phạm Thị Cúc"_s));
        put(u"review_cycle"_s, u"rc"_s, cycle(u"rc"_s, 2026, u"g1"_s, u"g1"_s, u"open"_s));
        put(u"review_summary"_s, u"rc:c1"_s, summary(u"c1"_s, 12));
        put(u"review_summary"_s, u"rc:g1"_s, summary(u"g1"_s, 40));
        signInAs(u"m-a1"_s, u"member"_s, u"c1"_s);
    }
    void cleanup()
    {
        m_session.reset();
        m_dir.reset();
    }

    void ratingsHaveTheirVietnameseNames()
    {
        QCOMPARE(ReviewRating::all(),
            (QStringList { u"excellent"_s, u"good"_s, u"fulfilled"_s, u"not_fulfilled"_s }));
        QCOMPARE(ReviewRating::name(u"excellent"_s), u"Hoàn thành xuất sắc nhiệm vụ"_s);
        QCOMPARE(ReviewRating::name(u"good"_s), u"Hoàn thành tốt nhiệm vụ"_s);
        QCOMPARE(ReviewRating::name(u"fulfilled"_s), u"Hoàn thành nhiệm vụ"_s);
        QCOMPARE(ReviewRating::name(u"not_fulfilled"_s), u"Không hoàn thành nhiệm vụ"_s);
        QVERIFY(ReviewRating::name(u"great"_s).isEmpty());
        QVERIFY(!ReviewRating::isValid(u"Good"_s));
        QCOMPARE(ReviewRating::choiceList().size(), 4);
        QCOMPARE(ReviewRating::choiceList().at(3).toMap().value(u"label"_s).toString(),
            u"Không hoàn thành nhiệm vụ"_s);
    }

    void theTextIsComposedUnderTheHeadings()
    {
        QCOMPARE(ReviewActions::sectionHeadings().size(), ReviewActions::kSectionCount);
        QCOMPARE(ReviewActions::composeText(kSections),
            u"1. Về tư tưởng chính trị\nLuôn kiên định\n\n"
            "2. Về phẩm chất đạo đức, lối sống\nGiản dị, gương mẫu\n\n"
            "3. Về thực hiện chức trách, nhiệm vụ được giao\nHoàn thành các việc được giao\n\n"
            "5. Hạn chế, khuyết điểm, nguyên nhân và biện pháp khắc phục\n"
            "Còn chậm đọc tài liệu; sẽ đọc trước mỗi kỳ"_s);
        QVERIFY(ReviewActions::composeText({ u"  "_s, QString() }).isEmpty());
    }

    void aDraftIsSubmittedAndKeptUntilTheServerHoldsIt()
    {
        actions().saveDraft(u"rc"_s, kSections, u"good"_s);
        QCOMPARE(actions().draft(u"rc"_s)->sections, kSections);
        QCOMPARE(pendingCount(), 0); // a draft is never sent

        const auto result = actions().submit(u"rc"_s);
        QVERIFY2(result.ok(), qPrintable(result.error));
        const QList<PendingMutation> pending = Outbox(db()).pending();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.at(0).name, QString(Protocol::Mutation::ReviewSubmit));
        const QJsonObject args = pending.at(0).args;
        QCOMPARE(args.keys(),
            (QStringList { u"cycle_id"_s, u"id"_s, u"sections"_s, u"self_rating"_s, u"text"_s }));
        QCOMPARE(args.value(u"text"_s).toString(), ReviewActions::composeText(kSections));
        QCOMPARE(args.value(u"sections"_s).toArray().size(), 5);
        QCOMPARE(args.value(u"sections"_s).toArray().at(0).toString(), u"Luôn kiên định"_s);
        QCOMPARE(args.value(u"self_rating"_s).toString(), u"good"_s);

        // The row shows at once, pending; the cell's and the commune's summaries count it.
        const QString id = result.rowId;
        QCOMPARE(args.value(u"id"_s).toString(), id);
        const QJsonObject mine = row(u"self_review"_s, id);
        QCOMPARE(mine.value(u"status"_s).toString(), u"submitted"_s);
        QCOMPARE(mine.value(u"member_id"_s).toString(), u"m-a1"_s);
        QCOMPARE(mine.value(u"member_name"_s).toString(), u"Nguyễn Văn An"_s);
        QCOMPARE(mine.value(u"org_id"_s).toString(), u"c1"_s);
        QCOMPARE(mine.value(u"late"_s).toBool(), false);
        QVERIFY(Outbox(db()).hasPendingChange(u"self_review"_s, id));
        QCOMPARE(summaryCount(u"c1"_s, u"submitted"_s), 1);
        QCOMPARE(summaryCount(u"g1"_s, u"submitted"_s), 1);

        // Still pending: the draft stays.
        actions().dropSettledDrafts();
        QVERIFY(actions().draft(u"rc"_s));

        // Edited and submitted again before the sync: the same id, counted once.
        QStringList edited = kSections;
        edited[3] = u"Chấp hành nghiêm"_s;
        actions().saveDraft(u"rc"_s, edited, u"excellent"_s);
        const auto again = actions().submit(u"rc"_s);
        QVERIFY(again.ok());
        QCOMPARE(again.rowId, id);
        QCOMPARE(summaryCount(u"c1"_s, u"submitted"_s), 1);
        QCOMPARE(row(u"self_review"_s, id).value(u"self_rating"_s).toString(), u"excellent"_s);

        // The server applies both: the draft, the same as what it holds, goes.
        answerAll(true);
        QVERIFY(!Outbox(db()).hasPendingChange(u"self_review"_s, id));
        actions().dropSettledDrafts();
        QVERIFY(!actions().draft(u"rc"_s));
        QCOMPARE(actions().mySelfReview(u"rc"_s)->value(u"id"_s).toString(), id);
    }

    void aDraftDifferentFromTheAcceptedOneStays()
    {
        put(u"self_review"_s, u"sr-a1"_s, review(u"sr-a1"_s, u"m-a1"_s, u"c1"_s, u"submitted"_s));
        actions().saveDraft(u"rc"_s, { u"Vững vàng"_s, u"Thêm một ý"_s }, u"good"_s);
        actions().dropSettledDrafts();
        QVERIFY(actions().draft(u"rc"_s)); // not sent yet
        actions().saveDraft(u"rc"_s, { u"Vững vàng "_s, QString() }, u"good"_s);
        actions().dropSettledDrafts();
        QVERIFY(!actions().draft(u"rc"_s)); // the server holds the same
        // Once the cell proposed, a draft can no longer be sent: it goes.
        put(u"self_review"_s, u"sr-a1"_s,
            review(u"sr-a1"_s, u"m-a1"_s, u"c1"_s, u"proposed"_s, u"good"_s));
        actions().saveDraft(u"rc"_s, { u"Một ý mới"_s }, u"good"_s);
        actions().dropSettledDrafts();
        QVERIFY(!actions().draft(u"rc"_s));
    }

    void aRefusedSubmitKeepsTheDraftAndIsListed()
    {
        actions().saveDraft(u"rc"_s, kSections, u"good"_s);
        const auto result = actions().submit(u"rc"_s);
        QVERIFY(result.ok());
        answerAll(false, u"conflict"_s, u"Đồng chí đã có bản kiểm điểm trong đợt này."_s);
        // Rolled back: no row, the summaries as before; the draft is still here.
        QVERIFY(!ReplicaStore(db()).get(u"self_review"_s, result.rowId));
        QCOMPARE(summaryCount(u"c1"_s, u"submitted"_s), 0);
        QCOMPARE(summaryCount(u"g1"_s, u"submitted"_s), 0);
        actions().dropSettledDrafts();
        QCOMPARE(actions().draft(u"rc"_s)->sections, kSections);

        RejectedChangesModel rejected;
        rejected.setRejected(Outbox(db()).rejected());
        QCOMPARE(rejected.rowCount(), 1);
        QCOMPARE(rejected.index(0).data(RejectedChangesModel::ActionRole).toString(),
            u"Nộp bản kiểm điểm"_s);
        QCOMPARE(rejected.index(0).data(RejectedChangesModel::ReasonRole).toString(),
            u"Đồng chí đã có bản kiểm điểm trong đợt này. Bản kiểm điểm của đồng chí vẫn được "
            "giữ trên máy."_s);
        // Every review mutation has its label.
        for (const auto name :
            { Protocol::Mutation::ReviewCycleOpen, Protocol::Mutation::ReviewCycleClose,
                Protocol::Mutation::ReviewPropose, Protocol::Mutation::ReviewDecide })
            QVERIFY(
                !RejectedChangesModel::actionLabel(QString(name)).startsWith(u"Thay đổi khác"_s));
    }

    void submitRefusedOnTheDevice()
    {
        auto refused = [&](const QString &code) {
            const auto result = actions().submit(u"rc"_s);
            return !result.ok() && result.error == code && pendingCount() == 0;
        };
        QVERIFY(refused(ReviewError::Empty)); // no draft
        actions().saveDraft(u"rc"_s, { u"  "_s, u"\n"_s }, u"good"_s);
        QVERIFY(refused(ReviewError::Empty));
        actions().saveDraft(u"rc"_s, kSections, QString());
        QVERIFY(refused(ReviewError::NoRating));
        actions().saveDraft(u"rc"_s, kSections, u"great"_s);
        QVERIFY(refused(ReviewError::NoRating));
        actions().saveDraft(u"rc"_s, { QString(20001, u'a') }, u"good"_s);
        QVERIFY(refused(u"invalid_args"_s)); // one section over Limit::SelfReviewSection
        actions().saveDraft(u"rc"_s, QStringList(5, QString(12000, u'a')), u"good"_s);
        QVERIFY(refused(u"invalid_args"_s)); // the text over Limit::SelfReviewText
        actions().saveDraft(u"rc"_s, QStringList(9, u"ý"_s), u"good"_s);
        QVERIFY(refused(u"invalid_args"_s)); // over Limit::SelfReviewSections
        actions().saveDraft(u"rc"_s, kSections, u"good"_s);
        QVERIFY(!actions().submit(u"unknown"_s).ok());

        // After the decision due date (in Vietnam): 31/12 16:59 UTC is 1 January there.
        m_now = QDateTime(QDate(2026, 12, 31), QTime(17, 0), QTimeZone::utc());
        QVERIFY(refused(ReviewError::PastDeadline));
        m_now = QDateTime(QDate(2026, 12, 31), QTime(16, 59), QTimeZone::utc());
        QVERIFY(actions().submit(u"rc"_s).ok());
        QVERIFY(row(u"self_review"_s, actions().mySelfReview(u"rc"_s)->value(u"id"_s).toString())
                    .value(u"late"_s)
                    .toBool()); // after 20/12
        answerAll(true);
        m_now = kNow;

        // Proposed, decided: no longer the member's to change.
        const QString id = actions().mySelfReview(u"rc"_s)->value(u"id"_s).toString();
        put(u"self_review"_s, id, review(id, u"m-a1"_s, u"c1"_s, u"proposed"_s, u"good"_s));
        QVERIFY(refused(ReviewError::Proposed));
        put(u"self_review"_s, id,
            review(id, u"m-a1"_s, u"c1"_s, u"decided"_s, u"good"_s, u"good"_s));
        QVERIFY(refused(ReviewError::Decided));

        // A closed cycle; a cycle of another commune; a committee account (no member).
        put(u"review_cycle"_s, u"rc"_s, cycle(u"rc"_s, 2026, u"g1"_s, u"g1"_s, u"closed"_s));
        QVERIFY(refused(ReviewError::CycleClosed));
        put(u"review_cycle"_s, u"rc"_s, cycle(u"rc"_s, 2026, u"g2"_s, u"g2"_s, u"open"_s));
        QVERIFY(refused(u"not_found"_s));
        signInAs({}, u"committee"_s, u"g1"_s);
        QVERIFY(refused(u"not_signed_in"_s));
        QVERIFY(!ReviewActions::message(ReviewError::PastDeadline).isEmpty());
    }

    void theSecretaryProposes()
    {
        put(u"self_review"_s, u"sr-a1"_s, review(u"sr-a1"_s, u"m-a1"_s, u"c1"_s, u"submitted"_s));
        put(u"self_review"_s, u"sr-c3"_s, review(u"sr-c3"_s, u"m-c3"_s, u"c3"_s, u"submitted"_s));
        auto refused = [&](const QString &id, const QString &rating, const QString &comment,
                           const QString &code) {
            const auto result = actions().propose(id, rating, comment);
            return !result.ok() && result.error == code && pendingCount() == 0;
        };
        // A plain member may not.
        QVERIFY(refused(u"sr-a1"_s, u"good"_s, {}, u"forbidden"_s));
        signInAs(u"m-sec"_s, u"secretary"_s, u"c1"_s);
        QVERIFY(refused(u"sr-a1"_s, u"Good"_s, {}, u"invalid_args"_s));
        QVERIFY(refused(u"sr-a1"_s, u"good"_s, QString(2001, u'x'), u"invalid_args"_s));
        QVERIFY(refused(u"sr-zz"_s, u"good"_s, {}, u"not_found"_s));
        QVERIFY(refused(u"sr-c3"_s, u"good"_s, {}, u"forbidden"_s)); // another cell's

        const auto result = actions().propose(u"sr-a1"_s, u"good"_s, u"  Chi bộ thống nhất  "_s);
        QVERIFY2(result.ok(), qPrintable(result.error));
        const PendingMutation sent = Outbox(db()).pending().at(0);
        QCOMPARE(sent.name, QString(Protocol::Mutation::ReviewPropose));
        QCOMPARE(sent.args,
            (QJsonObject { { u"self_review_id"_s, u"sr-a1"_s }, { u"rating"_s, u"good"_s },
                { u"comment"_s, u"Chi bộ thống nhất"_s } }));
        QJsonObject shown = row(u"self_review"_s, u"sr-a1"_s);
        QCOMPARE(shown.value(u"status"_s).toString(), u"proposed"_s);
        QCOMPARE(shown.value(u"proposed_rating"_s).toString(), u"good"_s);
        QCOMPARE(shown.value(u"proposed_by_name"_s).toString(), u"Lê Văn Sơn"_s);
        QCOMPARE(summaryCount(u"c1"_s, u"proposed"_s, u"good"_s), 1);
        QCOMPARE(summaryCount(u"g1"_s, u"proposed"_s, u"good"_s), 1);

        // Changed before the decision: counted under the new rating only.
        QVERIFY(actions().propose(u"sr-a1"_s, u"excellent"_s, {}).ok());
        QCOMPARE(summaryCount(u"c1"_s, u"proposed"_s, u"good"_s), 0);
        QCOMPARE(summaryCount(u"c1"_s, u"proposed"_s, u"excellent"_s), 1);
        // The same again: nothing sent.
        const auto same = actions().propose(u"sr-a1"_s, u"excellent"_s, {});
        QVERIFY(same.ok());
        QCOMPARE(same.mutationId, 0);
        QCOMPARE(pendingCount(), 2);

        // Refused by the server: the row and the summaries as they were.
        answerAll(false, u"forbidden"_s, u"Không được phép."_s);
        QCOMPARE(row(u"self_review"_s, u"sr-a1"_s).value(u"status"_s).toString(), u"submitted"_s);
        QCOMPARE(summaryCount(u"c1"_s, u"proposed"_s, u"excellent"_s), 0);
        QCOMPARE(summaryCount(u"g1"_s, u"proposed"_s, u"good"_s), 0);

        put(u"self_review"_s, u"sr-a1"_s,
            review(u"sr-a1"_s, u"m-a1"_s, u"c1"_s, u"decided"_s, u"good"_s, u"good"_s));
        QVERIFY(refused(u"sr-a1"_s, u"fulfilled"_s, {}, ReviewError::Decided));
        put(u"self_review"_s, u"sr-a1"_s, review(u"sr-a1"_s, u"m-a1"_s, u"c1"_s, u"submitted"_s));
        put(u"review_cycle"_s, u"rc"_s, cycle(u"rc"_s, 2026, u"g1"_s, u"g1"_s, u"closed"_s));
        QVERIFY(refused(u"sr-a1"_s, u"good"_s, {}, ReviewError::CycleClosed));
    }

    void theCommitteeDecides()
    {
        put(u"self_review"_s, u"sr-a1"_s,
            review(u"sr-a1"_s, u"m-a1"_s, u"c1"_s, u"proposed"_s, u"good"_s));
        put(u"self_review"_s, u"sr-sec"_s,
            review(u"sr-sec"_s, u"m-sec"_s, u"c1"_s, u"proposed"_s, u"excellent"_s));
        put(u"self_review"_s, u"sr-b"_s, review(u"sr-b"_s, u"m-b"_s, u"c1"_s, u"submitted"_s));
        auto refused = [&](const QString &id, const QString &rating, const QString &code) {
            const auto result = actions().decide(id, rating, {});
            return !result.ok() && result.error == code && pendingCount() == 0;
        };
        signInAs(u"m-sec"_s, u"secretary"_s, u"c1"_s);
        QVERIFY(refused(u"sr-a1"_s, u"good"_s, u"forbidden"_s));
        signInAs({}, u"committee"_s, u"g2"_s); // another commune's committee
        QVERIFY(refused(u"sr-a1"_s, u"good"_s, u"forbidden"_s));
        signInAs({}, u"committee"_s, u"p1"_s); // above, but neither the commune nor the opener
        QVERIFY(refused(u"sr-a1"_s, u"good"_s, u"forbidden"_s));
        signInAs({}, u"committee"_s, u"g1"_s);
        QVERIFY(refused(u"sr-a1"_s, u"best"_s, u"invalid_args"_s));
        QVERIFY(!actions().decide(u"sr-a1"_s, u"good"_s, QString(2001, u'x')).ok());
        QVERIFY(refused(u"sr-b"_s, u"good"_s, ReviewError::NotProposed));
        QVERIFY(refused(u"sr-zz"_s, u"good"_s, u"not_found"_s));

        const auto result = actions().decide(u"sr-a1"_s, u"fulfilled"_s, u"Cần cố gắng hơn"_s);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(Outbox(db()).pending().at(0).name, QString(Protocol::Mutation::ReviewDecide));
        const QJsonObject shown = row(u"self_review"_s, u"sr-a1"_s);
        QCOMPARE(shown.value(u"status"_s).toString(), u"decided"_s);
        QCOMPARE(shown.value(u"decided_rating"_s).toString(), u"fulfilled"_s);
        QCOMPARE(shown.value(u"decision_comment"_s).toString(), u"Cần cố gắng hơn"_s);
        QCOMPARE(shown.value(u"decided_by_name"_s).toString(), u"Đảng ủy xã Hòa Bình"_s);
        QCOMPARE(summaryCount(u"c1"_s, u"decided"_s, u"fulfilled"_s), 1);
        QCOMPARE(summaryCount(u"g1"_s, u"decided"_s, u"fulfilled"_s), 1);
        // Final: the same decision sends nothing, another is refused.
        QCOMPARE(actions().decide(u"sr-a1"_s, u"fulfilled"_s, u"Cần cố gắng hơn"_s).mutationId, 0);
        QCOMPARE(actions().decide(u"sr-a1"_s, u"good"_s, {}).error, QString(ReviewError::Decided));
        answerAll(true);

        // The bulk "agree with the cell's proposals": the proposal's rating, one mutation each.
        const QList<ReviewActions::Result> results
            = actions().agreeWithProposals({ u"sr-sec"_s, u"sr-b"_s, u"sr-zz"_s });
        QCOMPARE(results.size(), 3);
        QVERIFY(results.at(0).ok());
        QCOMPARE(results.at(1).error, QString(ReviewError::NotProposed));
        QCOMPARE(results.at(2).error, u"not_found"_s);
        QCOMPARE(pendingCount(), 1);
        QCOMPARE(Outbox(db()).pending().at(0).args.value(u"rating"_s).toString(), u"excellent"_s);
        QCOMPARE(summaryCount(u"c1"_s, u"decided"_s, u"excellent"_s), 1);

        // The cycle's opener may decide too (a province's cycle); a closed cycle: no more.
        put(u"review_cycle"_s, u"rc"_s, cycle(u"rc"_s, 2026, u"g1"_s, u"p1"_s, u"open"_s));
        put(u"self_review"_s, u"sr-b"_s,
            review(u"sr-b"_s, u"m-b"_s, u"c1"_s, u"proposed"_s, u"good"_s));
        signInAs({}, u"committee"_s, u"p1"_s);
        QVERIFY(actions().decide(u"sr-b"_s, u"good"_s, {}).ok());
        put(u"review_cycle"_s, u"rc"_s, cycle(u"rc"_s, 2026, u"g1"_s, u"g1"_s, u"closed"_s));
        signInAs({}, u"committee"_s, u"g1"_s);
        put(u"self_review"_s, u"sr-c"_s,
            review(u"sr-c"_s, u"m-c"_s, u"c1"_s, u"proposed"_s, u"good"_s));
        QCOMPARE(
            actions().decide(u"sr-c"_s, u"good"_s, {}).error, QString(ReviewError::CycleClosed));
    }

    void aCommitteeOpensAndClosesACycle()
    {
        ReviewCycleSpec spec { 2027, u"c2"_s, QDate(2027, 12, 20), QDate(2027, 12, 31) };
        const QDate today = ReviewActions::vietnamDate(kNow);
        QVERIFY(ReviewActions::cycleProblem(spec, today).isEmpty());
        auto problem = [&](auto change) {
            ReviewCycleSpec changed = spec;
            change(changed);
            return ReviewActions::cycleProblem(changed, today);
        };
        QVERIFY(!problem([](ReviewCycleSpec &s) { s.year = 1999; }).isEmpty());
        QVERIFY(!problem([](ReviewCycleSpec &s) { s.year = 2101; }).isEmpty());
        QVERIFY(!problem([](ReviewCycleSpec &s) { s.audienceOrgId.clear(); }).isEmpty());
        QVERIFY(!problem([](ReviewCycleSpec &s) { s.selfReviewDue = {}; }).isEmpty());
        QVERIFY(
            !problem([](ReviewCycleSpec &s) { s.selfReviewDue = QDate(2028, 1, 5); }).isEmpty());
        QVERIFY(!problem([](ReviewCycleSpec &s) {
            s.selfReviewDue = QDate(2026, 12, 1);
            s.decisionDue = QDate(2026, 12, 6);
        }).isEmpty());

        auto refused = [&](const ReviewCycleSpec &s, const QString &code) {
            const auto result = actions().openCycle(s);
            return !result.ok() && result.error == code && pendingCount() == 0;
        };
        ReviewCycleSpec bad = spec;
        bad.decisionDue = QDate(2026, 12, 6); // before today
        bad.selfReviewDue = QDate(2026, 12, 1);
        signInAs({}, u"committee"_s, u"g1"_s);
        QVERIFY(refused(bad, u"invalid_args"_s));
        signInAs(u"m-sec"_s, u"secretary"_s, u"c1"_s);
        QVERIFY(refused(spec, u"forbidden"_s));
        signInAs({}, u"committee"_s, u"g1"_s);
        ReviewCycleSpec elsewhere = spec;
        elsewhere.audienceOrgId = u"c3"_s;
        QVERIFY(refused(elsewhere, u"not_found"_s));
        // 2026 is open for g1: not again for g1, nor for a cell below it.
        ReviewCycleSpec overlapping { 2026, u"c1"_s, QDate(2026, 12, 20), QDate(2026, 12, 31) };
        QVERIFY(refused(overlapping, ReviewError::CycleOverlaps));

        const auto opened = actions().openCycle(spec);
        QVERIFY2(opened.ok(), qPrintable(opened.error));
        const PendingMutation sent = Outbox(db()).pending().at(0);
        QCOMPARE(sent.name, QString(Protocol::Mutation::ReviewCycleOpen));
        QCOMPARE(sent.args,
            (QJsonObject { { u"id"_s, opened.rowId }, { u"year"_s, 2027 },
                { u"audience_org_id"_s, u"c2"_s }, { u"self_review_due"_s, u"2027-12-20"_s },
                { u"decision_due"_s, u"2027-12-31"_s } }));
        const QJsonObject shown = row(u"review_cycle"_s, opened.rowId);
        QCOMPARE(shown.value(u"status"_s).toString(), u"open"_s);
        QCOMPARE(shown.value(u"opener_org_id"_s).toString(), u"g1"_s);
        QCOMPARE(shown.value(u"audience_name"_s).toString(), u"Chi bộ thôn Tây"_s);

        // Closing: the opener's committee only; a closed cycle sends nothing.
        signInAs({}, u"committee"_s, u"p1"_s);
        QCOMPARE(actions().closeCycle(u"rc"_s).error, u"forbidden"_s);
        QCOMPARE(actions().closeCycle(u"nope"_s).error, u"not_found"_s);
        signInAs({}, u"committee"_s, u"g1"_s);
        const auto closed = actions().closeCycle(u"rc"_s);
        QVERIFY(closed.ok());
        QCOMPARE(row(u"review_cycle"_s, u"rc"_s).value(u"status"_s).toString(), u"closed"_s);
        QCOMPARE(Outbox(db()).pending().at(1).args, (QJsonObject { { u"id"_s, u"rc"_s } }));
        answerAll(true);
        QCOMPARE(actions().closeCycle(u"rc"_s).mutationId, 0);
        QCOMPARE(pendingCount(), 0);
    }

    void theMemberFollowsTheirSelfReview()
    {
        SelfReviewController controller;
        controller.setClock([this] { return m_now; });
        controller.setSession(m_session.get());
        QVERIFY(controller.found());
        QVERIFY(controller.hasOpenCycle());
        QCOMPARE(controller.currentCycleId(), u"rc"_s);
        QCOMPARE(controller.title(), u"Kiểm điểm cuối năm 2026"_s);
        QCOMPARE(controller.dueText(), u"Hạn nộp: 20/12/2026"_s);
        QCOMPARE(controller.state(), int(SelfReviewController::NotStarted));
        QCOMPARE(controller.stateLabel(), u"Chưa viết"_s);
        QVERIFY(controller.editing());
        QCOMPARE(controller.sections().size(), 5);

        controller.setSection(0, u"Luôn kiên định"_s);
        QCOMPARE(controller.state(), int(SelfReviewController::Draft));
        controller.setSelfRating(u"good"_s); // saved at once
        QVERIFY(controller.savedText().startsWith(u"Đã lưu trên máy lúc"_s));
        QCOMPARE(actions().draft(u"rc"_s)->selfRating, u"good"_s);
        controller.setSection(4, u"Còn chậm"_s);
        QVERIFY(controller.saveNow());
        QCOMPARE(actions().draft(u"rc"_s)->sections.at(4), u"Còn chậm"_s);

        QSignalSpy submitted(&controller, &SelfReviewController::submitted);
        QVERIFY2(controller.submit(), qPrintable(controller.errorMessage()));
        QCOMPARE(submitted.size(), 1);
        QCOMPARE(controller.state(), int(SelfReviewController::Submitted));
        QVERIFY(controller.pending());
        QVERIFY(controller.editing()); // until the cell proposes
        QVERIFY(!controller.unsentChanges());
        controller.setSection(1, u"Giản dị"_s);
        QVERIFY(controller.unsentChanges());
        QVERIFY(controller.saveNow());
        answerAll(true);

        const QString id = actions().mySelfReview(u"rc"_s)->value(u"id"_s).toString();
        put(u"self_review"_s, id, review(id, u"m-a1"_s, u"c1"_s, u"proposed"_s, u"good"_s));
        controller.reload();
        QCOMPARE(controller.state(), int(SelfReviewController::Proposed));
        QVERIFY(!controller.editing());
        QCOMPARE(controller.proposedRating(), u"good"_s);
        QVERIFY(!actions().draft(u"rc"_s)); // the unsent edit can no longer be sent
        QCOMPARE(controller.sections().at(0), u"Vững vàng"_s); // what the cell has

        put(u"self_review"_s, id,
            review(id, u"m-a1"_s, u"c1"_s, u"decided"_s, u"good"_s, u"excellent"_s));
        controller.reload();
        QCOMPARE(controller.state(), int(SelfReviewController::Decided));
        QCOMPARE(controller.stateLabel(), u"Đã xếp loại"_s);
        QCOMPARE(controller.decidedRating(), u"excellent"_s);
        QCOMPARE(controller.decisionComment(), u"Đồng ý với chi bộ"_s);
        QVERIFY(controller.decidedText().contains(u"Đảng ủy xã Hòa Bình"_s));
        QVERIFY(!controller.submit());

        // Closed: no card.
        put(u"review_cycle"_s, u"rc"_s, cycle(u"rc"_s, 2026, u"g1"_s, u"g1"_s, u"closed"_s));
        controller.reload();
        QVERIFY(!controller.hasOpenCycle());
    }
};

QTEST_MAIN(TestReviewActions)
#include "tst_reviewactions.moc"
