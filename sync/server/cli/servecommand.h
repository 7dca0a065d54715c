// `handbook-server serve --db <db> --listen <host:port> [--cert <pem> --key <pem>]
// [--workers <n>]`: prints "listening on <scheme>://<host>:<port>" once ready, runs until
// SIGINT/SIGTERM. With one worker, this process serves; with more (the default is one per
// core), it is their supervisor (cli/workersupervisor.h) and each worker is this command
// again with the hidden --listen-fd.
#pragma once

#include <QLatin1StringView>
#include <QString>
#include <QStringList>

class ListenAddress;
class ServerDatabase;

class ServeCommand
{
public:
    // Runs with the arguments after "serve"; returns the exit code when the server stops.
    [[nodiscard]] static int run(const QStringList &arguments);
    // Before QCoreApplication is made, when the command is `serve`: Qt's own UNIX event
    // dispatcher instead of GLib's (QT_NO_GLIB=1, unless the environment says otherwise).
    // With 10,000 held live pulls the GLib loop's per-turn cost over ~11,600 sockets kept
    // the active requests waiting (docs/benchmarks.md, the held-pull load test).
    static void prepareProcess(int argc, char **argv);
    // This command's lines of the --help text.
    [[nodiscard]] static QString usage();

    static constexpr int kMaxWorkers = 64;
    // The hidden option of a worker: the inherited listening socket's descriptor.
    static constexpr QLatin1StringView kListenFdOption { "listen-fd" };

private:
    // Creates the listening socket and runs `workers` workers on it until SIGINT/SIGTERM.
    [[nodiscard]] static int supervise(const QStringList &arguments, int workers,
        const ListenAddress &listen, const QString &scheme);
    // The soft RLIMIT_NOFILE up to the hard one.
    static void raiseDescriptorLimit();
    // SQLite: create or migrate like init. PostgreSQL (shared by several servers): the schema
    // must already be current; `init` migrates it, under the operator's control.
    [[nodiscard]] static bool prepareSchema(ServerDatabase &database, QString *error);
};
