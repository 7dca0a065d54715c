// handbook-load: the load test. N simulated clients (each its own keep-alive
// connection, all driven by one thread) sign in, pull their replica, then push and pull for a
// fixed time against one handbook-server process on PostgreSQL, all on loopback; then the
// server's database is checked: every acknowledged mutation is there exactly once.
// Prints the figures; --report <file> writes them as the "Load test" section of that file.
// Exit status: 0 when the check passes and the server is still up, 1 otherwise, 2 bad usage.
#include "exactlyoncecheck.h"
#include "httpconnection.h"
#include "loadenvironment.h"
#include "loadreport.h"
#include "loadstats.h"
#include "simulatedclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QSysInfo>
#include <QThread>
#include <QTimer>

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
void waitUntil(const std::function<bool()> &done, const std::function<QString()> &progress)
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
    QObject::connect(&report, &QTimer::timeout, &loop, [&] { say(progress()); });
    check.start();
    report.start();
    if (!done())
        loop.exec();
}

struct Settings
{
    int clients = 1000;
    int seconds = 60;
    int loginConcurrency = 100;
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
    const QCommandLineOption clients(u"clients"_s, u"Simulated clients (1000)."_s, u"n"_s);
    const QCommandLineOption duration(
        u"duration"_s, u"Seconds of push and pull after the first pull (60)."_s, u"s"_s);
    const QCommandLineOption think(
        u"think-ms"_s, u"Mean pause between a client's cycles (0)."_s, u"ms"_s);
    const QCommandLineOption batch(u"batch"_s, u"Most mutations per push (5)."_s, u"n"_s);
    const QCommandLineOption logins(
        u"login-concurrency"_s, u"Sign-ins under way at once (100)."_s, u"n"_s);
    const QCommandLineOption timeout(u"timeout"_s, u"Seconds per request (120)."_s, u"s"_s);
    const QCommandLineOption fastDb(
        u"fast-db"_s, u"PostgreSQL without fsync, as in the tests (default: durable)."_s);
    const QCommandLineOption report(
        u"report"_s, u"Write the figures as the \"Load test\" section of this file."_s, u"file"_s);
    const QCommandLineOption server(u"server"_s,
        u"The handbook-server binary that serves (another build, to compare)."_s, u"path"_s);
    parser.addOptions({ clients, duration, think, batch, logins, timeout, fastDb, report, server });
    parser.process(app);
    Settings settings;
    const auto positive = [&](const QCommandLineOption &option, int fallback, int low, int high) {
        if (!parser.isSet(option))
            return fallback;
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        return ok && value >= low && value <= high ? value : -1;
    };
    settings.clients = positive(clients, 1000, 1, 20000);
    settings.seconds = positive(duration, 60, 1, 3600);
    settings.client.thinkMs = positive(think, 0, 0, 600000);
    settings.client.batchMax = positive(batch, 5, 1, 200);
    settings.loginConcurrency = positive(logins, 100, 1, 20000);
    const int timeoutSeconds = positive(timeout, 120, 1, 3600);
    settings.client.timeoutMs = timeoutSeconds * 1000;
    settings.durable = !parser.isSet(fastDb);
    settings.report = parser.value(report);
    settings.server = parser.value(server);
    if (settings.clients < 0 || settings.seconds < 0 || settings.client.thinkMs < 0
        || settings.client.batchMax < 0 || settings.loginConcurrency < 0 || timeoutSeconds < 0) {
        std::fprintf(stderr, "handbook-load: a number is out of range (see --help)\n");
        return std::nullopt;
    }
    return settings;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const auto settings = parse(app);
    if (!settings)
        return 2;
    const QString startLoad = loadAverage();
    LoadEnvironment environment;
    QString error;
    if (!environment.setUp(
            { settings->clients, settings->durable, settings->clients + 100, settings->server },
            &error)) {
        std::fprintf(stderr, "handbook-load: %s\n", qPrintable(error));
        return 1;
    }

    std::vector<std::unique_ptr<SimulatedClient>> clients;
    for (int i = 0; i < settings->clients; ++i)
        clients.push_back(std::make_unique<SimulatedClient>(
            i, environment.accounts().at(i), environment.serverUrl(), settings->client));
    LoadStats loginStats, firstPullStats, steadyStats, drainStats;
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

    // 3. The steady state: push and pull cycles until the deadline, then the drain.
    for (auto &client : clients)
        client->setStats(&steadyStats);
    const double cpu0Server = environment.serverCpuSeconds();
    const double cpu0Database = environment.databaseCpuSeconds();
    const double cpu0Own = ownCpuSeconds();
    qint64 acknowledgedBefore = 0;
    for (const auto &client : clients)
        acknowledgedBefore += client->acknowledged().size();
    const QDeadlineTimer steadyEnd(std::chrono::seconds(settings->seconds));
    const QDeadlineTimer drainEnd(std::chrono::seconds(settings->seconds + 120));
    LoadReport::Cpu steadyCpu;
    qint64 steadyMutations = 0;
    QTimer::singleShot(std::chrono::seconds(settings->seconds), [&] {
        steadyCpu = { environment.serverCpuSeconds() - cpu0Server,
            environment.databaseCpuSeconds() - cpu0Database, ownCpuSeconds() - cpu0Own };
        for (const auto &client : clients) {
            steadyMutations += client->acknowledged().size();
            client->setStats(&drainStats);
        }
        steadyMutations -= acknowledgedBefore;
    });
    int running = 0, ended = 0;
    for (auto &client : clients) {
        if (!client->signedIn())
            continue;
        ++running;
        client->run(steadyEnd, drainEnd, [&] { ++ended; });
    }
    clock.restart();
    waitUntil([&] { return ended == running; },
        [&] {
            return steadyEnd.hasExpired()
                ? u"drain: %1 of %2 clients done"_s.arg(ended).arg(running)
                : u"steady state: %1 s, %2 answers, %3 errors"_s.arg(clock.elapsed() / 1000)
                      .arg(steadyStats.answers())
                      .arg(steadyStats.errors());
        });
    say(u"steady state: %1 answers in %2 s (%3/s), %4 errors; drain: %5 answers"_s
            .arg(steadyStats.answers())
            .arg(settings->seconds)
            .arg(double(steadyStats.answers()) / settings->seconds, 0, 'f', 0)
            .arg(steadyStats.errors())
            .arg(drainStats.answers()));

    // 4. Exactly once, in the server's database.
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

    LoadReport report;
    const QString cpu = firstLine(u"/proc/cpuinfo"_s, u"model name"_s);
    report.setting
        = u"%1, %2 × %3 (%4 logical CPUs, load average %5 at the start, other work "
          "running), %6. One `handbook-server serve` process (one thread) on "
          "PostgreSQL 15 (%7), everything on loopback. %8 simulated clients, each with "
          "its own keep-alive connection, all driven by one thread: sign in (Argon2id, "
          "%9 at once), pull the replica from the start, then for %10 s push a batch "
          "of 1–%11 new mutations (notes, read receipts, feedback) and pull what "
          "changed, %12; then the unanswered batches are sent again (drain)."_s
              .arg(QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd"_s),
                  QSysInfo::prettyProductName(), cpu.isEmpty() ? u"?"_s : cpu)
              .arg(QThread::idealThreadCount())
              .arg(startLoad,
                  u"`handbook-load --clients %1 --duration %2`"_s.arg(settings->clients)
                      .arg(settings->seconds))
              .arg(settings->durable ? u"fsync and synchronous commit on"_s : u"fsync off"_s)
              .arg(settings->clients)
              .arg(settings->loginConcurrency)
              .arg(settings->seconds)
              .arg(settings->client.batchMax)
              .arg(settings->client.thinkMs > 0
                      ? u"pausing %1 ms on average between cycles"_s.arg(settings->client.thinkMs)
                      : u"without pauses (closed loop)"_s);
    report.phases = {
        { u"sign-in"_s, &loginStats, loginSeconds, { u"login"_s, healthKind }, false },
        { u"first pull"_s, &firstPullStats, firstPullSeconds, { u"first pull"_s } },
        { u"steady state"_s, &steadyStats, double(settings->seconds), { u"push"_s, u"pull"_s } },
    };
    if (drainStats.answers() > 0)
        report.phases.append({ u"drain"_s, &drainStats, 0, drainStats.kinds() });
    report.steadyCpu = steadyCpu;
    report.loginCpuSeconds = loginCpu;
    report.signIns = signedIn;
    report.serverPeakKb = environment.serverPeakKb();
    report.steadySeconds = settings->seconds;
    report.steadyMutations = steadyMutations;
    report.check = check;
    if (!anomalies.isEmpty())
        report.notes
            = u"Protocol anomalies: %1 (first: %2)."_s.arg(anomalies.size()).arg(anomalies.first());
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
    return check.ok() && serverUp && anomalies.isEmpty() ? 0 : 1;
}
