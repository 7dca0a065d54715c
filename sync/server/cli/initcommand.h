// `handbook-server init --db <db>`: create the schema or migrate it to the latest version.
#pragma once

#include <QString>
#include <QStringList>

class InitCommand
{
public:
    // Runs with the arguments after "init"; returns the exit code.
    [[nodiscard]] static int run(const QStringList &arguments);
    // This command's lines of the --help text.
    [[nodiscard]] static QString usage();
};
