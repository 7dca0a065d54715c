// The load test's figures: per scenario a table per phase (requests, per second, p50, p99,
// errors) and what it showed (CPU, memory), then the exactly-once verdict; printed, and written
// as the "Load test" section of docs/benchmarks.md (that section replaced, the rest kept).
#pragma once

#include "exactlyoncecheck.h"
#include "loadstats.h"

#include <QList>
#include <QMap>
#include <QString>

struct LoadReport
{
    struct Phase
    {
        QString name;
        const LoadStats *stats = nullptr;
        double seconds = 0;
        QStringList kinds; // the request kinds shown (in this order), each on its own row
        bool total = true; // with several kinds: a first row for all of them together
    };
    // CPU seconds used during a steady state.
    struct Cpu
    {
        double server = 0;
        double database = 0;
        double loadTool = 0;
    };
    // One scenario: what it does, its table, what it showed.
    struct Scenario
    {
        QString title;
        QString description;
        QList<Phase> phases;
        QString summary;
    };

    QString setting; // the machine, database settings, the phones
    QList<Scenario> scenarios;
    ExactlyOnceCheck::Result check;
    QString notes; // anomalies, a server that was not running at the end
    // Key figures for scripts/bench's summary, written as <!-- load-figures key=value ... -->
    // (values without spaces).
    QMap<QString, QString> figures;

    [[nodiscard]] QString markdown() const;
    // Replaces the "## Load test" section of `path` (up to the next "## " heading) with
    // markdown(), appends it when there is none, creates the file when it does not exist.
    [[nodiscard]] bool writeInto(const QString &path, QString *error) const;

    // Formatting shared with the driver: 1,234; 12.3; "4.2 ms" / "42 ms".
    [[nodiscard]] static QString count(qint64 value);
    [[nodiscard]] static QString number(double value, int decimals = 0);
    [[nodiscard]] static QString ms(double value);
};
