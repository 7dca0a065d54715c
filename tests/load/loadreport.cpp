#include "loadreport.h"

#include <QFile>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

const QString kHeading = u"## Load test"_s;

QString count(qint64 value)
{
    return LoadReport::count(value);
}

QString number(double value, int decimals = 0)
{
    return LoadReport::number(value, decimals);
}

QString ms(double value)
{
    return LoadReport::ms(value);
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

QString LoadReport::count(qint64 value)
{
    QString text = QString::number(value);
    for (qsizetype i = text.size() - 3; i > (value < 0 ? 1 : 0); i -= 3)
        text.insert(i, u',');
    return text;
}

QString LoadReport::number(double value, int decimals)
{
    return QLocale::c().toString(value, 'f', decimals);
}

QString LoadReport::ms(double value)
{
    if (value >= 10000)
        return number(value / 1000, 1) + u" s"_s;
    return value < 10 ? number(value, 1) + u" ms"_s : number(value) + u" ms"_s;
}

QString LoadReport::markdown() const
{
    QString text = kHeading + u"\n\n"_s;
    text += u"Written by `scripts/load-test` (tests/load/); the rest of this file comes from "
            "`scripts/bench`.\n\n"_s;
    text += setting + u"\n"_s;
    for (const Scenario &scenario : scenarios) {
        text += u"\n### "_s + scenario.title + u"\n\n"_s;
        if (!scenario.description.isEmpty())
            text += scenario.description + u"\n\n"_s;
        text += u"| phase | requests | per second | p50 | p99 | errors |\n"
                "|---|---|---|---|---|---|\n"_s;
        for (const Phase &phase : scenario.phases) {
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
        if (!scenario.summary.isEmpty())
            text += u"\n"_s + scenario.summary + u"\n"_s;
    }
    text += u"\n**Exactly once (every scenario): %1.** %2 devices sent %3 mutations; %4 "
            "acknowledged (%5 applied, %6 rejected), %7 never answered; the server holds %8 "
            "mutation results, %9 notes, %10 feedback posts and %11 read receipts of the load "
            "members"_s
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
    if (!figures.isEmpty()) {
        QStringList pairs;
        for (auto it = figures.begin(); it != figures.end(); ++it)
            pairs << it.key() + u'=' + QString(it.value()).replace(u' ', u'_');
        text += u"\n<!-- load-figures "_s + pairs.join(u' ') + u" -->\n"_s;
    }
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
