// `handbook-server user create|reset-password|set-role ...` (DESIGN.md section 6): accounts
// for the API. Every change is written in one transaction with an audit entry.
#pragma once

#include <QString>
#include <QStringList>

class UserCommand
{
public:
    // Runs with the arguments after "user"; returns the exit code.
    [[nodiscard]] static int run(const QStringList &arguments);
    // This command's lines of the --help text.
    [[nodiscard]] static QString usage();

private:
    [[nodiscard]] static int create(const QStringList &arguments);
    [[nodiscard]] static int resetPassword(const QStringList &arguments);
    [[nodiscard]] static int setRole(const QStringList &arguments);
};
