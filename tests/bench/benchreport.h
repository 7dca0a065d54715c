// The figures of one benchmark run and their floors, and docs/benchmarks.md made from them.
#pragma once

#include "benchprovince.h"

#include <QList>
#include <QString>
#include <optional>

struct SyncFigure
{
    QString error; // empty when the run worked
    double seconds = 0; // the engine run
    int rows = 0; // changes applied
    int profiles = 0; // member rows in the vault afterwards
    int documents = 0;
    int pages = 0;
    qint64 wireBytes = 0; // pull bodies as sent (gzip)
    qint64 bodyBytes = 0; // pull bodies decompressed
    double waitSeconds = 0; // the engine waiting for answers
    // Floor: the same requests replayed by a minimal client, and the same rows inserted.
    double downloadSeconds = 0;
    double insertSeconds = 0;
    [[nodiscard]] double floorSeconds() const { return downloadSeconds + insertSeconds; }
};

struct LoadFigure
{
    QString error;
    double requestsPerSecond = 0;
    double p50Ms = 0;
    double p99Ms = 0;
    qint64 requests = 0;
    qint64 failures = 0;
    qint64 responseBytes = 0;
};

struct IncrementalFigure
{
    QString error;
    double seconds = 0; // the engine run (push nothing, pull)
    int changes = 0;
    qint64 wireBytes = 0; // as the client received it (gzip)
    qint64 identityBytes = 0; // the same page without Accept-Encoding
    double downloadSeconds = 0; // floor
    double insertSeconds = 0; // floor
};

struct PushFigure
{
    QString error;
    int mutations = 0;
    double seconds = 0; // the Pushing phase
    double floorSeconds = 0;
    bool exactlyOnce = false;
    QString exactlyOnceDetail;
};

struct SearchFigure
{
    int queries = 0;
    int samples = 0;
    int queriesWithHits = 0;
    int screen = 0; // rows completed with the search (the library's first screen)
    double p50Ms = 0;
    double p95Ms = 0;
    double maxMs = 0;
    // The whole page complete (every title marked, every signer; snippets for the first
    // screen): what the library did before it completed the first screen only.
    double wholePageP95Ms = 0;
    // The next screen's details, as the library fetches them when the list shows those rows.
    int nextSamples = 0;
    double nextP50Ms = 0;
    double nextP95Ms = 0;
    double floorP50Ms = 0;
    double floorP95Ms = 0;
};

struct StartupFigure
{
    QString error;
    int runs = 0;
    double firstFrameMs = 0; // process start to the unlock screen's first frame (median)
    double homeFrameMs = 0; // process start to the first frame of the unlocked home screen
    double unlockMs = 0; // unlock: Argon2id, opening the vault, the home page's reads
    double argon2Ms = 0; // Argon2id inside the app's unlock (median of the runs' own timings)
    double argon2AloneMs = 0; // Argon2id alone (standard cost), measured in the bench process
    double withoutKdfMs = 0; // median over the runs of the home frame less that run's Argon2id
    double rssMb = 0; // peak RSS (VmHWM) at the home frame
    double floorMs = 0; // the minimal Qt Quick Controls window: start to first frame
    double floorRssMb = 0;
};

// A publication reaching an online member's device (PostgreSQL, through nginx in front of two
// server processes): the committee publishes with the CLI, the member's app (SyncEngine with
// SyncScheduler in live mode) applies it.
struct PublicationFigure
{
    QString error;
    int samples = 0;
    int servers = 0; // server processes behind nginx
    int liveWaitSeconds = 0;
    QList<double> latenciesMs; // commit (the document's published_at) to applied in the vault
    double cliMs = 0; // the publish command's own run, median
    QList<double> floorMs; // a no-change pull's round trip through the same nginx
};

struct BackendResults
{
    QString backend; // sqlite, postgresql
    QString error; // set when the backend could not be benchmarked at all
    BenchProvince::Summary data;
    SyncFigure member;
    SyncFigure committee;
    LoadFigure pull;
    LoadFigure pullFloor;
    IncrementalFigure incremental;
    PushFigure push;
    std::optional<PublicationFigure> publication;
    std::optional<SearchFigure> search;
    std::optional<StartupFigure> startup;
};

struct BenchMachine
{
    QString date; // UTC
    QString commit;
    int cpus = 0;
    QString cpuModel;
    double memoryGb = 0;
    QString loadAverage; // at the start
    QString buildType;
    QString os;
    bool quick = false;
    bool searchOnly = false; // --search-only: rows 1a and 4 only
    bool startupOnly = false; // --startup-only: rows 1a and 5 only
    int connections = 0;
    double loadSeconds = 0;
    int workers = 0; // `serve --workers` of the benchmarked server and of the floor server
};

class BenchReport
{
public:
    // Reads nproc, the CPU model, RAM, load average and the OS.
    [[nodiscard]] static BenchMachine machine();
    // docs/benchmarks.md. `loadSection` is the "## Load test" section that scripts/load-test
    // wrote into the previous file (kept as it is, its key figures lifted into the summary), or
    // empty.
    [[nodiscard]] static QString markdown(const BenchMachine &machine,
        const QList<BackendResults> &results, double totalSeconds, const QString &loadSection = {});
    // The "## Load test" section of a benchmarks.md, or empty.
    [[nodiscard]] static QString loadSection(const QString &markdown);
};
