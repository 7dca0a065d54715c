#include "mutations/reviewmutations.h"

#include "db/sqlrunner.h"
#include "mutationnames.h"
#include "mutations/cellnotifier.h"
#include "mutations/mutationargs.h"
#include "mutations/mutationcommon.h"
#include "protocol.h"
#include "records/auditlog.h"
#include "records/orgtree.h"
#include "records/reviews.h"
#include "wirevalues.h"

#include <QDate>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
namespace Code = Protocol::ErrorCode;
namespace Limit = Protocol::Limit;
namespace Mutation = Protocol::Mutation;
namespace NotificationKind = Protocol::NotificationKind;
namespace RefType = Protocol::RefType;
namespace ReviewCycleStatus = Protocol::ReviewCycleStatus;
namespace RowType = Protocol::RowType;
namespace SelfReviewStatus = Protocol::SelfReviewStatus;
using namespace MutationCommon;

namespace {

MutationOutcome conflict(const QString &message)
{
    return MutationOutcome::rejected(Code::Conflict, message);
}

MutationOutcome forbidden(const QString &message)
{
    return MutationOutcome::rejected(Code::Forbidden, message);
}

MutationOutcome cycleNotFound(bool exists)
{
    return MutationOutcome::notFound(
        u"Đợt kiểm điểm không tồn tại hoặc không thuộc phạm vi của đồng chí."_s, exists);
}

MutationOutcome selfReviewNotFound(bool exists)
{
    return MutationOutcome::notFound(
        u"Bản kiểm điểm không tồn tại hoặc không thuộc phạm vi của đồng chí."_s, exists);
}

// The audit entry of a review mutation: who, what; never a text or comment (a decision names
// its rating in `detail`).
void audit(MutationContext &c, QLatin1StringView action, QLatin1StringView type, const QString &id,
    const QString &detail = {})
{
    AuditLog::record(c.tx.db(),
        AuditEntry {
            c.user.userId, c.user.login, QString(action), QString(type), id, u"ok"_s, {}, detail });
}

// The date as Vietnamese read it.
QString shownDate(const QString &isoDate)
{
    const QDate date = QDate::fromString(isoDate, Qt::ISODate);
    return date.isValid() ? date.toString(u"dd/MM/yyyy"_s) : isoDate;
}

QDate today(const MutationContext &c)
{
    return c.now.toOffsetFromUtc(kVietnamOffsetSeconds).date();
}

// A YYYY-MM-DD date argument, or an empty string.
QString dateArgument(const QJsonObject &json, const QString &key)
{
    static const QRegularExpression pattern(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    const QString value = json.value(key).toString();
    if (!pattern.match(value).hasMatch() || !QDate::fromString(value, Qt::ISODate).isValid())
        return {};
    return value;
}

// A rating argument (one of the four), or nullopt with *rejection set.
std::optional<QString> ratingArgument(
    const QJsonObject &json, const QString &key, MutationOutcome *rejection)
{
    const QJsonValue value = json.value(key);
    if (!value.isString() || !Reviews::isRating(value.toString())) {
        *rejection = invalid(u"Mức xếp loại (%1) phải là một trong bốn mức: hoàn thành xuất sắc, "
                             "hoàn thành tốt, hoàn thành, không hoàn thành nhiệm vụ."_s.arg(key));
        return std::nullopt;
    }
    return value.toString();
}

// The member's cell (empty for an account without a member record).
QString memberCell(const QSqlDatabase &db, const QString &memberId)
{
    if (memberId.isEmpty())
        return {};
    return scalarSql(db, u"SELECT org_id FROM members WHERE id = ?"_s, { memberId }).toString();
}

// Whether the user pulls this self-review (ChangeVisibility): its member, a secretary of its
// cell, a committee above the cell.
bool canSee(MutationContext &c, const SelfReviewRecord &review)
{
    return (!c.user.memberId.isEmpty() && c.user.memberId == review.memberId)
        || (c.user.isSecretary() && c.user.orgId == review.orgId)
        || (c.user.isCommittee() && OrgTree::contains(c.tx.db(), c.user.orgId, review.orgId));
}

// The members with an account in the audience, other than the acting user: (member, cell).
QList<std::pair<QString, QString>> audienceAccounts(MutationContext &c, const QString &audience)
{
    QList<std::pair<QString, QString>> recipients;
    forEachRow(c.tx.db(),
        u"SELECT DISTINCT m.id, m.org_id FROM members m JOIN users u ON u.member_id = m.id "
        "WHERE u.disabled = 0 AND m.org_id IN (SELECT descendant_id FROM org_closure "
        "WHERE ancestor_id = ?) ORDER BY m.id"_s,
        { audience }, [&](const QSqlQuery &query) {
            if (query.value(0).toString() != c.user.memberId)
                recipients.append({ query.value(0).toString(), query.value(1).toString() });
        });
    return recipients;
}

MutationOutcome cycleOpen(MutationContext &c, const QJsonObject &json)
{
    MutationArgs args(json);
    const auto id = args.id(u"id"_s);
    const auto audience = id ? args.id(u"audience_org_id"_s) : std::nullopt;
    if (!audience)
        return args.rejection();
    const QSqlDatabase db = c.tx.db();
    if (!c.user.isCommittee() || !OrgTree::contains(db, c.user.orgId, *audience))
        return MutationOutcome::notFound(
            u"Không tìm thấy tổ chức đảng cần kiểm điểm trong phạm vi của đồng chí."_s,
            OrgTree::find(db, *audience).has_value());

    const QJsonValue yearValue = json.value(u"year"_s);
    const double yearNumber = yearValue.toDouble(-1);
    if (!yearValue.isDouble() || yearNumber != double(qint64(yearNumber))
        || yearNumber < Limit::ReviewYearMin || yearNumber > Limit::ReviewYearMax)
        return invalid(u"Năm kiểm điểm phải là một năm từ %1 đến %2."_s.arg(Limit::ReviewYearMin)
                           .arg(Limit::ReviewYearMax));
    const QString selfReviewDue = dateArgument(json, u"self_review_due"_s);
    const QString decisionDue = dateArgument(json, u"decision_due"_s);
    if (selfReviewDue.isEmpty() || decisionDue.isEmpty())
        return invalid(u"Hạn nộp bản kiểm điểm và hạn xếp loại phải là ngày, dạng NNNN-TT-NN."_s);
    if (selfReviewDue > decisionDue)
        return invalid(u"Hạn nộp bản kiểm điểm không được sau hạn xếp loại."_s);

    ReviewCycleRecord cycle;
    cycle.id = *id;
    cycle.year = int(yearNumber);
    cycle.audienceOrgId = *audience;
    cycle.openerOrgId = c.user.orgId;
    cycle.selfReviewDue = selfReviewDue;
    cycle.decisionDue = decisionDue;
    if (const auto existing = Reviews::findCycle(db, cycle.id)) {
        // The same opening sent again is applied; another cycle with this id is not.
        if (existing->year == cycle.year && existing->audienceOrgId == cycle.audienceOrgId
            && existing->openerOrgId == cycle.openerOrgId
            && existing->selfReviewDue == cycle.selfReviewDue
            && existing->decisionDue == cycle.decisionDue)
            return MutationOutcome::ok();
        return conflict(u"Mã đợt kiểm điểm này đã được dùng cho một đợt khác."_s);
    }
    if (QDate::fromString(decisionDue, Qt::ISODate) < today(c))
        return invalid(u"Hạn xếp loại không được trước ngày hôm nay."_s);
    if (!Reviews::overlappingOpenCycles(db, cycle.year, cycle.audienceOrgId).isEmpty())
        return conflict(u"Đã có một đợt kiểm điểm năm %1 đang mở cho tổ chức này, cấp trên hoặc "
                        "cấp dưới của nó."_s.arg(cycle.year));

    cycle.openedBy = c.user.userId;
    cycle.status = ReviewCycleStatus::Open;
    cycle.openedAt = now(c);
    Reviews::insertCycle(c.tx, cycle, c.now);

    const auto recipients = audienceAccounts(c, cycle.audienceOrgId);
    CellNotifier notifier(c);
    const CellNotifier::Notice notice { QString(NotificationKind::ReviewOpened),
        u"Kiểm điểm, đánh giá, xếp loại đảng viên năm %1"_s.arg(cycle.year),
        u"Đồng chí viết bản kiểm điểm và tự nhận mức xếp loại; hạn nộp: %1."_s.arg(
            shownDate(cycle.selfReviewDue)),
        QString(RefType::ReviewCycle), cycle.id };
    for (const auto &[memberId, memberOrg] : recipients)
        notifier.notifyMember(memberId, memberOrg, notice);
    audit(c, Mutation::ReviewCycleOpen, RowType::ReviewCycle, cycle.id,
        u"audience=%1 year=%2 notified=%3"_s.arg(cycle.audienceOrgId)
            .arg(cycle.year)
            .arg(recipients.size()));
    return MutationOutcome::ok();
}

MutationOutcome cycleClose(MutationContext &c, const QJsonObject &json)
{
    MutationArgs args(json);
    const auto id = args.id(u"id"_s);
    if (!id)
        return args.rejection();
    const auto cycle = Reviews::findCycle(c.tx.db(), *id);
    if (!cycle || !c.user.isCommittee() || cycle->openerOrgId != c.user.orgId)
        return cycleNotFound(cycle.has_value());
    if (cycle->status == ReviewCycleStatus::Closed)
        return MutationOutcome::ok(); // closing twice changes nothing
    Reviews::closeCycle(c.tx, cycle->id, now(c));
    audit(c, Mutation::ReviewCycleClose, RowType::ReviewCycle, cycle->id);
    return MutationOutcome::ok();
}

// review.submit's sections: at most 8 strings of at most 20000 characters (trimmed).
std::optional<QJsonArray> parseSections(const QJsonValue &value, MutationOutcome *rejection)
{
    if (value.isUndefined() || value.isNull())
        return QJsonArray();
    const QJsonArray given = value.toArray();
    if (!value.isArray() || given.size() > Limit::SelfReviewSections) {
        *rejection = invalid(
            u"Bản kiểm điểm có tối đa %1 phần (sections)."_s.arg(Limit::SelfReviewSections));
        return std::nullopt;
    }
    QJsonArray sections;
    for (const QJsonValue &item : given) {
        if (!item.isString() || item.toString().trimmed().size() > Limit::SelfReviewSection) {
            *rejection = invalid(u"Mỗi phần của bản kiểm điểm là một đoạn văn bản, tối đa %1 ký "
                                 "tự."_s.arg(Limit::SelfReviewSection));
            return std::nullopt;
        }
        sections.append(item.toString().trimmed());
    }
    return sections;
}

MutationOutcome submit(MutationContext &c, const QJsonObject &json)
{
    MutationArgs args(json);
    const auto id = args.id(u"id"_s);
    const auto cycleId = id ? args.id(u"cycle_id"_s) : std::nullopt;
    if (!cycleId)
        return args.rejection();
    const QSqlDatabase db = c.tx.db();
    const auto cycle = Reviews::findCycle(db, *cycleId);
    const QString cell = memberCell(db, c.user.memberId);
    if (!cycle || cell.isEmpty() || !OrgTree::contains(db, cycle->audienceOrgId, cell))
        return cycleNotFound(cycle.has_value());

    const QJsonValue textValue = json.value(u"text"_s);
    const QString text = textValue.toString().trimmed();
    if (!textValue.isString() || text.isEmpty())
        return invalid(u"Hãy viết bản kiểm điểm trước khi nộp."_s);
    if (text.size() > Limit::SelfReviewText)
        return invalid(u"Bản kiểm điểm quá dài (tối đa %1 ký tự)."_s.arg(Limit::SelfReviewText));
    MutationOutcome rejection;
    const auto sections = parseSections(json.value(u"sections"_s), &rejection);
    if (!sections)
        return rejection;
    const auto rating = ratingArgument(json, u"self_rating"_s, &rejection);
    if (!rating)
        return rejection;

    if (cycle->status != ReviewCycleStatus::Open)
        return conflict(
            u"Đợt kiểm điểm năm %1 đã kết thúc; không nộp bản kiểm điểm được nữa."_s.arg(
                cycle->year));
    if (today(c) > QDate::fromString(cycle->decisionDue, Qt::ISODate))
        return conflict(u"Đã quá hạn xếp loại của đợt kiểm điểm (%1); không nộp bản kiểm điểm "
                        "được nữa."_s.arg(shownDate(cycle->decisionDue)));

    const auto existing = Reviews::selfReviewOf(db, cycle->id, c.user.memberId);
    if (existing && existing->id != *id)
        return conflict(u"Đồng chí đã nộp một bản kiểm điểm trong đợt này; hãy sửa bản đã nộp."_s);
    if (existing && existing->status != SelfReviewStatus::Submitted)
        return conflict(existing->status == SelfReviewStatus::Decided
                ? u"Xếp loại của đồng chí đã được quyết định; bản kiểm điểm không sửa được nữa."_s
                : u"Chi bộ đã đề xuất xếp loại; bản kiểm điểm không sửa được nữa."_s);
    if (!existing && Reviews::findSelfReview(db, *id))
        return conflict(u"Mã bản kiểm điểm này đã được dùng cho một bản khác."_s);

    SelfReviewRecord review = existing.value_or(SelfReviewRecord {});
    review.text = text;
    review.sections = *sections;
    review.selfRating = *rating;
    review.updatedAt = now(c);
    if (!existing) {
        review.id = *id;
        review.cycleId = cycle->id;
        review.memberId = c.user.memberId;
        review.orgId = cell;
        review.status = SelfReviewStatus::Submitted;
        review.submittedAt = review.updatedAt;
    }
    Reviews::saveSelfReview(c.tx, review, !existing);
    Reviews::recomputeChain(c.tx, *cycle, review.orgId, c.now);
    if (!existing) {
        CellNotifier(c).notifySecretaries(review.orgId,
            { QString(NotificationKind::ReviewSubmitted),
                u"%1 đã nộp bản kiểm điểm năm %2"_s.arg(actingMember(c)).arg(cycle->year), {},
                QString(RefType::SelfReview), review.id });
    }
    audit(c, Mutation::ReviewSubmit, RowType::SelfReview, review.id);
    return MutationOutcome::ok();
}

// The self-review named by "self_review_id" with its cycle, for a proposal or a decision; an
// answer of not_found when the user does not pull it.
struct Target
{
    SelfReviewRecord review;
    ReviewCycleRecord cycle;
};

std::optional<Target> target(MutationContext &c, MutationArgs &args, MutationOutcome *rejection)
{
    const auto reviewId = args.id(u"self_review_id"_s);
    if (!reviewId) {
        *rejection = args.rejection();
        return std::nullopt;
    }
    const auto review = Reviews::findSelfReview(c.tx.db(), *reviewId);
    const auto cycle = review ? Reviews::findCycle(c.tx.db(), review->cycleId) : std::nullopt;
    if (!review || !cycle || !canSee(c, *review)) {
        *rejection = selfReviewNotFound(review.has_value());
        return std::nullopt;
    }
    return Target { *review, *cycle };
}

// A comment argument, trimmed (empty when absent), or nullopt with *rejection set.
std::optional<QString> commentArgument(
    MutationArgs &args, int maxLength, MutationOutcome *rejection)
{
    const auto comment = args.optionalText(u"comment"_s, maxLength);
    if (!comment) {
        *rejection = args.rejection();
        return std::nullopt;
    }
    return comment->trimmed();
}

MutationOutcome propose(MutationContext &c, const QJsonObject &json)
{
    MutationArgs args(json);
    MutationOutcome rejection;
    auto found = target(c, args, &rejection);
    if (!found)
        return rejection;
    SelfReviewRecord &review = found->review;
    const ReviewCycleRecord &cycle = found->cycle;
    if (!c.user.isSecretary() || c.user.orgId != review.orgId)
        return forbidden(u"Chỉ bí thư chi bộ của đảng viên này đề xuất mức xếp loại của chi bộ."_s);
    const auto rating = ratingArgument(json, u"rating"_s, &rejection);
    if (!rating)
        return rejection;
    const auto comment = commentArgument(args, Limit::ReviewProposalComment, &rejection);
    if (!comment)
        return rejection;
    if (cycle.status != ReviewCycleStatus::Open)
        return conflict(u"Đợt kiểm điểm năm %1 đã kết thúc."_s.arg(cycle.year));
    if (review.status == SelfReviewStatus::Decided)
        return conflict(u"Xếp loại của đảng viên này đã được quyết định; chi bộ không đổi đề "
                        "xuất được nữa."_s);
    if (review.status == SelfReviewStatus::Proposed && review.proposedRating == *rating
        && review.proposalComment == *comment)
        return MutationOutcome::ok(); // the same proposal again changes nothing

    const bool firstOfCell = !Reviews::cellHasProposal(c.tx.db(), cycle.id, review.orgId);
    review.status = SelfReviewStatus::Proposed;
    review.proposedRating = *rating;
    review.proposalComment = *comment;
    review.proposedBy = c.user.userId;
    review.proposedAt = now(c);
    review.updatedAt = review.proposedAt;
    Reviews::saveSelfReview(c.tx, review, false);
    Reviews::recomputeChain(c.tx, cycle, review.orgId, c.now);
    if (firstOfCell) {
        const auto cell = OrgTree::find(c.tx.db(), review.orgId);
        CellNotifier(c).notifyCommittee(cell ? cell->parentId : QString(),
            { QString(NotificationKind::ReviewProposed),
                u"%1 đã đề xuất xếp loại đảng viên năm %2"_s.arg(cell ? cell->name : QString())
                    .arg(cycle.year),
                u"Đề nghị đồng chí xem xét, quyết định xếp loại."_s, QString(RefType::ReviewCycle),
                cycle.id });
    }
    audit(c, Mutation::ReviewPropose, RowType::SelfReview, review.id);
    return MutationOutcome::ok();
}

MutationOutcome decide(MutationContext &c, const QJsonObject &json)
{
    MutationArgs args(json);
    MutationOutcome rejection;
    auto found = target(c, args, &rejection);
    if (!found)
        return rejection;
    SelfReviewRecord &review = found->review;
    const ReviewCycleRecord &cycle = found->cycle;
    const auto cell = OrgTree::find(c.tx.db(), review.orgId);
    const bool decides = c.user.isCommittee()
        && ((cell && c.user.orgId == cell->parentId) || c.user.orgId == cycle.openerOrgId);
    if (!decides)
        return forbidden(u"Chỉ đảng ủy cơ sở trực tiếp quản lý chi bộ, hoặc cấp ủy đã mở đợt "
                         "kiểm điểm, quyết định xếp loại đảng viên."_s);
    const auto rating = ratingArgument(json, u"rating"_s, &rejection);
    if (!rating)
        return rejection;
    const auto comment = commentArgument(args, Limit::ReviewDecisionComment, &rejection);
    if (!comment)
        return rejection;
    if (review.status == SelfReviewStatus::Decided && review.decidedRating == *rating
        && review.decisionComment == *comment)
        return MutationOutcome::ok(); // the same decision again
    if (cycle.status != ReviewCycleStatus::Open)
        return conflict(u"Đợt kiểm điểm năm %1 đã kết thúc."_s.arg(cycle.year));
    if (review.status == SelfReviewStatus::Decided) {
        return conflict(u"Xếp loại của đảng viên này đã được quyết định; quyết định không thay "
                        "đổi được."_s);
    }
    if (review.status != SelfReviewStatus::Proposed)
        return conflict(u"Chi bộ chưa đề xuất xếp loại cho đảng viên này; chi bộ đề xuất trước, "
                        "cấp ủy quyết định sau."_s);

    review.status = SelfReviewStatus::Decided;
    review.decidedRating = *rating;
    review.decisionComment = *comment;
    review.decidedBy = c.user.userId;
    review.decidedAt = now(c);
    review.updatedAt = review.decidedAt;
    Reviews::saveSelfReview(c.tx, review, false);
    Reviews::recomputeChain(c.tx, cycle, review.orgId, c.now);
    CellNotifier(c).notifyMember(review.memberId, memberCell(c.tx.db(), review.memberId),
        { QString(NotificationKind::ReviewDecided),
            u"Đã có kết quả xếp loại đảng viên năm %1"_s.arg(cycle.year),
            u"Đồng chí xem mức xếp loại và nhận xét trong mục Kiểm điểm."_s,
            QString(RefType::SelfReview), review.id });
    audit(c, Mutation::ReviewDecide, RowType::SelfReview, review.id, u"rating=%1"_s.arg(*rating));
    return MutationOutcome::ok();
}

} // namespace

void ReviewMutations::addTo(MutationTable &table)
{
    table.insert(Mutation::ReviewCycleOpen,
        { cycleOpen,
            { u"id"_s, u"year"_s, u"audience_org_id"_s, u"self_review_due"_s, u"decision_due"_s },
            {} });
    table.insert(Mutation::ReviewCycleClose, { cycleClose, { u"id"_s }, {} });
    table.insert(Mutation::ReviewSubmit,
        { submit, { u"id"_s, u"cycle_id"_s, u"text"_s, u"self_rating"_s, u"sections"_s }, {} });
    table.insert(Mutation::ReviewPropose,
        { propose, { u"self_review_id"_s, u"rating"_s, u"comment"_s }, {} });
    table.insert(
        Mutation::ReviewDecide, { decide, { u"self_review_id"_s, u"rating"_s, u"comment"_s }, {} });
}
