#include "cli/servercommandline.h"

#include "cli/democommand.h"
#include "cli/devicecommand.h"
#include "cli/importmemberscommand.h"
#include "cli/initcommand.h"
#include "cli/membercommand.h"
#include "cli/orgcommand.h"
#include "cli/publishcommand.h"
#include "cli/servecommand.h"
#include "cli/signingcommand.h"
#include "cli/statscommand.h"
#include "cli/usercommand.h"
#include "cli/withdrawcommand.h"
#include "wirevalues.h"

#include <cstdio>

using namespace Qt::StringLiterals;

int ServerCommandLine::run(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return fail(BadUsage, u"missing command; see handbook-server --help"_s);
    const QString command = arguments.at(1);
    const QStringList rest = arguments.mid(2);
    if (command == "--help"_L1 || command == "-h"_L1 || command == "help"_L1) {
        print(usage());
        return Success;
    }
    if (command == "--version"_L1) {
        print(u"handbook-server " HANDBOOK_VERSION ""_s);
        return Success;
    }
    if (command == "init"_L1)
        return InitCommand::run(rest);
    if (command == "serve"_L1)
        return ServeCommand::run(rest);
    if (command == "user"_L1)
        return UserCommand::run(rest);
    if (command == Protocol::Key::Device)
        return DeviceCommand::run(rest);
    if (command == "demo"_L1)
        return DemoCommand::run(rest);
    if (command == "import-members"_L1)
        return ImportMembersCommand::run(rest);
    if (command == "publish"_L1)
        return PublishCommand::run(rest);
    if (command == "withdraw"_L1)
        return WithdrawCommand::run(rest);
    if (command == "org"_L1)
        return OrgCommand::run(rest);
    if (command == "signing"_L1)
        return SigningCommand::run(rest);
    if (command == "stats"_L1)
        return StatsCommand::run(rest);
    if (command == Protocol::Key::Member)
        return MemberCommand::run(rest);
    return fail(BadUsage, u"unknown command \"%1\"; see handbook-server --help"_s.arg(command));
}

QString ServerCommandLine::usage()
{
    return u"Usage: handbook-server <command> [options]\n"
           "\n"
           "Commands:\n"_s
        + InitCommand::usage() + ServeCommand::usage() + UserCommand::usage()
        + DeviceCommand::usage() + DemoCommand::usage() + ImportMembersCommand::usage()
        + PublishCommand::usage() + WithdrawCommand::usage() + MemberCommand::usage()
        + OrgCommand::usage() + SigningCommand::usage() + StatsCommand::usage()
        + u"\n"
          "<db> is sqlite:<path> or postgresql://user[:password]@host[:port]/dbname\n"
          "Options: -h, --help (also after a command), --version"_s;
}

int ServerCommandLine::fail(ExitCode code, const QString &reason)
{
    std::fprintf(stderr, "handbook-server: %s\n", qUtf8Printable(reason.simplified()));
    std::fflush(stderr);
    return code;
}

void ServerCommandLine::print(const QString &line)
{
    std::fprintf(stdout, "%s\n", qUtf8Printable(line));
    std::fflush(stdout);
}
