#include "cli/usercommand.h"

#include "auth/passwordhasher.h"
#include "auth/tokenstore.h"
#include "cli/commandcontext.h"
#include "db/sqlrunner.h"
#include "db/writetransaction.h"
#include "records/auditlog.h"
#include "records/profilerequestscope.h"
#include "records/useraccounts.h"
#include "timestamps.h"
#include "wirevalues.h"

#include <QDateTime>
#include <QUuid>
#include <algorithm>
#include <iostream>
#include <string>

using namespace Qt::StringLiterals;
namespace Role = Protocol::Role;
using CL = ServerCommandLine;

namespace {

const QStringList kRoles { QString(Role::Member), QString(Role::Secretary),
    QString(Role::Committee), QString(Role::Admin) };

// Who did it, in the audit log: an operator at the server's command line.
AuditEntry cliAudit(const QString &action, const QString &userId, const QString &detail)
{
    return AuditEntry { {}, u"cli"_s, action, u"user"_s, userId, u"ok"_s, {}, detail };
}

// The password of `user create|reset-password`: --password <p>, or one line of standard
// input with --password-stdin, or else HANDBOOK_USER_PASSWORD (neither of the last two shows
// in /proc/<pid>/cmdline). Nullopt after printing why (the context's exit code BadUsage).
std::optional<QString> passwordOf(CommandContext &context, const QCommandLineOption &password,
    const QCommandLineOption &fromStdin)
{
    const QCommandLineParser &parser = context.parser();
    if (parser.isSet(password) && parser.isSet(fromStdin)) {
        context.fail(CL::BadUsage, u"give --password or --password-stdin, not both"_s);
        return std::nullopt;
    }
    QString value;
    if (parser.isSet(password)) {
        value = parser.value(password);
    } else if (parser.isSet(fromStdin)) {
        std::string line;
        std::getline(std::cin, line);
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        value = QString::fromStdString(line);
        std::fill(line.begin(), line.end(), '\0');
        if (value.isEmpty()) {
            context.fail(CL::BadUsage, u"--password-stdin: no password on standard input"_s);
            return std::nullopt;
        }
    } else {
        value = qEnvironmentVariable("HANDBOOK_USER_PASSWORD");
    }
    if (value.isEmpty()) {
        context.fail(
            CL::BadUsage, u"--password, --password-stdin or HANDBOOK_USER_PASSWORD is required"_s);
        return std::nullopt;
    }
    return value;
}

} // namespace

QString UserCommand::usage()
{
    return u"  user create --db <db> --login <l> --password <p> --role <role> --org <org_id>\n"
           "              [--member <member_id>] [--must-change-password]\n"
           "                       (instead of --password <p>: --password-stdin reads one\n"
           "                       line from standard input, or HANDBOOK_USER_PASSWORD;\n"
           "                       also for reset-password)\n"
           "                       create an account; role: member, secretary, committee,\n"
           "                       admin; prints the new user id; the password needs 8\n"
           "                       characters, not only digits, not a common password, not\n"
           "                       containing the login\n"
           "  user reset-password --db <db> --login <l> --password <p>\n"
           "                       set a temporary password (same rule as create): until the\n"
           "                       user changes it the server answers nothing else; signs the\n"
           "                       account out of every device\n"
           "  user set-role --db <db> --login <l> --role <role> [--org <org_id>]\n"
           "                       change what the account may see (its next pull resets);\n"
           "                       its member's pending profile requests follow the role\n"_s;
}

int UserCommand::run(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == "create"_L1)
        return create(arguments.mid(1));
    if (sub == "reset-password"_L1)
        return resetPassword(arguments.mid(1));
    if (sub == "set-role"_L1)
        return setRole(arguments.mid(1));
    if (sub == "-h"_L1 || sub == "--help"_L1) {
        CL::print(u"Usage:\n"_s + usage());
        return CL::Success;
    }
    return CL::fail(CL::BadUsage,
        sub.isEmpty() ? u"user: missing subcommand (create, reset-password, set-role)"_s
                      : u"user: unknown subcommand \"%1\""_s.arg(sub));
}

int UserCommand::create(const QStringList &arguments)
{
    CommandContext context(u"user create"_s, arguments, usage());
    const QCommandLineOption login(u"login"_s, u"Login."_s, u"login"_s);
    const QCommandLineOption password(u"password"_s, u"Password."_s, u"password"_s);
    const QCommandLineOption role(u"role"_s, u"Role."_s, u"role"_s);
    const QCommandLineOption org(u"org"_s, u"Organisation id."_s, u"org_id"_s);
    const QCommandLineOption member(
        QString(Protocol::Key::Member), u"Member id."_s, u"member_id"_s);
    const QCommandLineOption mustChange(u"must-change-password"_s, u"Ask for a new password."_s);
    const QCommandLineOption fromStdin(u"password-stdin"_s, u"Read the password from stdin."_s);
    context.addOptions({ login, password, fromStdin, role, org, member, mustChange });
    if (!context.parse())
        return context.exitCode();
    const QCommandLineParser &parser = context.parser();
    const auto loginValue = context.requireValue(login);
    const auto passwordValue = loginValue ? passwordOf(context, password, fromStdin) : std::nullopt;
    const auto roleValue = passwordValue ? context.requireValue(role) : std::nullopt;
    const auto orgValue = roleValue ? context.requireValue(org) : std::nullopt;
    if (!orgValue)
        return context.exitCode();
    if (!UserAccounts::isValidLogin(*loginValue))
        return CL::fail(CL::BadUsage,
            u"user create: a login has 1 to 64 characters among A-Z a-z 0-9 . _ @ -"_s);
    if (!kRoles.contains(*roleValue))
        return CL::fail(CL::BadUsage,
            u"user create: unknown role \"%1\" (member, secretary, "
            "committee, admin)"_s.arg(*roleValue));
    if (const QString weakness = PasswordHasher::weakness(*passwordValue, *loginValue);
        !weakness.isEmpty())
        return CL::fail(CL::BadUsage, u"user create: "_s + weakness);
    const QString memberId = parser.value(member);

    if (!context.openDatabase(CommandContext::Schema::Current))
        return context.exitCode();
    const QString hash = PasswordHasher::hash(*passwordValue);
    if (hash.isEmpty())
        return CL::fail(CL::Failure, u"user create: cannot hash the password"_s);
    const QString userId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    try {
        WriteTransaction tx(context.database());
        if (!UserAccounts::idOf(tx.db(), *loginValue).isEmpty())
            return CL::fail(CL::Failure, u"user create: login \"%1\" exists"_s.arg(*loginValue));
        if (const QString why
            = UserAccounts::placementProblem(tx.db(), *roleValue, *orgValue, memberId);
            !why.isEmpty())
            return CL::fail(CL::Failure, u"user create: "_s + why);
        UserAccounts::create(tx.db(),
            NewUserAccount { userId, *loginValue, hash, memberId, *roleValue, *orgValue,
                parser.isSet(mustChange), Timestamps::toIso(QDateTime::currentDateTimeUtc()) });
        // A secretary account makes its member the cell's secretary: their pending profile
        // requests go to the committee above.
        if (!memberId.isEmpty())
            ProfileRequestScope::rescopePending(tx, memberId);
        AuditLog::record(tx.db(), cliAudit(u"user.create"_s, userId, *roleValue));
        tx.commit();
    } catch (const DbError &e) {
        return CL::fail(CL::Failure, u"user create: "_s + QString::fromUtf8(e.what()));
    }
    CL::print(userId); // only the id: scripts read it
    return CL::Success;
}

int UserCommand::resetPassword(const QStringList &arguments)
{
    CommandContext context(u"user reset-password"_s, arguments, usage());
    const QCommandLineOption login(u"login"_s, u"Login."_s, u"login"_s);
    const QCommandLineOption password(u"password"_s, u"New password."_s, u"password"_s);
    const QCommandLineOption fromStdin(u"password-stdin"_s, u"Read the password from stdin."_s);
    context.addOptions({ login, password, fromStdin });
    if (!context.parse())
        return context.exitCode();
    const auto loginValue = context.requireValue(login);
    const auto passwordValue = loginValue ? passwordOf(context, password, fromStdin) : std::nullopt;
    if (!passwordValue)
        return context.exitCode();
    if (const QString weakness = PasswordHasher::weakness(*passwordValue, *loginValue);
        !weakness.isEmpty())
        return CL::fail(CL::BadUsage, u"user reset-password: "_s + weakness);

    if (!context.openDatabase(CommandContext::Schema::Current))
        return context.exitCode();
    const QString hash = PasswordHasher::hash(*passwordValue);
    if (hash.isEmpty())
        return CL::fail(CL::Failure, u"user reset-password: cannot hash the password"_s);
    int signedOut = 0;
    try {
        WriteTransaction tx(context.database());
        const QString userId = UserAccounts::idOf(tx.db(), *loginValue);
        if (userId.isEmpty())
            return CL::fail(CL::Failure, u"user reset-password: no user \"%1\""_s.arg(*loginValue));
        UserAccounts::resetPassword(tx.db(), userId, hash);
        signedOut = TokenStore::deleteUserTokens(tx.db(), userId);
        AuditLog::record(tx.db(),
            cliAudit(u"user.reset_password"_s, userId, u"devices_signed_out=%1"_s.arg(signedOut)));
        tx.commit();
    } catch (const DbError &e) {
        return CL::fail(CL::Failure, u"user reset-password: "_s + QString::fromUtf8(e.what()));
    }
    CL::print(
        u"password of %1 reset; signed out of %2 device(s)"_s.arg(*loginValue).arg(signedOut));
    return CL::Success;
}

int UserCommand::setRole(const QStringList &arguments)
{
    CommandContext context(u"user set-role"_s, arguments, usage());
    const QCommandLineOption login(u"login"_s, u"Login."_s, u"login"_s);
    const QCommandLineOption role(u"role"_s, u"Role."_s, u"role"_s);
    const QCommandLineOption org(u"org"_s, u"Organisation id."_s, u"org_id"_s);
    context.addOptions({ login, role, org });
    if (!context.parse())
        return context.exitCode();
    const QCommandLineParser &parser = context.parser();
    const auto loginValue = context.requireValue(login);
    const auto roleValue = loginValue ? context.requireValue(role) : std::nullopt;
    if (!roleValue)
        return context.exitCode();
    if (!kRoles.contains(*roleValue))
        return CL::fail(CL::BadUsage,
            u"user set-role: unknown role \"%1\" (member, secretary, "
            "committee, admin)"_s.arg(*roleValue));
    if (parser.isSet(org) && parser.value(org).isEmpty())
        return CL::fail(CL::BadUsage, u"user set-role: --org needs an organisation id"_s);

    if (!context.openDatabase(CommandContext::Schema::Current))
        return context.exitCode();
    int rescoped = 0;
    try {
        WriteTransaction tx(context.database());
        const auto user = UserAccounts::find(tx.db(), *loginValue);
        if (!user)
            return CL::fail(CL::Failure, u"user set-role: no user \"%1\""_s.arg(*loginValue));
        const QString userId = user->id;
        const QString orgId = parser.isSet(org) ? parser.value(org) : user->orgId;
        const QString memberId = user->memberId;
        if (const QString why
            = UserAccounts::placementProblem(tx.db(), *roleValue, orgId, memberId);
            !why.isEmpty())
            return CL::fail(CL::Failure, u"user set-role: "_s + why);
        // A new scope: the account's next pull starts over with a reset snapshot.
        UserAccounts::setRole(tx.db(), userId, *roleValue, orgId);
        // The member's pending profile requests follow the role: a new secretary's go to the
        // committee above the cell, a former secretary's back to the cell.
        if (!memberId.isEmpty())
            rescoped = ProfileRequestScope::rescopePending(tx, memberId);
        AuditLog::record(tx.db(), cliAudit(u"user.set_role"_s, userId, *roleValue + u' ' + orgId));
        tx.commit();
    } catch (const DbError &e) {
        return CL::fail(CL::Failure, u"user set-role: "_s + QString::fromUtf8(e.what()));
    }
    CL::print(u"%1 is now %2"_s.arg(*loginValue, *roleValue)
        + (rescoped > 0 ? u"; %1 pending profile request(s) go to the new deciders"_s.arg(rescoped)
                        : QString()));
    return CL::Success;
}
