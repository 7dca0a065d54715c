// Search as a Vietnamese member types it: without diacritics, with prefixes, ranked,
// with highlighted snippets.
#include "replicastore.h"
#include "searchindex.h"
#include "vaultfixture.h"

#include <QJsonObject>
#include <QTest>

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
} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

    VaultFixture *m_fixture = nullptr;
    SearchIndex index() { return SearchIndex(m_fixture->vault->database()); }

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

    void filtersByKindAndYear()
    {
        QCOMPARE(
            ids(index().search(u"nghi quyet"_s, 50, { u"plan"_s, 0 })), QStringList { u"kh"_s });
        QCOMPARE(
            ids(index().search(u"nghi quyet"_s, 50, { QString(), 2025 })), QStringList { u"nq"_s });
    }

    void operatorsAndEmptyInputAreHarmless()
    {
        QVERIFY(index().search(u""_s).isEmpty());
        QVERIFY(index().search(u"  - * \" ( "_s).isEmpty());
        QCOMPARE(ids(index().search(u"\"dang\" OR NEAR(vien"_s)).size(), 0); // no throw
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
