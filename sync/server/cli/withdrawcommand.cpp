#include "cli/withdrawcommand.h"

#include "cli/commandcontext.h"
#include "db/sqlrunner.h"
#include "db/writetransaction.h"
#include "mutationnames.h"
#include "records/auditlog.h"
#include "records/documentwithdrawal.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

QString WithdrawCommand::usage()
{
    return u"  withdraw --db <db> <document_id>\n"
           "                       withdraw a published document: it disappears from every\n"
           "                       device at its next sync\n"_s;
}

int WithdrawCommand::run(const QStringList &arguments)
{
    using CL = ServerCommandLine;
    CommandContext context(u"withdraw"_s, arguments, usage());
    if (!context.parse({ u"<document_id>"_s }))
        return context.exitCode();
    const QString documentId = context.parser().positionalArguments().at(0);

    if (!context.openDatabase(CommandContext::Schema::AsFound))
        return context.exitCode();
    try {
        WriteTransaction transaction(context.database());
        switch (DocumentWithdrawal::withdraw(
            transaction, documentId, QDateTime::currentDateTimeUtc())) {
        case DocumentWithdrawal::Outcome::NoSuchDocument:
            return CL::fail(CL::Failure, u"withdraw: no document with id %1"_s.arg(documentId));
        case DocumentWithdrawal::Outcome::AlreadyWithdrawn:
            CL::print(u"document %1 is already withdrawn; nothing changed"_s.arg(documentId));
            return CL::Success;
        case DocumentWithdrawal::Outcome::Withdrawn:
            break;
        }
        AuditLog::record(transaction.db(),
            AuditEntry { {}, u"cli"_s, u"withdraw"_s, QString(Protocol::RowType::Document),
                documentId, u"ok"_s, {}, {} });
        transaction.commit();
        CL::print(u"withdrew document %1"_s.arg(documentId));
        return CL::Success;
    } catch (const DbError &e) {
        return CL::fail(CL::Failure, u"withdraw: %1"_s.arg(e.detail()));
    }
}
