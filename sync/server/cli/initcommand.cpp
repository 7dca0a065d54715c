#include "cli/initcommand.h"

#include "db/schemamigrator.h"
#include "cli/servercommandline.h"
#include "db/serverdatabase.h"

using namespace Qt::StringLiterals;

QString InitCommand::usage()
{
    return u"  init   --db <db>     create the schema, or migrate it to the latest version\n"_s;
}

int InitCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOption(u"db"_s, u"Database."_s, u"db"_s);
    parser.addOption(dbOption);
    int exitCode = ServerCommandLine::Success;
    if (!ServerCommandLine::parseOptions(parser, u"init"_s, arguments, usage(), &exitCode))
        return exitCode;
    const auto spec = ServerCommandLine::requireDatabase(parser, dbOption, &exitCode);
    if (!spec)
        return exitCode;

    ServerDatabase database(*spec);
    SchemaMigrator migrator(database);
    QString error;
    if (!database.open(&error) || !migrator.migrate(&error))
        return ServerCommandLine::fail(ServerCommandLine::Failure, error);
    const int version = migrator.currentVersion(&error);
    ServerCommandLine::print(
        u"database %1 is at schema version %2"_s.arg(spec->toDisplayString()).arg(version));
    return ServerCommandLine::Success;
}
