// `handbook status --data-dir <dir> --pin <pin>` (DESIGN.md section 6): unlocks the current
// account's vault and prints JSON counts of the local replica on one line
// ({"documents", "meetings", "members", "pending_mutations", "blobs", ...}).
#pragma once

#include <QStringList>

class StatusCommand
{
public:
    // Runs with the application's arguments (program, "status", options...); returns the exit
    // code (0, 1 when the vault cannot be opened, 2 on bad arguments).
    [[nodiscard]] static int run(const QStringList &arguments);
};
