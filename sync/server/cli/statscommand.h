// `handbook-server stats refresh --db <db> [--months N]` (DESIGN.md section 6): recounts the
// committees' figures (org_stats, records/orgstatistics.h) of this month and the N - 1 before
// it at once, for a new database, after an import or before a report; `serve` does the same
// for two months on its own schedule.
#pragma once

#include <QString>
#include <QStringList>

class StatsCommand
{
public:
    // Runs with the arguments after "stats"; returns the exit code.
    [[nodiscard]] static int run(const QStringList &arguments);
    // This command's lines of the --help text.
    [[nodiscard]] static QString usage();

    // How many months `stats refresh` recounts without --months: a year and this month, so a
    // report can compare a month with the same month a year before.
    static constexpr int kDefaultMonths = 13;

private:
    [[nodiscard]] static int refresh(const QStringList &arguments);
};
