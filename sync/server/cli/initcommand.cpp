#include "cli/initcommand.h"

#include "cli/commandcontext.h"
#include "db/schemamigrator.h"

using namespace Qt::StringLiterals;

QString InitCommand::usage()
{
    return u"  init   --db <db>     create the schema, or migrate it to the latest version\n"_s;
}

int InitCommand::run(const QStringList &arguments)
{
    CommandContext context(u"init"_s, arguments, usage());
    if (!context.parse() || !context.openDatabase(CommandContext::Schema::Migrate))
        return context.exitCode();
    QString error;
    const int version = SchemaMigrator(context.database()).currentVersion(&error);
    ServerCommandLine::print(
        u"database %1 is at schema version %2"_s.arg(context.spec().toDisplayString())
            .arg(version));
    return ServerCommandLine::Success;
}
