#include "statuscommand.h"

#include "replicasummary.h"
#include "sqlitedatabase.h"
#include "syncstate.h"
#include "vault.h"
#include "vaultsession.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonDocument>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

int complain(int code, const QString &line)
{
    std::fprintf(stderr, "handbook status: %s\n", qPrintable(line));
    return code;
}

} // namespace

int StatusCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dataDir(u"data-dir"_s, u"Where accounts are stored."_s, u"dir"_s);
    const QCommandLineOption pin(u"pin"_s, u"The account's PIN."_s, u"pin"_s);
    parser.addOptions({ dataDir, pin });
    QStringList args = arguments;
    if (args.size() > 1)
        args.removeAt(1); // "status"
    if (!parser.parse(args))
        return complain(2, parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return complain(2, u"unexpected argument "_s + parser.positionalArguments().constFirst());
    if (!parser.isSet(dataDir) || !parser.isSet(pin))
        return complain(2, u"--data-dir and --pin are required"_s);
    if (!Vault::isValidPin(parser.value(pin)))
        return complain(2, u"the PIN must have 6 to 12 digits"_s);

    Vault::Options options;
    options.accountDir = VaultSession::accountDirForDataDir(parser.value(dataDir));
    Vault vault(options);
    if (!vault.exists())
        return complain(
            1, u"no_vault: no account on this device; run handbook sync --login first"_s);
    const VaultError opened = vault.unlock(parser.value(pin));
    if (!opened.ok())
        return complain(1, opened.codeName() + u": "_s + opened.message());
    try {
        QJsonObject summary = ReplicaSummary::counts(vault.database());
        SyncState state(vault.database());
        summary.insert(u"account"_s, state.value(u"user_id"_s, QDir(options.accountDir).dirName()));
        summary.insert(u"role"_s, state.value(u"role"_s));
        summary.insert(u"signed_in"_s, !state.value(u"refresh_token"_s).isEmpty());
        std::fprintf(
            stdout, "%s\n", QJsonDocument(summary).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
    } catch (const StorageError &error) {
        return complain(1, u"damaged: "_s + QString::fromUtf8(error.what()));
    }
    return 0;
}
