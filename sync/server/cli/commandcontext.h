// What every command of handbook-server starts with, written once: its options parsed
// (-h/--help and --db added to the command's own, positional arguments checked by
// PositionalArguments, --db required and parsed) and then its database opened. A command
// stops at the first problem with the one-line reason printed and exitCode() to return.
#pragma once

#include "cli/servercommandline.h"
#include "db/databasespec.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

class ServerDatabase;

class CommandContext
{
public:
    // How openDatabase() treats the schema.
    enum class Schema {
        AsFound, // just connect (a missing SQLite file is created)
        Current, // it must exist and be at the latest version ("run init first"): AdminDatabase
        Migrate, // create or migrate it to the latest version, like `init`
    };

    // `command` names the command in messages ("user create"); `usage` is its --help text.
    CommandContext(const QString &command, const QStringList &arguments, const QString &usage);
    ~CommandContext();
    CommandContext(const CommandContext &) = delete;
    CommandContext &operator=(const CommandContext &) = delete;

    // The command's own options, added before parse().
    void addOptions(const QList<QCommandLineOption> &options);
    // Parses the options and exactly the positional arguments named in `positional`, then
    // requires --db. False when the command must stop: exitCode() is Success after --help,
    // BadUsage after an error.
    [[nodiscard]] bool parse(const QStringList &positional = {});
    // As parse(), for a command that checks its positional arguments itself; call
    // requireDatabase() after checking them.
    [[nodiscard]] bool parseOptions();
    // Requires --db and parses it; false (exitCode() = BadUsage) after printing why.
    [[nodiscard]] bool requireDatabase();

    // The parsed command line.
    [[nodiscard]] const QCommandLineParser &parser() const { return m_parser; }
    // The value of a mandatory option, or nullopt after printing why (exitCode() = BadUsage).
    [[nodiscard]] std::optional<QString> requireValue(const QCommandLineOption &option);
    // Prints the reason (ServerCommandLine::fail) and keeps `code` as exitCode().
    int fail(ServerCommandLine::ExitCode code, const QString &reason);
    // What the command returns once a step above failed.
    [[nodiscard]] int exitCode() const { return m_exitCode; }

    // The database named by --db (after parse()).
    [[nodiscard]] const DatabaseSpec &spec() const { return *m_spec; }
    // Connects to it and treats its schema as `schema`; false (exitCode() = Failure) after
    // printing why.
    [[nodiscard]] bool openDatabase(Schema schema);
    // The open database (after openDatabase()).
    [[nodiscard]] ServerDatabase &database() { return *m_database; }

private:
    QString m_command;
    QStringList m_arguments;
    QString m_usage;
    QCommandLineParser m_parser;
    QCommandLineOption m_db;
    std::optional<DatabaseSpec> m_spec;
    std::unique_ptr<ServerDatabase> m_database;
    int m_exitCode = ServerCommandLine::Success;
};
