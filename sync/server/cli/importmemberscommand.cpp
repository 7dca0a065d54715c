#include "cli/importmemberscommand.h"

#include "cli/commandcontext.h"
#include "db/sqlrunner.h"
#include "db/writetransaction.h"
#include "mutationnames.h"
#include "records/auditlog.h"
#include "records/membercsvimport.h"
#include "records/memberstore.h"
#include "records/studies.h"

#include <QDateTime>
#include <QFile>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

QString ImportMembersCommand::usage()
{
    return u"  import-members --db <db> <file.csv>\n"
           "                       import members from a UTF-8 CSV file (see\n"
           "                       docs/import-members.md): all rows or none\n"_s;
}

int ImportMembersCommand::run(const QStringList &arguments)
{
    using CL = ServerCommandLine;
    CommandContext context(u"import-members"_s, arguments, usage());
    if (!context.parse({ u"<file.csv>"_s }))
        return context.exitCode();
    const QString path = context.parser().positionalArguments().constFirst();

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return CL::fail(
            CL::Failure, u"import-members: cannot read %1: %2"_s.arg(path, file.errorString()));
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(file.readAll());
    if (decoder.hasError())
        return CL::fail(CL::Failure,
            u"import-members: %1 is not UTF-8 text (save it as \"CSV UTF-8\")"_s.arg(path));
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);

    if (!context.openDatabase(CommandContext::Schema::AsFound))
        return context.exitCode();
    try {
        // Checked inside the write transaction, so nothing changes between check and insert.
        WriteTransaction transaction(context.database());
        MemberCsvImport import;
        if (!import.read(text, transaction.db()))
            return CL::fail(
                CL::Failure, u"import-members: nothing imported: %1"_s.arg(import.errorLine()));
        MemberStore store(transaction);
        QStringList cells;
        for (const MemberProfile &member : import.members()) {
            store.insert(member);
            cells << member.orgId;
        }
        // The running studies of those cells count the new members (once per study).
        Studies::membersAdded(transaction, cells, QDateTime::currentDateTimeUtc());
        AuditLog::record(transaction.db(),
            AuditEntry { {}, u"cli"_s, u"import-members"_s, QString(Protocol::RowType::Member), {},
                u"ok"_s, {}, u"count=%1"_s.arg(import.members().size()) });
        transaction.commit();
        CL::print(u"imported %1 members"_s.arg(import.members().size()));
    } catch (const DbError &dbError) {
        return CL::fail(CL::Failure,
            u"import-members failed, nothing was imported: %1"_s.arg(dbError.detail()));
    }
    return CL::Success;
}
