#include "loadreport.h"

#include <QFile>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

const QString kHeading = u"## Load test"_s;

QString number(double value, int decimals = 0)
{
    return QLocale::c().toString(value, 'f', decimals);
}

QString count(qint64 value)
{
    QString text = QString::number(value);
    for (qsizetype i = text.size() - 3; i > 0; i -= 3)
        text.insert(i, u',');
    return text;
}

QString ms(double value)
{
    return value < 10 ? number(value, 1) + u" ms"_s : number(value) + u" ms"_s;
}

QString errors(const RequestStats &stats)
{
    if (stats.errors == 0)
        return u"0"_s;
    QStringList reasons;
    for (auto it = stats.errorReasons.begin(); it != stats.errorReasons.end(); ++it)
        reasons << u"%1 × %2"_s.arg(count(it.value()), it.key());
    return count(stats.errors) + u" ("_s + reasons.join(u", "_s) + u')';
}

QString row(const QString &name, const RequestStats &stats, double seconds)
{
    const qint64 requests = stats.ok() + stats.errors;
    return u"| %1 | %2 | %3 | %4 | %5 | %6 |\n"_s.arg(name, count(requests),
        seconds > 0 ? number(double(requests) / seconds, requests / seconds < 10 ? 1 : 0) : u"–"_s,
        ms(stats.percentileMs(50)), ms(stats.percentileMs(99)), errors(stats));
}

} // namespace

QString LoadReport::markdown() const
{
    QString text = kHeading + u"\n\n"_s;
    text += u"Written by `scripts/load-test` (tests/load/); the rest of this file comes from "
            "`scripts/bench`.\n\n"_s;
    text += setting + u"\n\n"_s;
    text
        += u"| phase | requests | per second | p50 | p99 | errors |\n|---|---|---|---|---|---|\n"_s;
    for (const Phase &phase : phases) {
        if (phase.kinds.size() > 1 && phase.total)
            text += row(u"**%1** (%2 s)"_s.arg(phase.name, number(phase.seconds, 1)),
                phase.stats->all(), phase.seconds);
        for (const QString &kind : phase.kinds) {
            const QString name = phase.kinds.size() > 1 && phase.total
                ? u"%1: %2"_s.arg(phase.name, kind)
                : (kind == phase.kinds.first()
                        ? u"**%1** (%2 s): %3"_s.arg(phase.name, number(phase.seconds, 1), kind)
                        : u"%1: %2"_s.arg(phase.name, kind));
            text += row(name, phase.stats->kind(kind), phase.seconds);
        }
    }
    const RequestStats steady = phases.size() > 2 ? phases.at(2).stats->all() : RequestStats();
    const double answered = double(steady.ok() + steady.errors);
    const auto perSecond
        = [this](double value) { return steadySeconds > 0 ? value / steadySeconds : 0; };
    text += u"\nThe steady state acknowledged %1 mutations (%2 a second). CPU used during it: "
            "handbook-server %3 of a core, PostgreSQL %4, the load generator %5; per request, "
            "%6 ms in the server and %7 ms in PostgreSQL. A sign-in took %8 ms of the server's "
            "CPU (Argon2id). The server's memory peaked at %9 MB.\n\n"_s.arg(count(steadyMutations),
                number(perSecond(double(steadyMutations))), number(perSecond(steadyCpu.server), 2),
                number(perSecond(steadyCpu.database), 2), number(perSecond(steadyCpu.loadTool), 2),
                number(answered > 0 ? 1000 * steadyCpu.server / answered : 0, 1),
                number(answered > 0 ? 1000 * steadyCpu.database / answered : 0, 1),
                number(signIns > 0 ? 1000 * loginCpuSeconds / double(signIns) : 0),
                number(double(serverPeakKb) / 1024.0));
    text += u"**Exactly once: %1.** %2 devices sent %3 mutations; %4 acknowledged (%5 applied, "
            "%6 rejected), %7 never answered; the server holds %8 mutation results, %9 notes, "
            "%10 feedback posts and %11 read receipts of the load members"_s
                .arg(check.ok() ? u"verified"_s : u"FAILED"_s, count(check.devices),
                    count(check.sent), count(check.acknowledged), count(check.applied),
                    count(check.rejected), count(check.inDoubt), count(check.resultsFound),
                    count(check.notes))
                .arg(count(check.feedback), count(check.receipts));
    text += check.ok() ? u": each acknowledged mutation once (its result, its row, one change log "
                         "entry per note), nothing that was not sent.\n"_s
                       : u".\n\n- "_s + check.problems.join(u"\n- "_s) + u'\n';
    if (!notes.isEmpty())
        text += u'\n' + notes + u'\n';
    return text;
}

bool LoadReport::writeInto(const QString &path, QString *error) const
{
    QString content;
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            *error = u"cannot read "_s + path;
            return false;
        }
        content = QString::fromUtf8(file.readAll());
        file.close();
    } else {
        content = u"# Benchmarks\n\n"_s;
    }
    const QString section = markdown();
    const qsizetype start = content.startsWith(kHeading + u'\n')
        ? 0
        : (content.indexOf(u'\n' + kHeading + u'\n') >= 0
                ? content.indexOf(u'\n' + kHeading + u'\n') + 1
                : -1);
    if (start < 0) {
        if (!content.endsWith(u"\n\n"_s))
            content += content.endsWith(u'\n') ? u"\n"_s : u"\n\n"_s;
        content += section;
    } else {
        const qsizetype next = content.indexOf(u"\n## "_s, start + kHeading.size());
        content = content.left(start) + section
            + (next < 0 ? QString() : u'\n' + content.mid(next + 1));
    }
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(content.toUtf8()) < 0) {
        *error = u"cannot write "_s + path;
        return false;
    }
    return true;
}
