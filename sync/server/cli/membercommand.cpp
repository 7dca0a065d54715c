#include "cli/membercommand.h"

#include "cli/commandcontext.h"
#include "db/sqlrunner.h"
#include "db/writetransaction.h"
#include "mutationnames.h"
#include "records/auditlog.h"
#include "records/memberdirectory.h"
#include "records/memberstore.h"
#include "records/orgtree.h"

using namespace Qt::StringLiterals;

QString MemberCommand::usage()
{
    return u"  member move --db <db> <member_id> <cell_org_id>\n"
           "                       move a member to another cell; the member's accounts\n"
           "                       follow (a secretary becomes a member) and resynchronise;\n"
           "                       pending profile requests go to the new cell's deciders\n"_s;
}

int MemberCommand::run(const QStringList &arguments)
{
    using CL = ServerCommandLine;
    const QString sub = arguments.value(0);
    if (sub == "--help"_L1 || sub == "-h"_L1) {
        CL::print(u"Usage:\n"_s + usage());
        return CL::Success;
    }
    if (sub == "move"_L1)
        return move(arguments.mid(1));
    if (sub.isEmpty())
        return CL::fail(CL::BadUsage, u"member: missing subcommand (move)"_s);
    return CL::fail(CL::BadUsage, u"member: unknown subcommand \"%1\" (expected move)"_s.arg(sub));
}

int MemberCommand::move(const QStringList &arguments)
{
    using CL = ServerCommandLine;
    CommandContext context(u"member move"_s, arguments, usage());
    if (!context.parse({ u"<member_id>"_s, u"<cell_org_id>"_s }))
        return context.exitCode();
    const QString memberId = context.parser().positionalArguments().at(0);
    const QString cellId = context.parser().positionalArguments().at(1);

    if (!context.openDatabase(CommandContext::Schema::AsFound))
        return context.exitCode();
    try {
        WriteTransaction transaction(context.database());
        const QSqlDatabase db = transaction.db();
        if (!MemberDirectory::exists(db, memberId))
            return CL::fail(CL::Failure, u"member move: no member with id %1"_s.arg(memberId));
        const auto cell = OrgTree::find(db, cellId);
        if (!cell)
            return CL::fail(CL::Failure, u"member move: no organisation with id %1"_s.arg(cellId));
        if (cell->kind != u"cell"_s)
            return CL::fail(CL::Failure,
                u"member move: %1 (%2) is a %3 organisation, not a cell"_s.arg(
                    cellId, cell->name, cell->kind));
        MemberStore store(transaction);
        const MemberStore::Move moved = store.move(memberId, cellId);
        if (!moved.changed) {
            CL::print(u"member %1 is already in %2; nothing changed"_s.arg(memberId, cell->name));
            return CL::Success;
        }
        AuditLog::record(db,
            AuditEntry { {}, u"cli"_s, u"member.move"_s, QString(Protocol::RowType::Member),
                memberId, u"ok"_s, {}, u"from=%1 to=%2"_s.arg(moved.fromOrgId, cellId) });
        transaction.commit();
        CL::print(
            u"moved member %1 to %2 (%3); %4 account(s) will resynchronise%5"_s
                .arg(memberId, cellId, cell->name)
                .arg(moved.usersUpdated)
                .arg(moved.secretaryDemoted ? u"; the secretary account is now a member account"_s
                                            : QString())
            + (moved.requestsRescoped > 0
                    ? u"; %1 pending profile request(s) go to the new cell's deciders"_s.arg(
                        moved.requestsRescoped)
                    : QString()));
    } catch (const DbError &dbError) {
        return CL::fail(
            CL::Failure, u"member move failed, nothing was changed: %1"_s.arg(dbError.detail()));
    }
    return CL::Success;
}
