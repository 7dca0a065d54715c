#include "records/useraccounts.h"

#include "db/sqlrunner.h"
#include "wirevalues.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;
namespace Role = Protocol::Role;

bool UserAccounts::isValidLogin(const QString &login)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9._@-]{1,64}$"_s);
    return pattern.match(login).hasMatch();
}

QString UserAccounts::idOf(const QSqlDatabase &db, const QString &login)
{
    return scalarSql(db, u"SELECT id FROM users WHERE login = ?"_s, { login }).toString();
}

namespace {

// `condition` is a fixed "<column> = ?" of the callers below, never input.
std::optional<UserAccount> findWhere(
    const QSqlDatabase &db, const QString &condition, const QString &value)
{
    QSqlQuery user = runSql(db,
        u"SELECT id, login, org_id, member_id, role FROM users WHERE %1"_s.arg(condition),
        { value });
    if (!user.next())
        return std::nullopt;
    return UserAccount { user.value(0).toString(), user.value(1).toString(),
        user.value(2).toString(), user.value(3).isNull() ? QString() : user.value(3).toString(),
        user.value(4).toString() };
}

} // namespace

std::optional<UserAccount> UserAccounts::find(const QSqlDatabase &db, const QString &login)
{
    return findWhere(db, u"login = ?"_s, login);
}

std::optional<UserAccount> UserAccounts::findById(const QSqlDatabase &db, const QString &userId)
{
    return findWhere(db, u"id = ?"_s, userId);
}

QString UserAccounts::idOfMember(const QSqlDatabase &db, const QString &memberId)
{
    return scalarSql(db,
        u"SELECT id FROM users WHERE member_id = ? ORDER BY created_at, id LIMIT 1"_s, { memberId })
        .toString();
}

QString UserAccounts::placementProblem(
    const QSqlDatabase &db, const QString &role, const QString &orgId, const QString &memberId)
{
    if (!scalarSql(db, u"SELECT 1 FROM organizations WHERE id = ?"_s, { orgId }).isValid())
        return u"no organisation with id \"%1\""_s.arg(orgId);
    if (memberId.isEmpty()) {
        if (role == Role::Member || role == Role::Secretary)
            return u"a %1 account needs --member <member_id>"_s.arg(role);
        return {};
    }
    const QVariant memberOrg
        = scalarSql(db, u"SELECT org_id FROM members WHERE id = ?"_s, { memberId });
    if (!memberOrg.isValid())
        return u"no member with id \"%1\""_s.arg(memberId);
    if ((role == Role::Member || role == Role::Secretary) && memberOrg.toString() != orgId)
        return u"member %1 belongs to organisation %2, not %3"_s.arg(
            memberId, memberOrg.toString(), orgId);
    return {};
}

void UserAccounts::create(const QSqlDatabase &db, const NewUserAccount &account)
{
    execSql(db,
        u"INSERT INTO users (id, login, password_hash, member_id, role, org_id, "
        "must_change_password, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
        { account.id, account.login, account.passwordHash,
            textOrNull(account.memberId.isEmpty() ? QString() : account.memberId), account.role,
            account.orgId, account.mustChangePassword ? 1 : 0, account.createdAt });
}

void UserAccounts::resetPassword(
    const QSqlDatabase &db, const QString &userId, const QString &passwordHash)
{
    execSql(db, u"UPDATE users SET password_hash = ?, must_change_password = 1 WHERE id = ?"_s,
        { passwordHash, userId });
}

void UserAccounts::setRole(
    const QSqlDatabase &db, const QString &userId, const QString &role, const QString &orgId)
{
    execSql(db,
        u"UPDATE users SET role = ?, org_id = ?, scope_generation = scope_generation + 1 "
        "WHERE id = ?"_s,
        { role, orgId, userId });
}
