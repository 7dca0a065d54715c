#include "cli/servecommand.h"

#include "auth/tokenstore.h"
#include "cli/commandcontext.h"
#include "cli/signalwatcher.h"
#include "cli/statsschedule.h"
#include "cli/workersupervisor.h"
#include "db/changewatcher.h"
#include "db/schemamigrator.h"
#include "db/serverdatabase.h"
#include "http/apiserver.h"
#include "http/clientaddress.h"
#include "http/listenaddress.h"
#include "http/serverlimits.h"
#include "http/serverlog.h"
#include "http/tlscredentials.h"

#include <QCoreApplication>
#include <QThread>

#include <cstring>
#include <sys/resource.h>

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
           "                                               (rate limits, audit log)\n"
           "                       [--workers <n>]         worker processes sharing the socket,\n"
           "                                               1 to 64 (default: one per core)\n"
           "                       [--stats-interval <min>] recount the committees' figures of\n"
           "                                               this month and the last this often\n"
           "                                               (default 10; 0 never): one process\n"
           "                                               of a fleet does it\n"_s
        + ServerLimits::usage();
}

void ServeCommand::prepareProcess(int argc, char **argv)
{
    if (argc > 1 && std::strcmp(argv[1], "serve") == 0 && !qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
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
    const QCommandLineOption workersOption(u"workers"_s, u"Worker processes (1 to 64)."_s, u"n"_s);
    const QCommandLineOption statsIntervalOption(
        u"stats-interval"_s, u"Minutes between statistics refreshes."_s, u"min"_s);
    // Hidden: how a supervisor tells its workers which inherited socket to accept on.
    QCommandLineOption listenFdOption(
        QString(kListenFdOption), u"Inherited listening socket."_s, u"fd"_s);
    listenFdOption.setFlags(QCommandLineOption::HiddenFromHelp);
    context.addOptions({ listenOption, certOption, keyOption, accessTtlOption, refreshGraceOption,
        trustedProxyOption, workersOption, listenFdOption, statsIntervalOption });
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

    int workers = QThread::idealThreadCount();
    if (parser.isSet(workersOption)) {
        bool ok = false;
        workers = parser.value(workersOption).toInt(&ok);
        if (!ok || workers < 1 || workers > kMaxWorkers)
            return CL::fail(CL::BadUsage,
                u"--workers must be a number of processes from 1 to %1"_s.arg(kMaxWorkers));
    }
    workers = qBound(1, workers, kMaxWorkers);
    int statsInterval = StatsSchedule::kDefaultIntervalMinutes;
    if (parser.isSet(statsIntervalOption)) {
        bool ok = false;
        statsInterval = parser.value(statsIntervalOption).toInt(&ok);
        if (!ok || statsInterval < 0 || statsInterval > 24 * 60)
            return CL::fail(
                CL::BadUsage, u"--stats-interval must be a number of minutes from 0 to 1440"_s);
    }
    std::optional<qintptr> listenFd;
    if (parser.isSet(listenFdOption)) {
        bool ok = false;
        listenFd = parser.value(listenFdOption).toLongLong(&ok);
        if (!ok || *listenFd < 0)
            return CL::fail(CL::BadUsage, u"--listen-fd must be a file descriptor"_s);
    }
    raiseDescriptorLimit();

    if (!context.openDatabase(CommandContext::Schema::AsFound))
        return context.exitCode();
    // A worker's supervisor has checked or migrated the schema already.
    if (!listenFd && !prepareSchema(context.database(), &error))
        return CL::fail(CL::Failure, error);
    const QString scheme = tls ? u"https"_s : u"http"_s;
    if (!listenFd && workers > 1) {
        return supervise(arguments, workers, *listen, scheme);
    }

    // Keeps this process's ChangeSignals current: the token cache and the held live pulls
    // answer from it (db/changewatcher.h).
    ChangeWatcher changeWatcher(context.database());
    if (!changeWatcher.start(&error))
        return CL::fail(CL::Failure, error);

    ApiServer server(context.database());
    server.setLimits(*limits);
    if (tlsConfiguration)
        server.setTlsConfiguration(*tlsConfiguration);
    const quint16 port = listenFd ? server.listenOnDescriptor(*listenFd, &error)
                                  : server.listen(listen->host(), listen->port(), &error);
    if (port == 0)
        return CL::fail(CL::Failure, error);

    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, qApp, [](int signalNumber) {
        qCInfo(lcServer) << "signal" << signalNumber << "received, stopping";
        QCoreApplication::quit();
    });
    qCInfo(lcServer).noquote() << "serving database" << context.spec().toDisplayString();
    // Each serving process (every worker) has the timer; the claim in server_meta lets one
    // of them refresh per interval.
    StatsSchedule statsSchedule(context.database(), statsInterval);
    statsSchedule.start();
    // A worker's supervisor has said where it listens.
    if (!listenFd)
        CL::print(u"listening on "_s + listen->url(scheme, port));
    return QCoreApplication::exec();
}

int ServeCommand::supervise(
    const QStringList &arguments, int workers, const ListenAddress &listen, const QString &scheme)
{
    using CL = ServerCommandLine;
    QString error;
    quint16 port = 0;
    const int descriptor
        = WorkerSupervisor::openListeningSocket(listen.host(), listen.port(), &port, &error);
    if (descriptor < 0)
        return CL::fail(CL::Failure, error);
    WorkerSupervisor supervisor(QCoreApplication::applicationFilePath(),
        QStringList { u"serve"_s } + arguments
            + QStringList { u"--"_s + kListenFdOption, QString::number(descriptor) },
        workers);
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &supervisor,
        [&supervisor](int signalNumber) {
            qCInfo(lcServer) << "signal" << signalNumber << "received, stopping the workers";
            supervisor.stop();
        });
    QObject::connect(
        &supervisor, &WorkerSupervisor::stopped, qApp, [] { QCoreApplication::exit(0); });
    supervisor.start();
    qCInfo(lcServer) << "supervising" << workers << "workers";
    CL::print(u"listening on "_s + listen.url(scheme, port));
    return QCoreApplication::exec();
}

void ServeCommand::raiseDescriptorLimit()
{
    // Every held live pull keeps a socket open: allow as many as the system lets us.
    rlimit limit {};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        if (setrlimit(RLIMIT_NOFILE, &limit) != 0)
            qCWarning(lcServer) << "cannot raise the open files limit";
    }
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
