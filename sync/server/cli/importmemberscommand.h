// `handbook-server import-members --db <db> <file.csv>`: import members from a CSV file
// (docs/import-members.md): every row or none, errors naming the file's line numbers.
#pragma once

#include <QString>
#include <QStringList>

class ImportMembersCommand
{
public:
    // Runs with the arguments after "import-members"; returns the exit code.
    [[nodiscard]] static int run(const QStringList &arguments);
    // This command's lines of the --help text.
    [[nodiscard]] static QString usage();
};
