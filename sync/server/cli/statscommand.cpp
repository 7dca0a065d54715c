#include "cli/statscommand.h"

#include "cli/commandcontext.h"
#include "db/serverdatabase.h"
#include "db/sqlrunner.h"
#include "records/orgstatistics.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;
using CL = ServerCommandLine;

QString StatsCommand::usage()
{
    return u"  stats refresh --db <db> [--months <n>]\n"
           "                       recount the committees' monthly figures of this month and\n"
           "                       the n - 1 before it (default 13); prints the rows changed\n"_s;
}

int StatsCommand::run(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == "refresh"_L1)
        return refresh(arguments.mid(1));
    if (sub == "-h"_L1 || sub == "--help"_L1) {
        CL::print(u"Usage:\n"_s + usage());
        return CL::Success;
    }
    return CL::fail(CL::BadUsage,
        sub.isEmpty() ? u"stats: missing subcommand (refresh)"_s
                      : u"stats: unknown subcommand \"%1\""_s.arg(sub));
}

int StatsCommand::refresh(const QStringList &arguments)
{
    CommandContext context(u"stats refresh"_s, arguments, usage());
    const QCommandLineOption months(
        u"months"_s, u"How many months back, this one included (default 13)."_s, u"n"_s);
    context.addOptions({ months });
    if (!context.parse())
        return context.exitCode();
    int count = kDefaultMonths;
    if (context.parser().isSet(months)) {
        bool ok = false;
        count = context.parser().value(months).toInt(&ok);
        if (!ok || count < 1 || count > 120)
            return context.fail(CL::BadUsage, u"stats refresh: --months must be 1 to 120"_s);
    }
    if (!context.openDatabase(CommandContext::Schema::Current))
        return context.exitCode();
    QElapsedTimer timer;
    timer.start();
    int changed = 0;
    try {
        changed
            = OrgStatistics::refresh(context.database(), count, QDateTime::currentDateTimeUtc());
    } catch (const DbError &e) {
        return CL::fail(CL::Failure, u"stats refresh: "_s + e.detail());
    }
    CL::print(u"stats refreshed: %1 months, %2 rows changed in %3 ms"_s.arg(count).arg(changed).arg(
        timer.elapsed()));
    return CL::Success;
}
