#include "mutations/cellnotifier.h"

#include "db/sqlrunner.h"
#include "mutationnames.h"
#include "records/profilerequestscope.h"
#include "timestamps.h"
#include "wirevalues.h"

#include <QStringList>
#include <QUuid>

using namespace Qt::StringLiterals;
namespace ChangeOp = Protocol::ChangeOp;
namespace Role = Protocol::Role;
namespace RowType = Protocol::RowType;

CellNotifier::CellNotifier(MutationContext &context)
    : m_context(context)
{ }

int CellNotifier::notifyCell(const QString &cellId, const Notice &notice)
{
    QSqlQuery query = runSql(
        m_context.tx.db(), u"SELECT id FROM members WHERE org_id = ? ORDER BY id"_s, { cellId });
    QStringList recipients;
    while (query.next()) {
        const QString memberId = query.value(0).toString();
        if (memberId != m_context.user.memberId)
            recipients << memberId;
    }
    for (const QString &memberId : std::as_const(recipients))
        notifyMember(memberId, cellId, notice);
    return int(recipients.size());
}

void CellNotifier::notifyMember(
    const QString &memberId, const QString &memberOrgId, const Notice &notice)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    execSql(m_context.tx.db(),
        u"INSERT INTO notifications (id, member_id, kind, title, body, ref_type, ref_id, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
        { id, memberId, notice.kind, notice.title, textOrNull(notice.body),
            textOrNull(notice.refType), textOrNull(notice.refId),
            Timestamps::toIso(m_context.now) });
    m_context.tx.recordChange(RowType::Notification, id, ChangeOp::Put, memberOrgId, memberId);
}

void CellNotifier::notifyCommittee(const QString &orgId, const Notice &notice)
{
    if (orgId.isEmpty()) // above the root: nobody
        return;
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    execSql(m_context.tx.db(),
        u"INSERT INTO notifications (id, member_id, org_id, kind, title, body, ref_type, ref_id, "
        "created_at) VALUES (?, NULL, ?, ?, ?, ?, ?, ?, ?)"_s,
        { id, orgId, notice.kind, notice.title, textOrNull(notice.body), textOrNull(notice.refType),
            textOrNull(notice.refId), Timestamps::toIso(m_context.now) });
    m_context.tx.recordChange(RowType::Notification, id, ChangeOp::Put, orgId);
}

int CellNotifier::notifySecretaries(const QString &cellId, const Notice &notice)
{
    return notifyAccounts(cellId, { QString(Role::Secretary) }, notice);
}

int CellNotifier::notifyProfileDeciders(const QString &memberId, const Notice &notice)
{
    const ProfileRequestScope scope(m_context.tx.db(), memberId);
    if (scope.decidedAbove()) // as profile.request.decide: committee (or admin) accounts there
        return notifyAccounts(
            scope.decidingOrg(), { QString(Role::Committee), QString(Role::Admin) }, notice);
    return notifySecretaries(scope.memberOrg(), notice);
}

int CellNotifier::notifyAccounts(
    const QString &orgId, const QStringList &roles, const Notice &notice)
{
    if (orgId.isEmpty())
        return 0;
    // A secretary decides for her own cell only (ProfileRequestScope counts the same way).
    const bool secretaries = roles == QStringList { QString(Role::Secretary) };
    QVariantList binds { orgId };
    QStringList marks;
    for (const QString &role : roles) {
        binds << role;
        marks << u"?"_s;
    }
    // Read first, then write (QPSQL loses a result when another statement runs).
    QSqlQuery query = runSql(m_context.tx.db(),
        u"SELECT DISTINCT u.member_id, m.org_id FROM users u JOIN members m ON m.id = u.member_id "
        "WHERE u.org_id = ? AND u.disabled = 0 AND u.role IN (%1)%2 ORDER BY u.member_id"_s.arg(
            marks.join(u", "_s), secretaries ? u" AND m.org_id = u.org_id"_s : QString()),
        binds);
    QList<std::pair<QString, QString>> recipients;
    while (query.next()) {
        const QString memberId = query.value(0).toString();
        if (memberId != m_context.user.memberId)
            recipients.append({ memberId, query.value(1).toString() });
    }
    for (const auto &[memberId, memberOrg] : std::as_const(recipients))
        notifyMember(memberId, memberOrg, notice);
    return int(recipients.size());
}
