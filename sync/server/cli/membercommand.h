// `handbook-server member move --db <db> <member_id> <cell_org_id>`: move a member to another
// cell; the member's accounts follow and their next pull starts over (scope_generation).
#pragma once

#include <QString>
#include <QStringList>

class MemberCommand
{
public:
    // Runs with the arguments after "member" (a subcommand first); returns the exit code.
    [[nodiscard]] static int run(const QStringList &arguments);
    // This command's lines of the --help text.
    [[nodiscard]] static QString usage();

private:
    [[nodiscard]] static int move(const QStringList &arguments);
};
