// handbook-load: the load test, against handbook-server on PostgreSQL, all on loopback, driven
// by one thread. N simulated phones (each its own keep-alive connections) sign in and pull their
// replica; then three scenarios (--scenarios), each --duration seconds:
//  capacity  the phones push and pull without pauses (closed loop): the most the server does;
//  phones    the phone model: each phone acts (push, pull) every --act-every-ms on average
//            (uniform jitter 0..2x) and keeps a live pull open (wait --live-wait), once per
//            interval of that list (a latency curve; the last interval is the headline);
//  held      the server restarted as one process (--workers 1), --idle more phones each holding
//            a live pull from one of --sources loopback addresses (memory per held pull
//            measured), while the N phones act as in `phones`.
// Then the server's database is checked: every acknowledged mutation is there exactly once.
// Prints the figures; --report <file> writes them as the "Load test" section of that file.
// Exit status: 0 when the check passes, no request of a scenario failed and the server is still
// up; 1 otherwise; 2 bad usage.
#include "exactlyoncecheck.h"
#include "httpconnection.h"
#include "idlefleet.h"
#include "loadenvironment.h"
#include "loadreport.h"
#include "loadstats.h"
#include "pullquery.h"
#include "simulatedclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QSysInfo>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <sys/resource.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

double ownCpuSeconds()
{
    rusage usage {};
    ::getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

QString firstLine(const QString &path, const QString &prefix)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // /proc files say they are empty (size 0): read them whole, not up to atEnd().
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.startsWith(prefix))
            return line.mid(line.indexOf(u':') + 1).trimmed();
    }
    return {};
}

QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(u' ', 0, 2)
                                          : QString();
}

// Runs the event loop until `done()` is true, printing `progress()` every 10 s.
void waitUntil(const std::function<bool()> &done, const std::function<QString()> &progress = {})
{
    QEventLoop loop;
    QTimer check;
    check.setInterval(20);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer report;
    report.setInterval(10000);
    QObject::connect(&report, &QTimer::timeout, &loop, [&] {
        if (progress)
            say(progress());
    });
    check.start();
    report.start();
    if (!done())
        loop.exec();
}

struct Settings
{
    int clients = 1000;
    int seconds = 60;
    int idle = 10000;
    int sources = 40;
    // The phones scenario runs once per interval (the latency curve); the last is the
    // headline (its figures go to the summary, and `held` uses it).
    QList<int> actEveryMs { 5000, 10000, 20000, 30000 };
    int liveWaitSeconds = 50;
    int loginConcurrency = 100;
    int workers = 0; // capacity and phones; 0: serve's default
    QStringList scenarios { u"capacity"_s, u"phones"_s, u"held"_s };
    bool durable = true;
    QString report;
    QString server;
    SimulatedClient::Settings client;
};

std::optional<Settings> parse(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Load test of handbook-server on PostgreSQL."_s);
    parser.addHelpOption();
    const QCommandLineOption clients(u"clients"_s, u"Active phones (1000)."_s, u"n"_s);
    const QCommandLineOption duration(
        u"duration"_s, u"Seconds of each scenario after the first pull (60)."_s, u"s"_s);
    const QCommandLineOption scenarios(
        u"scenarios"_s, u"Comma-separated: capacity, phones, held (all three)."_s, u"list"_s);
    const QCommandLineOption idle(
        u"idle"_s, u"Phones that only hold a live pull, in `held` (10000)."_s, u"n"_s);
    const QCommandLineOption sources(u"sources"_s,
        u"Loopback source addresses of the idle phones, 127.0.0.2 on (40)."_s, u"n"_s);
    const QCommandLineOption actEvery(u"act-every-ms"_s,
        u"Mean pauses between a phone's actions, comma-separated: `phones` runs once per "
        "interval; the last is the headline, also used by `held` (5000,10000,20000,30000)."_s,
        u"list"_s);
    const QCommandLineOption liveWait(
        u"live-wait"_s, u"Seconds a live pull asks to be held (50, as the app)."_s, u"s"_s);
    const QCommandLineOption batch(u"batch"_s, u"Most mutations per push (5)."_s, u"n"_s);
    const QCommandLineOption logins(
        u"login-concurrency"_s, u"Sign-ins under way at once (100)."_s, u"n"_s);
    const QCommandLineOption timeout(u"timeout"_s, u"Seconds per request (120)."_s, u"s"_s);
    const QCommandLineOption workers(u"workers"_s,
        u"serve --workers for capacity and phones (default: serve's own, every core)."_s, u"n"_s);
    const QCommandLineOption fastDb(
        u"fast-db"_s, u"PostgreSQL without fsync, as in the tests (default: durable)."_s);
    const QCommandLineOption report(
        u"report"_s, u"Write the figures as the \"Load test\" section of this file."_s, u"file"_s);
    const QCommandLineOption server(u"server"_s,
        u"The handbook-server binary that serves (another build, to compare)."_s, u"path"_s);
    parser.addOptions({ clients, duration, scenarios, idle, sources, actEvery, liveWait, batch,
        logins, timeout, workers, fastDb, report, server });
    parser.process(app);
    Settings settings;
    const auto positive = [&](const QCommandLineOption &option, int fallback, int low, int high) {
        if (!parser.isSet(option))
            return fallback;
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        return ok && value >= low && value <= high ? value : -1;
    };
    settings.clients = positive(clients, 1000, 1, 5000);
    settings.seconds = positive(duration, 60, 1, 3600);
    settings.idle = positive(idle, 10000, 0, 15000);
    settings.sources = positive(sources, 40, 1, 250);
    if (parser.isSet(actEvery)) {
        settings.actEveryMs.clear();
        for (const QString &item : parser.value(actEvery).split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            const int value = item.trimmed().toInt(&ok);
            settings.actEveryMs << (ok && value >= 1 && value <= 600000 ? value : -1);
        }
        if (settings.actEveryMs.isEmpty())
            settings.actEveryMs << -1;
    }
    settings.liveWaitSeconds = positive(liveWait, 50, 1, Protocol::PullQuery::MaxWaitSeconds);
    settings.client.batchMax = positive(batch, 5, 1, 200);
    settings.loginConcurrency = positive(logins, 100, 1, 20000);
    settings.workers = positive(workers, 0, 1, 64);
    const int timeoutSeconds = positive(timeout, 120, 1, 3600);
    settings.client.timeoutMs = timeoutSeconds * 1000;
    settings.durable = !parser.isSet(fastDb);
    settings.report = parser.value(report);
    settings.server = parser.value(server);
    if (parser.isSet(scenarios))
        settings.scenarios = parser.value(scenarios).split(u',', Qt::SkipEmptyParts);
    for (const QString &scenario : std::as_const(settings.scenarios)) {
        if (scenario != u"capacity" && scenario != u"phones" && scenario != u"held") {
            std::fprintf(stderr, "handbook-load: unknown scenario %s\n", qPrintable(scenario));
            return std::nullopt;
        }
    }
    if (settings.clients < 0 || settings.seconds < 0 || settings.idle < 0 || settings.sources < 0
        || settings.actEveryMs.contains(-1) || settings.liveWaitSeconds < 0
        || settings.client.batchMax < 0 || settings.loginConcurrency < 0 || settings.workers < 0
        || timeoutSeconds < 0) {
        std::fprintf(stderr, "handbook-load: a number is out of range (see --help)\n");
        return std::nullopt;
    }
    if (!settings.scenarios.contains(u"held"_s))
        settings.idle = 0;
    return settings;
}

// Raises this process's open-file limit to the hard limit (thousands of connections).
rlim_t raiseFileLimit()
{
    rlimit limit {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 0;
    limit.rlim_cur = limit.rlim_max;
    ::setrlimit(RLIMIT_NOFILE, &limit);
    ::getrlimit(RLIMIT_NOFILE, &limit);
    return limit.rlim_cur;
}

// One timed run of the active phones (a scenario's steady state and its drain).
struct Steady
{
    LoadStats stats;
    LoadStats drain;
    LoadReport::Cpu cpu;
    qint64 mutations = 0; // acknowledged during the steady state
    double seconds = 0;
};

void runSteady(LoadEnvironment &environment, std::vector<std::unique_ptr<SimulatedClient>> &clients,
    const SimulatedClient::Settings &clientSettings, int seconds, const QString &name,
    Steady *steady)
{
    for (auto &client : clients) {
        client->setSettings(clientSettings);
        client->setStats(&steady->stats);
    }
    steady->seconds = seconds;
    const double cpu0Server = environment.serverCpuSeconds();
    const double cpu0Database = environment.databaseCpuSeconds();
    const double cpu0Own = ownCpuSeconds();
    qint64 acknowledgedBefore = 0;
    for (const auto &client : clients)
        acknowledgedBefore += client->acknowledged().size();
    const QDeadlineTimer steadyEnd { std::chrono::seconds { seconds } };
    const QDeadlineTimer drainEnd { std::chrono::seconds { seconds + 120 } };
    // The steady state ends here (the phones see the same deadline); the drain follows. A timer
    // of this call only: the next scenario must not be switched by this one's.
    bool switched = false;
    QTimer endOfSteady;
    endOfSteady.setSingleShot(true);
    QObject::connect(&endOfSteady, &QTimer::timeout, [&] {
        steady->cpu = { environment.serverCpuSeconds() - cpu0Server,
            environment.databaseCpuSeconds() - cpu0Database, ownCpuSeconds() - cpu0Own };
        for (const auto &client : clients) {
            steady->mutations += client->acknowledged().size();
            client->setStats(&steady->drain);
        }
        steady->mutations -= acknowledgedBefore;
        switched = true;
    });
    endOfSteady.start(std::chrono::seconds { seconds });
    int running = 0, ended = 0;
    for (auto &client : clients) {
        if (!client->signedIn())
            continue;
        ++running;
        client->run(steadyEnd, drainEnd, [&] { ++ended; });
    }
    QElapsedTimer clock;
    clock.start();
    waitUntil([&] { return ended == running && switched; },
        [&] {
            return steadyEnd.hasExpired()
                ? u"%1, drain: %2 of %3 clients done"_s.arg(name).arg(ended).arg(running)
                : u"%1: %2 s, %3 answers, %4 errors"_s.arg(name)
                      .arg(clock.elapsed() / 1000)
                      .arg(steady->stats.answers())
                      .arg(steady->stats.errors());
        });
    say(u"%1: %2 answers in %3 s (%4/s), %5 errors; drain: %6 answers"_s.arg(name)
            .arg(steady->stats.answers())
            .arg(seconds)
            .arg(double(steady->stats.answers()) / seconds, 0, 'f', 0)
            .arg(steady->stats.errors())
            .arg(steady->drain.answers()));
}

// The CPU and mutations sentence of a steady state.
QString cpuSummary(const Steady &steady, const QStringList &kinds)
{
    using R = LoadReport;
    qint64 answered = 0;
    for (const QString &kind : kinds)
        answered += steady.stats.kind(kind).ok() + steady.stats.kind(kind).errors;
    const double s = steady.seconds;
    return u"It acknowledged %1 mutations (%2 a second). CPU used: handbook-server %3 of a core, "
           "PostgreSQL %4, the load generator %5; per %6 request, %7 ms in the server and %8 ms "
           "in PostgreSQL."_s.arg(R::count(steady.mutations),
               R::number(double(steady.mutations) / s), R::number(steady.cpu.server / s, 2),
               R::number(steady.cpu.database / s, 2), R::number(steady.cpu.loadTool / s, 2),
               kinds.join(u" or "_s),
               R::number(answered > 0 ? 1000 * steady.cpu.server / double(answered) : 0, 2),
               R::number(answered > 0 ? 1000 * steady.cpu.database / double(answered) : 0, 2));
}

QList<LoadReport::Phase> steadyPhases(
    const QString &name, const Steady &steady, const QStringList &kinds)
{
    QList<LoadReport::Phase> phases { { name, &steady.stats, steady.seconds, kinds } };
    if (steady.drain.answers() > 0)
        phases.append({ u"drain"_s, &steady.drain, 0, steady.drain.kinds() });
    return phases;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const auto settings = parse(app);
    if (!settings)
        return 2;
    const rlim_t files = raiseFileLimit();
    const QString startLoad = loadAverage();
    const bool capacity = settings->scenarios.contains(u"capacity"_s);
    const bool phones = settings->scenarios.contains(u"phones"_s);
    const bool held = settings->scenarios.contains(u"held"_s);
    LoadEnvironment environment;
    QString error;
    // serve's default connection limit (20,000 a process) holds every phone's two connections
    // (its requests and its live pull) and the idle phones' one.
    const int maxConnections = 0;
    if (!environment.setUp({ settings->clients, settings->idle, settings->durable, maxConnections,
                               settings->workers, settings->server },
            &error)) {
        std::fprintf(stderr, "handbook-load: %s\n", qPrintable(error));
        return 1;
    }
    const int workersAtStart = environment.serverProcesses();

    std::vector<std::unique_ptr<SimulatedClient>> clients;
    for (int i = 0; i < settings->clients; ++i)
        clients.push_back(std::make_unique<SimulatedClient>(
            i, environment.accounts().at(i), environment.serverUrl(), settings->client));
    LoadStats loginStats, firstPullStats;
    QElapsedTimer clock;

    // 1. Sign-in: at most `loginConcurrency` under way at once.
    for (auto &client : clients)
        client->setStats(&loginStats);
    clock.start();
    double serverCpu = environment.serverCpuSeconds();
    int started = 0, finished = 0, signedIn = 0;
    std::function<void()> startNext = [&] {
        while (started < int(clients.size()) && started - finished < settings->loginConcurrency) {
            clients.at(started++)->signIn([&](bool ok) {
                ++finished;
                signedIn += ok ? 1 : 0;
                QTimer::singleShot(0, startNext);
            });
        }
    };
    // Meanwhile a health check every 250 ms on a connection of its own: does the server
    // answer other requests while it checks passwords?
    const QString healthKind = u"health check meanwhile"_s;
    HttpConnection canary(environment.serverUrl().host(), quint16(environment.serverUrl().port()));
    canary.setTimeout(settings->client.timeoutMs);
    QTimer canaryTimer;
    canaryTimer.setInterval(250);
    QObject::connect(&canaryTimer, &QTimer::timeout, [&] {
        if (canary.busy())
            return;
        canary.send("GET", "/v1/health", {}, {}, [&](HttpConnection::Response &&response) {
            if (response.status == 200)
                loginStats.success(healthKind, response.micros);
            else
                loginStats.failure(healthKind,
                    response.status ? u"HTTP %1"_s.arg(response.status) : response.error);
        });
    });
    canaryTimer.start();
    startNext();
    waitUntil([&] { return finished == int(clients.size()); },
        [&] { return u"sign-in: %1 of %2"_s.arg(finished).arg(clients.size()); });
    canaryTimer.stop();
    canary.close();
    const double loginSeconds = double(clock.elapsed()) / 1000.0;
    const double loginCpu = environment.serverCpuSeconds() - serverCpu;
    say(u"sign-in: %1 of %2 clients in %3 s (server CPU %4 s)"_s.arg(signedIn)
            .arg(clients.size())
            .arg(loginSeconds, 0, 'f', 1)
            .arg(loginCpu, 0, 'f', 1));

    // 2. Every signed-in client pulls its replica from the start, all at once.
    for (auto &client : clients)
        client->setStats(&firstPullStats);
    clock.restart();
    int pulling = 0, pulled = 0;
    for (auto &client : clients) {
        if (!client->signedIn())
            continue;
        ++pulling;
        client->pullAll([&](bool) { ++pulled; });
    }
    waitUntil([&] { return pulled == pulling; },
        [&] { return u"first pull: %1 of %2"_s.arg(pulled).arg(pulling); });
    const double firstPullSeconds = double(clock.elapsed()) / 1000.0;
    qint64 changes = 0, bytes = 0;
    for (const auto &client : clients) {
        changes += client->changesPulled();
        bytes += client->bytesPulled();
    }
    say(u"first pull: %1 clients in %2 s, %3 changes, %4 MB"_s.arg(pulling)
            .arg(firstPullSeconds, 0, 'f', 1)
            .arg(changes)
            .arg(double(bytes) / 1e6, 0, 'f', 1));

    LoadReport report;
    using R = LoadReport;
    report.scenarios.append({ u"Sign-in and first pull"_s,
        u"%1 phones sign in (Argon2id, %2 at once) while a health check runs every 250 ms, then "
        "all pull their replica from the start at once."_s.arg(settings->clients)
            .arg(settings->loginConcurrency),
        { { u"sign-in"_s, &loginStats, loginSeconds, { u"login"_s, healthKind }, false },
            { u"first pull"_s, &firstPullStats, firstPullSeconds, { u"first pull"_s } } },
        u"A sign-in took %1 ms of the server's CPU (Argon2id)."_s.arg(
            R::number(signedIn > 0 ? 1000 * loginCpu / double(signedIn) : 0)) });

    // 3. Capacity: closed loop, no pauses, no live pulls.
    SimulatedClient::Settings closedLoop = settings->client;
    closedLoop.thinkMs = 0;
    closedLoop.liveWaitSeconds = 0;
    Steady capacityRun;
    if (capacity) {
        runSteady(environment, clients, closedLoop, settings->seconds, u"capacity"_s, &capacityRun);
        const double rps = double(capacityRun.stats.all().ok()) / capacityRun.seconds;
        report.figures.insert(u"capacity_rps"_s, R::number(rps));
        report.scenarios.append({ u"Capacity: closed loop"_s,
            u"Each of the %1 phones pushes a batch of 1–%2 new mutations (notes, read receipts, "
            "feedback) and pulls what changed, again as soon as answered, without pauses: the "
            "latency is only the queue (phones ÷ throughput); the throughput is the server's "
            "capacity on this machine."_s.arg(settings->clients)
                .arg(settings->client.batchMax),
            steadyPhases(u"closed loop"_s, capacityRun, { u"push"_s, u"pull"_s }),
            u"**Capacity: %1 requests a second** (%2 push-and-pull cycles a second). "_s.arg(
                R::number(rps), R::number(rps / 2))
                + cpuSummary(capacityRun, { u"push"_s, u"pull"_s }) });
    }

    // 4. The phone model: an action every few seconds with jitter, a live pull open; once per
    // interval (the latency curve), the last one the headline.
    const int headlineMs = settings->actEveryMs.last();
    SimulatedClient::Settings phone = settings->client;
    phone.thinkMs = headlineMs;
    phone.liveWaitSeconds = settings->liveWaitSeconds;
    const QStringList phoneKinds { u"push"_s, u"pull"_s, u"live pull"_s, u"push to live pull"_s };
    const QString phoneModel
        = u"Each of the %1 phones acts every %2 s on average (a pause drawn uniformly from 0 to "
          "%3 s; the first spread the same way): it pushes a batch of 1–%4 new mutations and "
          "pulls what changed, as a sync does, and keeps a live pull open on a second "
          "connection (wait=%5, as the app in the foreground), opened again as soon as it is "
          "answered. *live pull*: how long the held pulls were held (up to the wait; shorter "
          "when woken). *push to live pull*: from a push being sent to the live pull answering "
          "with that change (the wake-up across the server)."_s.arg(settings->clients)
              .arg(R::number(headlineMs / 1000.0, 1), R::number(2 * headlineMs / 1000.0, 1))
              .arg(settings->client.batchMax)
              .arg(settings->liveWaitSeconds);
    // Why the headline is what it is: a district's busiest hour. A member in a buổi sinh hoạt
    // checks in once, opens the few documents of the meeting (a read receipt each) and writes
    // a note or a comment or two: about ten mutations in the hour, each synced at once (a push
    // and a pull). Every member of the district doing that in the same hour is ~3 actions a
    // second for 1,000 members; a phone acting every 30 s (1–5 mutations each time, 360 an
    // hour) is still ~30 times that. Shorter intervals show where the curve bends.
    const QString phoneRate
        = u"Why every %1 s: the busiest hour of a district of %2 members is one in which nearly "
          "all of them are in a buổi sinh hoạt at once; a member there checks in, opens the few "
          "documents of the meeting (a read receipt each) and writes a note or comment or two: "
          "about ten mutations in the hour, each synced at once (a push and a pull). At one "
          "action every %1 s with 1–%3 mutations each, a phone sends about %4 mutations an hour, "
          "tens of times that, so the headline is a generous busy hour, not an average one. The "
          "shorter intervals show the curve up to and past the capacity above (%5 requests a "
          "second; the shortest interval, every %6 s, offers %7)."_s
              .arg(R::number(headlineMs / 1000.0, 0), R::count(settings->clients))
              .arg(settings->client.batchMax)
              .arg(R::count(
                       qint64(3600.0 * 1000 / headlineMs * (1 + settings->client.batchMax) / 2)),
                  report.figures.value(u"capacity_rps"_s, u"?"_s))
              .arg(R::number(
                       *std::min_element(settings->actEveryMs.cbegin(), settings->actEveryMs.cend())
                           / 1000.0,
                       1),
                  R::number(2000.0 * settings->clients
                      / *std::min_element(
                          settings->actEveryMs.cbegin(), settings->actEveryMs.cend())));
    std::vector<std::unique_ptr<Steady>> phoneRuns; // stable addresses: phases point into them
    if (phones) {
        for (const int intervalMs : std::as_const(settings->actEveryMs)) {
            SimulatedClient::Settings at = phone;
            at.thinkMs = intervalMs;
            phoneRuns.push_back(std::make_unique<Steady>());
            runSteady(environment, clients, at, settings->seconds,
                u"phones every %1 s"_s.arg(R::number(intervalMs / 1000.0, 1)),
                phoneRuns.back().get());
        }
        // The curve: one row per interval.
        QString curve = u"| every | offered requests/s | answered/s | push p50 | push p99 | pull "
                        "p50 | pull p99 | push to live pull p50 | target met |\n"
                        "|---|---|---|---|---|---|---|---|---|\n"_s;
        for (qsizetype i = 0; i < settings->actEveryMs.size(); ++i) {
            const Steady &run = *phoneRuns.at(i);
            const double intervalS = settings->actEveryMs.at(i) / 1000.0;
            const auto pct = [&](const QString &kind, double p) {
                return run.stats.kind(kind).percentileMs(p);
            };
            const bool met = pct(u"push"_s, 50) < 50 && pct(u"pull"_s, 50) < 50
                && pct(u"push"_s, 99) < 500 && pct(u"pull"_s, 99) < 500 && run.stats.errors() == 0
                && run.stats.kind(u"push"_s).ok() > 0;
            const qint64 answered = run.stats.kind(u"push"_s).ok() + run.stats.kind(u"pull"_s).ok();
            curve += u"| %1 s%2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 | "_s.arg(
                         R::number(intervalS, intervalS < 10 ? 1 : 0),
                         i == settings->actEveryMs.size() - 1 ? u" (headline)"_s : QString(),
                         R::number(2.0 * settings->clients / intervalS),
                         R::number(double(answered) / run.seconds), R::ms(pct(u"push"_s, 50)),
                         R::ms(pct(u"push"_s, 99)), R::ms(pct(u"pull"_s, 50)),
                         R::ms(pct(u"pull"_s, 99)), R::ms(pct(u"push to live pull"_s, 50)))
                + (met ? u"yes"_s : u"no"_s) + u" |\n"_s;
            report.figures.insert(u"curve_%1s_push_p50"_s.arg(R::number(intervalS, 0)),
                R::number(pct(u"push"_s, 50), 1));
            report.figures.insert(u"curve_%1s_push_p99"_s.arg(R::number(intervalS, 0)),
                R::number(pct(u"push"_s, 99), 1));
        }
        const Steady &phonesRun = *phoneRuns.back();
        const auto p = [&](const QString &kind, double percent) {
            return R::number(phonesRun.stats.kind(kind).percentileMs(percent), 1);
        };
        report.figures.insert(u"phones"_s, R::count(settings->clients));
        report.figures.insert(u"act_every_s"_s, R::number(headlineMs / 1000.0, 0));
        report.figures.insert(u"phones_workers"_s, QString::number(workersAtStart));
        report.figures.insert(u"phones_push_p50"_s, p(u"push"_s, 50));
        report.figures.insert(u"phones_push_p99"_s, p(u"push"_s, 99));
        report.figures.insert(u"phones_pull_p50"_s, p(u"pull"_s, 50));
        report.figures.insert(u"phones_pull_p99"_s, p(u"pull"_s, 99));
        report.figures.insert(u"phones_delivery_p50"_s, p(u"push to live pull"_s, 50));
        report.figures.insert(u"phones_delivery_p99"_s, p(u"push to live pull"_s, 99));
        report.scenarios.append(
            { u"%1 phones, each acting every few seconds with a live pull open"_s.arg(
                  R::count(settings->clients)),
                phoneModel
                    + u" Server: `serve` with %1 (%2 worker processes)."_s
                          .arg(settings->workers > 0 ? u"--workers %1"_s.arg(settings->workers)
                                                     : u"its default workers (every core)"_s)
                          .arg(workersAtStart)
                    + u"\n\nThe curve: the same phones at each interval in turn (%1 s each, the "
                      "same server; *offered* = 2 requests per action × phones ÷ interval; "
                      "target p50 < 50 ms and p99 < 500 ms for push and pull):\n\n"_s.arg(
                          settings->seconds)
                    + curve + u"\n"_s + phoneRate
                    + u"\n\nThe headline interval (every %1 s) in detail:"_s.arg(
                        R::number(headlineMs / 1000.0, 0)),
                steadyPhases(u"steady state"_s, phonesRun, phoneKinds),
                u"Target p50 < 50 ms and p99 < 500 ms (push and pull): push p50 %1 · p99 %2, pull "
                "p50 %3 · p99 %4. "_s.arg(R::ms(phonesRun.stats.kind(u"push"_s).percentileMs(50)),
                    R::ms(phonesRun.stats.kind(u"push"_s).percentileMs(99)),
                    R::ms(phonesRun.stats.kind(u"pull"_s).percentileMs(50)),
                    R::ms(phonesRun.stats.kind(u"pull"_s).percentileMs(99)))
                    + cpuSummary(phonesRun, { u"push"_s, u"pull"_s, u"live pull"_s }) });
    }

    // 5. Held: one server process, `idle` phones holding live pulls while the phones act.
    Steady heldRun;
    bool heldOk = true; // every idle phone's live pull was taken (no error while opening)
    if (held && settings->idle > 0) {
        if (!environment.restartServer(1, &error)) {
            std::fprintf(stderr, "handbook-load: %s\n", qPrintable(error));
            return 1;
        }
        // The process as it is before any held pull: one request answered, then its memory.
        HttpConnection probe(
            environment.serverUrl().host(), quint16(environment.serverUrl().port()));
        bool probed = false;
        probe.send(
            "GET", "/v1/health", {}, {}, [&](HttpConnection::Response &&) { probed = true; });
        waitUntil([&] { return probed; });
        probe.close();
        const qint64 rssBefore = environment.serverRssKb();
        const double cpuOpen0 = environment.serverCpuSeconds();
        // Under the listen queue of one process (Qt's default backlog, 50): a burst beyond it
        // waits for the kernel's SYN retries (1 s, 3 s, ...) and measures those instead.
        const int batch = 40;
        IdleFleet fleet(environment.serverUrl(), environment.idleDevices().mid(0, settings->idle),
            settings->sources, settings->liveWaitSeconds, batch);
        clock.restart();
        fleet.open();
        waitUntil([&] { return fleet.sent() == fleet.size(); },
            [&] {
                return u"held: %1 of %2 live pulls sent"_s.arg(fleet.sent()).arg(fleet.size());
            });
        const double openSeconds = double(clock.elapsed()) / 1000.0;
        // Then until the server has read and parked them all: its CPU quiet for a second.
        double lastCpu = environment.serverCpuSeconds();
        int quiet = 0;
        QElapsedTimer quietClock;
        quietClock.start();
        QTimer sampler;
        sampler.setInterval(500);
        QObject::connect(&sampler, &QTimer::timeout, [&] {
            const double cpu = environment.serverCpuSeconds();
            quiet = cpu - lastCpu < 0.02 ? quiet + 1 : 0;
            lastCpu = cpu;
        });
        sampler.start();
        waitUntil([&] { return quiet >= 2 || quietClock.elapsed() > 60000; });
        sampler.stop();
        const qint64 rssHeld = environment.serverRssKb();
        const double openCpu = environment.serverCpuSeconds() - cpuOpen0;
        const qint64 answeredEarly = fleet.answers();
        const qint64 openErrors = fleet.errors();
        heldOk = openErrors == 0;
        const double perPullKb = double(rssHeld - rssBefore) / double(fleet.size());
        say(u"held: %1 live pulls sent in %2 s; server RSS %3 MB -> %4 MB: %5 KB per held pull; "
            "%6 answered already (%7 errors)"_s.arg(fleet.size())
                .arg(openSeconds, 0, 'f', 1)
                .arg(double(rssBefore) / 1024, 0, 'f', 1)
                .arg(double(rssHeld) / 1024, 0, 'f', 1)
                .arg(perPullKb, 0, 'f', 1)
                .arg(answeredEarly)
                .arg(openErrors));
        // Then the held pulls alone for a while (each reopened when its wait ends): the
        // server's CPU while it only holds them.
        const int idleSeconds = std::min(settings->seconds, 20);
        const double cpuIdle0 = environment.serverCpuSeconds();
        QElapsedTimer idleClock;
        idleClock.start();
        waitUntil([&] { return idleClock.elapsed() >= idleSeconds * 1000; });
        const double idleCpu = (environment.serverCpuSeconds() - cpuIdle0)
            / std::max(0.001, double(idleClock.elapsed()) / 1000.0);
        say(u"held: the server alone with them for %1 s used %2 of a core"_s.arg(idleSeconds)
                .arg(idleCpu, 0, 'f', 3));
        runSteady(environment, clients, phone, settings->seconds, u"held"_s, &heldRun);
        const qint64 answeredDuring = fleet.answers() - answeredEarly;
        static LoadStats idleStats; // outlives the report
        idleStats = fleet.stop();
        const auto p = [&](const QString &kind, double percent) {
            return R::number(heldRun.stats.kind(kind).percentileMs(percent), 1);
        };
        report.figures.insert(u"phones"_s, R::count(settings->clients));
        report.figures.insert(u"held"_s, R::count(settings->idle));
        report.figures.insert(u"held_kb_per_pull"_s, R::number(perPullKb, 1));
        report.figures.insert(u"held_rss_before_mb"_s, R::number(double(rssBefore) / 1024, 1));
        report.figures.insert(u"held_rss_after_mb"_s, R::number(double(rssHeld) / 1024, 1));
        report.figures.insert(u"held_answered_early"_s, QString::number(answeredEarly));
        report.figures.insert(u"held_idle_cpu"_s, R::number(idleCpu, 3));
        report.figures.insert(u"held_push_p50"_s, p(u"push"_s, 50));
        report.figures.insert(u"held_push_p99"_s, p(u"push"_s, 99));
        report.figures.insert(u"held_pull_p50"_s, p(u"pull"_s, 50));
        report.figures.insert(u"held_pull_p99"_s, p(u"pull"_s, 99));
        QList<LoadReport::Phase> phases = steadyPhases(u"active phones"_s, heldRun, phoneKinds);
        if (!idleStats.kinds().isEmpty())
            phases.append(
                { u"idle phones (the whole scenario)"_s, &idleStats, 0, idleStats.kinds() });
        report.scenarios.append({ u"%1 phones holding live pulls while %2 act, one server process"_s
                                      .arg(R::count(settings->idle), R::count(settings->clients)),
            u"The server restarted with `--workers 1`. %1 more phones (devices and tokens "
            "written into the database; each a member of its own) each open a live pull "
            "(wait=%2) on a connection of its own from one of %3 loopback addresses "
            "(127.0.0.2 on, %4 each: under the per-address cap), %5 at a time, and open it "
            "again when answered; they run on a thread of their own in the load generator. "
            "Their devices were seen earlier today (their day is in device_days), as on a "
            "working day: the first sighting of a device on a day is one write per device and "
            "day, not what this measures. "
            "Then the %6 phones of the scenario above act as there. *Memory per held pull* = "
            "(the server's VmRSS once they are all held and its CPU is quiet − VmRSS before, "
            "after one request) ÷ %1."_s.arg(R::count(settings->idle))
                .arg(settings->liveWaitSeconds)
                .arg(settings->sources)
                .arg(R::count((settings->idle + settings->sources - 1) / settings->sources))
                .arg(batch)
                .arg(R::count(settings->clients)),
            phases,
            u"**%1 live pulls held by one process: VmRSS %2 MB → %3 MB, %4 KB per held "
            "pull**; sent in %5 s (%6 s of the server's CPU to take them in); %7 answered "
            "before the active phones started (%8 errors), %9 while they acted (a wait ends "
            "after %10 s). With only them for %11 s the server used %12 of a core. "_s
                    .arg(R::count(settings->idle), R::number(double(rssBefore) / 1024, 1),
                        R::number(double(rssHeld) / 1024, 1), R::number(perPullKb, 1),
                        R::number(openSeconds, 1), R::number(openCpu, 1), R::count(answeredEarly),
                        R::count(openErrors), R::count(answeredDuring))
                    .arg(settings->liveWaitSeconds)
                    .arg(idleSeconds)
                    .arg(R::number(idleCpu, 3))
                + u"While they were held, the active phones' push p50 %1 · p99 %2, pull p50 %3 · "
                  "p99 %4 (target p50 < 50 ms, p99 < 500 ms). "_s.arg(
                      R::ms(heldRun.stats.kind(u"push"_s).percentileMs(50)),
                      R::ms(heldRun.stats.kind(u"push"_s).percentileMs(99)),
                      R::ms(heldRun.stats.kind(u"pull"_s).percentileMs(50)),
                      R::ms(heldRun.stats.kind(u"pull"_s).percentileMs(99)))
                + cpuSummary(heldRun, { u"push"_s, u"pull"_s, u"live pull"_s })
                + u" The server's memory peaked at %1 MB."_s.arg(
                    R::number(double(environment.serverPeakKb()) / 1024)) });
    }

    // 6. Exactly once, in the server's database.
    QSqlDatabase db = environment.openDatabase(u"load-check"_s, &error);
    if (!db.isValid()) {
        std::fprintf(stderr, "handbook-load: %s\n", qPrintable(error));
        return 1;
    }
    QElapsedTimer checkClock;
    checkClock.start();
    const ExactlyOnceCheck::Result check = ExactlyOnceCheck::run(db, clients);
    say(u"exactly-once check: %1 in %2 s"_s.arg(check.ok() ? u"OK"_s : u"FAILED"_s)
            .arg(double(checkClock.elapsed()) / 1000.0, 0, 'f', 1));
    QStringList anomalies;
    for (const auto &client : clients)
        anomalies += client->anomalies();
    const bool serverUp = environment.serverRunning();

    const QString cpu = firstLine(u"/proc/cpuinfo"_s, u"model name"_s);
    report.setting
        = u"%1, %2 × %3 (%4 logical CPUs, load average %5 at the start), `%6`. "
          "`handbook-server serve` on PostgreSQL 15 (%7), everything on loopback; the "
          "access tokens last an hour (`--access-ttl 3600`: the phones do not refresh). The "
          "simulated phones, each with its own keep-alive connections, are all driven by one "
          "thread of the load generator (open-file limit raised to %8), on the same two "
          "cores as the server and PostgreSQL."_s
              .arg(QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd"_s),
                  QSysInfo::prettyProductName(), cpu.isEmpty() ? u"?"_s : cpu)
              .arg(QThread::idealThreadCount())
              .arg(startLoad,
                  u"handbook-load --clients %1 --duration %2 --idle %3 --act-every-ms %4"_s
                      .arg(settings->clients)
                      .arg(settings->seconds)
                      .arg(settings->idle)
                      .arg([&] {
                          QStringList list;
                          for (const int ms : settings->actEveryMs)
                              list << QString::number(ms);
                          return list.join(u',');
                      }()))
              .arg(settings->durable ? u"fsync and synchronous commit on"_s : u"fsync off"_s)
              .arg(qulonglong(files));
    report.check = check;
    report.figures.insert(u"exactly_once"_s, check.ok() ? u"yes"_s : u"NO"_s);
    if (!anomalies.isEmpty())
        report.notes
            = u"Protocol anomalies: %1 (first: %2)."_s.arg(anomalies.size()).arg(anomalies.first());
    if (!heldOk)
        report.notes += u" Some idle phones' live pulls were refused (see their errors)."_s;
    if (!serverUp)
        report.notes
            += u" The server was not running at the end: "_s + environment.serverLog().right(500);
    say(u"\n"_s + report.markdown());
    if (!settings->report.isEmpty()) {
        if (!report.writeInto(settings->report, &error)) {
            std::fprintf(stderr, "handbook-load: %s\n", qPrintable(error));
            return 1;
        }
        say(u"written into "_s + settings->report);
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"load-check"_s);
    qint64 scenarioErrors = capacityRun.stats.errors() + heldRun.stats.errors();
    for (const auto &run : phoneRuns)
        scenarioErrors += run->stats.errors();
    if (scenarioErrors > 0)
        say(u"%1 requests failed during the scenarios"_s.arg(scenarioErrors));
    return check.ok() && serverUp && anomalies.isEmpty() && heldOk && scenarioErrors == 0 ? 0 : 1;
}
