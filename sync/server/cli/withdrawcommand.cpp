#include "cli/withdrawcommand.h"

#include "records/auditlog.h"
#include "cli/positionalarguments.h"
#include "cli/servercommandline.h"
#include "db/serverdatabase.h"
#include "db/sqlrunner.h"
#include "timestamps.h"
#include "db/writetransaction.h"

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
    QCommandLineParser parser;
    const QCommandLineOption dbOption(u"db"_s, u"Database."_s, u"db"_s);
    parser.addOption(dbOption);
    int exitCode = CL::Success;
    if (!PositionalArguments::parse(
            parser, u"withdraw"_s, arguments, usage(), { u"<document_id>"_s }, &exitCode))
        return exitCode;
    const auto spec = CL::requireDatabase(parser, dbOption, &exitCode);
    if (!spec)
        return exitCode;
    const QString documentId = parser.positionalArguments().at(0);

    ServerDatabase database(*spec);
    QString error;
    if (!database.open(&error))
        return CL::fail(CL::Failure, error);
    try {
        WriteTransaction transaction(database);
        const QSqlDatabase db = transaction.db();
        QSqlQuery row = runSql(db,
            u"SELECT audience_org_id, withdrawn_at FROM documents WHERE id = ?"_s, { documentId });
        if (!row.next())
            return CL::fail(CL::Failure, u"withdraw: no document with id %1"_s.arg(documentId));
        const QString audience = row.value(0).toString();
        if (!row.value(1).isNull()) {
            CL::print(u"document %1 is already withdrawn; nothing changed"_s.arg(documentId));
            return CL::Success;
        }
        row.finish();
        runSql(db, u"UPDATE documents SET withdrawn_at = ?, version = version + 1 WHERE id = ?"_s,
            { Timestamps::toIso(QDateTime::currentDateTimeUtc()), documentId });
        transaction.recordChange(u"document"_s, documentId, u"delete"_s, audience);
        AuditLog::record(db,
            AuditEntry { {}, u"cli"_s, u"withdraw"_s, u"document"_s, documentId, u"ok"_s, {}, {} });
        transaction.commit();
        CL::print(u"withdrew document %1"_s.arg(documentId));
        return CL::Success;
    } catch (const DbError &e) {
        return CL::fail(CL::Failure, u"withdraw: %1"_s.arg(e.detail()));
    }
}
