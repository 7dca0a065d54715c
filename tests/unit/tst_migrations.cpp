// A vault created by the oldest schema and migrated equals a fresh one, keeps its rows,
// and its pre-existing documents become searchable.
#include "migrations.h"
#include "searchindex.h"
#include "searchpassage.h"
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
    SearchPassage::registerWith(db);
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

    // Version 6 moves the search index into a table with prefix indexes: what a version 5
    // vault had indexed is found as before, by a word typed in part too.
    void searchIndexKeepsItsDocumentsWithPrefixIndexes()
    {
        QTemporaryDir dir;
        SqliteDatabase db;
        openPlain(db, dir.filePath(u"v5.db"_s));
        QCOMPARE(Migrations::migrate(db, 5), Migrations::Result::Ok);
        db.exec(R"SQL(INSERT INTO documents(id, title, number, data) VALUES('d5',
            'Nghị quyết về công tác đảng viên', '07-NQ/TU',
            '{"summary":"Chuyển đổi số","body":"Đảng viên học tập nghị quyết"}'))SQL");
        // Indexed as a version 5 vault did (rowid = doc_rowid; SearchIndex now keys by date).
        db.exec(R"SQL(INSERT INTO document_search(rowid, title, number, summary, body)
            SELECT doc_rowid, title, number, data ->> '$.summary', data ->> '$.body'
            FROM documents WHERE id = 'd5')SQL");
        QCOMPARE(Migrations::migrate(db), Migrations::Result::Ok);

        QVERIFY(db.scalar("SELECT sql FROM sqlite_master WHERE name = 'document_search'")
                    .toString()
                    .contains(u"prefix"_s));
        QCOMPARE(db.scalar("SELECT count(*) FROM document_search").toInt(), 1);
        for (const QString &typed : { u"dang vien"_s, u"chuyen d"_s, u"n"_s, u"07 nq"_s }) {
            const QList<SearchHit> hits = SearchIndex(db).search(typed);
            QCOMPARE(hits.size(), 1);
            QCOMPARE(hits.first().documentId, u"d5"_s);
            QVERIFY2(hits.first().snippetHtml.contains(u"<b>"_s), qPrintable(typed));
        }
    }

    // Version 8 keys the search index by publication date (newest first when many match):
    // what a version 7 vault had indexed is found as before, and the newest first.
    void searchIndexIsKeyedByPublicationDate()
    {
        QTemporaryDir dir;
        SqliteDatabase db;
        openPlain(db, dir.filePath(u"v7.db"_s));
        QCOMPARE(Migrations::migrate(db, 7), Migrations::Result::Ok);
        db.exec(R"SQL(INSERT INTO documents(id, title, number, published_at, data) VALUES
            ('new', 'Thông báo mới', '', '2026-03-01T08:00:00+07:00', '{"body":"Đảng viên"}'),
            ('old', 'Thông báo cũ', '', '2024-03-01T08:00:00+07:00', '{"body":"Đảng viên"}'))SQL");
        db.exec(R"SQL(INSERT INTO document_search(rowid, title, number, summary, body)
            SELECT doc_rowid, title, number, '', data ->> '$.body' FROM documents)SQL");
        QCOMPARE(Migrations::migrate(db), Migrations::Result::Ok);

        QCOMPARE(db.scalar("SELECT count(*) FROM document_search_keys").toInt(), 2);
        QCOMPARE(db.scalar("SELECT id FROM documents WHERE doc_rowid = "
                           "(SELECT max(rowid) & 1073741823 FROM document_search)")
                     .toString(),
            u"new"_s);
        const QList<SearchHit> hits = SearchIndex(db).search(u"dang vien"_s);
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits.at(0).documentId, u"new"_s);
        QVERIFY(hits.at(1).snippetHtml.contains(u"<b>Đảng</b>"_s));
        SearchIndex(db).unindex(u"old"_s);
        QCOMPARE(db.scalar("SELECT count(*) FROM document_search").toInt(), 1);
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
