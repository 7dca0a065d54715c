#include "mutations/accountmutations.h"

#include "auth/devicerevocation.h"
#include "auth/passwordhasher.h"
#include "auth/tokenstore.h"
#include "db/sqlrunner.h"
#include "mutationnames.h"
#include "mutations/mutationargs.h"
#include "mutations/mutationcommon.h"
#include "protocol.h"
#include "records/auditlog.h"
#include "records/orgtree.h"
#include "records/profilerequestscope.h"
#include "records/temporarypassword.h"
#include "records/useraccounts.h"
#include "wirevalues.h"

#include <QUuid>

using namespace Qt::StringLiterals;
namespace ChangeOp = Protocol::ChangeOp;
namespace Code = Protocol::ErrorCode;
namespace Mutation = Protocol::Mutation;
namespace ResultData = Protocol::ResultData;
namespace Role = Protocol::Role;
namespace RowType = Protocol::RowType;
using namespace MutationCommon;

namespace {

const QString kUserTarget = u"user"_s; // the audit log's target type of an account

bool inSubtree(const MutationContext &c, const QString &orgId)
{
    return !orgId.isEmpty() && OrgTree::contains(c.tx.db(), c.user.orgId, orgId);
}

QString memberOrg(const MutationContext &c, const QString &memberId)
{
    return scalarSql(c.tx.db(), u"SELECT org_id FROM members WHERE id = ?"_s, { memberId })
        .toString();
}

MutationOutcome memberNotFound(bool exists)
{
    return MutationOutcome::notFound(
        u"Không tìm thấy đảng viên này trong các tổ chức đảng đồng chí quản lý."_s, exists);
}

MutationOutcome accountNotFound(bool exists)
{
    return MutationOutcome::notFound(
        u"Không tìm thấy tài khoản này trong các tổ chức đảng đồng chí quản lý."_s, exists);
}

// The answer of an applied create or reset: the password, for this answer only.
MutationOutcome withPassword(const QString &userId, const QString &login, const QString &password)
{
    MutationOutcome outcome = MutationOutcome::ok();
    outcome.details.insert(u"data"_s,
        QJsonObject { { ResultData::UserId, userId }, { ResultData::Login, login },
            { ResultData::TemporaryPassword, password } });
    return outcome;
}

// A change of the member's row, so that committees above pull its `account` again (the
// member and the cell pull the same row, whose fields they see did not change).
void recordMemberChange(MutationContext &c, const QString &memberId, const QString &orgId)
{
    if (!memberId.isEmpty())
        c.tx.recordChange(RowType::Member, memberId, ChangeOp::Put, orgId, memberId);
}

MutationOutcome accountCreate(MutationContext &c, const QJsonObject &json)
{
    MutationArgs args(json);
    const auto memberId = args.id(u"member_id"_s);
    const auto login
        = memberId ? args.text(ResultData::Login, Protocol::Limit::Login) : std::nullopt;
    const auto role = login ? args.optionalText(u"role"_s, 16) : std::nullopt;
    if (!role)
        return args.rejection();
    const QString org = memberOrg(c, *memberId);
    if (!c.user.isCommittee() || !inSubtree(c, org))
        return memberNotFound(!org.isEmpty());
    const QString accountRole = role->isEmpty() ? QString(Role::Member) : *role;
    if (accountRole != Role::Member && accountRole != Role::Secretary)
        return invalid(u"Vai trò của tài khoản chỉ có thể là đảng viên hoặc bí thư chi bộ."_s);
    const QString trimmedLogin = login->trimmed();
    if (!UserAccounts::isValidLogin(trimmedLogin))
        return invalid(u"Tên đăng nhập chỉ gồm chữ không dấu, chữ số và các dấu . _ @ - "
                       "(tối đa 64 ký tự): hãy sửa lại."_s);
    const QSqlDatabase db = c.tx.db();
    if (!UserAccounts::idOfMember(db, *memberId).isEmpty())
        return MutationOutcome::rejected(Code::Conflict,
            u"Đảng viên này đã có tài khoản: nếu đồng chí quên mật khẩu, hãy đặt lại mật khẩu."_s);
    if (!UserAccounts::idOf(db, trimmedLogin).isEmpty())
        return MutationOutcome::rejected(
            Code::Conflict, u"Tên đăng nhập này đã có người dùng: hãy chọn tên khác."_s);
    if (const QString why = UserAccounts::placementProblem(db, accountRole, org, *memberId);
        !why.isEmpty())
        return invalid(u"Không tạo được tài khoản cho đảng viên này."_s);

    const QString password = TemporaryPassword::generate();
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty())
        throw DbError(u"cannot hash a temporary password"_s);
    const QString userId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    UserAccounts::create(db,
        NewUserAccount { userId, trimmedLogin, hash, *memberId, accountRole, org, true, now(c) });
    // A secretary account makes its member the cell's secretary: their pending profile
    // requests go to the committee above (as `user create` does).
    ProfileRequestScope::rescopePending(c.tx, *memberId);
    recordMemberChange(c, *memberId, org);
    AuditLog::record(db,
        AuditEntry { c.user.userId, c.user.login, QString(Mutation::AccountCreate), kUserTarget,
            userId, u"ok"_s, {}, u"member=%1 role=%2"_s.arg(*memberId, accountRole) });
    return withPassword(userId, trimmedLogin, password);
}

MutationOutcome accountResetPassword(MutationContext &c, const QJsonObject &json)
{
    MutationArgs args(json);
    const auto userId = args.id(ResultData::UserId);
    if (!userId)
        return args.rejection();
    const QSqlDatabase db = c.tx.db();
    const auto account = UserAccounts::findById(db, *userId);
    if (!account || !c.user.isCommittee() || !inSubtree(c, account->orgId))
        return accountNotFound(account.has_value());
    // A colleague of the same committee, or an administrator, is reset by the level above
    // (or the operator): nobody resets a password they could then use themselves.
    if (account->orgId == c.user.orgId || account->role == Role::Admin)
        return MutationOutcome::rejected(Code::Forbidden,
            u"Đồng chí không thể đặt lại mật khẩu của tài khoản này: hãy đề nghị cấp ủy cấp "
            "trên hoặc quản trị hệ thống."_s);

    const QString password = TemporaryPassword::generate();
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty())
        throw DbError(u"cannot hash a temporary password"_s);
    UserAccounts::resetPassword(db, account->id, hash);
    // Signed out everywhere (the auth_changes triggers tell every worker's token cache); the
    // devices stay, nothing is wiped.
    const int signedOut = TokenStore::deleteUserTokens(db, account->id);
    recordMemberChange(c, account->memberId, memberOrg(c, account->memberId));
    AuditLog::record(db,
        AuditEntry { c.user.userId, c.user.login, QString(Mutation::AccountResetPassword),
            kUserTarget, account->id, u"ok"_s, {}, u"devices_signed_out=%1"_s.arg(signedOut) });
    return withPassword(account->id, account->login, password);
}

MutationOutcome deviceRevoke(MutationContext &c, const QJsonObject &json)
{
    MutationArgs args(json);
    const auto deviceId = args.id(u"device_id"_s);
    if (!deviceId)
        return args.rejection();
    const QSqlDatabase db = c.tx.db();
    QSqlQuery query = runSql(db,
        u"SELECT d.user_id, u.org_id, u.member_id FROM devices d JOIN users u ON u.id = "
        "d.user_id WHERE d.id = ?"_s,
        { *deviceId });
    if (!query.next())
        return MutationOutcome::notFound(u"Không tìm thấy thiết bị này."_s, false);
    const QString ownerUser = query.value(0).toString();
    const QString accountOrg = query.value(1).toString();
    const QString accountMember = query.value(2).isNull() ? QString() : query.value(2).toString();
    query.finish();
    // Its own account revokes a lost phone from the new one; a committee any device of its
    // subtree's accounts.
    if (ownerUser != c.user.userId && !(c.user.isCommittee() && inSubtree(c, accountOrg)))
        return MutationOutcome::notFound(u"Không tìm thấy thiết bị này."_s, true);
    const AuditEntry audit { c.user.userId, c.user.login, QString(Mutation::DeviceRevoke),
        QString(RowType::Device), *deviceId, u"ok"_s, {}, {} };
    if (DeviceRevocation::revoke(db, *deviceId, audit)
        == DeviceRevocation::Outcome::AlreadyRevoked) {
        // Applied again (two committee users, or a retried push from another device).
        AuditEntry again = audit;
        again.detail = u"already_revoked"_s;
        AuditLog::record(db, again);
        return MutationOutcome::ok();
    }
    c.tx.recordChange(RowType::Device, *deviceId, ChangeOp::Put, accountOrg, accountMember);
    return MutationOutcome::ok();
}

} // namespace

void AccountMutations::addTo(MutationTable &table)
{
    table.insert(Mutation::AccountCreate,
        { accountCreate, { u"member_id"_s, QString(ResultData::Login), u"role"_s }, {} });
    table.insert(Mutation::AccountResetPassword,
        { accountResetPassword, { QString(ResultData::UserId) }, {} });
    table.insert(Mutation::DeviceRevoke, { deviceRevoke, { u"device_id"_s }, {} });
}
