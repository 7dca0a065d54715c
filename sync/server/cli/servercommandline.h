// `handbook-server <command> [options]`: dispatch to the commands, and how they report.
// What a command starts with (options, --db, the database) is CommandContext.
// Every failure prints ONE line "handbook-server: <reason>" on stderr and exits non-zero.
#pragma once

#include <QString>
#include <QStringList>

class ServerCommandLine
{
public:
    enum ExitCode {
        Success = 0,
        Failure = 1, // the command was valid but could not be carried out
        BadUsage = 2, // wrong arguments, unknown or not yet implemented command
    };

    // Runs the command named by arguments[1] (arguments[0] is the program) and returns the
    // exit code; `serve` returns only when the server stops.
    [[nodiscard]] static int run(const QStringList &arguments);
    // The overview printed by --help.
    [[nodiscard]] static QString usage();

    // Prints the reason as one line on stderr; returns `code` for `return fail(...)`.
    static int fail(ExitCode code, const QString &reason);
    // Prints one line on stdout and flushes it (scripts and tests read it at once).
    static void print(const QString &line);
};
