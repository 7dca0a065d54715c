// `handbook-server org set-approval --db <db> --org <org_id> single|two`: whether an
// organisation may publish from the app with one person writing, approving and signing
// (DESIGN.md 8.2; an organisation with one committee user), or needs a second committee user
// to approve (the default). Audited.
#pragma once

#include <QString>
#include <QStringList>

class OrgCommand
{
public:
    // Runs with the arguments after "org"; returns the exit code.
    [[nodiscard]] static int run(const QStringList &arguments);
    // This command's lines of the --help text.
    [[nodiscard]] static QString usage();

private:
    static int setApproval(const QStringList &arguments);
};
