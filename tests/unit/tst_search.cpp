// Search as a Vietnamese member types it: without diacritics, with prefixes, ranked,
// with highlighted snippets: for the first hits only when asked so, the others computed later
// for just those documents, the same text either way.
#include "replicastore.h"
#include "searchindex.h"
#include "searchresultmodel.h"
#include "sqlitedatabase.h"
#include "vaultfixture.h"

#include <QDate>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>
#include <limits>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {
void putDocument(ReplicaStore &store, const QString &id, const QString &kind, const QString &number,
    const QString &title, const QString &summary, const QString &body, const QString &issued)
{
    store.put(u"document"_s, id, 1,
        QJsonObject { { u"id"_s, id }, { u"kind"_s, kind }, { u"number"_s, number },
            { u"title"_s, title }, { u"summary"_s, summary }, { u"body"_s, body },
            { u"issued_date"_s, issued }, { u"published_at"_s, issued + u"T08:00:00+07:00"_s } });
}

QStringList ids(const QList<SearchHit> &hits)
{
    QStringList result;
    for (const SearchHit &hit : hits)
        result << hit.documentId;
    return result;
}

// Counts the text FTS5 tokenizes for auxiliary functions (snippet(), highlight()): a
// "vietnamese" tokenizer registered over the app's, delegating to it. Tables connected after
// the registration use it.
struct TokenizeCount
{
    static inline int calls = 0;
    static inline qint64 bytes = 0;
    static void reset() { calls = 0, bytes = 0; }
};

struct CountingTokenizer
{
    fts5_tokenizer inner {};
    void *innerContext = nullptr;
};

struct CountingInstance
{
    fts5_tokenizer inner {};
    Fts5Tokenizer *innerInstance = nullptr;
};

int countingCreate(void *context, const char **args, int argCount, Fts5Tokenizer **out)
{
    const auto *counting = static_cast<CountingTokenizer *>(context);
    auto *instance = new CountingInstance { counting->inner, nullptr };
    const int rc
        = counting->inner.xCreate(counting->innerContext, args, argCount, &instance->innerInstance);
    if (rc != SQLITE_OK) {
        delete instance;
        return rc;
    }
    *out = reinterpret_cast<Fts5Tokenizer *>(instance);
    return SQLITE_OK;
}

void countingDelete(Fts5Tokenizer *tokenizer)
{
    auto *instance = reinterpret_cast<CountingInstance *>(tokenizer);
    instance->inner.xDelete(instance->innerInstance);
    delete instance;
}

int countingTokenize(Fts5Tokenizer *tokenizer, void *callbackContext, int flags, const char *text,
    int length, int (*callback)(void *, int, const char *, int, int, int))
{
    auto *instance = reinterpret_cast<CountingInstance *>(tokenizer);
    if (flags == FTS5_TOKENIZE_AUX) {
        ++TokenizeCount::calls;
        TokenizeCount::bytes += length;
    }
    return instance->inner.xTokenize(
        instance->innerInstance, callbackContext, flags, text, length, callback);
}

bool registerCountingTokenizer(SqliteDatabase &db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db.handle(), "SELECT fts5(?1)", -1, &stmt, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(stmt, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(stmt);
    }
    sqlite3_finalize(stmt);
    if (!api)
        return false;
    static CountingTokenizer counting; // outlives every connection of the test
    if (api->xFindTokenizer(api, "vietnamese", &counting.innerContext, &counting.inner)
        != SQLITE_OK)
        return false;
    fts5_tokenizer tokenizer { countingCreate, countingDelete, countingTokenize };
    return api->xCreateTokenizer(api, "vietnamese", &counting, &tokenizer, nullptr) == SQLITE_OK;
}
} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

    VaultFixture *m_fixture = nullptr;
    qint64 m_shortestBody = 0; // bytes, of putManyDocuments()'s bodies
    SearchIndex index() { return SearchIndex(m_fixture->vault->database()); }

    // Thirty documents with "quy định" in a long body (some in the title too).
    void putManyDocuments()
    {
        ReplicaStore store(m_fixture->vault->database());
        m_shortestBody = std::numeric_limits<qint64>::max();
        for (int i = 0; i < 30; ++i) {
            const QString id = u"m%1"_s.arg(i, 2, 10, QChar(u'0'));
            QString body = u"Phần mở đầu của văn bản. "_s.repeated(i + 1);
            body += u"Các chi bộ thực hiện quy định số %1 về sinh hoạt. "_s.arg(i);
            body += u"Phần kết thúc của văn bản, không có gì đáng chú ý. "_s.repeated(80);
            m_shortestBody = std::min(m_shortestBody, qint64(body.toUtf8().size()));
            putDocument(store, id, u"regulation"_s, u"%1-QĐ"_s.arg(i),
                (i % 3 == 0 ? u"Quy định mới %1"_s : u"Văn bản %1"_s).arg(i), u""_s, body,
                u"2025-%1-01"_s.arg(i % 12 + 1, 2, 10, QChar(u'0')));
        }
    }

    // A signer, and every fourth of putManyDocuments() signed by them (verified: the sync
    // keeps no other signed document).
    void putSignedDocuments()
    {
        ReplicaStore store(m_fixture->vault->database());
        store.put(u"signer"_s, u"s1"_s, 1,
            QJsonObject { { u"id"_s, u"s1"_s }, { u"name"_s, u"Lê Văn Ký"_s } });
        for (int i = 1; i < 30; i += 4) {
            const QString id = u"m%1"_s.arg(i, 2, 10, QChar(u'0'));
            QJsonObject data = store.get(u"document"_s, id).value_or(QJsonObject());
            QVERIFY(!data.isEmpty());
            data.insert(u"signature"_s, QJsonObject { { u"signer_id"_s, u"s1"_s } });
            store.put(u"document"_s, id, 2, data);
        }
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = new VaultFixture;
        QVERIFY(m_fixture->vault->create(VaultFixture::kPin).ok());
        ReplicaStore store(m_fixture->vault->database());
        putDocument(store, u"nq"_s, u"resolution"_s, u"43-NQ/TU"_s,
            u"Nghị quyết về xây dựng Đảng"_s, u"Nâng cao chất lượng đảng viên"_s,
            u"Mỗi Đảng viên phải gương mẫu."_s, u"2025-03-10"_s);
        putDocument(store, u"kh"_s, u"plan"_s, u"12-KH/HU"_s, u"Kế hoạch học tập"_s,
            u"Triển khai học tập nghị quyết"_s, u"Các chi bộ tổ chức học tập."_s, u"2024-06-01"_s);
        putDocument(store, u"tb"_s, u"notice"_s, u"05-TB/ĐU"_s, u"Thông báo lịch sinh hoạt"_s,
            u"Lịch sinh hoạt chi bộ tháng 11"_s, u"Đang cập nhật danh sách."_s, u"2025-11-01"_s);
    }
    void cleanup()
    {
        delete m_fixture;
        m_fixture = nullptr;
    }

    void withoutDiacriticsFindsVietnamese()
    {
        QCOMPARE(ids(index().search(u"dang vien"_s)), QStringList { u"nq"_s });
        QVERIFY(ids(index().search(u"nghi quyet"_s)).contains(u"nq"_s));
        QVERIFY(ids(index().search(u"NGHI QUYET"_s)).contains(u"kh"_s)); // summary mentions it
        QVERIFY(ids(index().search(u"Đảng viên"_s)).contains(u"nq"_s)); // typed with marks too
    }

    void dFoldsBothWays()
    {
        QVERIFY(ids(index().search(u"dang"_s)).contains(u"nq"_s)); // Đảng
        QVERIFY(ids(index().search(u"đang"_s)).contains(u"tb"_s)); // Đang
    }

    void prefixesMatchAsYouType()
    {
        QVERIFY(ids(index().search(u"nghi qu"_s)).contains(u"nq"_s));
        QCOMPARE(ids(index().search(u"ke hoa"_s)), QStringList { u"kh"_s });
        QCOMPARE(ids(index().search(u"43-NQ"_s)), QStringList { u"nq"_s });
    }

    void titleMatchesRankFirst()
    {
        const QStringList ranked = ids(index().search(u"nghi quyet"_s));
        QCOMPARE(ranked, (QStringList { u"nq"_s, u"kh"_s }));
    }

    // A long document titled with the words typed ranks above a short one that only
    // mentions them in its body, however often: FTS5's bm25 alone put the
    // short notice first.
    void titlePhraseRanksAboveBodyMatches()
    {
        ReplicaStore store(m_fixture->vault->database());
        const QString longBody
            = u"Nội dung triển khai các nhiệm vụ của chi bộ trong năm. "_s.repeated(200);
        putDocument(store, u"plan"_s, u"plan"_s, u"88-KH/TU"_s,
            u"Kế hoạch thực hiện chuyển đổi số trong các cơ quan đảng giai đoạn 2025 - 2030"_s,
            u""_s, longBody, u"2025-02-01"_s);
        putDocument(store, u"notice"_s, u"notice"_s, u"07-TB/ĐU"_s, u"Thông báo kết luận"_s, u""_s,
            u"Chuyển đổi số: chuyển đổi số, chuyển đổi số và chuyển đổi số."_s, u"2025-06-01"_s);
        const QStringList ranked = ids(index().search(u"chuyen doi so"_s));
        QCOMPARE(ranked, (QStringList { u"plan"_s, u"notice"_s }));
        SearchFilter plansAndNotices; // the same order when SQLite ranks with a filter
        plansAndNotices.year = 2025;
        QCOMPARE(ids(index().search(u"chuyen doi so"_s, 50, plansAndNotices)), ranked);
    }

    // A number typed as written finds that document first, above documents that cite it.
    void numberRanksAboveDocumentsCitingIt()
    {
        ReplicaStore store(m_fixture->vault->database());
        const QString longBody
            = u"Các cấp ủy tổ chức quán triệt và thực hiện nghiêm túc. "_s.repeated(200);
        putDocument(store, u"kh43"_s, u"plan"_s, u"43-KH/TU"_s, u"Kế hoạch tổ chức đại hội"_s,
            u""_s, longBody, u"2025-01-15"_s);
        putDocument(store, u"cite"_s, u"notice"_s, u"09-TB/ĐU"_s, u"Thông báo phân công"_s, u""_s,
            u"Thực hiện Kế hoạch 43-KH/TU, xem Kế hoạch 43-KH/TU."_s, u"2025-03-01"_s);
        QCOMPARE(ids(index().search(u"43-KH/TU"_s)).value(0), u"kh43"_s);
        QCOMPARE(ids(index().search(u"43 kh tu"_s)).value(0), u"kh43"_s);
        QCOMPARE(ids(index().search(u"43-KH/TU"_s, 1)), QStringList { u"kh43"_s });
    }

    void snippetsHighlightTheOriginalText()
    {
        const QList<SearchHit> hits = index().search(u"dang vien"_s);
        QCOMPARE(hits.size(), 1);
        QVERIFY2(hits.first().snippetHtml.contains(u"<b>đảng</b> <b>viên</b>"_s)
                || hits.first().snippetHtml.contains(u"<b>Đảng</b> <b>viên</b>"_s),
            qPrintable(hits.first().snippetHtml));
        QVERIFY(hits.first().titleHtml.contains(u"<b>Đảng</b>"_s));
    }

    void markupInDocumentsIsEscaped()
    {
        ReplicaStore store(m_fixture->vault->database());
        putDocument(store, u"x"_s, u"other"_s, u""_s, u"Quy định <script> tạm thời"_s, u""_s, u""_s,
            u"2025-01-01"_s);
        const QList<SearchHit> hits = index().search(u"tam thoi"_s);
        QCOMPARE(hits.size(), 1);
        QVERIFY(hits.first().titleHtml.contains(u"&lt;script&gt;"_s));
    }

    // The snippet is shown as StyledText: markup in a document's body comes out as its literal
    // characters, only the highlights are tags.
    void markupInSnippetsIsEscaped()
    {
        ReplicaStore store(m_fixture->vault->database());
        putDocument(store, u"evil"_s, u"other"_s, u""_s, u"Thông báo"_s, u""_s,
            u"<script>x</script> <img src=\"http://h/x.png\"> quy chế bầu cử & \"kiểm phiếu\""_s,
            u"2025-01-01"_s);
        QList<SearchHit> hits = index().search(u"quy che bau cu"_s);
        QCOMPARE(hits.size(), 1);
        if (hits.first().snippetPending)
            hits.first().snippetHtml
                = index().snippets(u"quy che bau cu"_s, { u"evil"_s }).value(u"evil"_s);
        const QString snippet = hits.first().snippetHtml;
        QVERIFY2(snippet.contains(u"&lt;script&gt;"_s), qPrintable(snippet));
        QVERIFY2(
            snippet.contains(u"&lt;img src=&quot;http://h/x.png&quot;&gt;"_s), qPrintable(snippet));
        QVERIFY2(snippet.contains(u"&amp;"_s), qPrintable(snippet));
        QVERIFY2(snippet.contains(u"<b>quy</b> <b>chế</b>"_s), qPrintable(snippet));
        // No tag but the highlights.
        QString tagsLeft = snippet;
        tagsLeft.remove(u"<b>"_s).remove(u"</b>"_s);
        QVERIFY2(!tagsLeft.contains(u'<') && !tagsLeft.contains(u'>'), qPrintable(snippet));
    }

    void filtersByKindAndYear()
    {
        QCOMPARE(
            ids(index().search(u"nghi quyet"_s, 50, { u"plan"_s, 0 })), QStringList { u"kh"_s });
        QCOMPARE(
            ids(index().search(u"nghi quyet"_s, 50, { QString(), 2025 })), QStringList { u"nq"_s });
    }

    // Equal scores are ranked newest first, also where they cross the end of the page.
    void equalScoresRankNewestFirst()
    {
        ReplicaStore store(m_fixture->vault->database());
        for (const QString &month : { u"05"_s, u"01"_s, u"09"_s, u"03"_s, u"07"_s })
            putDocument(store, u"copy-"_s + month, u"notice"_s, u""_s, u"Thông báo nghỉ lễ"_s,
                u""_s, u"Nghỉ lễ theo quy định."_s, u"2025-"_s + month + u"-01"_s);
        const QList<SearchHit> all = index().search(u"nghi le"_s);
        QCOMPARE(ids(all),
            (QStringList { u"copy-09"_s, u"copy-07"_s, u"copy-05"_s, u"copy-03"_s, u"copy-01"_s }));
        QCOMPARE(
            ids(index().search(u"nghi le"_s, 2)), (QStringList { u"copy-09"_s, u"copy-07"_s }));
        SearchFilter notices;
        notices.kind = u"notice"_s; // SQLite ranks then, with the documents' dates
        QCOMPARE(ids(index().search(u"nghi le"_s, 2, notices)),
            (QStringList { u"copy-09"_s, u"copy-07"_s }));
        // A better match ahead of them: the page's end still falls among the equal ones.
        putDocument(store, u"le"_s, u"notice"_s, u""_s, u"Nghỉ lễ Quốc khánh, nghỉ lễ"_s, u""_s,
            u""_s, u"2024-01-01"_s);
        QCOMPARE(ids(index().search(u"nghi le"_s, 3)),
            (QStringList { u"le"_s, u"copy-09"_s, u"copy-07"_s }));
        QCOMPARE(ids(index().search(u"nghi le"_s, 1)), QStringList { u"le"_s });
    }

    void operatorsAndEmptyInputAreHarmless()
    {
        QVERIFY(index().search(u""_s).isEmpty());
        QVERIFY(index().search(u"  - * \" ( "_s).isEmpty());
        QCOMPARE(ids(index().search(u"\"dang\" OR NEAR(vien"_s)).size(), 0); // no throw
    }

    void snippetsForTheFirstHitsOnly()
    {
        putManyDocuments();
        const QList<SearchHit> all = index().search(u"quy dinh"_s, 50);
        QCOMPARE(all.size(), 30);
        const QList<SearchHit> firstScreen = index().search(u"quy dinh"_s, 50, {}, 10);
        QCOMPARE(ids(firstScreen), ids(all));
        for (int row = 0; row < firstScreen.size(); ++row) {
            const SearchHit &hit = firstScreen.at(row);
            QCOMPARE(hit.titleHtml, all.at(row).titleHtml); // every title highlighted
            QCOMPARE(hit.rank, all.at(row).rank);
            QVERIFY(!all.at(row).snippetPending);
            QVERIFY(all.at(row).snippetHtml.contains(u"<b>quy</b> <b>định</b>"_s));
            if (row < 10) {
                QVERIFY(!hit.snippetPending);
                QCOMPARE(hit.snippetHtml, all.at(row).snippetHtml);
            } else {
                QVERIFY(hit.snippetPending);
                QVERIFY(hit.snippetHtml.isEmpty());
            }
        }
        const QList<SearchHit> none = index().search(u"quy dinh"_s, 50, {}, 0);
        QCOMPARE(ids(none), ids(all));
        QVERIFY(std::all_of(none.cbegin(), none.cend(),
            [](const SearchHit &hit) { return hit.snippetPending && hit.snippetHtml.isEmpty(); }));
        // A filter and a limit narrow the page; the first hits of that page get the snippets.
        SearchFilter regulations2025;
        regulations2025.kind = u"regulation"_s;
        regulations2025.year = 2025;
        const QList<SearchHit> few = index().search(u"quy dinh"_s, 4, regulations2025, 2);
        QCOMPARE(ids(few), ids(all).mid(0, 4));
        QVERIFY(!few.at(1).snippetPending);
        QVERIFY(few.at(2).snippetPending);
    }

    void laterSnippetsAreTheSameText()
    {
        putManyDocuments();
        const QList<SearchHit> all = index().search(u"quy dinh"_s, 50);
        const QList<SearchHit> firstScreen = index().search(u"quy dinh"_s, 50, {}, 10);
        QStringList later = ids(firstScreen).mid(10);
        later << u"nq"_s << u"no-such-document"_s; // no longer matching, unknown: left out
        const QHash<QString, QString> snippets = index().snippets(u"quy dinh"_s, later);
        QCOMPARE(snippets.size(), 20);
        for (const SearchHit &hit : all)
            QCOMPARE(snippets.value(hit.documentId, hit.snippetHtml), hit.snippetHtml);
        QVERIFY(index().snippets(u"quy dinh"_s, {}).isEmpty());
        QVERIFY(index().snippets(u" * "_s, later).isEmpty());
    }

    // A snippet tokenizes its document's text again (the column it shows): only for the
    // documents asked for, once each; a highlighted title tokenizes the title alone.
    void snippetsTokenizeOnlyTheirDocuments()
    {
        putManyDocuments();
        // A fresh connection, so document_search is connected with the counting tokenizer.
        m_fixture->vault->lock();
        QVERIFY(m_fixture->vault->unlock(VaultFixture::kPin).ok());
        QVERIFY(registerCountingTokenizer(m_fixture->vault->database()));
        // Titles, numbers and the like: far less than a body.
        const qint64 titles = 30 * 40;
        QVERIFY(titles < m_shortestBody);
        const auto counts = [] {
            return QByteArray::number(TokenizeCount::calls) + " calls, "
                + QByteArray::number(TokenizeCount::bytes) + " bytes";
        };

        TokenizeCount::reset();
        QCOMPARE(index().search(u"quy dinh"_s, 50).size(), 30);
        QVERIFY2(TokenizeCount::calls == 30 + 30, counts().constData()); // titles, snippets
        const qint64 everySnippet = TokenizeCount::bytes;
        QVERIFY2(everySnippet > titles, counts().constData());

        TokenizeCount::reset();
        const QList<SearchHit> titlesOnly = index().search(u"quy dinh"_s, 50, {}, 0);
        QCOMPARE(titlesOnly.size(), 30);
        QVERIFY2(TokenizeCount::calls == 30, counts().constData());
        QVERIFY2(TokenizeCount::bytes < titles, counts().constData());

        TokenizeCount::reset();
        const QStringList two { titlesOnly.at(20).documentId, titlesOnly.at(25).documentId };
        QCOMPARE(index().snippets(u"quy dinh"_s, two).size(), 2);
        QVERIFY2(TokenizeCount::calls == 2, counts().constData());
        QVERIFY2(TokenizeCount::bytes < everySnippet, counts().constData());

        TokenizeCount::reset();
        QCOMPARE(index().search(u"quy dinh"_s, 50, {}, 2).size(), 30);
        QVERIFY2(TokenizeCount::calls == 30 + 2, counts().constData());
        QVERIFY2(TokenizeCount::bytes < everySnippet, counts().constData());
    }

    // As the library searches while the member types: the first screen complete (title marks,
    // snippet, signer), the rows below it with their plain title until details() completes
    // them, the same text as a search that completed every row.
    void detailsForTheFirstScreenThenAsShown()
    {
        putManyDocuments();
        putSignedDocuments();
        {
            // Both words in the title, apart: below the ten title phrases, still marked.
            ReplicaStore store(m_fixture->vault->database());
            for (int i = 0; i < 3; ++i)
                putDocument(store, u"dh%1"_s.arg(i), u"plan"_s, u""_s,
                    u"Định hướng quy hoạch %1"_s.arg(i), u""_s, u"Nội dung."_s, u"2024-01-01"_s);
        }
        const QList<SearchHit> all = index().search(u"quy dinh"_s, 50);
        QCOMPARE(all.size(), 33);
        const QList<SearchHit> screen = index().search(u"quy dinh"_s, 50, {}, 10, 10);
        QCOMPARE(ids(screen), ids(all));
        int signedEarly = 0;
        int signedLater = 0;
        for (int row = 0; row < screen.size(); ++row) {
            const SearchHit &hit = screen.at(row);
            const SearchHit &complete = all.at(row);
            QVERIFY(!complete.detailsPending);
            QCOMPARE(hit.rank, complete.rank);
            QCOMPARE(hit.kind, complete.kind);
            QCOMPARE(hit.number, complete.number);
            QCOMPARE(hit.issuedDate, complete.issuedDate);
            (row < 10 ? signedEarly : signedLater) += complete.signerName.isEmpty() ? 0 : 1;
            if (row < 10) {
                QVERIFY(!hit.detailsPending && !hit.snippetPending);
                QCOMPARE(hit.titleHtml, complete.titleHtml);
                QCOMPARE(hit.snippetHtml, complete.snippetHtml);
                QCOMPARE(hit.signerName, complete.signerName);
            } else {
                QVERIFY(hit.detailsPending && hit.snippetPending);
                QVERIFY(!hit.titleHtml.isEmpty());
                QVERIFY(!hit.titleHtml.contains(u"<b>"_s)); // the plain title
                QCOMPARE(QString(hit.titleHtml).remove(u"<b>"_s).remove(u"</b>"_s),
                    QString(complete.titleHtml).remove(u"<b>"_s).remove(u"</b>"_s));
                QVERIFY(hit.snippetHtml.isEmpty());
                QVERIFY(hit.signerName.isEmpty());
            }
        }
        QVERIFY(signedEarly > 0 && signedLater > 0); // both sides of the screen checked
        // A title of the first screen and one below it have marks to give.
        QVERIFY(all.at(0).titleHtml.contains(u"<b>"_s));
        QVERIFY(std::any_of(all.cbegin() + 10, all.cend(),
            [](const SearchHit &hit) { return hit.titleHtml.contains(u"<b>"_s); }));

        QStringList later = ids(screen).mid(10);
        later << u"nq"_s << u"no-such-document"_s; // no longer matching, unknown: left out
        const QHash<QString, SearchHit> details = index().details(u"quy dinh"_s, later);
        QCOMPARE(details.size(), 23);
        for (int row = 10; row < all.size(); ++row) {
            const SearchHit &complete = all.at(row);
            const SearchHit hit = details.value(complete.documentId);
            QCOMPARE(hit.documentId, complete.documentId);
            QVERIFY(!hit.detailsPending && !hit.snippetPending);
            QCOMPARE(hit.titleHtml, complete.titleHtml);
            QCOMPARE(hit.snippetHtml, complete.snippetHtml);
            QCOMPARE(hit.signerName, complete.signerName);
            QCOMPARE(hit.kind, complete.kind);
            QCOMPARE(hit.number, complete.number);
            QCOMPARE(hit.issuedDate, complete.issuedDate);
        }
        QVERIFY(index().details(u"quy dinh"_s, {}).isEmpty());
        QVERIFY(index().details(u" * "_s, later).isEmpty());
        // A filter and a limit narrow the page; the first hits of that page are complete.
        SearchFilter regulations2025;
        regulations2025.kind = u"regulation"_s;
        regulations2025.year = 2025;
        const QList<SearchHit> few = index().search(u"quy dinh"_s, 4, regulations2025, 2, 2);
        QCOMPARE(ids(few), ids(all).mid(0, 4));
        QVERIFY(!few.at(1).detailsPending);
        QCOMPARE(few.at(1).titleHtml, all.at(1).titleHtml);
        QVERIFY(few.at(2).detailsPending && few.at(2).snippetPending);
    }

    // Rows below the first screen get their marks, snippet and signer when a view reads them
    // (the model asks details() after data() returned), the same as a search that completed
    // every row.
    void laterRowsOfTheModelGetTheirMarksWhenRead()
    {
        putManyDocuments();
        putSignedDocuments();
        const QList<SearchHit> all = index().search(u"quy dinh"_s, 50);
        SearchResultModel model;
        QStringList asked;
        model.setHitsWithDetails(index().search(u"quy dinh"_s, 50, {}, 10, 10),
            [&](const QStringList &documentIds) -> std::optional<QHash<QString, SearchHit>> {
                asked << documentIds;
                return index().details(u"quy dinh"_s, documentIds);
            });
        const auto read = [&](int row, int role) { return model.data(model.index(row), role); };
        QVERIFY(read(3, SearchResultModel::TitleHtmlRole).toString().contains(u"<b>"_s));
        QCoreApplication::processEvents();
        QVERIFY(asked.isEmpty()); // the first screen came complete
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // Row 12: the plain title while it is read, then the marks.
        QVERIFY(!read(12, SearchResultModel::TitleHtmlRole).toString().contains(u"<b>"_s));
        QVERIFY(read(12, SearchResultModel::SnippetPendingRole).toBool());
        QVERIFY(asked.isEmpty()); // never inside data()
        QTRY_VERIFY(!changed.isEmpty());
        QCOMPARE(asked.size(), SearchResultModel::kSnippetBatch);
        const auto roles = changed.constFirst().at(2).value<QList<int>>();
        for (const int role :
            { int(SearchResultModel::TitleHtmlRole), int(SearchResultModel::SnippetHtmlRole),
                int(SearchResultModel::VerifiedRole), int(SearchResultModel::SignerNameRole) })
            QVERIFY(roles.contains(role));
        // Every row, once read, as the search that completed everything made it.
        for (int row = 0; row < model.rowCount(); ++row)
            read(row, SearchResultModel::SignerNameRole);
        QTRY_COMPARE(asked.size(), all.size() - 10);
        for (int row = 0; row < model.rowCount(); ++row) {
            const SearchHit &complete = all.at(row);
            QCOMPARE(read(row, SearchResultModel::TitleHtmlRole).toString(), complete.titleHtml);
            QCOMPARE(
                read(row, SearchResultModel::SnippetHtmlRole).toString(), complete.snippetHtml);
            QCOMPARE(read(row, SearchResultModel::SignerNameRole).toString(), complete.signerName);
            QCOMPARE(read(row, SearchResultModel::VerifiedRole).toBool(),
                !complete.signerName.isEmpty());
            QVERIFY(!read(row, SearchResultModel::SnippetPendingRole).toBool());
        }
        QCoreApplication::processEvents();
        QCOMPARE(asked.size(), all.size() - 10);
    }

    // The first screen tokenizes its own titles and passages only; details() those asked for.
    void firstScreenTokenizesItsRowsOnly()
    {
        putManyDocuments();
        m_fixture->vault->lock();
        QVERIFY(m_fixture->vault->unlock(VaultFixture::kPin).ok());
        QVERIFY(registerCountingTokenizer(m_fixture->vault->database()));
        const auto counts = [] { return QByteArray::number(TokenizeCount::calls) + " calls"; };
        TokenizeCount::reset();
        QCOMPARE(index().search(u"quy dinh"_s, 50, {}, 10, 10).size(), 30);
        QVERIFY2(TokenizeCount::calls == 10 + 10, counts().constData()); // titles, passages
        TokenizeCount::reset();
        QCOMPARE(index().details(u"quy dinh"_s, { u"m20"_s, u"m25"_s }).size(), 2);
        QVERIFY2(TokenizeCount::calls == 2 + 2, counts().constData());
    }

    // Words that most documents contain (more than SearchIndex ranks): the title phrase's
    // matches first, then the others, each newest first; FTS5 reads the page off its rowid
    // order (the publication order) instead of scoring every match.
    void commonWordsShowTitleMatchesThenTheNewest()
    {
        ReplicaStore store(m_fixture->vault->database());
        Transaction transaction(m_fixture->vault->database());
        QStringList bodiesNewestFirst;
        for (int i = 0; i < 260; ++i) {
            const QString id = u"c%1"_s.arg(i, 3, 10, QChar(u'0'));
            // How often the words come (what bm25 ranks by) is unrelated to the date.
            putDocument(store, id, i % 2 ? u"notice"_s : u"plan"_s, u""_s, u"Văn bản %1"_s.arg(i),
                u""_s, u"Thực hiện quy định. "_s.repeated(1 + (i * 7) % 5),
                QDate(2020, 1, 1).addDays(i).toString(Qt::ISODate));
            bodiesNewestFirst.prepend(id);
        }
        for (const QString &day : { u"2019-05-01"_s, u"2019-07-01"_s, u"2019-06-01"_s })
            putDocument(store, u"t"_s + day, u"regulation"_s, u""_s, u"Quy định về "_s + day, u""_s,
                u"Nội dung."_s, day);
        transaction.commit();
        const QStringList titles { u"t2019-07-01"_s, u"t2019-06-01"_s, u"t2019-05-01"_s };
        const QList<SearchHit> page = index().search(u"quy dinh"_s, 20, {}, 10);
        QCOMPARE(ids(page), titles + bodiesNewestFirst.mid(0, 17));
        QVERIFY(!page.at(9).snippetPending && page.at(10).snippetPending);
        QVERIFY(page.at(3).snippetHtml.contains(u"<b>quy</b> <b>định</b>"_s));
        QCOMPARE(index().snippets(u"quy dinh"_s, { page.at(12).documentId }).size(), 1);
        QCOMPARE(ids(index().search(u"quy dinh"_s, 2)), titles.mid(0, 2));
        SearchFilter notices;
        notices.kind = u"notice"_s;
        QStringList newestNotices;
        for (const QString &id : bodiesNewestFirst) {
            if (id.mid(1).toInt() % 2)
                newestNotices << id;
        }
        QCOMPARE(ids(index().search(u"quy dinh"_s, 5, notices)), newestNotices.mid(0, 5));
    }

    // A document published again under a new date moves in the index: found once, in its new
    // place.
    void republishedDocumentIsIndexedOnce()
    {
        ReplicaStore store(m_fixture->vault->database());
        putDocument(store, u"kh"_s, u"plan"_s, u"12-KH/HU"_s, u"Kế hoạch học tập"_s,
            u"Triển khai học tập nghị quyết"_s, u"Các chi bộ tổ chức học tập."_s, u"2026-01-01"_s);
        QCOMPARE(ids(index().search(u"hoc tap"_s)), QStringList { u"kh"_s });
        SqliteDatabase &db = m_fixture->vault->database();
        QCOMPARE(db.scalar("SELECT count(*) FROM document_search").toInt(), 3);
        QCOMPARE(db.scalar("SELECT count(*) FROM document_search_keys").toInt(), 3);
        QVERIFY(store.remove(u"document"_s, u"kh"_s));
        QCOMPARE(db.scalar("SELECT count(*) FROM document_search").toInt(), 2);
        QCOMPARE(db.scalar("SELECT count(*) FROM document_search_keys").toInt(), 2);
    }

    void updatedAndDeletedDocumentsLeaveTheIndex()
    {
        ReplicaStore store(m_fixture->vault->database());
        putDocument(store, u"nq"_s, u"resolution"_s, u"43-NQ/TU"_s, u"Chỉ thị mới"_s, u""_s, u""_s,
            u"2025-03-10"_s);
        QVERIFY(!ids(index().search(u"dang vien"_s)).contains(u"nq"_s));
        QCOMPARE(ids(index().search(u"chi thi"_s)), QStringList { u"nq"_s });
        QVERIFY(store.remove(u"document"_s, u"nq"_s));
        QVERIFY(index().search(u"chi thi"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
