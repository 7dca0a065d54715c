#include "searchindex.h"

#include "searchmarks.h"
#include "sqlitedatabase.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <utility>

SearchIndex::SearchIndex(SqliteDatabase &db)
    : m_db(db)
{ }

SearchIndex::~SearchIndex() = default;

// The FTS rowid of a document (vault migration 8): its publication second above its doc_rowid,
// so that FTS5's rowid order is publication order and "ORDER BY rowid DESC LIMIT n" stops after
// the n newest matches. document_search_keys remembers each document's key: the row's
// published_at may have changed by the time the old entry is removed.
#define HANDBOOK_SEARCH_KEY(d)                                                                     \
    "((max(coalesce(unixepoch(" d ".published_at), 0), 0) << 30) | " d ".doc_rowid)"

void SearchIndex::index(const QString &documentId, const QString &title, const QString &number,
    const QString &summary, const QString &body)
{
    if (!m_remove) {
        m_remove = std::make_unique<Statement>(m_db,
            "DELETE FROM document_search WHERE rowid = "
            "(SELECT k.search_rowid FROM documents d "
            "JOIN document_search_keys k ON k.doc_rowid = d.doc_rowid WHERE d.id = ?1)");
        m_key = std::make_unique<Statement>(m_db,
            "INSERT OR REPLACE INTO document_search_keys(doc_rowid, search_rowid) "
            "SELECT d.doc_rowid, " HANDBOOK_SEARCH_KEY("d") " FROM documents d WHERE d.id = ?1");
        m_insert = std::make_unique<Statement>(m_db,
            "INSERT INTO document_search(rowid, title, number, summary, body) "
            "SELECT k.search_rowid, ?2, ?3, ?4, ?5 FROM documents d "
            "JOIN document_search_keys k ON k.doc_rowid = d.doc_rowid WHERE d.id = ?1");
    }
    m_remove->reset();
    m_remove->bind(1, documentId).exec();
    m_key->reset();
    m_key->bind(1, documentId).exec();
    // Empty, never NULL, like index(documentId).
    const auto text
        = [](const QString &value) { return value.isNull() ? QStringLiteral("") : value; };
    m_insert->reset();
    m_insert->bind(1, documentId).bind(2, text(title)).bind(3, text(number));
    m_insert->bind(4, text(summary)).bind(5, text(body)).exec();
}

void SearchIndex::index(const QString &documentId)
{
    unindex(documentId);
    Statement key(m_db,
        "INSERT OR REPLACE INTO document_search_keys(doc_rowid, search_rowid) "
        "SELECT d.doc_rowid, " HANDBOOK_SEARCH_KEY("d") " FROM documents d WHERE d.id = ?1");
    key.bind(1, documentId).exec();
    Statement insert(m_db, R"SQL(
        INSERT INTO document_search(rowid, title, number, summary, body)
        SELECT k.search_rowid, coalesce(title, ''), coalesce(number, ''),
               coalesce(json_extract(data, '$.summary'), ''),
               coalesce(json_extract(data, '$.body'), '')
        FROM documents d JOIN document_search_keys k ON k.doc_rowid = d.doc_rowid
        WHERE d.id = ?1)SQL");
    insert.bind(1, documentId).exec();
}

void SearchIndex::unindex(const QString &documentId)
{
    Statement remove(m_db,
        "DELETE FROM document_search WHERE rowid = "
        "(SELECT k.search_rowid FROM documents d "
        "JOIN document_search_keys k ON k.doc_rowid = d.doc_rowid WHERE d.id = ?1)");
    remove.bind(1, documentId).exec();
    Statement forget(m_db,
        "DELETE FROM document_search_keys "
        "WHERE doc_rowid = (SELECT doc_rowid FROM documents WHERE id = ?1)");
    forget.bind(1, documentId).exec();
}

namespace {
QStringList searchWords(const QString &userText)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{M}\\p{N}]+"));
    QStringList terms;
    for (const QString &word :
        userText.normalized(QString::NormalizationForm_C).split(separators, Qt::SkipEmptyParts))
        terms << u'"' + word + QStringLiteral("\"*");
    return terms;
}
} // namespace

QString SearchIndex::toMatchExpression(const QString &userText)
{
    return searchWords(userText).join(u' ');
}

QString SearchIndex::toTitlePhraseExpression(const QString &userText)
{
    const QStringList terms = searchWords(userText);
    if (terms.isEmpty())
        return {};
    // FTS5: "a"* + "b"* is a phrase whose every token is a prefix; {title number} limits it
    // to those columns.
    return QStringLiteral("{title number} : ") + terms.join(QStringLiteral(" + "));
}

namespace {

// At most this many matches (what is typed is specific): ranked by bm25, the title phrase
// first. More (a common word, a prefix of one or two letters): bm25 would score every match
// before the first result could be shown, so the page is the title phrase's matches, then the
// others, each newest first, read off FTS5's rowid order and stopped at the page's end
// (docs/decisions.md, issue 19).
constexpr int kRankedMatches = 250;
// A title phrase match's score: below any bm25 score, so first.
constexpr double kTitleBoost = 1e6;

// The filters of a SearchFilter on the documents row "d", bound by bindFilter().
constexpr char kFilters[] = R"SQL(
      AND (?3 = '' OR d.kind = ?3)
      AND (?4 = 0 OR CAST(substr(d.issued_date, 1, 4) AS INTEGER) = ?4)
      AND (?5 = '' OR EXISTS(SELECT 1 FROM organizations o WHERE o.id = d.org_id AND o.kind = ?5))
      AND (?6 = 0 OR EXISTS(SELECT 1 FROM bookmarks b WHERE b.document_id = d.id)))SQL";

void bindFilter(Statement &statement, const SearchFilter &filter)
{
    statement.bind(3, filter.kind.isNull() ? QStringLiteral("") : filter.kind);
    statement.bind(4, filter.year);
    statement.bind(5, filter.issuerLevel.isNull() ? QStringLiteral("") : filter.issuerLevel);
    statement.bind(6, filter.bookmarkedOnly ? 1 : 0);
}

bool isFiltered(const SearchFilter &filter)
{
    return !filter.kind.isEmpty() || filter.year != 0 || !filter.issuerLevel.isEmpty()
        || filter.bookmarkedOnly;
}

} // namespace

QList<qint64> SearchIndex::newestMatches(const QString &expression, int atMost)
{
    Statement newest(m_db,
        "SELECT rowid FROM document_search WHERE document_search MATCH ?1 "
        "ORDER BY rowid DESC LIMIT ?2");
    newest.bind(1, expression).bind(2, atMost);
    QList<qint64> rowids;
    while (newest.step())
        rowids << newest.integer(0);
    return rowids;
}

std::optional<QList<SearchIndex::PageRow>> SearchIndex::rankInIndex(
    const QString &expression, const QString &titlePhrase, int limit)
{
    // FTS5 scores with its own rank (the same bm25 weights) without reading a documents row
    // per match, title phrase matches ahead (the subquery runs once); the newest first among
    // equal scores (the rowid is the publication order).
    Statement top(m_db, R"SQL(
        SELECT rowid, rank - CASE WHEN rowid IN (SELECT rowid FROM document_search
                                                 WHERE document_search MATCH ?2)
                                  THEN 1e6 ELSE 0 END AS score
        FROM document_search
        WHERE document_search MATCH ?1 AND rank MATCH 'bm25(10.0, 6.0, 3.0, 1.0)'
        ORDER BY score, rowid DESC LIMIT ?3)SQL");
    top.bind(1, expression).bind(2, titlePhrase).bind(3, limit);
    QList<PageRow> rows;
    while (top.step()) {
        const double score = top.value(1).toDouble();
        if (!std::isfinite(score))
            return std::nullopt;
        rows.append({ top.integer(0), score });
    }
    return rows;
}

QList<SearchIndex::PageRow> SearchIndex::rankWithDocuments(
    const QString &expression, const QString &titlePhrase, const SearchFilter &filter, int limit)
{
    Statement top(m_db,
        (QByteArray(R"SQL(
        SELECT document_search.rowid,
               bm25(document_search, 10.0, 6.0, 3.0, 1.0)
               - CASE WHEN document_search.rowid IN (
                          SELECT rowid FROM document_search WHERE document_search MATCH ?2)
                      THEN 1e6 ELSE 0 END AS score
        FROM document_search
        CROSS JOIN documents d ON d.doc_rowid = )SQL" HANDBOOK_DOC_ROWID("document_search") R"SQL(
        WHERE document_search MATCH ?1)SQL")
            + kFilters + " ORDER BY score, document_search.rowid DESC LIMIT ?7")
            .constData());
    top.bind(1, expression).bind(2, titlePhrase).bind(7, limit);
    bindFilter(top, filter);
    QList<PageRow> rows;
    while (top.step())
        rows.append({ top.integer(0), top.value(1).toDouble() });
    return rows;
}

QList<SearchIndex::PageRow> SearchIndex::newest(const QString &expression,
    const QString &titlePhrase, const SearchFilter &filter, int limit,
    const QList<qint64> &newestFirst)
{
    // FTS5 walks its doclists in rowid order, newest first, and the LIMIT stops it: no match
    // past the page is read, let alone scored. A filter reads each walked match's documents
    // row (its primary key) until the page is full.
    const QByteArray sql = isFiltered(filter)
        ? QByteArray(R"SQL(
        SELECT document_search.rowid FROM document_search
        CROSS JOIN documents d ON d.doc_rowid = )SQL" HANDBOOK_DOC_ROWID("document_search") R"SQL(
        WHERE document_search MATCH ?1)SQL")
            + kFilters + " ORDER BY document_search.rowid DESC LIMIT ?2"
        : QByteArray("SELECT rowid FROM document_search WHERE document_search MATCH ?1 "
                     "ORDER BY rowid DESC LIMIT ?2");
    Statement matches(m_db, sql.constData());
    QList<PageRow> rows;
    QSet<qint64> seen;
    const auto add = [&](qint64 rowid, double score) {
        if (!seen.contains(rowid)) {
            seen.insert(rowid);
            rows.append({ rowid, score });
        }
    };
    const auto walk = [&](const QString &match, int count, double score) {
        matches.reset();
        matches.bind(1, match).bind(2, count);
        if (isFiltered(filter))
            bindFilter(matches, filter);
        while (matches.step() && rows.size() < limit)
            add(matches.integer(0), score);
    };
    walk(titlePhrase, limit, -kTitleBoost);
    // The title phrase's matches match the whole expression too: as many more are walked.
    // Unfiltered, the newest matches pageOf() read (counting them) are that walk when they
    // are enough.
    const qsizetype wanted = limit + rows.size();
    if (!isFiltered(filter) && newestFirst.size() >= wanted) {
        for (qsizetype i = 0; i < wanted && rows.size() < limit; ++i)
            add(newestFirst.at(i), 0);
    } else if (rows.size() < limit) {
        walk(expression, int(wanted), 0);
    }
    return rows;
}

QList<SearchIndex::PageRow> SearchIndex::pageOf(
    const QString &expression, const QString &titlePhrase, const SearchFilter &filter, int limit)
{
    // The newest matches, one more than are ranked: how many match (up to that), and when
    // many, the page's rows below the title phrase's, from one walk of FTS5.
    const QList<qint64> newestFirst = newestMatches(expression, kRankedMatches + 1);
    if (newestFirst.size() > kRankedMatches)
        return newest(expression, titlePhrase, filter, limit, newestFirst);
    std::optional<QList<PageRow>> ranked;
    if (!isFiltered(filter))
        ranked = rankInIndex(expression, titlePhrase, limit);
    return ranked ? *ranked : rankWithDocuments(expression, titlePhrase, filter, limit);
}

QList<qint64> SearchIndex::pageRowids(const QString &userText, int limit)
{
    QList<qint64> rowids;
    const QString expression = toMatchExpression(userText);
    if (expression.isEmpty() || limit <= 0)
        return rowids;
    for (const PageRow &row : pageOf(expression, toTitlePhraseExpression(userText), {}, limit))
        rowids << row.searchRowid;
    return rowids;
}

QList<SearchHit> SearchIndex::search(const QString &userText, int limit, const SearchFilter &filter,
    int snippetCount, int detailCount)
{
    QList<SearchHit> hits;
    const QString expression = toMatchExpression(userText);
    if (expression.isEmpty() || limit <= 0)
        return hits;
    // A document with the words typed, in order, in its title or number (its own title, "chuyen
    // doi so"; its number, "43-KH/TU") comes before any that only mentions them, however
    // often: bm25 scores the whole row's length, so a long document's title lost to a short
    // one's body. The boost, 1e6, is far beyond any bm25 score.
    const QString titlePhrase = toTitlePhraseExpression(userText);
    // The page first, then mark only its rows: highlight() and passage() tokenize the document
    // again, and in a single ranked query SQLite computes them for every match before sorting.
    // Without a filter FTS5 ranks alone (rankInIndex()): reading a documents row per match
    // cost more than the match itself, each row's page decrypted anew once the vault outgrows
    // SQLite's page cache.
    const QList<PageRow> page = pageOf(expression, titlePhrase, filter, limit);
    if (page.isEmpty())
        return hits;
    // [[rowid, score], ...] in page order; 17 significant digits give back the same double.
    QByteArray json = "[";
    qint64 lowest = page.constFirst().searchRowid;
    qint64 highest = lowest;
    for (const PageRow &row : std::as_const(page)) {
        if (json.size() > 1)
            json += ',';
        json += '[' + QByteArray::number(row.searchRowid) + ','
            + QByteArray::number(row.score, 'g', 17) + ']';
        lowest = std::min(lowest, row.searchRowid);
        highest = std::max(highest, row.searchRowid);
    }
    json += ']';
    // The query matches again and marks the page's rows only: FTS5 walks the matches between
    // the page's lowest and highest rowid ("+rowid IN": no rowid lookups, which would redo the
    // match per row; CROSS JOIN keeps the match the outer loop; the score comes from the page).
    // passage() re-reads the document, so it runs for the first ?3 positions only, and
    // highlight() (it reads the document's whole index row) and the signer (a parse of the
    // documents row's JSON) for the first ?6 (CASE evaluates them lazily); the others get the
    // documents row's plain title, read before its JSON.
    Statement query(m_db, R"SQL(
        WITH page AS MATERIALIZED (
            SELECT top.value ->> 0 AS search_rowid, top.value ->> 1 AS score,
                   top.key AS position
            FROM json_each(?2) AS top)
        SELECT d.id,
               CASE WHEN ?6 < 0 OR page.position < ?6
                    THEN highlight(document_search, 0, char(2), char(3)) END,
               CASE WHEN (?3 < 0 OR page.position < ?3) AND (?6 < 0 OR page.position < ?6)
                    THEN passage(document_search, char(2), char(3), '…', 16) END,
               d.kind, d.number, d.issued_date, page.score,
               CASE WHEN ?6 < 0 OR page.position < ?6
                    THEN (SELECT json_extract(s.data, '$.name') FROM signers s
                          WHERE s.id = json_extract(d.data, '$.signature.signer_id')) END,
               d.title, page.position
        FROM document_search
        CROSS JOIN page ON page.search_rowid = document_search.rowid
        CROSS JOIN documents d ON d.doc_rowid = )SQL" HANDBOOK_DOC_ROWID("document_search") R"SQL(
        WHERE document_search MATCH ?1
          AND document_search.rowid BETWEEN ?4 AND ?5
          AND +document_search.rowid IN (SELECT search_rowid FROM page)
        ORDER BY page.position)SQL");
    query.bind(1, expression).bind(2, QString::fromLatin1(json));
    query.bind(3, snippetCount < 0 ? kAllSnippets : snippetCount);
    query.bind(4, lowest).bind(5, highest);
    query.bind(6, detailCount < 0 ? kAllDetails : detailCount);
    const qsizetype details = detailCount < 0 ? page.size() : detailCount;
    while (query.step()) {
        SearchHit hit;
        hit.documentId = query.text(0);
        hit.detailsPending = query.integer(9) >= details;
        hit.titleHtml = hit.detailsPending ? query.text(8).toHtmlEscaped()
                                           : SearchMarks::toHtml(query.text(1));
        hit.snippetPending = query.isNull(2);
        if (!hit.snippetPending)
            hit.snippetHtml = SearchMarks::toHtml(query.text(2));
        hit.kind = query.text(3);
        hit.number = query.text(4);
        hit.issuedDate = query.text(5);
        hit.rank = query.value(6).toDouble();
        hit.signerName = query.isNull(7) ? QString() : query.text(7);
        hits << hit;
    }
    return hits;
}
