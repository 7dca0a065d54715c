// The library screen's filters over a real vault: by year, by issuing level (the kind of the
// organization that issued a document), both combined with a diacritic-free search, the
// "bookmarked only" view, and choices that follow what is on the device; search results with
// the first screen's snippets, the others fetched as rows are shown. Every model is checked
// by QAbstractItemModelTester.
#include "documentcatalog.h"
#include "librarycontroller.h"
#include "readercontroller.h"
#include "replicastore.h"
#include "searchindex.h"
#include "searchresultmodel.h"
#include "syncstate.h"
#include "unlockedsession.h"
#include "vaultsession.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QString kPin = u"246810"_s;
constexpr int kTimeoutMs = 20000;
const QString kMe = u"m-me"_s;

QJsonObject organization(const QString &id, const QString &parent, const QString &kind)
{
    return { { u"id"_s, id }, { u"parent_id"_s, parent }, { u"name"_s, u"Tổ chức "_s + id },
        { u"kind"_s, kind } };
}

QJsonObject document(const QString &id, const QString &orgId, const QString &title,
    const QString &kind, const QString &issued)
{
    return { { u"id"_s, id }, { u"org_id"_s, orgId }, { u"audience_org_id"_s, u"cb"_s },
        { u"kind"_s, kind }, { u"number"_s, id.toUpper() + u"-NQ"_s }, { u"title"_s, title },
        { u"issued_date"_s, issued }, { u"issuer"_s, u"Cấp ủy"_s },
        { u"summary"_s, u"Tóm tắt "_s + title }, { u"body"_s, u"Toàn văn "_s + title },
        { u"classification"_s, u"internal"_s }, { u"attachments"_s, QJsonArray() },
        { u"published_at"_s, issued + u"T08:00:00Z"_s } };
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}
} // namespace

class TestLibrary : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VaultSession> m_session;

    // Four levels of organization and five documents, one per issuer; d5's issuer is not on
    // the device. Newest first: d3, d2, d5, d1, d4. "nghị quyết" is in d1, d2 and d3.
    void fill(SqliteDatabase &db)
    {
        ReplicaStore replica(db);
        SyncState(db).setValue(u"member_id"_s, kMe);
        SyncState(db).setValue(u"org_id"_s, u"cb"_s);
        replica.put(u"organization"_s, u"tinh"_s, 1, organization(u"tinh"_s, {}, u"province"_s));
        replica.put(
            u"organization"_s, u"huyen"_s, 1, organization(u"huyen"_s, u"tinh"_s, u"district"_s));
        replica.put(
            u"organization"_s, u"xa"_s, 1, organization(u"xa"_s, u"huyen"_s, u"grassroots"_s));
        replica.put(u"organization"_s, u"cb"_s, 1, organization(u"cb"_s, u"xa"_s, u"cell"_s));
        replica.put(u"document"_s, u"d1"_s, 1,
            document(u"d1"_s, u"tinh"_s, u"Nghị quyết về xây dựng Đảng"_s, u"resolution"_s,
                u"2025-06-01"_s));
        replica.put(u"document"_s, u"d2"_s, 1,
            document(u"d2"_s, u"huyen"_s, u"Nghị quyết về phát triển kinh tế"_s, u"resolution"_s,
                u"2026-03-01"_s));
        replica.put(u"document"_s, u"d3"_s, 1,
            document(
                u"d3"_s, u"xa"_s, u"Kế hoạch học tập nghị quyết"_s, u"plan"_s, u"2026-05-10"_s));
        replica.put(u"document"_s, u"d4"_s, 1,
            document(
                u"d4"_s, u"cb"_s, u"Thông báo lịch sinh hoạt"_s, u"notice"_s, u"2024-12-01"_s));
        replica.put(u"document"_s, u"d5"_s, 1,
            document(u"d5"_s, u"trung-uong"_s, u"Chỉ thị về công tác cán bộ"_s, u"directive"_s,
                u"2026-01-01"_s));
    }

    static QStringList column(const QAbstractItemModel &model, const QByteArray &role)
    {
        const int roleId = model.roleNames().key(role, -1);
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row)
            values.append(model.data(model.index(row, 0), roleId).toString());
        return values;
    }

    static QStringList choiceValues(const QVariantList &choices, const QString &key)
    {
        QStringList values;
        for (const QVariant &choice : choices)
            values.append(choice.toMap().value(key).toString());
        return values;
    }

    // A library over the test vault with both its models under QAbstractItemModelTester.
    struct CheckedLibrary
    {
        LibraryController controller;
        QAbstractItemModelTester documentsTester { controller.documents(),
            QAbstractItemModelTester::FailureReportingMode::QtTest };
        QAbstractItemModelTester resultsTester { controller.results(),
            QAbstractItemModelTester::FailureReportingMode::QtTest };
    };

    std::unique_ptr<CheckedLibrary> openLibrary()
    {
        auto library = std::make_unique<CheckedLibrary>();
        library->controller.setSession(m_session.get());
        return library;
    }

    // 25 regulations on "quy định", more than one screen of results.
    void fillRegulations()
    {
        ReplicaStore replica(m_session->vault().database());
        for (int i = 0; i < 25; ++i) {
            const QString id = u"r%1"_s.arg(i, 2, 10, QChar(u'0'));
            replica.put(u"document"_s, id, 1,
                document(id, u"cb"_s, u"Quy định số %1 về sinh hoạt chi bộ"_s.arg(i),
                    u"regulation"_s, u"2026-%1-01"_s.arg(i % 12 + 1, 2, 10, QChar(u'0'))));
        }
    }

    static QString snippet(const SearchResultModel &model, int row)
    {
        return model.data(model.index(row, 0), SearchResultModel::SnippetHtmlRole).toString();
    }

    static bool snippetPending(const SearchResultModel &model, int row)
    {
        return model.data(model.index(row, 0), SearchResultModel::SnippetPendingRole).toBool();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_session = unlockedTestSession(*m_dir, kPin, kTimeoutMs);
        QVERIFY(m_session); // the PIN was created and the vault unlocked
        fill(m_session->vault().database());
    }

    void cleanup()
    {
        m_session.reset();
        m_dir.reset();
    }

    void choicesAreWhatIsOnTheDevice()
    {
        const auto library = openLibrary();
        LibraryController &c = library->controller;
        QCOMPARE(column(*c.documents(), "documentId"),
            (QStringList { u"d3"_s, u"d2"_s, u"d5"_s, u"d1"_s, u"d4"_s }));
        // "Every year" first, then newest first.
        QCOMPARE(choiceValues(c.yearChoices(), u"year"_s),
            (QStringList { u"0"_s, u"2026"_s, u"2025"_s, u"2024"_s }));
        QCOMPARE(c.yearChoices().at(0).toMap().value(u"label"_s).toString(), u"Mọi năm"_s);
        QCOMPARE(c.yearChoices().at(1).toMap().value(u"label"_s).toString(), u"Năm 2026"_s);
        // From the widest level down; d5's issuer is not here, so it adds no level.
        QCOMPARE(choiceValues(c.levelChoices(), u"level"_s),
            (QStringList { QString(), u"province"_s, u"district"_s, u"grassroots"_s, u"cell"_s }));
        QCOMPARE(choiceValues(c.levelChoices(), u"label"_s),
            (QStringList { u"Mọi cấp ban hành"_s, u"Tỉnh ủy"_s, u"Huyện ủy"_s, u"Đảng ủy cơ sở"_s,
                u"Chi bộ"_s }));
        QCOMPARE(c.year(), 0);
        QCOMPARE(c.level(), QString());
        QVERIFY(!c.bookmarkedOnly());
    }

    void filtersByYear()
    {
        const auto library = openLibrary();
        LibraryController &c = library->controller;
        QSignalSpy yearSpy(&c, &LibraryController::yearChanged);
        c.setYear(2026);
        QCOMPARE(yearSpy.count(), 1);
        QCOMPARE(column(*c.documents(), "documentId"), (QStringList { u"d3"_s, u"d2"_s, u"d5"_s }));
        c.setYear(2024);
        QCOMPARE(column(*c.documents(), "documentId"), QStringList { u"d4"_s });
        // The choices stay every year on the device, whatever is chosen.
        QCOMPARE(c.yearChoices().size(), 4);
        c.setYear(0);
        QCOMPARE(c.documents()->rowCount(), 5);
    }

    void filtersByIssuingLevel()
    {
        const auto library = openLibrary();
        LibraryController &c = library->controller;
        QSignalSpy levelSpy(&c, &LibraryController::levelChanged);
        c.setLevel(u"district"_s);
        QCOMPARE(levelSpy.count(), 1);
        QCOMPARE(column(*c.documents(), "documentId"), QStringList { u"d2"_s });
        c.setLevel(u"province"_s);
        QCOMPARE(column(*c.documents(), "documentId"), QStringList { u"d1"_s });
        c.setLevel(u"cell"_s);
        QCOMPARE(column(*c.documents(), "documentId"), QStringList { u"d4"_s });
        // With the kind and the year as well.
        c.setLevel(u"grassroots"_s);
        c.setYear(2026);
        QCOMPARE(column(*c.documents(), "documentId"), QStringList { u"d3"_s });
        c.setKind(u"resolution"_s);
        QCOMPARE(c.documents()->rowCount(), 0);
        c.setLevel({});
        QCOMPARE(column(*c.documents(), "documentId"), QStringList { u"d2"_s });
    }

    void filtersCombineWithSearch()
    {
        const auto library = openLibrary();
        LibraryController &c = library->controller;
        c.setSearchText(u"nghi quyet"_s);
        QVERIFY(c.searching());
        QCOMPARE(sorted(column(*c.results(), "documentId")),
            (QStringList { u"d1"_s, u"d2"_s, u"d3"_s }));

        c.setYear(2026);
        QCOMPARE(sorted(column(*c.results(), "documentId")), (QStringList { u"d2"_s, u"d3"_s }));
        c.setLevel(u"district"_s);
        QCOMPARE(column(*c.results(), "documentId"), QStringList { u"d2"_s });
        QVERIFY(column(*c.results(), "titleHtml").constFirst().contains(u"<b>Nghị</b>"_s));
        c.setKind(u"plan"_s);
        QCOMPARE(c.results()->rowCount(), 0);
        c.setLevel(u"grassroots"_s);
        QCOMPARE(column(*c.results(), "documentId"), QStringList { u"d3"_s });
        c.setYear(2025);
        QCOMPARE(c.results()->rowCount(), 0);

        c.setKind({});
        c.setLevel(u"province"_s);
        QCOMPARE(column(*c.results(), "documentId"), QStringList { u"d1"_s });
        // Typing again keeps the filters.
        c.setSearchText(u"dang"_s);
        QCOMPARE(column(*c.results(), "documentId"), QStringList { u"d1"_s });
        c.setSearchText(u"kinh te"_s);
        QCOMPARE(c.results()->rowCount(), 0);
    }

    void bookmarkedOnly()
    {
        ReplicaStore(m_session->vault().database())
            .put(u"bookmark"_s, kMe + u":d2"_s, 1,
                { { u"id"_s, kMe + u":d2"_s }, { u"document_id"_s, u"d2"_s },
                    { u"created_at"_s, u"2026-11-20T01:00:00Z"_s } });
        const auto library = openLibrary();
        LibraryController &c = library->controller;
        QSignalSpy bookmarkedSpy(&c, &LibraryController::bookmarkedOnlyChanged);
        c.setBookmarkedOnly(true);
        QCOMPARE(bookmarkedSpy.count(), 1);
        QCOMPARE(column(*c.documents(), "documentId"), QStringList { u"d2"_s });
        c.setSearchText(u"nghi quyet"_s);
        QCOMPARE(column(*c.results(), "documentId"), QStringList { u"d2"_s });
        c.setSearchText({});

        // A bookmark made in the reader shows up when the library is read again.
        ReaderController reader;
        reader.setSession(m_session.get());
        reader.setDocumentId(u"d4"_s);
        QVERIFY(reader.found());
        QVERIFY(reader.toggleBookmark());
        c.reload();
        QCOMPARE(column(*c.documents(), "documentId"), (QStringList { u"d2"_s, u"d4"_s }));
        // With the other filters.
        c.setYear(2024);
        QCOMPARE(column(*c.documents(), "documentId"), QStringList { u"d4"_s });
        c.setYear(0);
        QVERIFY(reader.toggleBookmark()); // removed again
        c.reload();
        QCOMPARE(column(*c.documents(), "documentId"), QStringList { u"d2"_s });

        c.setBookmarkedOnly(false);
        QCOMPARE(c.documents()->rowCount(), 5);
    }

    void aChoiceThatLeftTheDeviceFallsBackToEvery()
    {
        const auto library = openLibrary();
        LibraryController &c = library->controller;
        c.setYear(2024);
        c.setLevel(u"cell"_s);
        c.setKind(u"notice"_s);
        QCOMPARE(column(*c.documents(), "documentId"), QStringList { u"d4"_s });

        // A sync withdraws the only document of 2024, of the cell and of that kind.
        QSignalSpy yearSpy(&c, &LibraryController::yearChanged);
        QSignalSpy levelSpy(&c, &LibraryController::levelChanged);
        QSignalSpy kindSpy(&c, &LibraryController::kindChanged);
        QSignalSpy choicesSpy(&c, &LibraryController::yearChoicesChanged);
        QVERIFY(ReplicaStore(m_session->vault().database()).remove(u"document"_s, u"d4"_s));
        c.reload();
        QCOMPARE(c.year(), 0);
        QCOMPARE(c.level(), QString());
        QCOMPARE(c.kind(), QString());
        QCOMPARE(yearSpy.count(), 1);
        QCOMPARE(levelSpy.count(), 1);
        QCOMPARE(kindSpy.count(), 1);
        QCOMPARE(choicesSpy.count(), 1);
        QCOMPARE(choiceValues(c.yearChoices(), u"year"_s),
            (QStringList { u"0"_s, u"2026"_s, u"2025"_s }));
        QCOMPARE(c.documents()->rowCount(), 4);
    }

    void searchSnippetsForTheFirstScreenThenAsShown()
    {
        fillRegulations();
        const QList<SearchHit> everything
            = SearchIndex(m_session->vault().database()).search(u"quy dinh"_s, 50);
        QCOMPARE(everything.size(), 25);
        QStringList expectedIds;
        QStringList expectedSnippets;
        for (const SearchHit &hit : everything) {
            expectedIds << hit.documentId;
            expectedSnippets << hit.snippetHtml;
        }
        const auto library = openLibrary();
        LibraryController &c = library->controller;
        SearchResultModel &results = *c.results();
        c.setSearchText(u"quy dinh"_s);
        QCOMPARE(column(results, "documentId"), expectedIds);

        // The first screen came with the search.
        const int screen = SearchResultModel::kSnippetBatch;
        for (int row = 0; row < results.rowCount(); ++row)
            QCOMPARE(snippetPending(results, row), row >= screen);
        QSignalSpy changed(&results, &QAbstractItemModel::dataChanged);
        for (int row = 0; row < screen; ++row) {
            QVERIFY(snippet(results, row).contains(u"<b>Quy</b> <b>định</b>"_s));
            QCOMPARE(snippet(results, row), expectedSnippets.at(row));
        }
        QCoreApplication::processEvents();
        QCOMPARE(changed.count(), 0);

        // A later row gets its snippet when the list asks for it.
        QCOMPARE(snippet(results, 20), QString());
        QTRY_VERIFY(!snippetPending(results, 20));
        QCOMPARE(snippet(results, 20), expectedSnippets.at(20));
        QVERIFY(changed.count() >= 1);

        // Every row, once shown, holds the same text as a search that marked everything.
        QTRY_COMPARE(column(results, "snippetHtml"), expectedSnippets);
        QVERIFY(c.errorMessage().isEmpty());
    }

    void pendingSnippetsSurviveANewSearchALockAndTheScreenClosing()
    {
        fillRegulations();
        auto library = openLibrary();
        LibraryController &c = library->controller;
        SearchResultModel &results = *c.results();

        // A new search while a fetch waits: the new results, nothing of the old fetch.
        c.setSearchText(u"quy dinh"_s);
        QCOMPARE(snippet(results, 15), QString());
        QSignalSpy changed(&results, &QAbstractItemModel::dataChanged);
        c.setSearchText(u"nghi quyet"_s);
        QCOMPARE(results.rowCount(), 3);
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
        QCOMPARE(changed.count(), 0);
        for (int row = 0; row < results.rowCount(); ++row) {
            QVERIFY(!snippetPending(results, row));
            QVERIFY(snippet(results, row).contains(u"<b>"_s));
        }

        // The vault locks while a fetch waits: nothing is read, the row stays pending.
        c.setSearchText(u"quy dinh"_s);
        QCOMPARE(snippet(results, 15), QString());
        m_session->lock();
        QCOMPARE(m_session->state(), VaultSession::Locked);
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
        QCOMPARE(changed.count(), 0);
        QVERIFY(snippetPending(results, 15));
        QCOMPARE(snippet(results, 15), QString());
        QVERIFY(c.errorMessage().isEmpty());
        // Unlocked again: searched anew, and the row fills when asked.
        QVERIFY(m_session->unlock(kPin));
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), VaultSession::Unlocked, kTimeoutMs);
        QCOMPARE(results.rowCount(), 25);
        QCOMPARE(snippet(results, 15), QString());
        QTRY_VERIFY(!snippet(results, 15).isEmpty());

        // The screen closes while a fetch waits (row 15 filled 15-24).
        QVERIFY(snippetPending(results, 12));
        QCOMPARE(snippet(results, 12), QString());
        library.reset();
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
    }

    void catalogFilterDirectly()
    {
        DocumentCatalog catalog(m_session->vault().database());
        QCOMPARE(catalog.years(), (QList<int> { 2026, 2025, 2024 }));
        QCOMPARE(catalog.issuerLevels(),
            (QStringList { u"province"_s, u"district"_s, u"grassroots"_s, u"cell"_s }));
        DocumentFilter filter;
        filter.year = 2026;
        filter.kind = u"directive"_s;
        const QList<DocumentSummary> documents = catalog.newestDocuments(filter);
        QCOMPARE(documents.size(), 1);
        QCOMPARE(documents.constFirst().id, u"d5"_s);
        // The old signature still lists everything of a kind, with a limit.
        QCOMPARE(catalog.newestDocuments(1, u"resolution"_s).constFirst().id, u"d2"_s);
    }
};

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"
