// A vault created by the oldest schema and migrated equals a fresh one, keeps its rows,
// and its pre-existing documents become searchable.
#include "migrations.h"
#include "searchindex.h"
#include "sqlitedatabase.h"
#include "vietnamesetokenizer.h"

#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QStringList schemaOf(SqliteDatabase &db)
{
    Statement query(db,
        "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master "
        "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name");
    QStringList rows;
    while (query.step())
        rows << query.text(0) + u'|' + query.text(1) + u'|' + query.text(2) + u'|' + query.text(3);
    return rows;
}

void openPlain(SqliteDatabase &db, const QString &path)
{
    db.open(path, true);
    db.exec("PRAGMA key = \"x'0101010101010101010101010101010101010101010101010101010101010101'\"");
    VietnameseTokenizer::registerWith(db);
}
} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oldestMigratedEqualsFresh()
    {
        QTemporaryDir dir;
        SqliteDatabase fresh;
        openPlain(fresh, dir.filePath(u"fresh.db"_s));
        QCOMPARE(Migrations::migrate(fresh), Migrations::Result::Ok);
        QCOMPARE(Migrations::currentVersion(fresh), Migrations::latestVersion());
        QVERIFY(Migrations::latestVersion() >= 2);

        SqliteDatabase old;
        openPlain(old, dir.filePath(u"old.db"_s));
        QCOMPARE(Migrations::migrate(old, 1), Migrations::Result::Ok);
        QCOMPARE(Migrations::currentVersion(old), 1);
        QVERIFY(schemaOf(old) != schemaOf(fresh));
        old.exec(R"SQL(INSERT INTO documents(id, title, number, data) VALUES('d-old',
            'Nghị quyết Đại hội Đảng bộ', '01-NQ/TU',
            '{"summary":"Phương hướng nhiệm vụ","body":"Toàn văn nghị quyết"}'))SQL");
        QCOMPARE(Migrations::migrate(old), Migrations::Result::Ok);

        QCOMPARE(Migrations::currentVersion(old), Migrations::currentVersion(fresh));
        QCOMPARE(schemaOf(old), schemaOf(fresh));
        QCOMPARE(old.scalar("SELECT count(*) FROM documents").toInt(), 1);
        const QList<SearchHit> hits = SearchIndex(old).search(u"dang bo"_s);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().documentId, u"d-old"_s);
    }

    void migratingTwiceChangesNothing()
    {
        QTemporaryDir dir;
        SqliteDatabase db;
        openPlain(db, dir.filePath(u"db"_s));
        Migrations::migrate(db);
        const QStringList schema = schemaOf(db);
        QCOMPARE(Migrations::migrate(db), Migrations::Result::Ok);
        QCOMPARE(schemaOf(db), schema);
    }

    void newerDatabaseIsLeftUntouched()
    {
        QTemporaryDir dir;
        SqliteDatabase db;
        openPlain(db, dir.filePath(u"db"_s));
        db.exec("PRAGMA user_version = 99");
        QCOMPARE(Migrations::migrate(db), Migrations::Result::TooNew);
        QCOMPARE(Migrations::currentVersion(db), 99);
        QVERIFY(schemaOf(db).isEmpty());
    }

    void failedStepRollsBackEverything()
    {
        QTemporaryDir dir;
        SqliteDatabase db;
        openPlain(db, dir.filePath(u"db"_s));
        Migrations::migrate(db, 1);
        // A table the second step wants to create already exists: the step fails and
        // the whole migration is rolled back, leaving version 1 intact.
        db.exec("CREATE TABLE blobs(x)");
        QVERIFY_THROWS_EXCEPTION(StorageError, Migrations::migrate(db));
        QCOMPARE(Migrations::currentVersion(db), 1);
        QCOMPARE(
            db.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'document_search'").toInt(),
            0);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
