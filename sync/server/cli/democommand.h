// `handbook-server demo --db <db> --accounts <file>`: migrate the database if needed, load
// the demo province into it and write the demo accounts (with passwords) to <file>.
#pragma once

#include <QString>
#include <QStringList>

class DemoCommand
{
public:
    // Runs with the arguments after "demo"; returns the exit code.
    [[nodiscard]] static int run(const QStringList &arguments);
    // This command's lines of the --help text.
    [[nodiscard]] static QString usage();
};
