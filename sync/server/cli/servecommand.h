// `handbook-server serve --db <db> --listen <host:port> [--cert <pem> --key <pem>]`:
// prints "listening on <scheme>://<host>:<port>" once ready, runs until SIGINT/SIGTERM.
#pragma once

#include <QString>
#include <QStringList>

class ServerDatabase;

class ServeCommand
{
public:
    // Runs with the arguments after "serve"; returns the exit code when the server stops.
    [[nodiscard]] static int run(const QStringList &arguments);
    // This command's lines of the --help text.
    [[nodiscard]] static QString usage();

private:
    // SQLite: create or migrate like init. PostgreSQL (shared by several servers): the schema
    // must already be current; `init` migrates it, under the operator's control.
    [[nodiscard]] static bool prepareSchema(ServerDatabase &database, QString *error);
};
