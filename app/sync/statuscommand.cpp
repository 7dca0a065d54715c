#include "statuscommand.h"

#include "clisecrets.h"
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
    parser.addOption(dataDir);
    // Also from standard input or HANDBOOK_PIN (CliSecrets).
    parser.addOptions(CliSecrets::options(u"pin"_s, u"The account's PIN."_s));
    QStringList args = arguments;
    if (args.size() > 1)
        args.removeAt(1); // "status"
    if (!parser.parse(args))
        return complain(2, parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return complain(2, u"unexpected argument "_s + parser.positionalArguments().constFirst());
    if (!parser.isSet(dataDir) || !CliSecrets::isGiven(parser, u"pin"_s, "HANDBOOK_PIN"))
        return complain(2, u"--data-dir and --pin (or HANDBOOK_PIN) are required"_s);
    QString problem;
    std::optional<QString> pin = CliSecrets().value(parser, u"pin"_s, "HANDBOOK_PIN", &problem);
    if (!pin)
        return complain(2, problem);
    if (!Vault::isValidPin(*pin))
        return complain(2, u"the PIN must have 6 to 12 digits"_s);

    Vault::Options options;
    options.accountDir = VaultSession::accountDirForDataDir(parser.value(dataDir));
    Vault vault(options);
    if (!vault.exists())
        return complain(
            1, u"no_vault: no account on this device; run handbook sync --login first"_s);
    const VaultError opened = vault.unlock(*pin);
    wipeString(*pin);
    if (!opened.ok())
        return complain(1, opened.codeName() + u": "_s + opened.message());
    try {
        QJsonObject summary = ReplicaSummary::counts(vault.database());
        SyncState state(vault.database());
        summary.insert(u"account"_s, state.value(u"user_id"_s, QDir(options.accountDir).dirName()));
        summary.insert(u"role"_s, state.value(u"role"_s));
        summary.insert(u"signed_in"_s, !state.value(u"refresh_token"_s).isEmpty());
        // The server the app syncs with (null for an account without one: it cannot sync).
        const QString server = state.value(u"server_url"_s);
        summary.insert(u"server"_s, server.isEmpty() ? QJsonValue() : QJsonValue(server));
        std::fprintf(
            stdout, "%s\n", QJsonDocument(summary).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
    } catch (const StorageError &error) {
        return complain(1, u"damaged: "_s + QString::fromUtf8(error.what()));
    }
    return 0;
}
