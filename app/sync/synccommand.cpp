#include "synccommand.h"

#include "accountsignin.h"
#include "accountsync.h"
#include "authsession.h"
#include "clisecrets.h"
#include "documentverification.h"
#include "networktransport.h"
#include "protocol.h"
#include "replicasummary.h"
#include "roomcertificaterenewal.h"
#include "serveraddress.h"
#include "sqlitedatabase.h"
#include "syncengine.h"
#include "syncerrors.h"
#include "tlsprofilestore.h"
#include "vault.h"
#include "vaultsession.h"
#include "vaultsyncstore.h"
#include "wirevalues.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSysInfo>
#include <QTimer>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

int complain(int code, const QString &line)
{
    std::fprintf(stderr, "handbook sync: %s\n", qPrintable(line));
    std::fflush(stderr);
    return code;
}

int reportError(const ApiError &error)
{
    const int code = error.code() == Protocol::ErrorCode::DeviceRevoked ? SyncCommand::kRevoked
                                                                        : SyncCommand::kFailed;
    return complain(code, error.code() + u": "_s + error.message());
}

// The options of `handbook sync`.
struct Options
{
    QString dataDir, server, pin, login, password;
    // --ca / --pin-sha256: what to trust for the server's certificate; stored with the
    // account. Unset: what the account stored, or the shipped server-ca.pem, or the system.
    std::optional<TlsProfile> tls = std::nullopt;
    // --root-key: the province root public key (base64) to pin with the account; a sign-in
    // without it pins the shipped root-key.pub, if any. A different pinned key is refused.
    QString rootKey = {};
    int timeoutSeconds = 600;
    int pageSize = 500;
    bool blobs = true;
    bool verbose = false;
};

std::optional<Options> parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    const QCommandLineOption dataDir(u"data-dir"_s, u"Where accounts are stored."_s, u"dir"_s);
    const QCommandLineOption server(u"server"_s, u"The server's address."_s, u"url"_s);
    const QCommandLineOption login(u"login"_s, u"Sign in with this login."_s, u"login"_s);
    const QCommandLineOption timeout(
        QString(Protocol::Key::Timeout), u"Give up after this many seconds."_s, u"s"_s, u"600"_s);
    const QCommandLineOption pageSize(
        u"page-size"_s, u"Changes per pull page (1-1000)."_s, u"n"_s, u"500"_s);
    const QCommandLineOption noBlobs(u"no-blobs"_s, u"Do not download attachments."_s);
    const QCommandLineOption verbose(u"verbose"_s, u"Log what the sync does (never content)."_s);
    const QCommandLineOption ca(
        u"ca"_s, u"Trust only the CA certificate(s) in this PEM file."_s, u"pem"_s);
    const QCommandLineOption pinSha256(u"pin-sha256"_s,
        u"Also require this SHA-256 (base64) of the server's public key."_s, u"base64"_s);
    const QCommandLineOption rootKey(u"root-key"_s,
        u"Pin this province root public key (base64) for verifying signed documents; a "
        u"different key than the one pinned is refused."_s,
        u"base64"_s);
    parser.addOptions(
        { dataDir, server, login, timeout, pageSize, noBlobs, verbose, ca, pinSha256, rootKey });
    // Also from standard input or HANDBOOK_PIN / HANDBOOK_PASSWORD (CliSecrets).
    parser.addOptions(CliSecrets::options(u"pin"_s, u"The account's PIN (6-12 digits)."_s));
    parser.addOptions(CliSecrets::options(u"password"_s, u"... and this password."_s));
    QStringList args = arguments;
    if (args.size() > 1)
        args.removeAt(1); // "sync"
    if (!parser.parse(args)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = u"unexpected argument "_s + parser.positionalArguments().constFirst();
        return std::nullopt;
    }
    if (!parser.isSet(dataDir) || !parser.isSet(server)
        || !CliSecrets::isGiven(parser, u"pin"_s, "HANDBOOK_PIN")) {
        *error = u"--data-dir, --server and --pin (or HANDBOOK_PIN) are required"_s;
        return std::nullopt;
    }
    // HANDBOOK_PASSWORD alone does not ask for a sign-in; --password without --login is wrong.
    const bool passwordOption = parser.isSet(u"password"_s) || parser.isSet(u"password-stdin"_s);
    if (parser.isSet(login) ? !CliSecrets::isGiven(parser, u"password"_s, "HANDBOOK_PASSWORD")
                            : passwordOption) {
        *error = u"--login and --password go together"_s;
        return std::nullopt;
    }
    // Standard input gives the PIN's line first, then the password's.
    CliSecrets secrets;
    const std::optional<QString> pinValue = secrets.value(parser, u"pin"_s, "HANDBOOK_PIN", error);
    if (!pinValue)
        return std::nullopt;
    std::optional<QString> passwordValue;
    if (parser.isSet(login)) {
        passwordValue = secrets.value(parser, u"password"_s, "HANDBOOK_PASSWORD", error);
        if (!passwordValue)
            return std::nullopt;
    }
    Options options { parser.value(dataDir), parser.value(server), *pinValue, parser.value(login),
        passwordValue.value_or(QString()) };
    bool ok = false;
    options.timeoutSeconds = parser.value(timeout).toInt(&ok);
    if (!ok || options.timeoutSeconds < 1) {
        *error = u"--timeout must be a positive number of seconds"_s;
        return std::nullopt;
    }
    options.pageSize = parser.value(pageSize).toInt(&ok);
    if (!ok || options.pageSize < 1 || options.pageSize > 1000) {
        *error = u"--page-size must be from 1 to 1000"_s;
        return std::nullopt;
    }
    if (!Vault::isValidPin(options.pin)) {
        *error = u"the PIN must have 6 to 12 digits"_s;
        return std::nullopt;
    }
    if (parser.isSet(ca) || parser.isSet(pinSha256)) {
        std::optional<TlsProfile> tls = TlsProfile();
        if (parser.isSet(ca))
            tls = TlsProfile::fromCaFile(parser.value(ca), error);
        for (const QString &value : parser.values(pinSha256)) {
            if (tls && !tls->addPin(value, error))
                tls.reset();
        }
        if (!tls) {
            *error = u"--ca/--pin-sha256: "_s + *error;
            return std::nullopt;
        }
        options.tls = tls;
    }
    if (parser.isSet(rootKey)) {
        options.rootKey = parser.value(rootKey).trimmed();
        if (!RootKeyStore::parse(options.rootKey)) {
            *error = u"--root-key must be the base64 of a 32-byte Ed25519 public key"_s;
            return std::nullopt;
        }
    }
    options.blobs = !parser.isSet(noBlobs);
    options.verbose = parser.isSet(verbose);
    return options;
}

QJsonObject summaryOf(SyncEngine &engine, VaultSyncStore &store, Vault &vault, qint64 elapsedMs)
{
    const SyncProgress &progress = engine.progress();
    QJsonObject summary = ReplicaSummary::counts(vault.database());
    const AuthUser user = store.user();
    summary.insert(u"ok"_s, true);
    summary.insert(u"account"_s, user.id);
    summary.insert(u"role"_s, user.role);
    summary.insert(u"pulled_pages"_s, progress.pages);
    summary.insert(u"pulled_changes"_s, progress.changes);
    summary.insert(u"pushed"_s, progress.pushed);
    summary.insert(Protocol::Key::Rejected, progress.rejected);
    summary.insert(u"uploaded"_s, progress.uploads);
    summary.insert(u"blobs_downloaded"_s, progress.blobsDone);
    summary.insert(u"bytes_downloaded"_s, progress.bytesDown);
    summary.insert(u"duration_ms"_s, elapsedMs);
    return summary;
}

} // namespace

int SyncCommand::run(const QStringList &arguments)
{
    QString problem;
    auto options = parse(arguments, &problem);
    if (!options)
        return complain(kBadArguments, problem);
    const ServerAddress server = ServerAddress::parse(options->server);
    if (!server.isValid())
        return complain(kBadArguments, server.errorMessage());
    // stdout carries the summary and stderr the one-line reason; logs only when asked.
    if (!options->verbose)
        QLoggingCategory::setFilterRules(
            u"handbook.sync.info=false\nhandbook.sync.warning=false"_s);

    QElapsedTimer elapsed;
    elapsed.start();
    QNetworkAccessManager network;
    NetworkTransport transport(&network, server);
    transport.setTlsProfile(options->tls.value_or(TlsProfile::shipped()));
    QEventLoop loop;
    int exitCode = kFailed;
    std::unique_ptr<Vault> vault;
    std::unique_ptr<VaultSyncStore> store;
    std::unique_ptr<SyncEngine> engine;
    std::unique_ptr<AccountSignIn> signIn;

    const auto quit = [&](int code) {
        exitCode = code;
        loop.quit();
    };
    const auto startSync = [&](const std::optional<AuthTokens> &tokens) {
        store = std::make_unique<VaultSyncStore>(*vault);
        engine = std::make_unique<SyncEngine>(&transport, store.get());
        engine->setBlobsEnabled(options->blobs);
        engine->setPageSize(options->pageSize);
        RoomCertificateRenewal::install(*engine, *vault);
        if (tokens)
            engine->auth().adopt(*tokens);
        QObject::connect(engine.get(), &SyncEngine::finished, &loop, [&](bool ok) {
            if (!ok)
                return quit(reportError(engine->lastError()));
            try {
                if (options->tls && !signIn)
                    TlsProfileStore::save(*vault, *options->tls);
                // The server that just worked is the account's (an account signed in before
                // the address was stored gets it now): the app syncs with it too.
                if (AccountSync::storedServer(*vault).toString() != server.toString())
                    AccountSync::storeServer(*vault, server);
                const QJsonObject summary = summaryOf(*engine, *store, *vault, elapsed.elapsed());
                std::fprintf(stdout, "%s\n",
                    QJsonDocument(summary).toJson(QJsonDocument::Compact).constData());
                std::fflush(stdout);
                quit(0);
            } catch (const StorageError &error) {
                quit(complain(kFailed, u"local_storage: "_s + QString::fromUtf8(error.what())));
            }
        });
        engine->start();
    };

    if (!options->login.isEmpty()) {
        signIn
            = std::make_unique<AccountSignIn>(&transport, options->dataDir, KdfParams::standard());
        signIn->setDevice(u"handbook sync"_s, QSysInfo::prettyProductName());
        signIn->setServer(server);
        if (options->tls)
            signIn->setTlsProfile(*options->tls);
        signIn->setRootKey(options->rootKey.isEmpty() ? RootKeyStore::shipped() : options->rootKey);
        signIn->signIn(
            options->login, options->password, options->pin, [&](AccountSignIn::Outcome &outcome) {
                if (!outcome.error.isNull()) {
                    // A revoked device's vault must not survive it.
                    if (outcome.error.code() == Protocol::ErrorCode::DeviceRevoked && outcome.vault)
                        (void)outcome.vault->wipe();
                    return quit(reportError(outcome.error));
                }
                vault = std::move(outcome.vault);
                startSync(outcome.tokens);
            });
    } else {
        Vault::Options vaultOptions;
        vaultOptions.accountDir = VaultSession::accountDirForDataDir(options->dataDir);
        vault = std::make_unique<Vault>(vaultOptions);
        if (!vault->exists())
            return complain(
                kFailed, u"signed_out: no account on this device; use --login and --password"_s);
        const VaultError opened = vault->unlock(options->pin);
        if (!opened.ok())
            return complain(kFailed, opened.codeName() + u": "_s + opened.message());
        // What the account trusts for its server, unless given now (then stored once the
        // sync has worked with it).
        try {
            const auto stored = TlsProfileStore::load(*vault);
            if (!stored && !options->tls)
                return complain(kFailed, u"local_storage: the stored TLS profile cannot be read"_s);
            if (!options->tls && !stored->isEmpty())
                transport.setTlsProfile(*stored);
            if (!options->rootKey.isEmpty()) {
                const auto pinned
                    = DocumentVerification::pinRootKey(vault->database(), options->rootKey);
                if (pinned == RootKeyStore::PinResult::Different)
                    return complain(kFailed,
                        u"root_key_mismatch: this account already pins another root key; "
                        u"a pinned root key is never changed"_s);
            }
        } catch (const StorageError &error) {
            return complain(kFailed, u"local_storage: "_s + QString::fromUtf8(error.what()));
        }
        QTimer::singleShot(0, &loop, [&] { startSync(std::nullopt); });
    }
    QTimer::singleShot(options->timeoutSeconds * 1000, &loop, [&] {
        quit(complain(
            kFailed, u"timeout: the sync did not finish in %1 s"_s.arg(options->timeoutSeconds)));
    });
    loop.exec();
    wipeString(options->pin); // signing in wiped its own copies (AccountSignIn)
    wipeString(options->password);
    engine.reset();
    store.reset();
    if (vault && vault->isOpen())
        vault->lock();
    return exitCode;
}
