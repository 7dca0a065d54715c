#include "benchreport.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QSysInfo>
#include <QThread>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// 12,345 (thousands separated by commas, as in the issue).
QString count(qint64 value)
{
    return QLocale(QLocale::English).toString(value);
}

QString number(double value, int decimals)
{
    return QLocale(QLocale::English).toString(value, 'f', decimals);
}

QString seconds(double value)
{
    return value < 1 ? number(value * 1000, 0) + u" ms"_s : number(value, 2) + u" s"_s;
}

QString megabytes(qint64 bytes)
{
    return number(double(bytes) / 1e6, 1) + u" MB"_s;
}

QString kilobytes(qint64 bytes)
{
    return number(double(bytes) / 1024.0, 1) + u" KB"_s;
}

QString backendName(const QString &backend)
{
    return backend == u"postgresql" ? u"PostgreSQL"_s : u"SQLite"_s;
}

QString ratio(double figure, double floor)
{
    return floor > 0 ? number(figure / floor, 2) + u"×"_s : u"–"_s;
}

QString verdict(bool met)
{
    return met ? u"**yes**"_s : u"no"_s;
}

QString row(const QStringList &cells)
{
    return u"| "_s + cells.join(u" | "_s) + u" |\n"_s;
}

} // namespace

BenchMachine BenchReport::machine()
{
    BenchMachine machine;
    machine.date = QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
    machine.cpus = QThread::idealThreadCount();
    for (const QString &line : readFile(u"/proc/cpuinfo"_s).split(u'\n')) {
        if (line.startsWith(u"model name"_s)) {
            machine.cpuModel = line.section(u':', 1).trimmed();
            break;
        }
    }
    for (const QString &line : readFile(u"/proc/meminfo"_s).split(u'\n')) {
        if (line.startsWith(u"MemTotal:"_s)) {
            machine.memoryGb
                = line.section(u':', 1).trimmed().section(u' ', 0, 0).toDouble() / 1024.0 / 1024.0;
            break;
        }
    }
    machine.loadAverage = readFile(u"/proc/loadavg"_s).section(u' ', 0, 2);
    machine.os = QSysInfo::prettyProductName();
    return machine;
}

namespace {

double percentileOf(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index = std::clamp(qsizetype(std::ceil(p / 100.0 * double(values.size()))) - 1,
        qsizetype(0), values.size() - 1);
    return values.at(index);
}

// The figures scripts/load-test leaves in its section: <!-- load-figures key=value ... -->.
QHash<QString, QString> loadFigures(const QString &section)
{
    QHash<QString, QString> figures;
    const qsizetype start = section.indexOf(u"<!-- load-figures "_s);
    if (start < 0)
        return figures;
    const qsizetype end = section.indexOf(u"-->"_s, start);
    const QString body = section.mid(start + 18, end < 0 ? -1 : end - start - 18);
    for (const QString &pair : body.split(u' ', Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(u'=');
        if (equals > 0)
            figures.insert(pair.left(equals), pair.mid(equals + 1));
    }
    return figures;
}

} // namespace

QString BenchReport::loadSection(const QString &markdown)
{
    const QString heading = u"## Load test\n"_s;
    qsizetype start = markdown.startsWith(heading) ? 0 : markdown.indexOf(u'\n' + heading);
    if (start < 0)
        return {};
    if (markdown.at(start) == u'\n')
        ++start;
    const qsizetype next = markdown.indexOf(u"\n## "_s, start + heading.size());
    return markdown.mid(start, next < 0 ? -1 : next + 1 - start);
}

QString BenchReport::markdown(const BenchMachine &machine, const QList<BackendResults> &results,
    double totalSeconds, const QString &loadSection)
{
    QString md;
    md += u"# Benchmarks\n\n"_s;
    md += u"Written by `scripts/bench` (do not edit by hand; run it again). Every figure sits "
          u"beside "
          "a **floor measured in the same run on the same machine**; the ratio compares them. "
          "Timings are never pass/fail tests.\n\n"_s;
    md += u"- Date: %1; commit `%2`; %3 build\n"_s.arg(
        machine.date, machine.commit, machine.buildType);
    md += u"- Machine: %1 CPUs (`nproc`), %2, %3 GB RAM, %4; load average at the start: %5\n"_s
              .arg(machine.cpus)
              .arg(machine.cpuModel)
              .arg(number(machine.memoryGb, 1))
              .arg(machine.os, machine.loadAverage);
    md += u"- Data set: %1; whole run %2\n\n"_s.arg(machine.quick
            ? u"`--quick` (a tenth of the province)"_s
            : u"the whole province (`scripts/bench`)"_s,
        seconds(totalSeconds));
    if (machine.searchOnly)
        md += u"- `--search-only`: the member's initial sync and the search, nothing else\n\n"_s;
    if (machine.startupOnly)
        md += u"- `--startup-only`: the member's initial sync and the start-up, nothing else\n\n"_s;

    md += u"## Summary\n\n"_s;
    md += row({ u"#"_s, u"Benchmark"_s, u"Backend"_s, u"Figure"_s, u"Floor (same run)"_s,
        u"Ratio"_s, u"Target"_s, u"Met"_s });
    md += u"|---|---|---|---|---|---|---|---|\n"_s;
    for (const BackendResults &r : results) {
        const QString backend = backendName(r.backend);
        if (!r.error.isEmpty()) {
            md += row({ u"–"_s, u"all"_s, backend, u"failed: "_s + r.error, {}, {}, {}, {} });
            continue;
        }
        const auto syncRow = [&](const QString &number, const QString &what, const SyncFigure &s,
                                 bool profiles) {
            if (!s.error.isEmpty()) {
                md += row({ number, what, backend, u"failed: "_s + s.error, {}, {}, {}, {} });
                return;
            }
            const double rowsPerSecond = s.seconds > 0 ? s.rows / s.seconds : 0;
            const double r15 = s.floorSeconds() > 0 ? s.seconds / s.floorSeconds() : 0;
            const bool met = r15 > 0 && r15 <= 1.5 && (!profiles || rowsPerSecond >= 20000);
            md += row({ number, what, backend,
                u"%1 · %2 rows/s · %3 on the wire (%4 of JSON)"_s.arg(seconds(s.seconds),
                    count(qint64(rowsPerSecond)), megabytes(s.wireBytes), megabytes(s.bodyBytes)),
                u"%1 (download %2 + insert %3)"_s.arg(seconds(s.floorSeconds()),
                    seconds(s.downloadSeconds), seconds(s.insertSeconds)),
                ratio(s.seconds, s.floorSeconds()),
                profiles ? u"≤ 1.5× and ≥ 20,000 rows/s"_s : u"≤ 1.5×"_s, verdict(met) });
        };
        const auto searchRow = [&] {
            if (!r.search)
                return;
            const SearchFigure &s = *r.search;
            md += row({ u"4"_s,
                u"Search: %1 queries without diacritics, %2 documents"_s.arg(s.queries).arg(
                    count(r.member.documents)),
                u"SQLCipher vault"_s,
                u"p50 %1 ms · p95 %2 ms (max %3 ms) · the next %4 rows: p50 %5 ms · p95 %6 ms · "
                "the whole page complete: p95 %7 ms"_s
                    .arg(number(s.p50Ms, 2), number(s.p95Ms, 2), number(s.maxMs, 1))
                    .arg(s.screen)
                    .arg(number(s.nextP50Ms, 2), number(s.nextP95Ms, 2),
                        number(s.wholePageP95Ms, 2)),
                u"p50 %1 ms · p95 %2 ms (the same page's FTS5 ids only)"_s.arg(
                    number(s.floorP50Ms, 2), number(s.floorP95Ms, 2)),
                ratio(s.p95Ms, s.floorP95Ms) + u" at p95"_s, u"p95 < 10 ms"_s,
                verdict(s.p95Ms < 10) });
        };
        const auto startupRow = [&] {
            if (!r.startup)
                return;
            const StartupFigure &s = *r.startup;
            if (!s.error.isEmpty()) {
                md += row(
                    { u"5"_s, u"Start-up"_s, u"–"_s, u"failed: "_s + s.error, {}, {}, {}, {} });
            } else {
                const double withoutKdf = s.withoutKdfMs;
                md += row({ u"5"_s,
                    u"Start-up to the unlocked home screen (%1 documents)"_s.arg(
                        count(r.member.documents)),
                    u"–"_s,
                    u"%1 ms, of which Argon2id %2 ms (alone: %3 ms) → %4 ms without it · first "
                    "frame %5 ms · peak RSS %6 MB"_s.arg(number(s.homeFrameMs, 0),
                        number(s.argon2Ms, 0), number(s.argon2AloneMs, 0), number(withoutKdf, 0),
                        number(s.firstFrameMs, 0), number(s.rssMb, 0)),
                    u"%1 ms · peak RSS %2 MB (minimal Qt Quick Controls window)"_s.arg(
                        number(s.floorMs, 0), number(s.floorRssMb, 0)),
                    ratio(withoutKdf, s.floorMs) + u" without Argon2id"_s, u"≤ 2× · RSS < 150 MB"_s,
                    verdict(withoutKdf <= 2 * s.floorMs && s.rssMb < 150) });
            }
        };
        syncRow(u"1a"_s,
            u"Initial sync, a member's view (%1 documents, %2 rows)"_s.arg(
                count(r.member.documents), count(r.member.rows)),
            r.member, false);
        if (machine.searchOnly || machine.startupOnly) {
            searchRow();
            startupRow();
            continue;
        }
        syncRow(u"1b"_s,
            u"Initial sync, a committee's view (%1 profiles, %2 rows)"_s.arg(
                count(r.committee.profiles), count(r.committee.rows)),
            r.committee, true);
        if (!r.pull.error.isEmpty() || !r.pullFloor.error.isEmpty()) {
            md += row({ u"2"_s, u"No-change pull"_s, backend,
                u"failed: "_s + r.pull.error + r.pullFloor.error, {}, {}, {}, {} });
        } else {
            const double share = r.pullFloor.requestsPerSecond > 0
                ? r.pull.requestsPerSecond / r.pullFloor.requestsPerSecond
                : 0;
            md += row({ u"2"_s,
                u"No-change pull, %1 connections (%2-byte answer), %3 worker processes"_s
                    .arg(machine.connections)
                    .arg(r.pull.responseBytes)
                    .arg(machine.workers),
                backend,
                u"%1 req/s · p50 %2 ms · p99 %3 ms"_s.arg(count(qint64(r.pull.requestsPerSecond)),
                    number(r.pull.p50Ms, 1), number(r.pull.p99Ms, 1)),
                u"%1 req/s · p50 %2 ms · p99 %3 ms (static route, same server stack, %4-byte "
                "answer, %5 processes on one socket)"_s
                    .arg(count(qint64(r.pullFloor.requestsPerSecond)), number(r.pullFloor.p50Ms, 1),
                        number(r.pullFloor.p99Ms, 1))
                    .arg(r.pullFloor.responseBytes)
                    .arg(machine.workers),
                number(share * 100, 0) + u" %"_s, u"≥ 50 % of the floor"_s,
                verdict(share >= 0.5) });
        }
        if (!r.incremental.error.isEmpty()) {
            md += row({ u"3"_s, u"Incremental pull"_s, backend, u"failed: "_s + r.incremental.error,
                {}, {}, {}, {} });
        } else {
            const IncrementalFigure &i = r.incremental;
            md += row({ u"3"_s, u"Incremental pull after %1 changes"_s.arg(i.changes), backend,
                u"%1 · %2 on the wire (gzip; %3 without)"_s.arg(
                    seconds(i.seconds), kilobytes(i.wireBytes), kilobytes(i.identityBytes)),
                u"%1 (download %2 + insert %3)"_s.arg(seconds(i.downloadSeconds + i.insertSeconds),
                    seconds(i.downloadSeconds), seconds(i.insertSeconds)),
                ratio(i.seconds, i.downloadSeconds + i.insertSeconds), u"< 10 KB on the wire"_s,
                verdict(i.wireBytes < 10 * 1024) });
        }
        searchRow();
        startupRow();
        if (!r.push.error.isEmpty()) {
            md += row({ u"6"_s, u"Push"_s, backend, u"failed: "_s + r.push.error, {}, {}, {}, {} });
        } else {
            const PushFigure &p = r.push;
            md += row(
                { u"6"_s, u"Push: %1 `document.read` mutations"_s.arg(count(p.mutations)), backend,
                    u"%1 mutations/s (%2) · exactly once: %3"_s.arg(
                        count(qint64(p.seconds > 0 ? p.mutations / p.seconds : 0)),
                        seconds(p.seconds), p.exactlyOnce ? u"yes"_s : u"**NO**"_s),
                    u"%1 rows/s (%2: the same rows written in one transaction per request)"_s.arg(
                        count(qint64(p.floorSeconds > 0 ? p.mutations / p.floorSeconds : 0)),
                        seconds(p.floorSeconds)),
                    ratio(p.seconds, p.floorSeconds), u"exactly once"_s, verdict(p.exactlyOnce) });
        }
        if (r.publication) {
            const PublicationFigure &p = *r.publication;
            if (!p.error.isEmpty()) {
                md += row({ u"7"_s, u"Publication to an online member's device"_s, backend,
                    u"failed: "_s + p.error, {}, {}, {}, {} });
            } else {
                const double p99 = percentileOf(p.latenciesMs, 99);
                const double floor99 = percentileOf(p.floorMs, 99);
                md += row({ u"7"_s,
                    u"Publication to an online member's device (%1 documents published one by "
                    "one; nginx, %2 server processes)"_s.arg(p.samples)
                        .arg(p.servers),
                    backend,
                    u"commit → applied in the vault: p50 %1 ms · p99 %2 ms (max %3 ms) · the "
                    "`publish` command itself %4 ms"_s.arg(
                        number(percentileOf(p.latenciesMs, 50), 0), number(p99, 0),
                        number(percentileOf(p.latenciesMs, 100), 0), number(p.cliMs, 0)),
                    u"p50 %1 ms · p99 %2 ms (a no-change pull's round trip through the same "
                    "nginx)"_s.arg(number(percentileOf(p.floorMs, 50), 1), number(floor99, 1)),
                    ratio(p99, floor99) + u" at p99"_s, u"p99 < 2 s"_s, verdict(p99 < 2000) });
            }
        }
    }
    const QHash<QString, QString> load = loadFigures(loadSection);
    if (!load.isEmpty()) {
        const auto f = [&](const QString &key) { return load.value(key, u"?"_s); };
        const auto value = [&](const QString &key) { return load.value(key).toDouble(); };
        if (load.contains(u"phones_push_p50"_s)) {
            const bool met = value(u"phones_push_p50"_s) < 50 && value(u"phones_pull_p50"_s) < 50
                && value(u"phones_push_p99"_s) < 500 && value(u"phones_pull_p99"_s) < 500
                && load.value(u"exactly_once"_s) == u"yes";
            md += row({ u"L1"_s,
                u"Load: %1 phones each acting every %2 s with a live pull open (`serve`, %3 "
                "worker processes; see Load test)"_s.arg(
                    f(u"phones"_s), f(u"act_every_s"_s), f(u"phones_workers"_s)),
                u"PostgreSQL (fsync on)"_s,
                u"push p50 %1 ms · p99 %2 ms · pull p50 %3 ms · p99 %4 ms · own change back on "
                "the live pull p50 %5 ms · exactly once: %6"_s.arg(f(u"phones_push_p50"_s),
                    f(u"phones_push_p99"_s), f(u"phones_pull_p50"_s), f(u"phones_pull_p99"_s),
                    f(u"phones_delivery_p50"_s), f(u"exactly_once"_s)),
                u"closed-loop capacity %1 requests/s (the same phones without pauses)"_s.arg(
                    f(u"capacity_rps"_s)),
                u"–"_s, u"p50 < 50 ms · p99 < 500 ms · exactly once"_s, verdict(met) });
        }
        if (load.contains(u"held"_s)) {
            const bool met = value(u"held_push_p50"_s) > 0 && value(u"held_push_p50"_s) < 50
                && value(u"held_pull_p50"_s) < 50 && value(u"held_push_p99"_s) < 500
                && value(u"held_pull_p99"_s) < 500 && value(u"held_answered_early"_s) == 0;
            const double held = QString(f(u"held"_s)).remove(u',').toDouble();
            const double early = value(u"held_answered_early"_s);
            const double megabytes = value(u"held_rss_after_mb"_s) - value(u"held_rss_before_mb"_s);
            // Answered while being opened: refused or never connected, so not held.
            const QString memory = early > 0 && held > early
                ? u"VmRSS %1 MB → %2 MB with %3 of the %4 taken (%5 answered at once: not held): "
                  "**%6 KB per held pull**"_s.arg(f(u"held_rss_before_mb"_s),
                      f(u"held_rss_after_mb"_s), count(qint64(held - early)), f(u"held"_s),
                      count(qint64(early)), number(megabytes * 1024 / (held - early), 1))
                : u"**%1 KB per held pull** (VmRSS %2 MB → %3 MB)"_s.arg(f(u"held_kb_per_pull"_s),
                    f(u"held_rss_before_mb"_s), f(u"held_rss_after_mb"_s));
            const QString active = value(u"held_push_p50"_s) > 0
                ? u"the acting phones meanwhile: push p50 %1 ms · p99 %2 ms · pull p50 %3 ms · "
                  "p99 %4 ms"_s.arg(f(u"held_push_p50"_s), f(u"held_push_p99"_s),
                      f(u"held_pull_p50"_s), f(u"held_pull_p99"_s))
                : u"the acting phones meanwhile: **no answer** (every request timed out)"_s;
            md += row({ u"L2"_s,
                u"%1 held live pulls on one server process while %2 phones act (see Load "
                "test)"_s.arg(f(u"held"_s), f(u"phones"_s)),
                u"PostgreSQL (fsync on)"_s, memory + u" · "_s + active, u"–"_s, u"–"_s,
                u"memory reported · idle connections never starve active ones (p50 < 50 ms · "
                "p99 < 500 ms)"_s,
                verdict(met) });
        }
    }

    md += u"\n## Data set\n\n"_s;
    md += u"Generated by `BenchProvince` (tests/bench) through the server's own SQL layer — the "
          "demo province Sơn Lâm at the scale of a real one (Thái Nguyên: 97,250 members, 589 "
          "grassroots committees, 4,675 cells), seeded, so every run loads the same "
          "organisations, people and text (meeting dates follow the day of the run). Names, "
          "profiles and careers come from the demo's generators; document text is recombined "
          "from the sentences of the demo documents. Every document is visible to the measured "
          "member (68 % the province's, the rest their district's, commune's and cell's).\n\n"_s;
    md += row({ u"Backend"_s, u"Load time"_s, u"Organisations"_s, u"Grassroots"_s, u"Cells"_s,
        u"Members"_s, u"Documents (body text)"_s, u"Attachments"_s, u"Meetings"_s,
        u"Change log"_s });
    md += u"|---|---|---|---|---|---|---|---|---|---|\n"_s;
    for (const BackendResults &r : results) {
        const BenchProvince::Summary &d = r.data;
        md += row({ backendName(r.backend), seconds(d.seconds), count(d.organizations),
            count(d.grassroots), count(d.cells), count(d.members),
            u"%1 (%2)"_s.arg(count(d.documents), megabytes(d.bodyBytes)),
            u"%1 (%2)"_s.arg(count(d.attachments), megabytes(d.attachmentBytes)), count(d.meetings),
            count(d.changes) });
    }

    md += u"\n## How each figure and floor is measured\n\n"_s;
    md += u"1. **Initial sync**: a fresh device signs in and runs the app's own `SyncEngine` "
          "with `VaultSyncStore` on a SQLCipher vault (as `handbook sync --no-blobs`) against the "
          "real `handbook-server` on loopback, page size 500; attachments are left out (they are "
          "downloaded after the data, on their own schedule). Rows/s counts the changes applied. "
          "*Floor*: the same pull requests replayed in order by a minimal blocking HTTP client "
          "(the same bytes from the same server, gzip as the app asks for it), plus the same rows "
          "inserted into a fresh vault — same schema and FTS5 index — in one transaction with "
          "prepared statements and values made beforehand.\n"_s;
    md += u"2. **No-change pull**: %1 keep-alive connections send `GET /v1/sync/pull` with the "
          "member's up-to-date cursor as fast as answers come (closed loop, %2 s after 1 s of "
          "warm-up). *Floor*: the same load on `GET /bench/static` of `bench_floor_server`, the "
          "server's own HTTP stack (`ApiServer`, same connection guards) answering the same bytes "
          "with no database work. Both serve as `handbook-server serve --workers %3` does: %3 "
          "processes accepting on one listening socket (every core of this machine, `serve`'s "
          "default).\n"_s.arg(machine.connections)
              .arg(number(machine.loadSeconds, 0))
              .arg(machine.workers);
    md += u"3. **Incremental pull**: a second device of the member pushes 100 mutations "
          "(40 `document.read`, 30 `bookmark.put`, 30 `note.put`); the first device's next sync "
          "(nothing to push) is timed. Bytes on the wire are the pull bodies' `Content-Length` "
          "(gzip: Qt's network stack sends `Accept-Encoding: gzip, deflate`); the size without "
          "gzip is the same page asked for without `Accept-Encoding`. *Floor*: as in 1.\n"_s;
    md += u"4. **Search**: `SearchIndex::search` as the library runs it for what the member "
          "types: 50 results (ranked when at most 250 documents match; else the title phrase's "
          "matches, then the others, each newest first), the first screen "
          "(`SearchResultModel::kSnippetBatch`, 10) complete: titles highlighted, snippets, "
          "signers; the other rows with their plain titles, kinds, numbers and dates; on the "
          "member's vault; 50 queries typed "
          "without diacritics (some cut short, some numbers), each run 5 times after a warm-up "
          "pass. The list completes the other rows as it shows them; `SearchIndex::"
          "details` for results 11–20 is timed apart (the next rows), and so is the whole page "
          "complete (every title marked, every signer, as the library made it before). *Floor*: "
          "the same "
          "page's FTS5 queries alone, ids only (`SearchIndex::pageRowids`: the match count up "
          "to 251, then `ORDER BY rank LIMIT 50` or `ORDER BY rowid DESC LIMIT 50` for the "
          "title phrase and the whole expression), no title marks, snippets or documents "
          "rows.\n"_s;
    md += u"5. **Start-up**: `handbook --data-dir <the member's data> --bench-startup <PIN>` "
          "offscreen (`QT_QPA_PLATFORM=offscreen`): from just before the process is started to "
          "the first frame rendered after the vault opened (the home screen); the unlock starts "
          "at the first frame of the unlock screen, as if the PIN had been typed at once. "
          "Argon2id (standard cost: 3 passes, 64 MiB) is timed by the app around its own key "
          "unwrapping (`Vault::lastKeyDerivation`) and subtracted run by run; it is also timed "
          "alone in the bench process (*alone*), where its 64 MiB are warm and no render thread "
          "runs beside it. Peak RSS is `VmHWM` at the home frame (it includes Argon2id's "
          "64 MiB). Medians of 5 runs. "
          "*Floor*: `bench_minimal_window`, a 400×800 Material `ApplicationWindow` with a "
          "header, a label and a button, to its first frame.\n"_s;
    md += u"6. **Push**: the member's device queues `document.read` for unread documents "
          "(`LocalActions`) and syncs; the figure is the engine's push phase (batches of 100). "
          "Exactly once: the server's read receipts are counted, then the last batch is sent "
          "again with the same mutation ids and counted again. *Floor*: the same number of "
          "receipt rows plus change-log rows inserted through Qt SQL into the same database, one "
          "transaction per 100 (one per request).\n"_s;
    md += u"7. **Publication to an online member's device** (PostgreSQL): two `handbook-server "
          "serve --workers 1` processes on the province's database behind nginx (the "
          "configuration of docs/deploy.md, as tst_scaleout runs it). A new device of the member "
          "signs in and syncs through nginx; then the app's `SyncScheduler` in live mode "
          "(foreground, online) keeps its live pull open (wait 50 s). The committee publishes "
          "documents one by one with `handbook-server publish` beside the servers (to the "
          "province: every member sees them); each is timed from its commit (the document's "
          "`published_at`, written in the publishing transaction) to the moment the engine "
          "applied it (`liveChangesApplied`, the row then checked in the vault). *Floor*: a "
          "no-change pull's round trip through the same nginx (the same member's token and "
          "cursor, one keep-alive connection, as many as the publications).\n"_s;
    md += u"- **L1, L2** come from the \"Load test\" section below (`scripts/load-test`, "
          "run before `scripts/bench`; its section is kept as it was written).\n"_s;
    if (!loadSection.isEmpty())
        md += u'\n' + loadSection;
    return md;
}
