// `handbook-server <command> [options]`: dispatch to the commands and the helpers they share.
// Every failure prints ONE line "handbook-server: <reason>" on stderr and exits non-zero.
#pragma once

#include "db/databasespec.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <optional>

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
    // Parses a command's options (-h/--help is added). Returns false when the command must
    // stop: *exitCode is Success after printing `usage` for --help, BadUsage after an error.
    [[nodiscard]] static bool parseOptions(QCommandLineParser &parser, const QString &command,
        const QStringList &arguments, const QString &usage, int *exitCode);
    // The value of a mandatory option, or nullopt after printing why (*exitCode = BadUsage).
    [[nodiscard]] static std::optional<QString> requireValue(
        const QCommandLineParser &parser, const QCommandLineOption &option, int *exitCode);
    // The parsed mandatory --db option, or nullopt after printing why (*exitCode = BadUsage).
    [[nodiscard]] static std::optional<DatabaseSpec> requireDatabase(
        const QCommandLineParser &parser, const QCommandLineOption &option, int *exitCode);
};
