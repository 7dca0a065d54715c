#include "cli/usercommand.h"

#include "db/admindatabase.h"
#include "records/auditlog.h"
#include "auth/passwordhasher.h"
#include "records/profilerequestscope.h"
#include "cli/servercommandline.h"
#include "db/serverdatabase.h"
#include "db/sqlrunner.h"
#include "timestamps.h"
#include "auth/tokenstore.h"
#include "db/writetransaction.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QUuid>
#include <algorithm>
#include <iostream>
#include <string>

using namespace Qt::StringLiterals;
using CL = ServerCommandLine;

namespace {

const QStringList kRoles { u"member"_s, u"secretary"_s, u"committee"_s, u"admin"_s };

bool isValidLogin(const QString &login)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9._@-]{1,64}$"_s);
    return pattern.match(login).hasMatch();
}

// Who did it, in the audit log: an operator at the server's command line.
AuditEntry cliAudit(const QString &action, const QString &userId, const QString &detail)
{
    return AuditEntry { {}, u"cli"_s, action, u"user"_s, userId, u"ok"_s, {}, detail };
}

// The id of the user with this login, or empty.
QString userIdOf(const QSqlDatabase &db, const QString &login)
{
    return scalarSql(db, u"SELECT id FROM users WHERE login = ?"_s, { login }).toString();
}

// Checks the organisation (and that a member or secretary account sits in its member's
// cell); empty when fine, else the reason.
QString checkPlacement(
    const QSqlDatabase &db, const QString &role, const QString &orgId, const QString &memberId)
{
    if (!scalarSql(db, u"SELECT 1 FROM organizations WHERE id = ?"_s, { orgId }).isValid())
        return u"no organisation with id \"%1\""_s.arg(orgId);
    if (memberId.isEmpty()) {
        if (role == u"member" || role == u"secretary")
            return u"a %1 account needs --member <member_id>"_s.arg(role);
        return {};
    }
    const QVariant memberOrg
        = scalarSql(db, u"SELECT org_id FROM members WHERE id = ?"_s, { memberId });
    if (!memberOrg.isValid())
        return u"no member with id \"%1\""_s.arg(memberId);
    if ((role == u"member" || role == u"secretary") && memberOrg.toString() != orgId)
        return u"member %1 belongs to organisation %2, not %3"_s.arg(
            memberId, memberOrg.toString(), orgId);
    return {};
}

// The password of `user create|reset-password`: --password <p>, or one line of standard
// input with --password-stdin, or else HANDBOOK_USER_PASSWORD (neither of the last two shows
// in /proc/<pid>/cmdline). Nullopt after printing why (*exitCode = BadUsage).
std::optional<QString> passwordOf(const QCommandLineParser &parser,
    const QCommandLineOption &password, const QCommandLineOption &fromStdin, int *exitCode)
{
    if (parser.isSet(password) && parser.isSet(fromStdin)) {
        *exitCode = CL::fail(CL::BadUsage, u"give --password or --password-stdin, not both"_s);
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
            *exitCode
                = CL::fail(CL::BadUsage, u"--password-stdin: no password on standard input"_s);
            return std::nullopt;
        }
    } else {
        value = qEnvironmentVariable("HANDBOOK_USER_PASSWORD");
    }
    if (value.isEmpty()) {
        *exitCode = CL::fail(
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
    QCommandLineParser parser;
    const QCommandLineOption db(u"db"_s, u"Database."_s, u"db"_s);
    const QCommandLineOption login(u"login"_s, u"Login."_s, u"login"_s);
    const QCommandLineOption password(u"password"_s, u"Password."_s, u"password"_s);
    const QCommandLineOption role(u"role"_s, u"Role."_s, u"role"_s);
    const QCommandLineOption org(u"org"_s, u"Organisation id."_s, u"org_id"_s);
    const QCommandLineOption member(u"member"_s, u"Member id."_s, u"member_id"_s);
    const QCommandLineOption mustChange(u"must-change-password"_s, u"Ask for a new password."_s);
    const QCommandLineOption fromStdin(u"password-stdin"_s, u"Read the password from stdin."_s);
    parser.addOptions({ db, login, password, fromStdin, role, org, member, mustChange });
    int exitCode = CL::Success;
    if (!CL::parseOptions(parser, u"user create"_s, arguments, usage(), &exitCode))
        return exitCode;
    const auto spec = CL::requireDatabase(parser, db, &exitCode);
    const auto loginValue = spec ? CL::requireValue(parser, login, &exitCode) : std::nullopt;
    const auto passwordValue
        = loginValue ? passwordOf(parser, password, fromStdin, &exitCode) : std::nullopt;
    const auto roleValue = passwordValue ? CL::requireValue(parser, role, &exitCode) : std::nullopt;
    const auto orgValue = roleValue ? CL::requireValue(parser, org, &exitCode) : std::nullopt;
    if (!orgValue)
        return exitCode;
    if (!isValidLogin(*loginValue))
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

    ServerDatabase database(*spec);
    QString error;
    if (!AdminDatabase::open(database, &error))
        return CL::fail(CL::Failure, error);
    const QString hash = PasswordHasher::hash(*passwordValue);
    if (hash.isEmpty())
        return CL::fail(CL::Failure, u"user create: cannot hash the password"_s);
    const QString userId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    try {
        WriteTransaction tx(database);
        if (!userIdOf(tx.db(), *loginValue).isEmpty())
            return CL::fail(CL::Failure, u"user create: login \"%1\" exists"_s.arg(*loginValue));
        if (const QString why = checkPlacement(tx.db(), *roleValue, *orgValue, memberId);
            !why.isEmpty())
            return CL::fail(CL::Failure, u"user create: "_s + why);
        runSql(tx.db(),
            u"INSERT INTO users (id, login, password_hash, member_id, role, org_id, "
            "must_change_password, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
            { userId, *loginValue, hash, textOrNull(memberId.isEmpty() ? QString() : memberId),
                *roleValue, *orgValue, parser.isSet(mustChange) ? 1 : 0,
                Timestamps::toIso(QDateTime::currentDateTimeUtc()) });
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
    QCommandLineParser parser;
    const QCommandLineOption db(u"db"_s, u"Database."_s, u"db"_s);
    const QCommandLineOption login(u"login"_s, u"Login."_s, u"login"_s);
    const QCommandLineOption password(u"password"_s, u"New password."_s, u"password"_s);
    const QCommandLineOption fromStdin(u"password-stdin"_s, u"Read the password from stdin."_s);
    parser.addOptions({ db, login, password, fromStdin });
    int exitCode = CL::Success;
    if (!CL::parseOptions(parser, u"user reset-password"_s, arguments, usage(), &exitCode))
        return exitCode;
    const auto spec = CL::requireDatabase(parser, db, &exitCode);
    const auto loginValue = spec ? CL::requireValue(parser, login, &exitCode) : std::nullopt;
    const auto passwordValue
        = loginValue ? passwordOf(parser, password, fromStdin, &exitCode) : std::nullopt;
    if (!passwordValue)
        return exitCode;
    if (const QString weakness = PasswordHasher::weakness(*passwordValue, *loginValue);
        !weakness.isEmpty())
        return CL::fail(CL::BadUsage, u"user reset-password: "_s + weakness);

    ServerDatabase database(*spec);
    QString error;
    if (!AdminDatabase::open(database, &error))
        return CL::fail(CL::Failure, error);
    const QString hash = PasswordHasher::hash(*passwordValue);
    if (hash.isEmpty())
        return CL::fail(CL::Failure, u"user reset-password: cannot hash the password"_s);
    int signedOut = 0;
    try {
        WriteTransaction tx(database);
        const QString userId = userIdOf(tx.db(), *loginValue);
        if (userId.isEmpty())
            return CL::fail(CL::Failure, u"user reset-password: no user \"%1\""_s.arg(*loginValue));
        runSql(tx.db(),
            u"UPDATE users SET password_hash = ?, must_change_password = 1 WHERE id = ?"_s,
            { hash, userId });
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
    QCommandLineParser parser;
    const QCommandLineOption db(u"db"_s, u"Database."_s, u"db"_s);
    const QCommandLineOption login(u"login"_s, u"Login."_s, u"login"_s);
    const QCommandLineOption role(u"role"_s, u"Role."_s, u"role"_s);
    const QCommandLineOption org(u"org"_s, u"Organisation id."_s, u"org_id"_s);
    parser.addOptions({ db, login, role, org });
    int exitCode = CL::Success;
    if (!CL::parseOptions(parser, u"user set-role"_s, arguments, usage(), &exitCode))
        return exitCode;
    const auto spec = CL::requireDatabase(parser, db, &exitCode);
    const auto loginValue = spec ? CL::requireValue(parser, login, &exitCode) : std::nullopt;
    const auto roleValue = loginValue ? CL::requireValue(parser, role, &exitCode) : std::nullopt;
    if (!roleValue)
        return exitCode;
    if (!kRoles.contains(*roleValue))
        return CL::fail(CL::BadUsage,
            u"user set-role: unknown role \"%1\" (member, secretary, "
            "committee, admin)"_s.arg(*roleValue));
    if (parser.isSet(org) && parser.value(org).isEmpty())
        return CL::fail(CL::BadUsage, u"user set-role: --org needs an organisation id"_s);

    ServerDatabase database(*spec);
    QString error;
    if (!AdminDatabase::open(database, &error))
        return CL::fail(CL::Failure, error);
    int rescoped = 0;
    try {
        WriteTransaction tx(database);
        QSqlQuery user = runSql(
            tx.db(), u"SELECT id, org_id, member_id FROM users WHERE login = ?"_s, { *loginValue });
        if (!user.next())
            return CL::fail(CL::Failure, u"user set-role: no user \"%1\""_s.arg(*loginValue));
        const QString userId = user.value(0).toString();
        const QString orgId = parser.isSet(org) ? parser.value(org) : user.value(1).toString();
        const QString memberId = user.value(2).isNull() ? QString() : user.value(2).toString();
        user.finish();
        if (const QString why = checkPlacement(tx.db(), *roleValue, orgId, memberId);
            !why.isEmpty())
            return CL::fail(CL::Failure, u"user set-role: "_s + why);
        // A new scope: the account's next pull starts over with a reset snapshot.
        runSql(tx.db(),
            u"UPDATE users SET role = ?, org_id = ?, scope_generation = scope_generation + 1 "
            "WHERE id = ?"_s,
            { *roleValue, orgId, userId });
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
