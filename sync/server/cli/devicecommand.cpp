#include "cli/devicecommand.h"

#include "auth/devicerevocation.h"
#include "cli/commandcontext.h"
#include "db/serverdatabase.h"
#include "db/sqlrunner.h"
#include "db/writetransaction.h"
#include "records/auditlog.h"
#include "records/deviceactivity.h"
#include "records/devicelist.h"
#include "wirevalues.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;
using CL = ServerCommandLine;

namespace {

// One field of a `device list` line: no spaces inside (they become '_'), "-" when empty.
QString field(const QString &value)
{
    static const QRegularExpression space(u"\\s+"_s);
    QString text = value.trimmed();
    text.replace(space, u"_"_s);
    return text.isEmpty() ? u"-"_s : text;
}

} // namespace

QString DeviceCommand::usage()
{
    return u"  device list   --db <db> [--login <l>]\n"
           "                       one device a line: <device_id> <login> <name> <platform>\n"
           "                       <last_seen_at|-> <active|revoked> (spaces in names as _)\n"
           "  device revoke --db <db> <device_id>\n"
           "                       revoke a device (lost phone): it is told to wipe its data\n"_s;
}

int DeviceCommand::run(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == "list"_L1)
        return list(arguments.mid(1));
    if (sub == "revoke"_L1)
        return revoke(arguments.mid(1));
    if (sub == "-h"_L1 || sub == "--help"_L1) {
        CL::print(u"Usage:\n"_s + usage());
        return CL::Success;
    }
    return CL::fail(CL::BadUsage,
        sub.isEmpty() ? u"device: missing subcommand (list, revoke)"_s
                      : u"device: unknown subcommand \"%1\""_s.arg(sub));
}

int DeviceCommand::list(const QStringList &arguments)
{
    CommandContext context(u"device list"_s, arguments, usage());
    const QCommandLineOption login(u"login"_s, u"Only this account's devices."_s, u"login"_s);
    context.addOptions({ login });
    if (!context.parse() || !context.openDatabase(CommandContext::Schema::Current))
        return context.exitCode();
    const QCommandLineParser &parser = context.parser();
    try {
        const QList<ListedDevice> devices = DeviceList::devices(context.database().connection(),
            parser.isSet(login) ? std::optional(parser.value(login)) : std::nullopt);
        for (const ListedDevice &device : devices) {
            CL::print(QStringList { field(device.id), field(device.login), field(device.name),
                field(device.platform), field(device.lastSeenAt),
                QString(device.revoked ? Protocol::DeviceStatus::Revoked
                                       : Protocol::DeviceStatus::Active) }
                          .join(u' '));
        }
    } catch (const DbError &e) {
        return CL::fail(CL::Failure, u"device list: "_s + e.detail());
    }
    return CL::Success;
}

int DeviceCommand::revoke(const QStringList &arguments)
{
    CommandContext context(u"device revoke"_s, arguments, usage());
    // The device id is checked here, with its own wording, before --db.
    if (!context.parseOptions())
        return context.exitCode();
    const QStringList positional = context.parser().positionalArguments();
    if (positional.isEmpty())
        return CL::fail(CL::BadUsage, u"device revoke: the device id is missing"_s);
    if (positional.size() > 1)
        return CL::fail(
            CL::BadUsage, u"device revoke: unexpected argument \"%1\""_s.arg(positional.at(1)));
    if (!context.requireDatabase() || !context.openDatabase(CommandContext::Schema::Current))
        return context.exitCode();
    const QString deviceId = positional.constFirst();
    DeviceRevocation::Outcome outcome = DeviceRevocation::Outcome::NoSuchDevice;
    try {
        WriteTransaction tx(context.database());
        outcome = DeviceRevocation::revoke(
            tx.db(), deviceId, AuditEntry { {}, u"cli"_s, {}, {}, {}, u"ok"_s, {}, u"operator"_s });
        if (outcome == DeviceRevocation::Outcome::Revoked)
            DeviceActivity::recordChange(tx, deviceId);
        tx.commit();
    } catch (const DbError &e) {
        return CL::fail(CL::Failure, u"device revoke: "_s + e.detail());
    }
    switch (outcome) {
    case DeviceRevocation::Outcome::NoSuchDevice:
        return CL::fail(CL::Failure, u"device revoke: no device \"%1\""_s.arg(deviceId));
    case DeviceRevocation::Outcome::AlreadyRevoked:
        CL::print(u"device %1 was already revoked"_s.arg(deviceId));
        return CL::Success;
    case DeviceRevocation::Outcome::Revoked:
        break;
    }
    CL::print(u"device %1 revoked"_s.arg(deviceId));
    return CL::Success;
}
