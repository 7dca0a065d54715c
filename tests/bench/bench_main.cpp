// handbook_bench: runs every benchmark  against the real handbook-server on
// loopback (SQLite and PostgreSQL, through the integration tests' ServerProcess), with the
// app's own sync client, and writes docs/benchmarks.md (BenchReport). `scripts/bench` builds
// and runs it.
//   handbook_bench [--quick] [--backend sqlite|postgresql|both] [--output <md>]
//                  [--commit <sha>] [--build-type <type>] [--seconds <n>] [--no-startup]
//                  [--search-only] [--startup-only] [--member-dir <dir>] [--sync-only]
#include "benchclient.h"
#include "benchprovince.h"
#include "benchreport.h"
#include "benchtext.h"
#include "db/schemamigrator.h"
#include "db/serverdatabase.h"
#include "db/sqlrunner.h"
#include "loadgenerator.h"
#include "localactions.h"
#include "nginxprocess.h"
#include "rawhttpclient.h"
#include "replicafloor.h"
#include "replicastore.h"
#include "searchindex.h"
#include "searchresultmodel.h"
#include "serverprocess.h"
#include "sqlitedatabase.h"
#include "syncscheduler.h"
#include "syncstate.h"
#include "vault.h"
#include "vaultsyncstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <functional>
#include <sodium.h>

using namespace Qt::StringLiterals;

namespace {

const QString kPin = u"246810"_s;

struct Settings
{
    bool quick = false;
    double loadSeconds = 10;
    int connections = 64;
    bool startup = true;
    bool searchOnly = false; // the member's sync and the search benchmark, nothing else
    bool syncOnly = false; // the two initial syncs (rows 1a and 1b), nothing else
    bool startupOnly = false; // the member's sync and the start-up benchmark, nothing else
    QString memberDir; // where the member's data goes, kept (empty: a temporary directory)
    int workers = QThread::idealThreadCount(); // `serve --workers`: serve's default
    int publications = 30;
};

void say(const QString &line)
{
    std::fprintf(stderr, "bench: %s\n", qPrintable(line));
    std::fflush(stderr);
}

qint64 monotonicNs()
{
    timespec now {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index = std::clamp(qsizetype(std::ceil(p / 100.0 * double(values.size()))) - 1,
        qsizetype(0), values.size() - 1);
    return values.at(index);
}

QByteArray target(const Exchange &exchange)
{
    QByteArray path = exchange.path.toUtf8();
    if (!exchange.query.isEmpty())
        path += '?' + exchange.query.toString(QUrl::FullyEncoded).toUtf8();
    return path;
}

// The member's (or committee's) initial sync and its floor.
SyncFigure initialSync(
    BenchClient &client, const QByteArray &host, quint16 port, const QString &floorDir)
{
    SyncFigure figure;
    const BenchClient::Run run = client.sync();
    if (!run.ok) {
        figure.error = run.error;
        return figure;
    }
    figure.seconds = run.seconds;
    figure.rows = run.progress.changes;
    figure.pages = run.progress.pages;
    QList<Exchange> pulls;
    for (const Exchange &exchange : run.exchanges) {
        figure.waitSeconds += double(exchange.endNs - exchange.startNs) / 1e9;
        if (exchange.path == u"/v1/sync/pull") {
            figure.bodyBytes += exchange.bodyBytes;
            pulls << exchange;
        }
    }
    ReplicaStore replica(client.vault().database());
    figure.profiles = replica.count(u"member"_s);
    figure.documents = replica.count(u"document"_s);

    // Floor: the same requests from a minimal client, then the same rows inserted.
    RawHttpClient raw(host, port);
    const HttpHeaders headers { { "Authorization", client.authorization() },
        { "Accept-Encoding", "gzip, deflate" } };
    QList<RawResponse> answers;
    QElapsedTimer timer;
    timer.start();
    for (const Exchange &exchange : pulls)
        answers << raw.send("GET", target(exchange), headers);
    figure.downloadSeconds = double(timer.nsecsElapsed()) / 1e9;
    ReplicaFloor floor;
    for (const RawResponse &answer : answers) {
        // The same request gets the same bytes: what crossed the wire for the engine too.
        figure.wireBytes += answer.body.size();
        if (answer.status != 200) {
            figure.error = u"the replayed pull answered %1"_s.arg(answer.status);
            return figure;
        }
        floor.addPage(answer.decodedBody());
    }
    QString error;
    figure.insertSeconds = floor.insert(floorDir, &error);
    if (figure.insertSeconds < 0)
        figure.error = error;
    return figure;
}

LoadFigure load(
    const Settings &settings, const QByteArray &host, quint16 port, const QByteArray &request)
{
    LoadFigure figure;
    const LoadResult result
        = LoadGenerator::run(host, port, request, settings.connections, 1.0, settings.loadSeconds);
    figure.requestsPerSecond = result.requestsPerSecond();
    figure.p50Ms = result.percentile(50);
    figure.p99Ms = result.percentile(99);
    figure.requests = result.requests;
    figure.failures = result.failures;
    figure.responseBytes = result.responseBytes;
    if (result.requests == 0)
        figure.error = u"no answer"_s;
    else if (result.failures > 0)
        figure.error = u"%1 failed requests"_s.arg(result.failures);
    return figure;
}

// The no-change pull and its floor (bench_floor_server answering the same bytes).
void noChangePull(const Settings &settings, BenchClient &member, const QByteArray &host,
    quint16 port, const QString &scratch, BackendResults &results)
{
    QString cursor;
    try {
        cursor = SyncState(member.vault().database()).cursor();
    } catch (const StorageError &error) {
        results.pull.error = QString::fromUtf8(error.what());
        return;
    }
    RawHttpClient raw(host, port);
    const HttpHeaders headers { { "Authorization", member.authorization() },
        { "Accept-Encoding", "gzip, deflate" } };
    QByteArray path = "/v1/sync/pull?cursor=" + QUrl::toPercentEncoding(cursor) + "&limit=500";
    RawResponse first = raw.send("GET", path, headers);
    QJsonObject page = QJsonDocument::fromJson(first.decodedBody()).object();
    // Changes the member does not see may have come after the vault's cursor (the committee's
    // sign-in and sync since): the answer moves the cursor past them, and the app pulls from
    // the answered cursor next, as every phone whose last pull found nothing does.
    const QString answered = page.value(u"cursor"_s).toString();
    if (first.status == 200 && !answered.isEmpty() && answered != cursor) {
        path = "/v1/sync/pull?cursor=" + QUrl::toPercentEncoding(answered) + "&limit=500";
        first = raw.send("GET", path, headers);
        page = QJsonDocument::fromJson(first.decodedBody()).object();
    }
    if (first.status != 200 || !page.value(u"changes"_s).toArray().isEmpty()) {
        results.pull.error = u"the pull is not empty (status %1)"_s.arg(first.status);
        return;
    }
    raw.close();
    results.pull = load(settings, host, port, raw.format("GET", path, headers, {}));

    // The floor server answers the very same body.
    const QString bodyPath = scratch + u"/no-change.json"_s;
    QFile body(bodyPath);
    if (!body.open(QIODevice::WriteOnly) || body.write(first.body) < 0) {
        results.pullFloor.error = u"cannot write the floor body"_s;
        return;
    }
    body.close();
    QProcess floorServer;
    floorServer.start(QStringLiteral(HANDBOOK_BENCH_FLOOR_SERVER),
        { u"--body"_s, bodyPath, u"--workers"_s, QString::number(settings.workers) });
    if (!floorServer.waitForReadyRead(10000)) {
        results.pullFloor.error = u"bench_floor_server did not start"_s;
        return;
    }
    const QUrl floorUrl(QString::fromUtf8(floorServer.readLine()).trimmed().section(u' ', 2));
    RawHttpClient floorRaw(host, quint16(floorUrl.port()));
    results.pullFloor = load(settings, host, quint16(floorUrl.port()),
        floorRaw.format("GET", "/bench/static", headers, {}));
    floorServer.terminate();
    floorServer.waitForFinished(5000);
}

// Logs in as a new device of the same user; the access token, or empty.
QByteArray loginDevice(RawHttpClient &raw, const DemoAccount &account, QString *deviceId)
{
    *deviceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject body { { u"login"_s, account.login }, { u"password"_s, account.password },
        { u"device"_s,
            QJsonObject { { u"id"_s, *deviceId }, { u"name"_s, u"bench tablet"_s },
                { u"platform"_s, u"bench"_s } } } };
    const RawResponse answer
        = raw.send("POST", "/v1/auth/login", { { "Content-Type", "application/json" } },
            QJsonDocument(body).toJson(QJsonDocument::Compact));
    const QString token = QJsonDocument::fromJson(answer.decodedBody())
                              .object()
                              .value(u"access_token"_s)
                              .toString();
    return token.isEmpty() ? QByteArray() : "Bearer " + token.toUtf8();
}

IncrementalFigure incrementalPull(BenchClient &member, const DemoAccount &account,
    const QStringList &documents, const QByteArray &host, quint16 port, const QString &floorDir)
{
    IncrementalFigure figure;
    RawHttpClient raw(host, port);
    QString deviceId;
    const QByteArray token = loginDevice(raw, account, &deviceId);
    if (token.isEmpty() || documents.size() < 100) {
        figure.error = u"cannot sign in a second device"_s;
        return figure;
    }
    QJsonArray mutations;
    for (int i = 0; i < 100; ++i) {
        const QString document = documents.at(i);
        QJsonObject mutation { { u"id"_s, i + 1 } };
        if (i < 40) {
            mutation.insert(u"name"_s, u"document.read"_s);
            mutation.insert(u"args"_s, QJsonObject { { u"document_id"_s, document } });
        } else if (i < 70) {
            mutation.insert(u"name"_s, u"bookmark.put"_s);
            mutation.insert(u"args"_s, QJsonObject { { u"document_id"_s, document } });
        } else {
            mutation.insert(u"name"_s, u"note.put"_s);
            mutation.insert(u"args"_s,
                QJsonObject { { u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces) },
                    { u"document_id"_s, document },
                    { u"text"_s,
                        u"Ghi chú %1: đọc kỹ phần nhiệm vụ, giải pháp trước buổi "
                        "sinh hoạt chi bộ."_s.arg(i - 69) } });
        }
        mutations.append(mutation);
    }
    const RawResponse pushed = raw.send("POST", "/v1/sync/push",
        { { "Authorization", token }, { "Content-Type", "application/json" } },
        QJsonDocument(QJsonObject { { u"device_id"_s, deviceId }, { u"mutations"_s, mutations } })
            .toJson(QJsonDocument::Compact));
    const QJsonObject reply = QJsonDocument::fromJson(pushed.decodedBody()).object();
    if (pushed.status != 200 || reply.value(u"last_mutation_id"_s).toInt() != 100) {
        figure.error = u"the second device's push answered %1"_s.arg(pushed.status);
        return figure;
    }
    for (const QJsonValue &result : reply.value(u"results"_s).toArray()) {
        if (result.toObject().value(u"status"_s).toString() != u"applied") {
            figure.error = u"a mutation of the second device was rejected"_s;
            return figure;
        }
    }

    const BenchClient::Run run = member.sync();
    if (!run.ok) {
        figure.error = run.error;
        return figure;
    }
    figure.seconds = run.seconds;
    figure.changes = run.progress.changes;
    QList<Exchange> pulls;
    for (const Exchange &exchange : run.exchanges) {
        if (exchange.path == u"/v1/sync/pull")
            pulls << exchange;
    }
    // The same pages again: without Accept-Encoding (size), and as the floor (time).
    for (const Exchange &exchange : pulls)
        figure.identityBytes
            += raw.send("GET", target(exchange), { { "Authorization", member.authorization() } })
                   .body.size();
    const HttpHeaders headers { { "Authorization", member.authorization() },
        { "Accept-Encoding", "gzip, deflate" } };
    ReplicaFloor floor;
    QList<RawResponse> answers;
    QElapsedTimer timer;
    timer.start();
    for (const Exchange &exchange : pulls)
        answers << raw.send("GET", target(exchange), headers);
    figure.downloadSeconds = double(timer.nsecsElapsed()) / 1e9;
    for (const RawResponse &answer : answers) {
        figure.wireBytes += answer.body.size();
        floor.addPage(answer.decodedBody());
    }
    QString error;
    figure.insertSeconds = floor.insert(floorDir, &error);
    if (figure.insertSeconds < 0)
        figure.error = error;
    return figure;
}

// What the library does as the member types: the page with its first screen complete (title
// marks, snippets, signers); the other rows are completed as the list shows them, timed apart
// (the next screen's details).
SearchFigure search(SqliteDatabase &db)
{
    SearchFigure figure;
    SearchIndex index(db);
    const int screen = SearchResultModel::kSnippetBatch;
    const QStringList queries = BenchText::queries();
    figure.queries = int(queries.size());
    for (const QString &query : queries) // warm-up, and which queries find something
        figure.queriesWithHits += index.search(query, 50, {}, screen, screen).isEmpty() ? 0 : 1;
    QList<double> times;
    QList<double> nextTimes;
    QList<double> floorTimes;
    QList<double> wholePageTimes;
    for (int round = 0; round < 5; ++round) {
        for (const QString &query : queries) {
            QElapsedTimer timer;
            timer.start();
            const QList<SearchHit> hits = index.search(query, 50, {}, screen, screen);
            times << double(timer.nsecsElapsed()) / 1e6;
            QStringList next;
            for (qsizetype i = screen; i < std::min(hits.size(), qsizetype(2 * screen)); ++i)
                next << hits.at(i).documentId;
            if (!next.isEmpty()) {
                timer.start();
                const QHash<QString, SearchHit> details = index.details(query, next);
                nextTimes << double(timer.nsecsElapsed()) / 1e6;
                Q_UNUSED(details);
            }
            // The floor: the same page's FTS5 queries, ids only (no title marks, no snippets,
            // no documents rows).
            timer.start();
            const QList<qint64> floorPage = index.pageRowids(query, 50);
            floorTimes << double(timer.nsecsElapsed()) / 1e6;
            Q_UNUSED(floorPage);
            timer.start();
            const QList<SearchHit> wholePage = index.search(query, 50, {}, screen);
            wholePageTimes << double(timer.nsecsElapsed()) / 1e6;
            Q_UNUSED(wholePage);
        }
    }
    // HANDBOOK_BENCH_SEARCH_QUERIES=1: each query's median and slowest time (stderr), to see
    // which queries make the p95.
    if (qEnvironmentVariableIsSet("HANDBOOK_BENCH_SEARCH_QUERIES")) {
        for (qsizetype q = 0; q < queries.size(); ++q) {
            QList<double> own;
            QList<double> ownFloor;
            for (qsizetype i = q; i < times.size(); i += queries.size()) {
                own << times.at(i);
                ownFloor << floorTimes.at(i);
            }
            std::fprintf(stderr, "search %-28s p50 %6.2f ms  max %6.2f ms  floor p50 %6.2f ms\n",
                qPrintable(queries.at(q)), percentile(own, 50), percentile(own, 100),
                percentile(ownFloor, 50));
        }
    }
    figure.samples = int(times.size());
    figure.screen = screen;
    figure.p50Ms = percentile(times, 50);
    figure.p95Ms = percentile(times, 95);
    figure.maxMs = percentile(times, 100);
    figure.nextSamples = int(nextTimes.size());
    figure.nextP50Ms = percentile(nextTimes, 50);
    figure.nextP95Ms = percentile(nextTimes, 95);
    figure.floorP50Ms = percentile(floorTimes, 50);
    figure.floorP95Ms = percentile(floorTimes, 95);
    figure.wholePageP95Ms = percentile(wholePageTimes, 95);
    return figure;
}

QList<QString> unreadDocuments(BenchClient &member, int count, int skip)
{
    QStringList ids = ReplicaStore(member.vault().database()).ids(u"document"_s);
    std::sort(ids.begin(), ids.end());
    return ids.mid(skip, count);
}

PushFigure push(BenchClient &member, ServerProcess &server, const DemoAccount &account,
    const QStringList &documents, const QByteArray &host, quint16 port)
{
    PushFigure figure;
    LocalActions actions(member.vault().database());
    for (const QString &document : documents) {
        const LocalActions::Result result = actions.markRead(document);
        if (!result.ok()) {
            figure.error = u"markRead: "_s + result.error;
            return figure;
        }
    }
    const BenchClient::Run run = member.sync();
    if (!run.ok) {
        figure.error = run.error;
        return figure;
    }
    figure.mutations = run.progress.pushed;
    figure.seconds = run.pushSeconds;

    QString error;
    QSqlDatabase db = server.openDatabase(u"bench-check"_s, &error);
    if (!db.isValid()) {
        figure.error = error;
        return figure;
    }
    const auto receipts = [&] {
        return scalarSql(
            db, u"SELECT COUNT(*) FROM read_receipts WHERE member_id = ?"_s, { account.memberId })
            .toLongLong();
    };
    try {
        const qint64 before = receipts();
        // The last batch again, with the same ids: answered, not applied again.
        const QString deviceId = member.store().deviceId();
        const qint64 last
            = scalarSql(db, u"SELECT last_mutation_id FROM devices WHERE id = ?"_s, { deviceId })
                  .toLongLong();
        QJsonArray again;
        const qsizetype n = std::min<qsizetype>(100, documents.size());
        for (qsizetype i = 0; i < n; ++i) {
            again.append(
                QJsonObject { { u"id"_s, last - n + 1 + i }, { u"name"_s, u"document.read"_s },
                    { u"args"_s,
                        QJsonObject {
                            { u"document_id"_s, documents.at(documents.size() - n + i) } } } });
        }
        RawHttpClient raw(host, port);
        const RawResponse answer = raw.send("POST", "/v1/sync/push",
            { { "Authorization", member.authorization() }, { "Content-Type", "application/json" } },
            QJsonDocument(QJsonObject { { u"device_id"_s, deviceId }, { u"mutations"_s, again } })
                .toJson(QJsonDocument::Compact));
        const qint64 after = receipts();
        figure.exactlyOnce = answer.status == 200 && before == after && before >= documents.size();
        figure.exactlyOnceDetail = u"%1 receipts after the push, %2 after sending the last %3 "
                                   "mutations again (answer %4)"_s.arg(before)
                                       .arg(after)
                                       .arg(n)
                                       .arg(answer.status);

        // Floor: the same rows in one transaction per 100 through Qt SQL.
        const bool postgres = db.driverName() == u"QPSQL";
        execUnprepared(db, // QPSQL cannot prepare DDL
            u"CREATE TABLE bench_floor_receipts (id TEXT PRIMARY KEY, document_id TEXT "
            "NOT NULL, member_id TEXT NOT NULL, read_at TEXT NOT NULL)"_s);
        execUnprepared(db,
            postgres ? u"CREATE TABLE bench_floor_changes (seq BIGSERIAL PRIMARY KEY, type TEXT, "
                       "entity_id TEXT, org_id TEXT, owner_member_id TEXT)"_s
                     : u"CREATE TABLE bench_floor_changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                       "type TEXT, entity_id TEXT, org_id TEXT, owner_member_id TEXT)"_s);
        QSqlQuery insertReceipt(db);
        insertReceipt.prepare(
            u"INSERT INTO bench_floor_receipts (id, document_id, member_id, read_at) "
            "VALUES (?, ?, ?, ?)"_s);
        QSqlQuery insertChange(db);
        insertChange.prepare(u"INSERT INTO bench_floor_changes (type, entity_id, org_id, "
                             "owner_member_id) VALUES (?, ?, ?, ?)"_s);
        QElapsedTimer timer;
        timer.start();
        for (qsizetype i = 0; i < documents.size(); ++i) {
            if (i % 100 == 0)
                execUnprepared(db, postgres ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s);
            const QString id = documents.at(i) + u':' + account.memberId;
            insertReceipt.addBindValue(id);
            insertReceipt.addBindValue(documents.at(i));
            insertReceipt.addBindValue(account.memberId);
            insertReceipt.addBindValue(u"2026-03-01T08:00:00Z"_s);
            insertChange.addBindValue(u"read_receipt"_s);
            insertChange.addBindValue(id);
            insertChange.addBindValue(account.orgId);
            insertChange.addBindValue(account.memberId);
            if (!insertReceipt.exec() || !insertChange.exec())
                throw DbError(insertReceipt.lastError().text() + insertChange.lastError().text());
            if (i % 100 == 99 || i + 1 == documents.size())
                execUnprepared(db, u"COMMIT"_s);
        }
        figure.floorSeconds = double(timer.nsecsElapsed()) / 1e9;
    } catch (const DbError &dbError) {
        figure.error = QString::fromUtf8(dbError.what());
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"bench-check"_s);
    return figure;
}

// Runs a start-up program once; its JSON line with "start_ns" added, or an error.
QJsonObject startOnce(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    process.setProcessEnvironment(environment);
    process.setProgram(program);
    process.setArguments(arguments);
    const qint64 start = monotonicNs();
    process.start();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(5000);
        return { { u"error"_s, u"did not finish in 60 s"_s } };
    }
    QJsonObject line;
    for (const QByteArray &text : process.readAllStandardOutput().split('\n')) {
        const QJsonObject object = QJsonDocument::fromJson(text).object();
        if (object.contains(u"home_frame_ns"_s))
            line = object;
    }
    if (process.exitCode() != 0 || line.isEmpty())
        return { { u"error"_s,
            u"exit %1: %2"_s.arg(process.exitCode())
                .arg(QString::fromUtf8(process.readAllStandardError()).left(300)) } };
    line.insert(u"start_ns"_s, double(start));
    return line;
}

StartupFigure startup(const QString &dataDir, int runs)
{
    StartupFigure figure;
    // Argon2id alone, at the app's standard cost.
    QList<double> kdf;
    const QByteArray key(KeyEnvelope::kKeyBytes, 'k');
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        const KeyEnvelope envelope
            = KeyEnvelope::seal(key, kPin, KdfParams::standard(), QByteArray("bench"));
        kdf << double(timer.nsecsElapsed()) / 1e6;
        Q_UNUSED(envelope);
    }
    figure.argon2AloneMs = median(kdf);

    QList<double> home, first, unlock, rss, floor, floorRss, appKdf, withoutKdf;
    const auto ms = [](const QJsonObject &line, const char *key) {
        return (line.value(QLatin1StringView(key)).toDouble()
                   - line.value(u"start_ns"_s).toDouble())
            / 1e6;
    };
    for (int i = 0; i < runs; ++i) {
        const QJsonObject app = startOnce(QStringLiteral(HANDBOOK_BENCH_APP),
            { u"--data-dir"_s, dataDir, u"--bench-startup"_s, kPin });
        if (app.contains(u"error"_s)) {
            figure.error = u"handbook --bench-startup: "_s + app.value(u"error"_s).toString();
            return figure;
        }
        home << ms(app, "home_frame_ns");
        // The app times its own Argon2id: in a fresh process, beside the render thread, it
        // takes longer than alone in this one (its 64 MiB are new pages).
        appKdf << app.value(u"kdf_ns"_s).toDouble() / 1e6;
        withoutKdf << home.constLast() - appKdf.constLast();
        first << ms(app, "first_frame_ns");
        unlock << (app.value(u"unlocked_ns"_s).toDouble() - app.value(u"unlock_ns"_s).toDouble())
                / 1e6;
        rss << app.value(u"vm_hwm_kb"_s).toDouble() / 1024.0;
        const QJsonObject minimal = startOnce(QStringLiteral(HANDBOOK_BENCH_MINIMAL_WINDOW), {});
        if (minimal.contains(u"error"_s)) {
            figure.error = u"bench_minimal_window: "_s + minimal.value(u"error"_s).toString();
            return figure;
        }
        floor << ms(minimal, "home_frame_ns");
        floorRss << minimal.value(u"vm_hwm_kb"_s).toDouble() / 1024.0;
    }
    figure.runs = runs;
    figure.homeFrameMs = median(home);
    figure.argon2Ms = median(appKdf);
    figure.withoutKdfMs = median(withoutKdf);
    figure.firstFrameMs = median(first);
    figure.unlockMs = median(unlock);
    figure.rssMb = median(rss);
    figure.floorMs = median(floor);
    figure.floorRssMb = median(floorRss);
    return figure;
}

// Row 7: documents published with the CLI reach the member's app, in live mode, through nginx
// in front of two server processes; each timed from its commit to the engine applying it.
PublicationFigure publication(const Settings &settings, const ServerProcess &server,
    const DemoAccount &memberAccount, const DemoAccount &committeeAccount, const QString &scratch)
{
    PublicationFigure figure;
    figure.servers = 2;
    figure.liveWaitSeconds = SyncScheduler::kLiveWaitSeconds;
    if (NginxProcess::executable().isEmpty()) {
        figure.error = u"nginx is not installed (scripts/setup installs nginx-light)"_s;
        return figure;
    }
    QString error;
    std::array<ServerProcess, 2> servers;
    QList<QUrl> upstreams;
    for (ServerProcess &upstream : servers) {
        upstream.setWorkers(1);
        // nginx connects from 127.0.0.1: its X-Forwarded-For names the client (docs/deploy.md).
        if (!upstream.start(&error,
                { u"--db"_s, server.databaseArgument(), u"--trusted-proxy"_s, u"127.0.0.1"_s },
                120000)) {
            figure.error = error;
            return figure;
        }
        upstreams << upstream.baseUrl();
    }
    NginxProcess nginx;
    if (!nginx.start(upstreams, &error)) {
        figure.error = error;
        return figure;
    }
    const QString dir = scratch + u"/publication"_s;
    QDir().mkpath(dir);
    BenchClient phone(nginx.url(), dir, KdfParams::fastForTests());
    if (!phone.signIn(memberAccount.login, memberAccount.password, kPin, &error)) {
        figure.error = u"sign-in through nginx: "_s + error;
        return figure;
    }
    const BenchClient::Run first = phone.sync();
    if (!first.ok) {
        figure.error = u"first sync through nginx: "_s + first.error;
        return figure;
    }

    // Floor: a no-change pull's round trip through the same nginx.
    QString cursor;
    try {
        cursor = SyncState(phone.vault().database()).cursor();
    } catch (const StorageError &storageError) {
        figure.error = QString::fromUtf8(storageError.what());
        return figure;
    }
    {
        RawHttpClient raw(nginx.url().host().toUtf8(), quint16(nginx.url().port()));
        const HttpHeaders headers { { "Authorization", phone.authorization() },
            { "Accept-Encoding", "gzip, deflate" } };
        const QByteArray path
            = "/v1/sync/pull?cursor=" + QUrl::toPercentEncoding(cursor) + "&limit=500";
        raw.send("GET", path, headers); // the connection, once
        for (int i = 0; i < settings.publications; ++i) {
            QElapsedTimer timer;
            timer.start();
            const RawResponse answer = raw.send("GET", path, headers);
            figure.floorMs << double(timer.nsecsElapsed()) / 1e6;
            if (answer.status != 200) {
                figure.error = u"the no-change pull through nginx answered %1"_s.arg(answer.status);
                return figure;
            }
        }
    }

    // The app's scheduler in live mode, in the foreground, online.
    SyncScheduler scheduler(&phone.engine());
    scheduler.setLiveEnabled(true);
    scheduler.setForeground(true);
    scheduler.setActive(true);
    scheduler.trigger();
    const auto waitFor = [](const std::function<bool()> &done, int timeoutMs) {
        QDeadlineTimer deadline(timeoutMs);
        while (!done() && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
        return done();
    };
    if (!waitFor([&] { return scheduler.liveState() == SyncScheduler::LiveState::Open; }, 60000)) {
        figure.error = u"the app's live pull did not open"_s;
        return figure;
    }
    ReplicaStore replica(phone.vault().database());
    QList<double> cli;
    for (int i = 0; i < settings.publications; ++i) {
        // Published once the live pull is held again (as for a member reading at leisure).
        if (!waitFor(
                [&] { return scheduler.liveState() == SyncScheduler::LiveState::Open; }, 60000)) {
            figure.error = u"the live pull was not open again after publication %1"_s.arg(i);
            return figure;
        }
        QProcess publish;
        publish.setProgram(ServerProcess::executable());
        publish.setArguments({ u"publish"_s, u"--db"_s, server.databaseArgument(), u"--org"_s,
            committeeAccount.orgId, u"--audience"_s, committeeAccount.orgId, u"--kind"_s,
            u"notice"_s, u"--number"_s, u"%1/TB-BENCH"_s.arg(i + 1), u"--title"_s,
            u"Thông báo đo thời gian ban hành số %1"_s.arg(i + 1) });
        QElapsedTimer cliTimer;
        cliTimer.start();
        publish.start();
        QString documentId;
        qint64 appliedAt = 0; // ms since the epoch
        bool cliDone = false;
        const auto applied = QObject::connect(
            &phone.engine(), &SyncEngine::liveChangesApplied, &phone.engine(), [&] {
                if (!documentId.isEmpty() && appliedAt == 0
                    && replica.version(u"document"_s, documentId))
                    appliedAt = QDateTime::currentMSecsSinceEpoch();
            });
        QObject::connect(&publish, &QProcess::finished, &publish, [&] {
            cliDone = true;
            cli << double(cliTimer.nsecsElapsed()) / 1e6;
            documentId = QString::fromUtf8(publish.readAllStandardOutput()).trimmed();
            // Applied before the command even ended (its output read after the commit).
            if (!documentId.isEmpty() && replica.version(u"document"_s, documentId))
                appliedAt = QDateTime::currentMSecsSinceEpoch();
        });
        const bool ok = waitFor([&] { return cliDone && appliedAt > 0; }, 30000);
        QObject::disconnect(applied);
        if (!ok) {
            figure.error = cliDone && publish.exitCode() == 0
                ? u"publication %1 did not reach the device in 30 s"_s.arg(i + 1)
                : u"publish failed: "_s
                    + QString::fromUtf8(publish.readAllStandardError()).trimmed().left(300);
            return figure;
        }
        QSqlDatabase db = server.openDatabase(u"bench-publication"_s, &error);
        if (!db.isValid()) {
            figure.error = error;
            return figure;
        }
        const QString publishedAt
            = scalarSql(db, u"SELECT published_at FROM documents WHERE id = ?"_s, { documentId })
                  .toString();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"bench-publication"_s);
        const QDateTime committed = QDateTime::fromString(publishedAt, Qt::ISODateWithMs);
        if (!committed.isValid()) {
            figure.error = u"no published_at for the published document"_s;
            return figure;
        }
        figure.latenciesMs << double(appliedAt - committed.toMSecsSinceEpoch());
    }
    scheduler.setForeground(false);
    figure.samples = int(figure.latenciesMs.size());
    figure.cliMs = median(cli);
    phone.close();
    nginx.stop();
    return figure;
}

BackendResults runBackend(const QString &backend, const Settings &settings, bool withClientOnly)
{
    BackendResults results;
    results.backend = backend;
    qputenv("HANDBOOK_TEST_BACKEND", backend.toUtf8());
    QTemporaryDir scratch;
    ServerProcess server;
    QString error;

    say(u"%1: generating the province"_s.arg(backend));
    {
        const auto spec = DatabaseSpec::parse(server.databaseArgument(), &error);
        if (!spec) {
            results.error = error.isEmpty() ? u"no database"_s : error;
            return results;
        }
        ServerDatabase database(*spec);
        SchemaMigrator migrator(database);
        if (!database.open(&error) || !migrator.migrate(&error)) {
            results.error = error;
            return results;
        }
        BenchProvince::Options options;
        options.quick = settings.quick;
        try {
            const auto summary = BenchProvince::load(database, options, &error);
            if (!summary) {
                results.error = error;
                return results;
            }
            results.data = *summary;
        } catch (const DbError &dbError) {
            results.error = QString::fromUtf8(dbError.what());
            return results;
        }
        if (backend == u"postgresql") // fresh statistics for the planner, as after a load
            execUnprepared(database.connection(), u"ANALYZE"_s); // QPSQL cannot prepare it
    }
    say(u"%1: %2 members, %3 documents loaded in %4 s"_s.arg(backend)
            .arg(results.data.members)
            .arg(results.data.documents)
            .arg(results.data.seconds, 0, 'f', 1));
    // As deployed: serve's default number of worker processes (every core), unless asked.
    server.setWorkers(settings.workers);
    if (!server.start(&error, {}, 120000)) {
        results.error = error;
        return results;
    }
    const QByteArray host = server.baseUrl().host().toUtf8();
    const quint16 port = quint16(server.baseUrl().port());
    const DemoAccount memberAccount = BenchProvince::account(results.data, u"bench.member"_s);
    const DemoAccount committeeAccount = BenchProvince::account(results.data, u"bench.committee"_s);

    // 1. Initial sync of the member's view (a vault at the standard Argon2id cost, reused by
    // the start-up benchmark) and of the committee's.
    const QString memberDir
        = settings.memberDir.isEmpty() ? scratch.filePath(u"member"_s) : settings.memberDir;
    QDir().mkpath(memberDir);
    BenchClient member(server.baseUrl(), memberDir, KdfParams::standard());
    if (!member.signIn(memberAccount.login, memberAccount.password, kPin, &error)) {
        results.error = u"member sign-in: "_s + error;
        return results;
    }
    say(u"%1: initial sync of the member"_s.arg(backend));
    results.member = initialSync(member, host, port, scratch.filePath(u"floor-member"_s));
    if (settings.searchOnly || settings.startupOnly) {
        if (!results.member.error.isEmpty())
            results.error = u"the member's initial sync failed: "_s + results.member.error;
        else if (withClientOnly && settings.searchOnly) {
            say(u"%1: search"_s.arg(backend));
            results.search = search(member.vault().database());
        }
        if (results.error.isEmpty() && withClientOnly && settings.startupOnly) {
            say(u"%1: start-up"_s.arg(backend));
            member.close();
            results.startup = startup(memberDir, 5);
        }
        server.stop();
        return results;
    }
    {
        say(u"%1: initial sync of the committee"_s.arg(backend));
        const QString committeeDir = scratch.filePath(u"committee"_s);
        QDir().mkpath(committeeDir);
        BenchClient committee(server.baseUrl(), committeeDir, KdfParams::fastForTests());
        if (!committee.signIn(committeeAccount.login, committeeAccount.password, kPin, &error))
            results.committee.error = u"sign-in: "_s + error;
        else
            results.committee
                = initialSync(committee, host, port, scratch.filePath(u"floor-committee"_s));
    }
    if (!results.member.error.isEmpty()) {
        results.error = u"the member's initial sync failed: "_s + results.member.error;
        return results;
    }
    if (settings.syncOnly) {
        server.stop();
        return results;
    }

    if (withClientOnly) {
        say(u"%1: search"_s.arg(backend));
        results.search = search(member.vault().database());
    }
    say(u"%1: no-change pull under %2 connections"_s.arg(backend).arg(settings.connections));
    noChangePull(settings, member, host, port, scratch.path(), results);
    say(u"%1: incremental pull"_s.arg(backend));
    const QStringList firstHundred = unreadDocuments(member, 100, 0);
    results.incremental = incrementalPull(
        member, memberAccount, firstHundred, host, port, scratch.filePath(u"floor-incremental"_s));
    say(u"%1: push"_s.arg(backend));
    results.push = push(member, server, memberAccount,
        unreadDocuments(member, settings.quick ? 300 : 1000, 100), host, port);
    if (backend == u"postgresql") {
        say(u"%1: publication to an online member's device"_s.arg(backend));
        results.publication
            = publication(settings, server, memberAccount, committeeAccount, scratch.path());
    }
    if (withClientOnly && settings.startup) {
        say(u"%1: start-up"_s.arg(backend));
        member.close();
        results.startup = startup(memberDir, 5);
    }
    server.stop();
    return results;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Runs the benchmarks and writes docs/benchmarks.md."_s);
    parser.addHelpOption();
    const QCommandLineOption quickOption(u"quick"_s, u"A tenth of the province, shorter loads."_s);
    const QCommandLineOption backendOption(
        u"backend"_s, u"sqlite, postgresql or both."_s, u"backend"_s, u"both"_s);
    const QCommandLineOption outputOption(u"output"_s, u"Markdown file."_s, u"file"_s);
    const QCommandLineOption commitOption(u"commit"_s, u"Commit measured."_s, u"sha"_s, u"?"_s);
    const QCommandLineOption buildOption(
        u"build-type"_s, u"CMake build type."_s, u"type"_s, u"RelWithDebInfo"_s);
    const QCommandLineOption secondsOption(u"seconds"_s, u"Length of each load test."_s, u"s"_s);
    const QCommandLineOption noStartupOption(u"no-startup"_s, u"Skip the start-up benchmark."_s);
    const QCommandLineOption searchOnlyOption(
        u"search-only"_s, u"Only the member's initial sync and the search benchmark (row 4)."_s);
    const QCommandLineOption startupOnlyOption(
        u"startup-only"_s, u"Only the member's initial sync and the start-up benchmark (row 5)."_s);
    const QCommandLineOption memberDirOption(u"member-dir"_s,
        u"The member's data directory (kept, for running the app on it); default: temporary."_s,
        u"dir"_s);
    const QCommandLineOption searchVaultOption(u"search-vault"_s,
        u"Only the search benchmark, on the vault kept by an earlier --member-dir run "
        "(<member-dir>/accounts/<user id>); prints the figures, writes nothing."_s,
        u"account-dir"_s);
    const QCommandLineOption syncOnlyOption(
        u"sync-only"_s, u"Only the two initial syncs (rows 1a and 1b)."_s);
    const QCommandLineOption workersOption(u"workers"_s,
        u"serve --workers of the benchmarked server and the floor (default: every core)."_s,
        u"n"_s);
    parser.addOptions({ quickOption, backendOption, outputOption, commitOption, buildOption,
        secondsOption, noStartupOption, searchOnlyOption, startupOnlyOption, memberDirOption,
        syncOnlyOption, workersOption, searchVaultOption });
    parser.process(app);
    if (parser.isSet(searchVaultOption)) {
        Vault::Options options;
        options.accountDir = parser.value(searchVaultOption);
        Vault vault(options);
        if (sodium_init() < 0 || !vault.unlock(kPin).ok()) {
            say(u"cannot unlock the vault in "_s + options.accountDir);
            return 1;
        }
        const SearchFigure figure = search(vault.database());
        std::printf("search: %d queries x 5: p50 %.2f ms, p95 %.2f ms, max %.2f ms; next 10: "
                    "p50 %.2f ms, p95 %.2f ms; floor p50 %.2f ms, p95 %.2f ms; whole page p95 "
                    "%.2f ms\n",
            figure.queries, figure.p50Ms, figure.p95Ms, figure.maxMs, figure.nextP50Ms,
            figure.nextP95Ms, figure.floorP50Ms, figure.floorP95Ms, figure.wholePageP95Ms);
        return 0;
    }

    Settings settings;
    settings.quick = parser.isSet(quickOption);
    settings.loadSeconds = parser.isSet(secondsOption) ? parser.value(secondsOption).toDouble()
        : settings.quick                               ? 5
                                                       : 10;
    settings.startup = !parser.isSet(noStartupOption);
    settings.searchOnly = parser.isSet(searchOnlyOption);
    settings.syncOnly = parser.isSet(syncOnlyOption);
    settings.startupOnly = parser.isSet(startupOnlyOption);
    settings.memberDir = parser.value(memberDirOption);
    if (parser.isSet(workersOption))
        settings.workers = parser.value(workersOption).toInt();
    if (settings.workers < 1 || settings.workers > 64) {
        say(u"--workers must be 1 to 64"_s);
        return 2;
    }
    const QString backend = parser.value(backendOption);
    QStringList backends;
    if (backend == u"both")
        backends = { u"sqlite"_s, u"postgresql"_s };
    else if (backend == u"sqlite" || backend == u"postgresql")
        backends = { backend };
    else {
        say(u"--backend must be sqlite, postgresql or both"_s);
        return 2;
    }
    if (sodium_init() < 0) {
        say(u"libsodium failed to initialise"_s);
        return 1;
    }

    BenchMachine machine = BenchReport::machine();
    machine.commit = parser.value(commitOption);
    machine.buildType = parser.value(buildOption);
    machine.quick = settings.quick;
    machine.searchOnly = settings.searchOnly;
    machine.startupOnly = settings.startupOnly;
    machine.connections = settings.connections;
    machine.loadSeconds = settings.loadSeconds;
    machine.workers = settings.workers;

    QElapsedTimer total;
    total.start();
    QList<BackendResults> results;
    for (const QString &name : backends)
        results << runBackend(name, settings, name == backends.constFirst());
    // The load test's section of the file written before (scripts/load-test) is kept.
    QString loadSection;
    if (parser.isSet(outputOption)) {
        QFile previous(parser.value(outputOption));
        if (previous.open(QIODevice::ReadOnly))
            loadSection = BenchReport::loadSection(QString::fromUtf8(previous.readAll()));
    }
    const QString markdown
        = BenchReport::markdown(machine, results, double(total.elapsed()) / 1000.0, loadSection);
    if (parser.isSet(outputOption)) {
        QSaveFile file(parser.value(outputOption));
        if (!file.open(QIODevice::WriteOnly) || file.write(markdown.toUtf8()) < 0
            || !file.commit()) {
            say(u"cannot write "_s + parser.value(outputOption));
            return 1;
        }
        say(u"wrote "_s + parser.value(outputOption));
    }
    std::fputs(qPrintable(markdown), stdout);
    bool failed = false;
    for (const BackendResults &r : results)
        failed = failed || !r.error.isEmpty();
    return failed ? 1 : 0;
}
