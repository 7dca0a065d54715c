#include "transferscontroller.h"

#include "accountactions.h"
#include "actionerrors.h"
#include "draftcatalog.h"
#include "homecontroller.h"
#include "mutationnames.h"
#include "outbox.h"
#include "protocol.h"
#include "replicastore.h"
#include "sqlitedatabase.h"
#include "syncstate.h"
#include "timestamps.h"
#include "vietnamesefold.h"
#include "wirevalues.h"

#include <algorithm>

using namespace Qt::StringLiterals;
namespace Code = Protocol::ErrorCode;
namespace Mutation = Protocol::Mutation;
namespace RowType = Protocol::RowType;

namespace {

// organization.kind of a cell (DESIGN.md section 5), as OrgLevel and the dashboard read it.
const QString kCellKind = u"cell"_s;

} // namespace

TransfersController::TransfersController(QObject *parent)
    : CellController(parent)
{ }

int TransfersController::maxReason() const
{
    return Protocol::Limit::TransferReason;
}

bool TransfersController::memberMovable() const
{
    return m_committee && m_subtree.contains(m_memberCellId)
        && m_orgKinds.value(m_memberCellId) == kCellKind;
}

QString TransfersController::destinationName() const
{
    return m_orgNames.value(m_destinationId);
}

void TransfersController::setMemberId(const QString &id)
{
    if (m_memberId == id)
        return;
    m_memberId = id;
    if (m_destinationId == m_memberCellId)
        m_destinationId.clear();
    withDatabase([this](SqliteDatabase &db) { loadMember(db); });
    loadDestinations();
    Q_EMIT formChanged();
}

void TransfersController::loadCell(SqliteDatabase &db)
{
    const QString role = SyncState(db).value(u"role"_s);
    const bool committee = role == Protocol::Role::Committee || role == Protocol::Role::Admin;
    if (committee != m_committee) {
        m_committee = committee;
        Q_EMIT identityChanged();
    }

    m_organizations = DraftCatalog(db).organizations();
    m_orgKinds.clear();
    m_orgNames.clear();
    QHash<QString, QStringList> children;
    for (const OrgNode &node : std::as_const(m_organizations)) {
        m_orgKinds.insert(node.id, node.kind);
        m_orgNames.insert(node.id, node.name);
        children[node.parentId].append(node.id);
    }
    m_subtree.clear();
    QStringList walk { orgId() };
    while (!walk.isEmpty()) {
        const QString id = walk.takeLast();
        if (id.isEmpty() || m_subtree.contains(id) || !m_orgKinds.contains(id))
            continue;
        m_subtree.insert(id);
        walk << children.value(id);
    }

    ReplicaStore replica(db);
    Outbox outbox(db);
    const QString type(RowType::MemberTransfer);
    QList<TransferEntry> entries;
    QHash<QString, QString> memberNames; // of transfers, for the refusals below
    for (const QJsonObject &row : replica.all(type)) {
        TransferEntry e;
        e.id = row.value(u"id"_s).toString();
        e.memberId = row.value(u"member_id"_s).toString();
        e.memberName = row.value(u"member_name"_s).toString();
        e.fromOrgId = row.value(u"from_org_id"_s).toString();
        e.fromName = row.value(u"from_org_name"_s).toString();
        e.toOrgId = row.value(u"to_org_id"_s).toString();
        e.toName = row.value(u"to_org_name"_s).toString();
        e.reason = row.value(u"reason"_s).toString();
        e.status = row.value(u"status"_s).toString();
        e.requestedBy = row.value(u"requested_by_name"_s).toString();
        e.requestedAt = Timestamps::fromIso(row.value(u"requested_at"_s).toString());
        e.decidedBy = row.value(u"decided_by_name"_s).toString();
        e.decidedAt = Timestamps::fromIso(row.value(u"decided_at"_s).toString());
        e.decisionReason = row.value(u"decision_reason"_s).toString();
        e.pending = outbox.hasPendingChange(type, e.id);
        e.fromInSubtree = m_subtree.contains(e.fromOrgId);
        e.toInSubtree = m_subtree.contains(e.toOrgId);
        memberNames.insert(e.id, e.memberName);
        entries.append(e);
    }
    m_transfers.setTransfers(std::move(entries));

    m_rejected.clear();
    for (const RejectedMutation &r : outbox.rejected()) {
        const bool asked = r.name == Mutation::MemberTransferRequest;
        if (!asked && r.name != Mutation::MemberTransferDecide)
            continue;
        QString name;
        if (asked) {
            const auto member
                = replica.get(QString(RowType::Member), r.args.value(u"member_id"_s).toString());
            name = member ? member->value(u"full_name"_s).toString() : QString();
        } else {
            name = memberNames.value(r.args.value(u"id"_s).toString());
        }
        m_rejected.append(QVariantMap { { u"mutationId"_s, QVariant(r.id) },
            { u"action"_s,
                asked ? tr("Đề nghị chuyển sinh hoạt đảng")
                      : tr("Quyết định chuyển sinh hoạt đảng") },
            { u"memberName"_s, name },
            { u"reason"_s,
                r.errorMessage.isEmpty() ? tr("Máy chủ không chấp nhận thay đổi này.")
                                         : r.errorMessage },
            { u"rejectedAt"_s,
                r.rejectedAt.isValid() ? HomeController::vietnamTime(r.rejectedAt) : QString() } });
    }
    loadMember(db);
    loadDestinations();
    Q_EMIT listChanged();
    Q_EMIT formChanged();
}

void TransfersController::loadMember(SqliteDatabase &db)
{
    m_memberName.clear();
    m_memberCellId.clear();
    m_memberCellName.clear();
    if (m_memberId.isEmpty())
        return;
    const auto member = ReplicaStore(db).get(QString(RowType::Member), m_memberId);
    if (!member)
        return;
    m_memberName = member->value(u"full_name"_s).toString();
    m_memberCellId = member->value(u"org_id"_s).toString();
    m_memberCellName = m_orgNames.value(m_memberCellId);
}

void TransfersController::loadDestinations()
{
    QHash<QString, QString> parents;
    for (const OrgNode &node : std::as_const(m_organizations))
        parents.insert(node.id, node.parentId);
    QString top = orgId();
    for (int depth = 0; depth < 32 && parents.contains(parents.value(top)); ++depth)
        top = parents.value(top); // a cycle in the data must not loop forever
    QList<OrgNode> offered = m_organizations;
    offered.removeIf([this](const OrgNode &node) {
        return !m_memberCellId.isEmpty() && node.id == m_memberCellId;
    });
    m_destinations.setOrganizations(offered, top);
}

QVariantList TransfersController::findMembers(const QString &text)
{
    QVariantList found;
    withDatabase([&](SqliteDatabase &db) {
        const QStringList query = VietnameseFold::words(text);
        struct Match
        {
            QString id, name, folded, cell;
        };
        QList<Match> matches;
        Statement rows(db, "SELECT id, ifnull(full_name, ''), ifnull(org_id, '') FROM members");
        while (rows.step()) {
            const QString cell = rows.text(2);
            if (!m_subtree.contains(cell) || m_orgKinds.value(cell) != kCellKind)
                continue;
            const QString name = rows.text(1);
            if (!VietnameseFold::matches(VietnameseFold::words(name), query))
                continue;
            matches.append({ rows.text(0), name, VietnameseFold::fold(name), cell });
        }
        std::sort(matches.begin(), matches.end(), [](const Match &a, const Match &b) {
            return a.folded != b.folded ? a.folded < b.folded : a.id < b.id;
        });
        for (const Match &m : std::as_const(matches)) {
            if (found.size() >= kMemberLimit)
                break;
            found.append(QVariantMap { { u"memberId"_s, m.id }, { u"name"_s, m.name },
                { u"cellName"_s, m_orgNames.value(m.cell) } });
        }
    });
    return found;
}

bool TransfersController::chooseMember(const QString &id)
{
    QString cell;
    withDatabase([&](SqliteDatabase &db) {
        const auto member = ReplicaStore(db).get(QString(RowType::Member), id);
        cell = member ? member->value(u"org_id"_s).toString() : QString();
    });
    if (cell.isEmpty() || !m_subtree.contains(cell)) {
        setErrorMessage(tr("Đồng chí này không thuộc các chi bộ đồng chí phụ trách."));
        return false;
    }
    setErrorMessage({});
    setMemberId(id);
    return true;
}

bool TransfersController::chooseDestination(const QString &orgId)
{
    if (m_orgKinds.value(orgId) != kCellKind) {
        setErrorMessage(tr("Hãy chọn một chi bộ: chỉ chuyển sinh hoạt đến chi bộ."));
        return false;
    }
    if (!m_memberCellId.isEmpty() && orgId == m_memberCellId) {
        setErrorMessage(tr("Đồng chí này đang sinh hoạt ở chi bộ đó. Hãy chọn chi bộ khác."));
        return false;
    }
    setErrorMessage({});
    m_destinationId = orgId;
    m_destinations.setSelectedId(orgId);
    Q_EMIT formChanged();
    return true;
}

void TransfersController::clearRequest()
{
    m_memberId.clear();
    m_memberName.clear();
    m_memberCellId.clear();
    m_memberCellName.clear();
    m_destinationId.clear();
    m_destinations.setSelectedId({});
    loadDestinations();
    setErrorMessage({});
    Q_EMIT formChanged();
}

QString TransfersController::problem(
    const QString &memberId, const QString &toOrgId, const QString &reason)
{
    if (!m_committee)
        return tr("Chỉ cấp ủy cấp trên của chi bộ mới đề nghị chuyển sinh hoạt đảng.");
    if (memberId.isEmpty())
        return tr("Hãy chọn đảng viên cần chuyển.");
    QString cell;
    bool open = false;
    withDatabase([&](SqliteDatabase &db) {
        ReplicaStore replica(db);
        const auto member = replica.get(QString(RowType::Member), memberId);
        cell = member ? member->value(u"org_id"_s).toString() : QString();
        for (const QJsonObject &row : replica.all(QString(RowType::MemberTransfer))) {
            open = open
                || (row.value(u"member_id"_s).toString() == memberId
                    && row.value(u"status"_s).toString() == Protocol::TransferStatus::Pending);
        }
    });
    if (cell.isEmpty() || !m_subtree.contains(cell))
        return tr("Đồng chí này không thuộc các chi bộ đồng chí phụ trách.");
    if (open)
        return tr("Đồng chí này đã có một đề nghị chuyển sinh hoạt đang chờ quyết định.");
    if (toOrgId.isEmpty())
        return tr("Hãy chọn chi bộ chuyển đến.");
    if (m_orgKinds.value(toOrgId) != kCellKind)
        return tr("Hãy chọn một chi bộ: chỉ chuyển sinh hoạt đến chi bộ.");
    if (toOrgId == cell)
        return tr("Đồng chí này đang sinh hoạt ở chi bộ đó. Hãy chọn chi bộ khác.");
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return tr("Hãy ghi lý do chuyển sinh hoạt.");
    if (why.size() > Protocol::Limit::TransferReason)
        return tr("Lý do dài quá: tối đa %1 ký tự.").arg(Protocol::Limit::TransferReason);
    return {};
}

bool TransfersController::request(
    const QString &memberId, const QString &toOrgId, const QString &reason)
{
    if (const QString message = problem(memberId, toOrgId, reason); !message.isEmpty()) {
        setErrorMessage(message);
        return false;
    }
    AccountActions::Result result;
    if (!withDatabase([&](SqliteDatabase &db) {
            result = AccountActions(db, [this] {
                return now();
            }).requestTransfer(memberId, toOrgId, reason);
        }))
        return false;
    if (!result.ok()) {
        setErrorMessage(actionMessage(result.error));
        return false;
    }
    clearRequest();
    Q_EMIT localChangeMade();
    reload();
    Q_EMIT requested();
    return true;
}

bool TransfersController::accept(const QString &transferId, const QString &reason)
{
    return decide(transferId, QString(Protocol::TransferDecision::Accept), reason);
}

bool TransfersController::reject(const QString &transferId, const QString &reason)
{
    if (reason.trimmed().isEmpty()) {
        setErrorMessage(tr("Hãy ghi lý do không nhận để cấp ủy bên chuyển đi được biết."));
        return false;
    }
    return decide(transferId, QString(Protocol::TransferDecision::Reject), reason);
}

bool TransfersController::decide(
    const QString &transferId, const QString &decision, const QString &reason)
{
    const QVariantMap row = m_transfers.get(transferId);
    if (!row.isEmpty() && !row.value(u"canDecide"_s).toBool()) {
        setErrorMessage(row.value(u"status"_s).toString() == Protocol::TransferStatus::Pending
                ? tr("Chỉ cấp ủy cấp trên của chi bộ nhận mới quyết định được việc chuyển này.")
                : actionMessage(ActionError::AlreadyDecided));
        return false;
    }
    if (reason.trimmed().size() > Protocol::Limit::TransferDecisionReason) {
        setErrorMessage(
            tr("Lý do dài quá: tối đa %1 ký tự.").arg(Protocol::Limit::TransferDecisionReason));
        return false;
    }
    AccountActions::Result result;
    if (!withDatabase([&](SqliteDatabase &db) {
            result = AccountActions(db, [this] {
                return now();
            }).decideTransfer(transferId, decision, reason);
        }))
        return false;
    if (!result.ok()) {
        reload(); // the row as the vault has it (decided elsewhere, say), then the message
        setErrorMessage(actionMessage(result.error));
        return false;
    }
    Q_EMIT localChangeMade();
    reload();
    return true;
}

bool TransfersController::dismissRejected(qint64 mutationId)
{
    const bool done
        = withDatabase([&](SqliteDatabase &db) { Outbox(db).dismissRejected(mutationId); });
    reload();
    return done;
}

QString TransfersController::actionMessage(const QString &code)
{
    if (code == Code::InvalidArgs)
        return tr("Thông tin chưa đúng: cần một chi bộ khác chi bộ hiện tại và lý do (tối đa "
                  "%1 ký tự).")
            .arg(Protocol::Limit::TransferReason);
    if (code == Code::NotFound)
        return tr("Không tìm thấy đảng viên, chi bộ hoặc đề nghị này trên máy. Hãy đồng bộ rồi "
                  "thử lại.");
    if (code == Code::Conflict)
        return tr("Đồng chí này đã có một đề nghị chuyển sinh hoạt đang chờ quyết định.");
    if (code == ActionError::AlreadyDecided)
        return tr("Đề nghị chuyển này đã được quyết định.");
    if (code == ActionError::NotSignedIn)
        return tr("Chưa đăng nhập: chưa ghi lại được.");
    return tr("Chưa ghi lại được trên máy. Hãy thử lại.");
}
