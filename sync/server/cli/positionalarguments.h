// Option parsing for the commands that also take positional arguments (`import-members
// <file.csv>`, `member move <member_id> <cell_org_id>`), with the same one-line errors as
// ServerCommandLine::parseOptions.
#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

class PositionalArguments
{
public:
    // Parses options (-h/--help is added) and exactly names.size() positional arguments.
    // Returns false when the command must stop: *exitCode is Success after printing `usage`
    // for --help, BadUsage after a one-line error naming what is missing or unexpected.
    [[nodiscard]] static bool parse(QCommandLineParser &parser, const QString &command,
        const QStringList &arguments, const QString &usage, const QStringList &names,
        int *exitCode);
};
