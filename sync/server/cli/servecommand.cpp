#include "cli/servecommand.h"

#include "auth/tokenstore.h"
#include "cli/commandcontext.h"
#include "cli/signalwatcher.h"
#include "db/schemamigrator.h"
#include "db/serverdatabase.h"
#include "http/apiserver.h"
#include "http/clientaddress.h"
#include "http/listenaddress.h"
#include "http/serverlimits.h"
#include "http/serverlog.h"
#include "http/tlscredentials.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QString ServeCommand::usage()
{
    return u"  serve  --db <db> --listen <host:port> [--cert <pem> --key <pem>]\n"
           "                       serve the API; plain HTTP only on a loopback address;\n"
           "                       port 0 picks a free port; prints \"listening on <url>\"\n"
           "                       [--access-ttl <s>]      access token lifetime (default 900;\n"
           "                                               0 issues expired ones, for tests)\n"
           "                       [--refresh-grace <s>]   how long a used refresh token may be\n"
           "                                               retried once (default 60; 0 never)\n"
           "                       [--trusted-proxy <address or subnet> ...]  believe the\n"
           "                                               X-Forwarded-For of this load balancer\n"
           "                                               (rate limits, audit log)\n"_s
        + ServerLimits::usage();
}

int ServeCommand::run(const QStringList &arguments)
{
    using CL = ServerCommandLine;
    CommandContext context(u"serve"_s, arguments, usage());
    const QCommandLineOption listenOption(u"listen"_s, u"Address."_s, u"host:port"_s);
    const QCommandLineOption certOption(u"cert"_s, u"Certificate (PEM)."_s, u"pem"_s);
    const QCommandLineOption keyOption(u"key"_s, u"Private key (PEM)."_s, u"pem"_s);
    const QCommandLineOption accessTtlOption(
        u"access-ttl"_s, u"Access token lifetime."_s, u"seconds"_s);
    const QCommandLineOption refreshGraceOption(
        u"refresh-grace"_s, u"Refresh token retry grace period."_s, u"seconds"_s);
    const QCommandLineOption trustedProxyOption(
        u"trusted-proxy"_s, u"A load balancer's address or subnet."_s, u"address"_s);
    context.addOptions({ listenOption, certOption, keyOption, accessTtlOption, refreshGraceOption,
        trustedProxyOption });
    context.addOptions(ServerLimits::options());
    // Check every argument before touching the database or the network.
    if (!context.parse())
        return context.exitCode();
    const QCommandLineParser &parser = context.parser();
    const auto listenText = context.requireValue(listenOption);
    if (!listenText)
        return context.exitCode();
    QString error;
    const auto listen = ListenAddress::parse(*listenText, &error);
    if (!listen)
        return CL::fail(CL::BadUsage, error);
    const bool tls = parser.isSet(certOption) || parser.isSet(keyOption);
    if (tls && (parser.value(certOption).isEmpty() || parser.value(keyOption).isEmpty()))
        return CL::fail(CL::BadUsage, u"--cert and --key go together"_s);
    if (!tls && !listen->isLoopback())
        return CL::fail(CL::BadUsage,
            u"refusing plain HTTP on %1, which is not a loopback "
            "address: give --cert and --key"_s.arg(listen->host().toString()));
    const auto limits = ServerLimits::fromCommandLine(parser, &error);
    if (!limits)
        return CL::fail(CL::BadUsage, error);
    if (parser.isSet(accessTtlOption)) {
        bool ok = false;
        const qint64 seconds = parser.value(accessTtlOption).toLongLong(&ok);
        if (!ok || seconds < 0 || seconds > 24 * 3600)
            return CL::fail(
                CL::BadUsage, u"--access-ttl must be a number of seconds from 0 to 86400"_s);
        TokenStore::setAccessTtlSeconds(seconds);
    }
    if (parser.isSet(refreshGraceOption)) {
        bool ok = false;
        const qint64 seconds = parser.value(refreshGraceOption).toLongLong(&ok);
        if (!ok || seconds < 0 || seconds > 3600)
            return CL::fail(
                CL::BadUsage, u"--refresh-grace must be a number of seconds from 0 to 3600"_s);
        TokenStore::setRefreshGraceSeconds(seconds);
    }
    QList<ClientAddress::Subnet> proxies;
    for (const QString &text : parser.values(trustedProxyOption)) {
        ClientAddress::Subnet subnet;
        if (!ClientAddress::parseProxy(text, &subnet, &error))
            return CL::fail(CL::BadUsage, error);
        proxies << subnet;
    }
    ClientAddress::setTrustedProxies(proxies);
    std::optional<QSslConfiguration> tlsConfiguration;
    if (tls) {
        tlsConfiguration
            = TlsCredentials::load(parser.value(certOption), parser.value(keyOption), &error);
        if (!tlsConfiguration)
            return CL::fail(CL::Failure, error);
    }

    if (!context.openDatabase(CommandContext::Schema::AsFound))
        return context.exitCode();
    if (!prepareSchema(context.database(), &error))
        return CL::fail(CL::Failure, error);

    ApiServer server(context.database());
    server.setLimits(*limits);
    if (tlsConfiguration)
        server.setTlsConfiguration(*tlsConfiguration);
    const quint16 port = server.listen(listen->host(), listen->port(), &error);
    if (port == 0)
        return CL::fail(CL::Failure, error);

    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, qApp, [](int signalNumber) {
        qCInfo(lcServer) << "signal" << signalNumber << "received, stopping";
        QCoreApplication::quit();
    });
    qCInfo(lcServer).noquote() << "serving database" << context.spec().toDisplayString();
    CL::print(u"listening on "_s + listen->url(tls ? u"https"_s : u"http"_s, port));
    return QCoreApplication::exec();
}

bool ServeCommand::prepareSchema(ServerDatabase &database, QString *error)
{
    SchemaMigrator migrator(database);
    if (database.spec().backend() == DatabaseSpec::Backend::Sqlite)
        return migrator.migrate(error);
    const int version = migrator.currentVersion(error);
    if (version < 0)
        return false;
    const int latest = SchemaMigrations::latestVersion();
    if (version == latest)
        return true;
    *error = version < latest
        ? u"the database schema is at version %1, this server needs %2: run handbook-server "
          "init --db first"_s.arg(version)
              .arg(latest)
        : u"the database schema is at version %1, newer than this server's %2: upgrade "
          "handbook-server"_s.arg(version)
              .arg(latest);
    return false;
}
