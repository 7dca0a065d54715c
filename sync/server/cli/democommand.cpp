#include "cli/democommand.h"

#include "cli/commandcontext.h"
#include "db/sqlrunner.h"
#include "demo/demoloader.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

QString DemoCommand::usage()
{
    return u"  demo   --db <db> --accounts <file>\n"
           "                       load the demo province (Sơn Lâm) into a new database and\n"
           "                       write its demo accounts and passwords to <file> as JSON\n"_s;
}

int DemoCommand::run(const QStringList &arguments)
{
    using CL = ServerCommandLine;
    CommandContext context(u"demo"_s, arguments, usage());
    const QCommandLineOption accountsOption(u"accounts"_s, u"Accounts file."_s, u"file"_s);
    context.addOptions({ accountsOption });
    if (!context.parse())
        return context.exitCode();
    const auto accountsPath = context.requireValue(accountsOption);
    if (!accountsPath)
        return context.exitCode();
    // Checked before loading: the passwords exist only in this file.
    const QFileInfo accountsDir(QFileInfo(*accountsPath).absolutePath());
    if (QFileInfo(*accountsPath).isDir())
        return CL::fail(
            CL::Failure, u"cannot write the accounts file: %1 is a directory"_s.arg(*accountsPath));
    if (!accountsDir.isDir() || !accountsDir.isWritable())
        return CL::fail(CL::Failure,
            u"cannot write the accounts file: %1 is not a writable directory"_s.arg(
                accountsDir.filePath()));

    QElapsedTimer timer;
    timer.start();
    if (!context.openDatabase(CommandContext::Schema::Migrate))
        return context.exitCode();
    QString error;
    DemoLoader loader(context.database());
    std::optional<DemoLoader::Summary> summary;
    try {
        summary = loader.load(&error);
    } catch (const DbError &dbError) {
        return CL::fail(CL::Failure,
            u"loading the demo failed, nothing was changed: %1"_s.arg(dbError.detail()));
    }
    if (!summary)
        return CL::fail(CL::Failure, error);

    QSaveFile file(*accountsPath);
    file.setDirectWriteFallback(true);
    if (!file.open(QIODevice::WriteOnly) || file.write(DemoAccounts::toJson(summary->accounts)) < 0
        || !file.commit())
        return CL::fail(CL::Failure,
            u"the demo is loaded, but the accounts file %1 could not be written: %2"_s.arg(
                *accountsPath, file.errorString()));
    if (!QFile::setPermissions(*accountsPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return CL::fail(CL::Failure, u"cannot restrict the permissions of %1"_s.arg(*accountsPath));

    CL::print(u"loaded the demo province Sơn Lâm into %1 in %2 s: %3 organisations, %4 members, "
              "%5 documents (%6 attachments), %7 meetings"_s.arg(context.spec().toDisplayString())
                  .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                  .arg(summary->organizations)
                  .arg(summary->members)
                  .arg(summary->documents)
                  .arg(summary->attachments)
                  .arg(summary->meetings));
    CL::print(u"%1 demo accounts written to %2"_s.arg(summary->accounts.size()).arg(*accountsPath));
    return CL::Success;
}
