// Option parsing for every command (CommandContext), including those that take positional
// arguments (`import-members <file.csv>`, `member move <member_id> <cell_org_id>`), with
// one-line errors.
#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <optional>

class PositionalArguments
{
public:
    // Parses options (-h/--help is added) and exactly names.size() positional arguments (none
    // when `names` is empty; not checked when it is nullopt, for a command that checks them
    // itself). Returns false when the command must stop: *exitCode is Success after printing
    // `usage` for --help, BadUsage after a one-line error naming what is missing or unexpected.
    [[nodiscard]] static bool parse(QCommandLineParser &parser, const QString &command,
        const QStringList &arguments, const QString &usage, const std::optional<QStringList> &names,
        int *exitCode);
};
