// bench_province: loads the benchmark province (BenchProvince) into a new server database,
// SQLite or PostgreSQL, and writes its accounts like `handbook-server demo --accounts`.
//   bench_province --db <db> --accounts <file> [--quick] [--seed <n>]
#include "benchprovince.h"
#include "db/databasespec.h"
#include "db/schemamigrator.h"
#include "db/serverdatabase.h"
#include "db/sqlrunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSaveFile>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Loads the province-scale benchmark data set."_s);
    parser.addHelpOption();
    const QCommandLineOption db(u"db"_s, u"sqlite:<path> or postgresql://..."_s, u"db"_s);
    const QCommandLineOption accounts(u"accounts"_s, u"Where to write the accounts."_s, u"file"_s);
    const QCommandLineOption quick(u"quick"_s, u"A tenth of the province."_s);
    const QCommandLineOption seed(u"seed"_s, u"Seed."_s, u"n"_s, u"20260301"_s);
    parser.addOptions({ db, accounts, quick, seed });
    parser.process(app);
    const auto fail = [](const QString &why) {
        std::fprintf(stderr, "bench_province: %s\n", qPrintable(why));
        return 1;
    };
    if (!parser.isSet(db) || !parser.isSet(accounts))
        return fail(u"--db and --accounts are required"_s);
    QString error;
    const auto spec = DatabaseSpec::parse(parser.value(db), &error);
    if (!spec)
        return fail(error);
    ServerDatabase database(*spec);
    SchemaMigrator migrator(database);
    if (!database.open(&error) || !migrator.migrate(&error))
        return fail(error);
    BenchProvince::Options options;
    options.quick = parser.isSet(quick);
    options.seed = parser.value(seed).toULongLong();
    std::optional<BenchProvince::Summary> summary;
    try {
        summary = BenchProvince::load(database, options, &error);
    } catch (const DbError &dbError) {
        return fail(u"loading failed, nothing was changed: "_s + QString::fromUtf8(dbError.what()));
    }
    if (!summary)
        return fail(error);
    QSaveFile file(parser.value(accounts));
    if (!file.open(QIODevice::WriteOnly) || file.write(DemoAccounts::toJson(summary->accounts)) < 0
        || !file.commit())
        return fail(u"cannot write "_s + parser.value(accounts));
    std::printf("loaded %d organisations (%d grassroots, %d cells), %d members, %d documents "
                "(%.1f MB of body text), %d attachments (%.1f MB), %d meetings, %d changes in "
                "%.1f s\n",
        summary->organizations, summary->grassroots, summary->cells, summary->members,
        summary->documents, double(summary->bodyBytes) / 1e6, summary->attachments,
        double(summary->attachmentBytes) / 1e6, summary->meetings, summary->changes,
        summary->seconds);
    return 0;
}
