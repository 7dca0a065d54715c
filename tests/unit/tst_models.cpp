// The screens' models and controllers over a real vault: the home screen's next meeting and
// newest documents, the library and its search (snippets fetched as rows are shown), the
// reader's "mark as read". Every model is checked by QAbstractItemModelTester.
#include "documentcatalog.h"
#include "documentlistmodel.h"
#include "homecontroller.h"
#include "librarycontroller.h"
#include "outbox.h"
#include "readercontroller.h"
#include "replicastore.h"
#include "searchresultmodel.h"
#include "syncstate.h"
#include "unlockedsession.h"
#include "vaultsession.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kPin = u"246810"_s;
constexpr int kTimeoutMs = 20000;
const QString kMe = u"m-me"_s;

QJsonObject document(
    const QString &id, const QString &title, const QString &kind, const QString &published)
{
    return { { u"id"_s, id }, { u"org_id"_s, u"o1"_s }, { u"audience_org_id"_s, u"o1"_s },
        { u"kind"_s, kind }, { u"number"_s, id.toUpper() + u"-NQ/TW"_s }, { u"title"_s, title },
        { u"issued_date"_s, published.left(10) }, { u"issuer"_s, u"Ban Chấp hành Trung ương"_s },
        { u"summary"_s, u"Tóm tắt "_s + title }, { u"body"_s, u"Toàn văn "_s + title },
        { u"classification"_s, u"internal"_s }, { u"attachments"_s, QJsonArray() },
        { u"published_at"_s, published } };
}

QJsonObject meeting(const QString &id, const QString &title, const QString &startsAt,
    const QString &status, const QStringList &documentIds)
{
    return { { u"id"_s, id }, { u"org_id"_s, u"o1"_s }, { u"title"_s, title },
        { u"starts_at"_s, startsAt }, { u"location"_s, u"Nhà văn hóa thôn"_s },
        { u"agenda"_s, u"Quán triệt nghị quyết"_s },
        { u"document_ids"_s, QJsonArray::fromStringList(documentIds) }, { u"status"_s, status } };
}

QJsonObject receipt(const QString &documentId, const QString &memberId)
{
    return { { u"id"_s, documentId + u':' + memberId }, { u"document_id"_s, documentId },
        { u"member_id"_s, memberId }, { u"read_at"_s, u"2026-11-20T01:00:00Z"_s } };
}
} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VaultSession> m_session;

    // Three documents (d2 newest), read receipts for d1 (mine) and d2 (someone else's), a past,
    // a cancelled and two future meetings of which m-next is the earliest.
    void fill(SqliteDatabase &db)
    {
        ReplicaStore replica(db);
        SyncState(db).setValue(u"member_id"_s, kMe);
        SyncState(db).setValue(u"org_id"_s, u"o1"_s);
        SyncState(db).setValue(u"last_success"_s, u"2026-11-22T01:30:00.000Z"_s);
        replica.put(u"document"_s, u"d1"_s, 1,
            document(u"d1"_s, u"Nghị quyết về xây dựng Đảng"_s, u"resolution"_s,
                u"2026-11-01T00:00:00Z"_s));
        replica.put(u"document"_s, u"d2"_s, 1,
            document(
                u"d2"_s, u"Kế hoạch học tập chuyên đề"_s, u"plan"_s, u"2026-11-10T00:00:00Z"_s));
        replica.put(u"document"_s, u"d3"_s, 1,
            document(u"d3"_s, u"Hướng dẫn sinh hoạt chi bộ"_s, u"guidance"_s,
                u"2026-10-01T00:00:00Z"_s));
        replica.put(u"read_receipt"_s, u"d1:m-me"_s, 1, receipt(u"d1"_s, kMe));
        replica.put(u"read_receipt"_s, u"d2:m-other"_s, 1, receipt(u"d2"_s, u"m-other"_s));
        replica.put(u"meeting"_s, u"m-past"_s, 1,
            meeting(
                u"m-past"_s, u"Sinh hoạt tháng 10"_s, u"2026-10-25T12:30:00Z"_s, u"done"_s, {}));
        replica.put(u"meeting"_s, u"m-cancel"_s, 1,
            meeting(u"m-cancel"_s, u"Họp bị hủy"_s, u"2026-11-23T12:30:00Z"_s, u"cancelled"_s, {}));
        replica.put(u"meeting"_s, u"m-later"_s, 1,
            meeting(u"m-later"_s, u"Sinh hoạt tháng 12"_s, u"2026-12-25T12:30:00Z"_s,
                u"scheduled"_s, {}));
        replica.put(u"meeting"_s, u"m-next"_s, 1,
            meeting(u"m-next"_s, u"Sinh hoạt chi bộ tháng 11"_s, u"2026-11-27T12:30:00+00:00"_s,
                u"scheduled"_s, { u"d2"_s, u"missing"_s, u"d1"_s }));
    }

    static QStringList column(const QAbstractItemModel &model, const QByteArray &role)
    {
        const int roleId = model.roleNames().key(role, -1);
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row)
            values.append(model.data(model.index(row, 0), roleId).toString());
        return values;
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

    void documentListRowsAndRoles()
    {
        DocumentListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy countSpy(&model, &DocumentListModel::countChanged);
        model.setDocuments(DocumentCatalog(m_session->vault().database()).newestDocuments());
        QCOMPARE(countSpy.count(), 1);
        QCOMPARE(column(model, "documentId"), (QStringList { u"d2"_s, u"d1"_s, u"d3"_s }));
        // Only my own receipt counts.
        QCOMPARE(column(model, "read"), (QStringList { u"false"_s, u"true"_s, u"false"_s }));
        QCOMPARE(model.unreadCount(), 2);
        QCOMPARE(column(model, "kindLabel"),
            (QStringList { u"Kế hoạch"_s, u"Nghị quyết"_s, u"Hướng dẫn"_s }));
        QCOMPARE(column(model, "issuedDate").at(0), u"10/11/2026"_s);

        QVERIFY(model.setRead(u"d2"_s));
        QCOMPARE(model.unreadCount(), 1);
        QVERIFY(!model.setRead(u"nope"_s));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"is not valid"_s));
        QVERIFY(!model.data(model.index(5, 0), DocumentListModel::TitleRole).isValid());
    }

    void homeShowsTheNextMeetingInVietnamTime()
    {
        HomeController home;
        home.setClock([] { return QDateTime(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC); });
        QAbstractItemModelTester meetingTester(
            home.meetingDocuments(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester newTester(
            home.newDocuments(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        home.setSession(m_session.get());

        QVERIFY(home.hasMeeting());
        QCOMPARE(home.meetingTitle(), u"Sinh hoạt chi bộ tháng 11"_s);
        // 12:30 UTC is 19:30 in Vietnam, a Friday.
        QVERIFY2(home.meetingTime().startsWith(u"19:30, "_s), qPrintable(home.meetingTime()));
        QVERIFY2(home.meetingTime().endsWith(u"27/11/2026"_s), qPrintable(home.meetingTime()));
        QCOMPARE(home.meetingLocation(), u"Nhà văn hóa thôn"_s);
        // The meeting's order; a document not on this device is left out.
        QCOMPARE(
            column(*home.meetingDocuments(), "documentId"), (QStringList { u"d2"_s, u"d1"_s }));
        QCOMPARE(home.meetingDocuments()->unreadCount(), 1);
        QCOMPARE(column(*home.newDocuments(), "documentId"),
            (QStringList { u"d2"_s, u"d1"_s, u"d3"_s }));
        QVERIFY2(home.syncStatus().contains(u"08:30"_s), qPrintable(home.syncStatus()));
        QCOMPARE(home.pendingCount(), 0);
        QVERIFY(home.errorMessage().isEmpty());
    }

    void homeIsEmptyWhileLockedAndFillsOnUnlock()
    {
        m_session->lock();
        QCOMPARE(m_session->state(), VaultSession::Locked);
        HomeController home;
        home.setSession(m_session.get());
        QVERIFY(!home.hasMeeting());
        QCOMPARE(home.newDocuments()->rowCount(), 0);
        QVERIFY(m_session->unlock(kPin));
        QTRY_COMPARE_WITH_TIMEOUT(home.newDocuments()->rowCount(), 3, kTimeoutMs);
    }

    void libraryListsAndSearchesWithoutDiacritics()
    {
        LibraryController library;
        QAbstractItemModelTester listTester(
            library.documents(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester resultTester(
            library.results(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        library.setSession(m_session.get());
        QCOMPARE(library.documents()->rowCount(), 3);
        QVERIFY(!library.searching());

        library.setSearchText(u"nghi quyet"_s);
        QVERIFY(library.searching());
        QCOMPARE(column(*library.results(), "documentId"), QStringList { u"d1"_s });
        QVERIFY2(column(*library.results(), "titleHtml").constFirst().contains(u"<b>Nghị</b>"_s),
            qPrintable(column(*library.results(), "titleHtml").constFirst()));
        QCOMPARE(column(*library.results(), "kindLabel"), QStringList { u"Nghị quyết"_s });

        library.setSearchText(u"dang"_s); // đ folds to d
        QCOMPARE(column(*library.results(), "documentId"), QStringList { u"d1"_s });

        // A kind narrows the search and the list; the picker offers the kinds on the device.
        library.setKind(u"plan"_s);
        QCOMPARE(library.results()->rowCount(), 0);
        library.setSearchText(u"hoc tap"_s);
        QCOMPARE(column(*library.results(), "documentId"), QStringList { u"d2"_s });
        QCOMPARE(column(*library.documents(), "documentId"), QStringList { u"d2"_s });
        QCOMPARE(library.kindChoices().size(), 4);
        QCOMPARE(library.kindChoices().at(0).toMap().value(u"kind"_s).toString(), QString());
        QCOMPARE(library.kindChoices().at(1).toMap().value(u"label"_s).toString(), u"Hướng dẫn"_s);
        library.setKind({});
        QCOMPARE(library.documents()->rowCount(), 3);

        library.setSearchText(u"  "_s);
        QVERIFY(!library.searching());
        QCOMPARE(library.results()->rowCount(), 0);
    }

    // The search results' snippets: pending rows ask the provider in batches, after data()
    // returned, and signal the rows filled; new results drop the old provider's work.
    void searchResultsFetchPendingSnippetsInBatches()
    {
        SearchResultModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<SearchHit> hits;
        for (int i = 0; i < 25; ++i) {
            SearchHit hit;
            hit.documentId = u"d%1"_s.arg(i);
            hit.titleHtml = u"Tài liệu %1"_s.arg(i);
            hit.snippetPending = i >= SearchResultModel::kSnippetBatch;
            if (!hit.snippetPending)
                hit.snippetHtml = u"đoạn <b>%1</b>"_s.arg(i);
            hits << hit;
        }
        QList<QStringList> asked;
        bool readable = true;
        const auto provider
            = [&](const QStringList &ids) -> std::optional<QHash<QString, QString>> {
            asked << ids;
            if (!readable)
                return std::nullopt;
            QHash<QString, QString> snippets;
            for (const QString &id : ids)
                snippets.insert(id, u"đoạn <b>"_s + id.mid(1) + u"</b>"_s);
            return snippets;
        };
        model.setHits(hits, provider);
        const auto snippet = [&](int row) {
            return model.data(model.index(row, 0), SearchResultModel::SnippetHtmlRole).toString();
        };
        const auto pending = [&](int row) {
            return model.data(model.index(row, 0), SearchResultModel::SnippetPendingRole).toBool();
        };
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // The first screen came with the search: nothing to fetch.
        QCOMPARE(snippet(3), u"đoạn <b>3</b>"_s);
        QVERIFY(!pending(3));
        QCoreApplication::processEvents();
        QVERIFY(asked.isEmpty());

        // A later row: empty and pending now, filled after the event loop ran, with the rows
        // after it in the same batch.
        QVERIFY(pending(12));
        QCOMPARE(snippet(12), QString());
        QVERIFY(asked.isEmpty()); // never inside data()
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.constFirst().size(), SearchResultModel::kSnippetBatch);
        QCOMPARE(asked.constFirst().constFirst(), u"d12"_s);
        QCOMPARE(changed.constFirst().at(0).toModelIndex().row(), 12);
        QCOMPARE(changed.constFirst().at(1).toModelIndex().row(), 21);
        const auto roles = changed.constFirst().at(2).value<QList<int>>();
        QVERIFY(roles.contains(SearchResultModel::SnippetHtmlRole));
        QVERIFY(roles.contains(SearchResultModel::SnippetPendingRole));
        QCOMPARE(snippet(12), u"đoạn <b>12</b>"_s);
        QCOMPARE(snippet(21), u"đoạn <b>21</b>"_s);
        QVERIFY(!pending(21));

        // The rest, asked for together: one batch, the filled rows only.
        snippet(24);
        snippet(10);
        QTRY_COMPARE(changed.count(), 3); // rows 10-11 and 22-24
        QCOMPARE(asked.size(), 2);
        QCOMPARE(asked.at(1), (QStringList { u"d10"_s, u"d11"_s, u"d22"_s, u"d23"_s, u"d24"_s }));
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(snippet(row), u"đoạn <b>%1</b>"_s.arg(row));
            QVERIFY(!pending(row));
        }
        QCoreApplication::processEvents();
        QCOMPARE(asked.size(), 2);

        // New results while a fetch waits: the old provider is never called.
        bool oldCalled = false;
        model.setHits(hits, [&](const QStringList &) -> std::optional<QHash<QString, QString>> {
            oldCalled = true;
            return QHash<QString, QString>();
        });
        snippet(15);
        model.setHits(hits.mid(0, 5), provider);
        QCoreApplication::processEvents();
        QVERIFY(!oldCalled);
        QCOMPARE(asked.size(), 2);

        // Unreadable (a locked vault): the rows stay pending, without a retry loop; asked again
        // when shown again.
        model.setHits(hits, provider);
        readable = false;
        changed.clear();
        QCOMPARE(snippet(20), QString());
        QTRY_COMPARE(asked.size(), 3);
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
        QCOMPARE(asked.size(), 3);
        QCOMPARE(changed.count(), 0);
        QVERIFY(pending(20));
        readable = true;
        snippet(20);
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(snippet(20), u"đoạn <b>20</b>"_s);

        // Without a provider (and for an empty search) nothing is fetched nor pending.
        model.setHits(hits);
        QCOMPARE(snippet(20), QString());
        QVERIFY(!pending(20));
        model.setHits({});
        QCoreApplication::processEvents();
        QCOMPARE(asked.size(), 4);
    }

    void readerMarksReadOnceAndQueuesTheReceipt()
    {
        ReaderController reader;
        reader.setSession(m_session.get());
        reader.setDocumentId(u"d2"_s);
        QVERIFY(reader.found());
        QCOMPARE(reader.title(), u"Kế hoạch học tập chuyên đề"_s);
        QCOMPARE(reader.kindLabel(), u"Kế hoạch"_s);
        QCOMPARE(reader.issuedDate(), u"10/11/2026"_s);
        QCOMPARE(reader.body(), u"Toàn văn Kế hoạch học tập chuyên đề"_s);
        QVERIFY(!reader.read());

        QSignalSpy readSpy(&reader, &ReaderController::markedRead);
        QVERIFY(reader.markRead());
        QVERIFY(reader.read());
        QCOMPARE(readSpy.count(), 1);
        QVERIFY(reader.markRead()); // already read: nothing more is queued
        QCOMPARE(readSpy.count(), 1);
        Outbox outbox(m_session->vault().database());
        QCOMPARE(outbox.pendingCount(), 1);
        QCOMPARE(outbox.pending().constFirst().name, u"document.read"_s);

        // Lists read again show it read.
        LibraryController library;
        library.setSession(m_session.get());
        QCOMPARE(library.documents()->unreadCount(), 1);

        reader.setDocumentId(u"missing"_s);
        QVERIFY(!reader.found());
        QVERIFY(!reader.markRead());
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
