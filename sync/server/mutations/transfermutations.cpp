#include "mutations/transfermutations.h"

#include "db/sqlrunner.h"
#include "mutationnames.h"
#include "mutations/cellnotifier.h"
#include "mutations/mutationargs.h"
#include "mutations/mutationcommon.h"
#include "protocol.h"
#include "records/auditlog.h"
#include "records/memberstore.h"
#include "records/membertransfers.h"
#include "records/orgtree.h"
#include "wirevalues.h"

using namespace Qt::StringLiterals;
namespace Code = Protocol::ErrorCode;
namespace Limit = Protocol::Limit;
namespace Mutation = Protocol::Mutation;
namespace NotificationKind = Protocol::NotificationKind;
namespace RefType = Protocol::RefType;
namespace RowType = Protocol::RowType;
namespace TransferDecision = Protocol::TransferDecision;
namespace TransferStatus = Protocol::TransferStatus;
using namespace MutationCommon;

namespace {

const QString kCellKind = u"cell"_s;

bool inSubtree(const MutationContext &c, const QString &orgId)
{
    return !orgId.isEmpty() && OrgTree::contains(c.tx.db(), c.user.orgId, orgId);
}

MutationOutcome transferNotFound(bool exists)
{
    return MutationOutcome::notFound(
        u"Không tìm thấy yêu cầu chuyển sinh hoạt này trong các tổ chức đảng đồng chí quản lý."_s,
        exists);
}

void audit(MutationContext &c, QLatin1StringView action, const QString &targetType,
    const QString &targetId, const QString &detail)
{
    AuditLog::record(c.tx.db(),
        AuditEntry { c.user.userId, c.user.login, QString(action), targetType, targetId, u"ok"_s,
            {}, detail });
}

QString orgName(const MutationContext &c, const QString &orgId)
{
    const auto org = OrgTree::find(c.tx.db(), orgId);
    return org ? org->name : orgId;
}

QString memberName(const MutationContext &c, const QString &memberId)
{
    return scalarSql(c.tx.db(), u"SELECT full_name FROM members WHERE id = ?"_s, { memberId })
        .toString()
        .trimmed();
}

MutationOutcome transferRequest(MutationContext &c, const QJsonObject &json)
{
    MutationArgs args(json);
    const auto id = args.id(u"id"_s);
    const auto memberId = id ? args.id(u"member_id"_s) : std::nullopt;
    const auto toOrgId = memberId ? args.id(u"to_org_id"_s) : std::nullopt;
    const auto reason = toOrgId ? args.text(u"reason"_s, Limit::TransferReason) : std::nullopt;
    if (!reason)
        return args.rejection();
    const QSqlDatabase db = c.tx.db();
    const QString fromOrgId
        = scalarSql(db, u"SELECT org_id FROM members WHERE id = ?"_s, { *memberId }).toString();
    if (!c.user.isCommittee() || !inSubtree(c, fromOrgId))
        return MutationOutcome::notFound(
            u"Không tìm thấy đảng viên này trong các tổ chức đảng đồng chí quản lý."_s,
            !fromOrgId.isEmpty());
    const QString trimmedReason = reason->trimmed();
    if (const auto existing = MemberTransfers::find(db, *id)) {
        // The same request again (a retried push from another device): nothing to do.
        if (existing->memberId == *memberId && existing->toOrgId == *toOrgId
            && existing->reason == trimmedReason)
            return MutationOutcome::ok();
        return MutationOutcome::rejected(
            Code::Conflict, u"Mã yêu cầu này đã được dùng cho một yêu cầu chuyển khác."_s);
    }
    const auto toOrg = OrgTree::find(db, *toOrgId);
    if (!toOrg || toOrg->kind != kCellKind)
        return invalid(u"Nơi chuyển đến phải là một chi bộ: hãy chọn chi bộ."_s);
    if (*toOrgId == fromOrgId)
        return invalid(u"Đảng viên đang sinh hoạt ở chi bộ này: hãy chọn chi bộ khác."_s);
    if (MemberTransfers::hasPending(db, *memberId))
        return MutationOutcome::rejected(Code::Conflict,
            u"Đảng viên này đang có một yêu cầu chuyển sinh hoạt chờ quyết định: hãy chờ cấp ủy "
            "nơi đến trả lời."_s);

    const MemberTransfer transfer { *id, *memberId, fromOrgId, *toOrgId, trimmedReason,
        QString(TransferStatus::Pending), c.user.userId, now(c) };
    MemberTransfers::request(c.tx, transfer);
    // The committee directly above the receiving cell decides (or one higher up).
    CellNotifier(c).notifyCommittee(toOrg->parentId,
        { NotificationKind::TransferRequested,
            u"Đề nghị chuyển sinh hoạt đảng: đồng chí %1"_s.arg(memberName(c, *memberId)),
            u"Từ %1 đến %2.\nLý do: %3"_s.arg(orgName(c, fromOrgId), toOrg->name, trimmedReason),
            RefType::MemberTransfer, *id });
    audit(c, Mutation::MemberTransferRequest, QString(RowType::MemberTransfer), *id,
        u"member=%1 from=%2 to=%3"_s.arg(*memberId, fromOrgId, *toOrgId));
    return MutationOutcome::ok();
}

MutationOutcome transferDecide(MutationContext &c, const QJsonObject &json)
{
    MutationArgs args(json);
    const auto id = args.id(u"id"_s);
    const auto decision = id ? args.text(u"decision"_s, 16) : std::nullopt;
    const auto reason
        = decision ? args.optionalText(u"reason"_s, Limit::TransferDecisionReason) : std::nullopt;
    if (!reason)
        return args.rejection();
    const QSqlDatabase db = c.tx.db();
    const auto transfer = MemberTransfers::find(db, *id);
    if (!transfer || !c.user.isCommittee())
        return transferNotFound(transfer.has_value());
    if (!inSubtree(c, transfer->toOrgId)) {
        // The sending side sees the request but does not decide it.
        if (inSubtree(c, transfer->fromOrgId))
            return MutationOutcome::rejected(
                Code::Forbidden, u"Cấp ủy nơi đảng viên chuyển đến mới quyết định yêu cầu này."_s);
        return transferNotFound(true);
    }
    if (*decision != TransferDecision::Accept && *decision != TransferDecision::Reject)
        return invalid(u"Quyết định phải là tiếp nhận hoặc từ chối."_s);
    if (transfer->status != TransferStatus::Pending)
        return MutationOutcome::rejected(Code::Conflict,
            u"Yêu cầu chuyển sinh hoạt này đã được quyết định: hãy tải lại để xem kết quả."_s);

    const bool accepted = *decision == TransferDecision::Accept;
    const QString trimmedReason = reason->trimmed();
    QString memberOrg = transfer->fromOrgId;
    if (accepted) {
        // Exactly as `handbook-server member move` (its audit entry included): the member's
        // accounts follow and resynchronise, pending profile requests go to the new deciders.
        MemberStore store(c.tx);
        const MemberStore::Move moved = store.move(transfer->memberId, transfer->toOrgId);
        if (moved.changed)
            audit(c, "member.move"_L1, QString(RowType::Member), transfer->memberId,
                u"from=%1 to=%2"_s.arg(moved.fromOrgId, transfer->toOrgId));
        memberOrg = transfer->toOrgId;
    }
    MemberTransfers::decide(c.tx, *transfer,
        accepted ? QString(TransferStatus::Accepted) : QString(TransferStatus::Rejected),
        c.user.userId, now(c), trimmedReason);

    const QString name = memberName(c, transfer->memberId);
    const QString fromName = orgName(c, transfer->fromOrgId);
    const QString toName = orgName(c, transfer->toOrgId);
    const QString title = accepted ? u"Đã tiếp nhận đồng chí %1 về %2"_s.arg(name, toName)
                                   : u"Không tiếp nhận đồng chí %1 về %2"_s.arg(name, toName);
    const QString body = u"Từ %1 đến %2."_s.arg(fromName, toName)
        + (trimmedReason.isEmpty() ? QString() : u"\nLý do: %1"_s.arg(trimmedReason));
    CellNotifier notifier(c);
    const auto from = OrgTree::find(db, transfer->fromOrgId);
    notifier.notifyCommittee(from ? from->parentId : QString(),
        { NotificationKind::TransferDecided, title, body, RefType::MemberTransfer, *id });
    notifier.notifyMember(transfer->memberId, memberOrg,
        { NotificationKind::TransferDecided,
            accepted ? u"Đồng chí được chuyển sinh hoạt về %1"_s.arg(toName)
                     : u"Yêu cầu chuyển sinh hoạt về %1 không được tiếp nhận"_s.arg(toName),
            body, RefType::MemberTransfer, *id });
    audit(c, Mutation::MemberTransferDecide, QString(RowType::MemberTransfer), *id, *decision);
    return MutationOutcome::ok();
}

} // namespace

void TransferMutations::addTo(MutationTable &table)
{
    table.insert(Mutation::MemberTransferRequest,
        { transferRequest, { u"id"_s, u"member_id"_s, u"to_org_id"_s, u"reason"_s }, {} });
    table.insert(Mutation::MemberTransferDecide,
        { transferDecide, { u"id"_s, u"decision"_s, u"reason"_s }, {} });
}
