#include "cli/devicecommand.h"

#include "db/admindatabase.h"
#include "records/auditlog.h"
#include "auth/devicerevocation.h"
#include "cli/servercommandline.h"
#include "db/serverdatabase.h"
#include "db/sqlrunner.h"
#include "db/writetransaction.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;
using CL = ServerCommandLine;

namespace {

// One field of a `device list` line: no spaces inside (they become '_'), "-" when empty.
QString field(const QVariant &value)
{
    static const QRegularExpression space(u"\\s+"_s);
    QString text = value.toString().trimmed();
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
    QCommandLineParser parser;
    const QCommandLineOption db(u"db"_s, u"Database."_s, u"db"_s);
    const QCommandLineOption login(u"login"_s, u"Only this account's devices."_s, u"login"_s);
    parser.addOptions({ db, login });
    int exitCode = CL::Success;
    if (!CL::parseOptions(parser, u"device list"_s, arguments, usage(), &exitCode))
        return exitCode;
    const auto spec = CL::requireDatabase(parser, db, &exitCode);
    if (!spec)
        return exitCode;
    ServerDatabase database(*spec);
    QString error;
    if (!AdminDatabase::open(database, &error))
        return CL::fail(CL::Failure, error);
    try {
        QString sql = u"SELECT d.id, u.login, d.name, d.platform, d.last_seen_at, d.revoked_at "
                      "FROM devices d JOIN users u ON u.id = d.user_id"_s;
        QVariantList binds;
        if (parser.isSet(login)) {
            sql += u" WHERE u.login = ?"_s;
            binds.append(parser.value(login));
        }
        sql += u" ORDER BY u.login, d.created_at, d.id"_s;
        QSqlQuery query = runSql(database.connection(), sql, binds);
        while (query.next()) {
            CL::print(QStringList { field(query.value(0)), field(query.value(1)),
                field(query.value(2)), field(query.value(3)), field(query.value(4)),
                query.value(5).isNull() ? u"active"_s : u"revoked"_s }
                          .join(u' '));
        }
    } catch (const DbError &e) {
        return CL::fail(CL::Failure, u"device list: "_s + e.detail());
    }
    return CL::Success;
}

int DeviceCommand::revoke(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption help({ u"h"_s, u"help"_s }, u"Show this help."_s);
    const QCommandLineOption db(u"db"_s, u"Database."_s, u"db"_s);
    parser.addOptions({ help, db });
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList { u"device revoke"_s } + arguments))
        return CL::fail(CL::BadUsage, u"device revoke: "_s + parser.errorText());
    if (parser.isSet(help)) {
        CL::print(u"Usage:\n"_s + usage());
        return CL::Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return CL::fail(CL::BadUsage, u"device revoke: the device id is missing"_s);
    if (positional.size() > 1)
        return CL::fail(
            CL::BadUsage, u"device revoke: unexpected argument \"%1\""_s.arg(positional.at(1)));
    int exitCode = CL::Success;
    const auto spec = CL::requireDatabase(parser, db, &exitCode);
    if (!spec)
        return exitCode;
    const QString deviceId = positional.constFirst();
    ServerDatabase database(*spec);
    QString error;
    if (!AdminDatabase::open(database, &error))
        return CL::fail(CL::Failure, error);
    DeviceRevocation::Outcome outcome = DeviceRevocation::Outcome::NoSuchDevice;
    try {
        WriteTransaction tx(database);
        outcome = DeviceRevocation::revoke(
            tx.db(), deviceId, AuditEntry { {}, u"cli"_s, {}, {}, {}, u"ok"_s, {}, u"operator"_s });
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
