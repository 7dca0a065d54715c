// The annual review's secretary and committee screens over a real vault (DESIGN.md 8.6, issue
// 22), with rows as a pull brings them: the cell's members with their self-reviews and the
// missing ones by name, the cell's summary, proposals queued (changed, their comment kept,
// pending until the server answers, a refusal shown in words), and the committee's list of
// the cells below it (the opener's: every cell) grouped by cell, the bulk agreement with
// per-member exceptions queueing exactly one review.decide per proposed row with the right
// rating, and a decided row never decided again.
#include "cellreviewscontroller.h"
#include "outbox.h"
#include "pushreply.h"
#include "replicastore.h"
#include "reviewactions.h"
#include "reviewdecisionscontroller.h"
#include "sqlitedatabase.h"
#include "unlockedsession.h"
#include "vaultsession.h"
#include "vaultsyncstore.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
const QString kPin = u"246810"_s;
constexpr int kTimeoutMs = 20000;
const QDateTime kNow(QDate(2026, 12, 7), QTime(3, 0), QTimeZone::utc());
constexpr auto kQtTest = QAbstractItemModelTester::FailureReportingMode::QtTest;

QJsonObject org(const QString &id, const QString &parent, const QString &name, const QString &kind)
{
    return { { u"id"_s, id }, { u"parent_id"_s, parent.isEmpty() ? QJsonValue() : parent },
        { u"name"_s, name }, { u"kind"_s, kind } };
}

QJsonObject member(const QString &id, const QString &orgId, const QString &name)
{
    return { { u"id"_s, id }, { u"org_id"_s, orgId }, { u"full_name"_s, name },
        { u"position"_s, u"Đảng viên"_s } };
}

// A self_review row as the server sends it; `proposed` "" while only submitted, `decided` "".
QJsonObject selfReview(const QString &id, const QString &memberId, const QString &name,
    const QString &orgId, const QString &selfRating, const QString &proposed = {},
    const QString &decided = {}, bool late = false)
{
    const QString status = !decided.isEmpty() ? u"decided"_s
        : !proposed.isEmpty()                 ? u"proposed"_s
                                              : u"submitted"_s;
    const auto orNull = [](const QString &v) { return v.isEmpty() ? QJsonValue() : QJsonValue(v); };
    return { { u"id"_s, id }, { u"cycle_id"_s, u"cy-2026"_s }, { u"member_id"_s, memberId },
        { u"member_name"_s, name }, { u"org_id"_s, orgId },
        { u"text"_s, u"1. Về tư tưởng chính trị\nLuôn giữ vững lập trường."_s },
        { u"sections"_s, QJsonArray { u"Luôn giữ vững lập trường."_s } },
        { u"self_rating"_s, selfRating }, { u"status"_s, status }, { u"late"_s, late },
        { u"submitted_at"_s, u"2026-12-02T02:00:00.000Z"_s },
        { u"updated_at"_s, u"2026-12-02T02:00:00.000Z"_s },
        { u"proposed_rating"_s, orNull(proposed) },
        { u"proposal_comment"_s, proposed.isEmpty() ? QJsonValue() : u"Gương mẫu"_s },
        { u"proposed_by_name"_s, orNull(proposed.isEmpty() ? QString() : u"Lê Văn Sơn"_s) },
        { u"proposed_at"_s, QJsonValue() }, { u"decided_rating"_s, orNull(decided) },
        { u"decision_comment"_s, QJsonValue() }, { u"decided_by_name"_s, QJsonValue() },
        { u"decided_at"_s, QJsonValue() } };
}
} // namespace

class TestCellReviews : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VaultSession> m_session;

    SqliteDatabase &db() { return m_session->vault().database(); }

    void signIn(const QString &memberId, const QString &role, const QString &orgId)
    {
        VaultSyncStore(m_session->vault())
            .saveSession(u"token"_s, AuthUser { u"u-"_s + memberId, memberId, role, orgId });
    }

    template<typename Controller> void prepare(Controller &controller)
    {
        controller.setClock([] { return kNow; });
        controller.setSession(m_session.get());
    }

    QList<PendingMutation> pending() { return Outbox(db()).pending(); }

    int rejectAll(const QString &code, const QString &message)
    {
        PushReply reply;
        for (const PendingMutation &mutation : Outbox(db()).pending()) {
            reply.lastMutationId = mutation.id;
            reply.results.append({ mutation.id, false, code, message, {} });
        }
        return VaultSyncStore(m_session->vault()).acknowledge(reply);
    }

    // Province p opened the 2026 cycle; its commune committee g has cells c1 (the secretary
    // m-sec, members An, Bình, Cường, Dũng) and c2 (Hà); commune g2 has cell c3 (Lan).
    // In c1: Sơn and An submitted (An late), Bình proposed good, Dũng decided excellent;
    // Cường has none. In c2: Hà proposed fulfilled. In c3: Lan proposed good.
    void fill()
    {
        ReplicaStore r(db());
        r.put(u"organization"_s, u"p"_s, 1,
            org(u"p"_s, {}, u"Đảng bộ tỉnh Sơn Lâm"_s, u"province"_s));
        r.put(u"organization"_s, u"g"_s, 1,
            org(u"g"_s, u"p"_s, u"Đảng bộ xã Đông Hòa"_s, u"commune"_s));
        r.put(u"organization"_s, u"g2"_s, 1,
            org(u"g2"_s, u"p"_s, u"Đảng bộ xã Tây Sơn"_s, u"commune"_s));
        r.put(u"organization"_s, u"c1"_s, 1, org(u"c1"_s, u"g"_s, u"Chi bộ thôn 10"_s, u"cell"_s));
        r.put(u"organization"_s, u"c2"_s, 1, org(u"c2"_s, u"g"_s, u"Chi bộ thôn 2"_s, u"cell"_s));
        r.put(
            u"organization"_s, u"c3"_s, 1, org(u"c3"_s, u"g2"_s, u"Chi bộ thôn Bắc"_s, u"cell"_s));
        r.put(u"member"_s, u"m-sec"_s, 1, member(u"m-sec"_s, u"c1"_s, u"Lê Văn Sơn"_s));
        r.put(u"member"_s, u"m-an"_s, 1, member(u"m-an"_s, u"c1"_s, u"Nguyễn Văn An"_s));
        r.put(u"member"_s, u"m-binh"_s, 1, member(u"m-binh"_s, u"c1"_s, u"Trần Thị Bình"_s));
        r.put(u"member"_s, u"m-cuong"_s, 1, member(u"m-cuong"_s, u"c1"_s, u"Phạm Văn Cường"_s));
        r.put(u"member"_s, u"m-dung"_s, 1, member(u"m-dung"_s, u"c1"_s, u"Hoàng Văn Dũng"_s));
        r.put(u"review_cycle"_s, u"cy-2025"_s, 1,
            QJsonObject { { u"id"_s, u"cy-2025"_s }, { u"year"_s, 2025 },
                { u"audience_org_id"_s, u"p"_s }, { u"opener_org_id"_s, u"p"_s },
                { u"self_review_due"_s, u"2025-12-15"_s }, { u"decision_due"_s, u"2025-12-31"_s },
                { u"status"_s, u"closed"_s } });
        r.put(u"review_cycle"_s, u"cy-2026"_s, 1,
            QJsonObject { { u"id"_s, u"cy-2026"_s }, { u"year"_s, 2026 },
                { u"audience_org_id"_s, u"p"_s }, { u"audience_name"_s, u"Đảng bộ tỉnh Sơn Lâm"_s },
                { u"opener_org_id"_s, u"p"_s }, { u"opener_name"_s, u"Tỉnh ủy Sơn Lâm"_s },
                { u"self_review_due"_s, u"2026-12-15"_s }, { u"decision_due"_s, u"2026-12-25"_s },
                { u"status"_s, u"open"_s } });
        const auto put = [&r](const QJsonObject &row) {
            r.put(u"self_review"_s, row.value(u"id"_s).toString(), 1, row);
        };
        put(selfReview(u"sr-sec"_s, u"m-sec"_s, u"Lê Văn Sơn"_s, u"c1"_s, u"excellent"_s));
        put(selfReview(
            u"sr-an"_s, u"m-an"_s, u"Nguyễn Văn An"_s, u"c1"_s, u"good"_s, {}, {}, true));
        put(selfReview(
            u"sr-binh"_s, u"m-binh"_s, u"Trần Thị Bình"_s, u"c1"_s, u"excellent"_s, u"good"_s));
        put(selfReview(u"sr-dung"_s, u"m-dung"_s, u"Hoàng Văn Dũng"_s, u"c1"_s, u"excellent"_s,
            u"excellent"_s, u"excellent"_s));
        put(selfReview(u"sr-ha"_s, u"m-ha"_s, u"Vũ Thị Hà"_s, u"c2"_s, u"good"_s, u"fulfilled"_s));
        put(selfReview(u"sr-lan"_s, u"m-lan"_s, u"Đỗ Thị Lan"_s, u"c3"_s, u"good"_s, u"good"_s));
    }

    static QStringList column(const SelfReviewListModel *model, int role)
    {
        QStringList values;
        for (int row = 0; row < model->rowCount(); ++row)
            values << model->index(row).data(role).toString();
        return values;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_session = unlockedTestSession(*m_dir, kPin, kTimeoutMs);
        QVERIFY(m_session);
        fill();
    }

    void cleanup()
    {
        m_session.reset();
        m_dir.reset();
    }

    void secretarySeesTheCellWithTheMissingMembers()
    {
        signIn(u"m-sec"_s, u"secretary"_s, u"c1"_s);
        CellReviewsController page;
        QAbstractItemModelTester tester(page.rows(), kQtTest);
        prepare(page);
        QVERIFY(page.found());
        QCOMPARE(page.title(), u"Kiểm điểm, đánh giá, xếp loại đảng viên năm 2026"_s);
        QCOMPARE(page.dueText(), u"Hạn nộp bản kiểm điểm: 15/12/2026 · Hạn xếp loại: 25/12/2026"_s);
        QVERIFY(page.canPropose());
        // Those with a self-review by given name (An, Bình, Dũng, Sơn), then the missing.
        QCOMPARE(column(page.rows(), SelfReviewListModel::MemberNameRole),
            (QStringList { u"Nguyễn Văn An"_s, u"Trần Thị Bình"_s, u"Hoàng Văn Dũng"_s,
                u"Lê Văn Sơn"_s, u"Phạm Văn Cường"_s }));
        QCOMPARE(page.missingNames(), QStringList { u"Phạm Văn Cường"_s });
        QCOMPARE(page.missingText(), u"Chưa nộp (1): Phạm Văn Cường"_s);
        QCOMPARE(page.memberCount(), 5);
        QCOMPARE(page.submittedCount(), 4);
        QCOMPARE(page.submittedText(), u"Đã nộp 4/5 bản kiểm điểm"_s);
        QCOMPARE(page.proposedCount(), 2);
        QCOMPARE(page.decidedCount(), 1);
        QCOMPARE(page.proposedOf(u"good"_s), 1);
        QCOMPARE(page.proposedOf(u"excellent"_s), 1);
        QCOMPARE(page.proposedCountTexts().at(1), u"Hoàn thành tốt nhiệm vụ: 1"_s);
        const QModelIndex an = page.rows()->index(0);
        QCOMPARE(an.data(SelfReviewListModel::LateRole).toBool(), true);
        QCOMPARE(an.data(SelfReviewListModel::SelfRatingTextRole).toString(),
            u"Hoàn thành tốt nhiệm vụ"_s);
        QVERIFY(an.data(SelfReviewListModel::DetailRole).toString().contains(u"nộp muộn"_s));
        QCOMPARE(an.data(SelfReviewListModel::ProposedIndexRole).toInt(), -1);
        const QModelIndex cuong = page.rows()->index(4);
        QCOMPARE(cuong.data(SelfReviewListModel::HasReviewRole).toBool(), false);
        QCOMPARE(
            cuong.data(SelfReviewListModel::DetailRole).toString(), u"Chưa nộp bản kiểm điểm"_s);
        // The reader: the text in full.
        const QVariantMap review = page.review(u"sr-an"_s);
        QCOMPARE(review.value(u"found"_s).toBool(), true);
        QCOMPARE(review.value(u"memberName"_s).toString(), u"Nguyễn Văn An"_s);
        QVERIFY(review.value(u"text"_s).toString().startsWith(u"1. Về tư tưởng chính trị"_s));
        QCOMPARE(page.review(u"sr-lan"_s).value(u"found"_s).toBool(), false); // another cell
    }

    void proposalsAreQueuedPendingAndChangeable()
    {
        signIn(u"m-sec"_s, u"secretary"_s, u"c1"_s);
        CellReviewsController page;
        prepare(page);
        QVERIFY(page.propose(u"sr-an"_s, u"excellent"_s, u"  Gương mẫu, nhiệt tình  "_s));
        QCOMPARE(pending().size(), 1);
        QCOMPARE(pending().at(0).name, u"review.propose"_s);
        QCOMPARE(pending().at(0).args.value(u"self_review_id"_s).toString(), u"sr-an"_s);
        QCOMPARE(pending().at(0).args.value(u"rating"_s).toString(), u"excellent"_s);
        QCOMPARE(pending().at(0).args.value(u"comment"_s).toString(), u"Gương mẫu, nhiệt tình"_s);
        const QModelIndex an = page.rows()->index(0);
        QCOMPARE(an.data(SelfReviewListModel::PendingRole).toBool(), true);
        QCOMPARE(an.data(SelfReviewListModel::ProposedIndexRole).toInt(), 0);
        QCOMPARE(page.proposedOf(u"excellent"_s), 2);
        QCOMPARE(page.proposedCount(), 3);
        // The quick buttons change the rating and keep the comment.
        QVERIFY(page.proposeRating(u"sr-an"_s, u"good"_s));
        QCOMPARE(pending().size(), 2);
        QCOMPARE(pending().at(1).args.value(u"rating"_s).toString(), u"good"_s);
        QCOMPARE(pending().at(1).args.value(u"comment"_s).toString(), u"Gương mẫu, nhiệt tình"_s);
        QCOMPARE(page.proposedOf(u"good"_s), 2);
        // A decided self-review cannot be proposed again.
        QVERIFY(!page.propose(u"sr-dung"_s, u"good"_s, {}));
        QVERIFY(!page.errorMessage().isEmpty());
        QCOMPARE(pending().size(), 2);
        // Nor an invalid rating.
        QVERIFY(!page.proposeRating(u"sr-sec"_s, u"very_good"_s));
        QCOMPARE(pending().size(), 2);
    }

    void aRefusedProposalIsRolledBackAndShown()
    {
        signIn(u"m-sec"_s, u"secretary"_s, u"c1"_s);
        CellReviewsController page;
        prepare(page);
        QVERIFY(page.proposeRating(u"sr-sec"_s, u"good"_s));
        QCOMPARE(rejectAll(u"conflict"_s, u"Cấp ủy đã quyết định xếp loại."_s), 1);
        page.reload();
        const QModelIndex son = page.rows()->index(3);
        QCOMPARE(son.data(SelfReviewListModel::MemberNameRole).toString(), u"Lê Văn Sơn"_s);
        QCOMPARE(son.data(SelfReviewListModel::IsSubmittedRole).toBool(), true);
        QCOMPARE(son.data(SelfReviewListModel::PendingRole).toBool(), false);
        QCOMPARE(page.rejections().size(), 1);
        const QVariantMap refusal = page.rejections().at(0).toMap();
        QVERIFY(refusal.value(u"text"_s).toString().contains(u"Lê Văn Sơn"_s));
        QVERIFY(refusal.value(u"text"_s).toString().contains(u"Cấp ủy đã quyết định"_s));
        page.dismissRejection(refusal.value(u"mutationId"_s).toLongLong());
        QVERIFY(page.rejections().isEmpty());
    }

    void aMemberCannotPropose()
    {
        signIn(u"m-an"_s, u"member"_s, u"c1"_s);
        CellReviewsController page;
        prepare(page);
        QVERIFY(!page.canPropose());
        QVERIFY(!page.propose(u"sr-sec"_s, u"good"_s, {}));
        QVERIFY(pending().isEmpty());
    }

    void committeeSeesTheCellsBelowItGroupedByCell()
    {
        signIn(u"m-g"_s, u"committee"_s, u"g"_s);
        ReviewDecisionsController page;
        QAbstractItemModelTester tester(page.rows(), kQtTest);
        prepare(page);
        QVERIFY(page.found());
        QVERIFY(page.isOpen());
        // Thôn 2 before thôn 10 (numbers compared as numbers); c3 (another commune) absent.
        QCOMPARE(column(page.rows(), SelfReviewListModel::SelfReviewIdRole),
            (QStringList { u"sr-ha"_s, u"sr-an"_s, u"sr-binh"_s, u"sr-dung"_s, u"sr-sec"_s }));
        QCOMPARE(column(page.rows(), SelfReviewListModel::FirstInSectionRole),
            (QStringList { u"true"_s, u"true"_s, u"false"_s, u"false"_s, u"false"_s }));
        QCOMPARE(page.rows()->index(1).data(SelfReviewListModel::SectionRole).toString(),
            u"Chi bộ thôn 10"_s);
        QCOMPARE(page.rows()->index(1).data(SelfReviewListModel::SectionDecidableRole).toInt(), 1);
        QCOMPARE(page.decidableCount(), 2);
        QCOMPARE(page.decidableIn(u"c1"_s), 1);
        // Binh: self-rating and proposal side by side.
        const QModelIndex binh = page.rows()->index(2);
        QCOMPARE(binh.data(SelfReviewListModel::SelfRatingTextRole).toString(),
            u"Hoàn thành xuất sắc nhiệm vụ"_s);
        QCOMPARE(binh.data(SelfReviewListModel::ProposedRatingTextRole).toString(),
            u"Hoàn thành tốt nhiệm vụ"_s);
        QCOMPARE(binh.data(SelfReviewListModel::CanDecideRole).toBool(), true);
        QCOMPARE(page.rows()->index(1).data(SelfReviewListModel::CanDecideRole).toBool(), false);
        QCOMPARE(page.rows()->index(3).data(SelfReviewListModel::IsDecidedRole).toBool(), true);
        QCOMPARE(page.summaryText(), u"5 bản kiểm điểm · chi bộ đã đề xuất 3 · đã quyết định 1"_s);
    }

    void theOpenerSeesEveryCell()
    {
        signIn(u"m-p"_s, u"committee"_s, u"p"_s);
        ReviewDecisionsController page;
        prepare(page);
        QCOMPARE(page.rows()->rowCount(), 6);
        QCOMPARE(page.decidableCount(), 3);
    }

    void bulkDecisionWithExceptionsQueuesOneDecisionPerProposedRow()
    {
        signIn(u"m-g"_s, u"committee"_s, u"g"_s);
        ReviewDecisionsController page;
        prepare(page);
        // Hà (c2): another rating than the cell's fulfilled.
        page.choose(u"sr-ha"_s, u"good"_s);
        QCOMPARE(page.exceptionCount(), 1);
        QCOMPARE(page.rows()->index(0).data(SelfReviewListModel::IsExceptionRole).toBool(), true);
        QCOMPARE(page.rows()->index(0).data(SelfReviewListModel::ChosenRatingTextRole).toString(),
            u"Hoàn thành tốt nhiệm vụ"_s);
        // Choosing the proposal again is no exception; choosing for a decided row does nothing.
        page.choose(u"sr-binh"_s, u"good"_s);
        page.choose(u"sr-dung"_s, u"fulfilled"_s);
        QCOMPARE(page.exceptionCount(), 1);
        QCOMPARE(page.confirmText({}),
            u"Quyết định xếp loại 2 đảng viên của tất cả các chi bộ: 1 theo đề xuất của chi bộ, 1 "
            "theo xếp loại khác đồng chí đã chọn. Quyết định xếp loại là cuối cùng, không sửa được "
            "sau khi gửi."_s);
        QVERIFY(page.decide({}));
        const QList<PendingMutation> queued = pending();
        QCOMPARE(queued.size(), 2);
        QMap<QString, QString> ratings;
        for (const PendingMutation &m : queued) {
            QCOMPARE(m.name, u"review.decide"_s);
            QVERIFY(!m.args.contains(u"comment"_s));
            ratings.insert(
                m.args.value(u"self_review_id"_s).toString(), m.args.value(u"rating"_s).toString());
        }
        QCOMPARE(ratings,
            (QMap<QString, QString> { { u"sr-ha"_s, u"good"_s }, { u"sr-binh"_s, u"good"_s } }));
        // Decided at once, waiting for the server; nothing left to decide, nothing sent again.
        QCOMPARE(page.decidableCount(), 0);
        QCOMPARE(page.exceptionCount(), 0);
        QCOMPARE(page.rows()->index(0).data(SelfReviewListModel::IsDecidedRole).toBool(), true);
        QCOMPARE(page.rows()->index(0).data(SelfReviewListModel::PendingRole).toBool(), true);
        QCOMPARE(page.rows()->index(0).data(SelfReviewListModel::DecidedRatingTextRole).toString(),
            u"Hoàn thành tốt nhiệm vụ"_s);
        QVERIFY(!page.decide({}));
        QVERIFY(!page.errorMessage().isEmpty());
        QCOMPARE(pending().size(), 2);
        // A decision is final: another rating for a decided row is refused on the device.
        ReviewActions actions(db(), [] { return kNow; });
        QCOMPARE(
            actions.decide(u"sr-dung"_s, u"fulfilled"_s, {}).error, QString(ReviewError::Decided));
        QCOMPARE(pending().size(), 2);
    }

    void oneCellOnly()
    {
        signIn(u"m-g"_s, u"committee"_s, u"g"_s);
        ReviewDecisionsController page;
        prepare(page);
        QVERIFY(page.confirmText(u"c2"_s).startsWith(
            u"Quyết định xếp loại 1 đảng viên của Chi bộ thôn 2: 1 theo đề xuất của chi bộ, 0 "_s));
        QVERIFY(page.decide(u"c2"_s));
        QCOMPARE(pending().size(), 1);
        QCOMPARE(pending().at(0).args.value(u"self_review_id"_s).toString(), u"sr-ha"_s);
        QCOMPARE(pending().at(0).args.value(u"rating"_s).toString(), u"fulfilled"_s);
        QCOMPARE(page.decidableIn(u"c1"_s), 1);
        // The server refuses it: rolled back, decidable again, the refusal shown.
        QCOMPARE(rejectAll(u"forbidden"_s, u"Không thuộc quyền quyết định."_s), 1);
        page.reload();
        QCOMPARE(page.decidableIn(u"c2"_s), 1);
        QCOMPARE(page.rejections().size(), 1);
        QVERIFY(
            page.rejections().at(0).toMap().value(u"text"_s).toString().contains(u"Vũ Thị Hà"_s));
    }
};

QTEST_MAIN(TestCellReviews)
#include "tst_cellreviews.moc"
