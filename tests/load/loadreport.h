// The load test's figures: a table per phase (requests, per second, p50, p99, errors), the
// CPU each process used, the exactly-once verdict; printed, and written as the "Load test"
// section of docs/benchmarks.md (that section replaced, the rest of the file kept).
#pragma once

#include "exactlyoncecheck.h"
#include "loadstats.h"

#include <QList>
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
    struct Cpu
    {
        double server = 0;
        double database = 0;
        double loadTool = 0;
    };

    QString setting; // clients, duration, database settings, machine
    QList<Phase> phases;
    Cpu steadyCpu; // CPU seconds during the steady state
    double loginCpuSeconds = 0; // the server's CPU during the sign-in phase
    qint64 signIns = 0;
    qint64 serverPeakKb = 0; // the server's peak resident memory (VmHWM)
    double steadySeconds = 0;
    qint64 steadyMutations = 0; // acknowledged during the steady state
    ExactlyOnceCheck::Result check;
    QString notes; // what the run showed, a sentence or two

    [[nodiscard]] QString markdown() const;
    // Replaces the "## Load test" section of `path` (up to the next "## " heading) with
    // markdown(), appends it when there is none, creates the file when it does not exist.
    [[nodiscard]] bool writeInto(const QString &path, QString *error) const;
};
