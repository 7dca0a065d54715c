#include "cli/orgcommand.h"

#include "cli/commandcontext.h"
#include "db/sqlrunner.h"
#include "db/writetransaction.h"
#include "mutationnames.h"
#include "records/auditlog.h"
#include "records/documentdrafts.h"
#include "records/orgtree.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace {

constexpr QLatin1StringView kSingle("single");
constexpr QLatin1StringView kTwo("two");

} // namespace

QString OrgCommand::usage()
{
    return u"  org set-approval --db <db> --org <org_id> single|two\n"
           "                       who publishes an organisation's drafts from the app: two\n"
           "                       committee users (one writes, another approves and signs;\n"
           "                       the default) or a single one (an organisation with one\n"
           "                       committee user); audited\n"_s;
}

int OrgCommand::run(const QStringList &arguments)
{
    using CL = ServerCommandLine;
    const QString sub = arguments.value(0);
    if (sub == "--help"_L1 || sub == "-h"_L1) {
        CL::print(u"Usage:\n"_s + usage());
        return CL::Success;
    }
    if (sub == "set-approval"_L1)
        return setApproval(arguments.mid(1));
    if (sub.isEmpty())
        return CL::fail(CL::BadUsage, u"org: missing subcommand (set-approval)"_s);
    return CL::fail(
        CL::BadUsage, u"org: unknown subcommand \"%1\" (expected set-approval)"_s.arg(sub));
}

int OrgCommand::setApproval(const QStringList &arguments)
{
    using CL = ServerCommandLine;
    CommandContext context(u"org set-approval"_s, arguments, usage());
    const QCommandLineOption org(u"org"_s, u"the organisation"_s, u"org_id"_s);
    context.addOptions({ org });
    if (!context.parse({ u"single|two"_s }))
        return context.exitCode();
    const QString mode = context.parser().positionalArguments().at(0);
    if (mode != kSingle && mode != kTwo)
        return context.fail(
            CL::BadUsage, u"org set-approval: expected single or two, not \"%1\""_s.arg(mode));
    const auto orgId = context.requireValue(org);
    if (!orgId)
        return context.exitCode();
    if (!context.openDatabase(CommandContext::Schema::Current))
        return context.exitCode();
    try {
        WriteTransaction transaction(context.database());
        const auto organization = OrgTree::find(transaction.db(), *orgId);
        if (!organization)
            return CL::fail(
                CL::Failure, u"org set-approval: no organisation with id %1"_s.arg(*orgId));
        const bool single = mode == kSingle;
        DocumentDrafts::setSinglePersonApproval(
            transaction, *orgId, single, QDateTime::currentDateTimeUtc());
        AuditLog::record(transaction.db(),
            AuditEntry { {}, u"cli"_s, u"org.set-approval"_s,
                QString(Protocol::RowType::Organization), *orgId, u"ok"_s, {}, mode });
        transaction.commit();
        CL::print(single
                ? u"%1 (%2): one committee user may write, approve and sign (single)"_s.arg(
                    *orgId, organization->name)
                : u"%1 (%2): a second committee user approves and signs (two)"_s.arg(
                    *orgId, organization->name));
        return CL::Success;
    } catch (const DbError &dbError) {
        return CL::fail(CL::Failure, u"org set-approval: %1"_s.arg(dbError.detail()));
    }
}
