// The accounts table as the admin commands change it (DESIGN.md section 6): look-ups by
// login, creating an account, resetting its password, changing its role, and the rule for
// where an account may sit. Each runs inside the caller's write transaction; throws DbError.
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <optional>

// What `user set-role` needs of an existing account.
struct UserAccount
{
    QString id;
    QString login;
    QString orgId;
    QString memberId; // empty when the account has no member record
    QString role;
};

// A new account; the password is already hashed (PasswordHasher).
struct NewUserAccount
{
    QString id;
    QString login;
    QString passwordHash;
    QString memberId; // empty: none
    QString role;
    QString orgId;
    bool mustChangePassword = false;
    QString createdAt; // ISO 8601, UTC
};

class UserAccounts
{
public:
    // The rule for a login (`user create` and account.create): 1 to 64 characters among
    // A-Z a-z 0-9 . _ @ -.
    [[nodiscard]] static bool isValidLogin(const QString &login);
    // The id of the account with this login, or empty.
    [[nodiscard]] static QString idOf(const QSqlDatabase &db, const QString &login);
    // The account with this login, or nullopt.
    [[nodiscard]] static std::optional<UserAccount> find(
        const QSqlDatabase &db, const QString &login);
    // The account with this id, or nullopt.
    [[nodiscard]] static std::optional<UserAccount> findById(
        const QSqlDatabase &db, const QString &userId);
    // The id of the member's first account (by creation), or empty when it has none.
    [[nodiscard]] static QString idOfMember(const QSqlDatabase &db, const QString &memberId);
    // Checks the organisation (and that a member or secretary account sits in its member's
    // cell); empty when fine, else the reason.
    [[nodiscard]] static QString placementProblem(
        const QSqlDatabase &db, const QString &role, const QString &orgId, const QString &memberId);
    // Inserts the account.
    static void create(const QSqlDatabase &db, const NewUserAccount &account);
    // Sets a temporary password: the user must change it before anything else.
    static void resetPassword(
        const QSqlDatabase &db, const QString &userId, const QString &passwordHash);
    // Gives the account a new role and organisation, and a new scope: its next pull starts
    // over with a reset snapshot.
    static void setRole(
        const QSqlDatabase &db, const QString &userId, const QString &role, const QString &orgId);
};
