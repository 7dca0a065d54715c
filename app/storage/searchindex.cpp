#include "searchindex.h"

#include "sqlitedatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>
#include <utility>

namespace {

// passage()/highlight() mark matches with these control characters; they are replaced by
// <b></b> only after the text has been HTML-escaped.
constexpr char16_t kOpen = 0x02;
constexpr char16_t kClose = 0x03;

QString markedToHtml(const QString &marked)
{
    QString html = marked.toHtmlEscaped();
    html.replace(QChar(kOpen), QStringLiteral("<b>"));
    html.replace(QChar(kClose), QStringLiteral("</b>"));
    return html;
}

} // namespace

SearchIndex::SearchIndex(SqliteDatabase &db)
    : m_db(db)
{ }

SearchIndex::~SearchIndex() = default;

void SearchIndex::index(const QString &documentId, const QString &title, const QString &number,
    const QString &summary, const QString &body)
{
    if (!m_remove) {
        m_remove = std::make_unique<Statement>(m_db,
            "DELETE FROM document_search WHERE rowid = "
            "(SELECT doc_rowid FROM documents WHERE id = ?1)");
        m_insert = std::make_unique<Statement>(m_db,
            "INSERT INTO document_search(rowid, title, number, summary, body) "
            "SELECT doc_rowid, ?2, ?3, ?4, ?5 FROM documents WHERE id = ?1");
    }
    m_remove->reset();
    m_remove->bind(1, documentId).exec();
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
    Statement insert(m_db, R"SQL(
        INSERT INTO document_search(rowid, title, number, summary, body)
        SELECT doc_rowid, coalesce(title, ''), coalesce(number, ''),
               coalesce(json_extract(data, '$.summary'), ''),
               coalesce(json_extract(data, '$.body'), '')
        FROM documents WHERE id = ?1)SQL");
    insert.bind(1, documentId).exec();
}

void SearchIndex::unindex(const QString &documentId)
{
    Statement remove(m_db,
        "DELETE FROM document_search WHERE rowid = "
        "(SELECT doc_rowid FROM documents WHERE id = ?1)");
    remove.bind(1, documentId).exec();
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

std::optional<QByteArray> SearchIndex::rankInIndex(
    const QString &expression, const QString &titlePhrase, int limit)
{
    // FTS5 scores with its own rank (the same bm25 weights) without reading a documents row
    // per match, title phrase matches ahead (the subquery runs once). No LIMIT: FTS5 scores every
    // match anyway; the rows are read only up to the page's end, and on past it while the scores
    // equal the last one's (a tie).
    Statement top(m_db, R"SQL(
        SELECT rowid, rank - CASE WHEN rowid IN (SELECT rowid FROM document_search
                                                 WHERE document_search MATCH ?2)
                                  THEN 1e6 ELSE 0 END AS score
        FROM document_search
        WHERE document_search MATCH ?1 AND rank MATCH 'bm25(10.0, 6.0, 3.0, 1.0)'
        ORDER BY score)SQL");
    top.bind(1, expression).bind(2, titlePhrase);
    QList<std::pair<qint64, double>> rows;
    while (top.step()) {
        const double score = top.value(1).toDouble();
        if (!std::isfinite(score))
            return std::nullopt;
        if (rows.size() >= limit && score > rows.constLast().second)
            break;
        rows.append({ top.integer(0), score });
    }
    if (rows.size() > limit) {
        // Equal scores cross the page's end (a common word: bm25 tells few documents apart):
        // the newest of them, by publication, in the page. The documents' index on
        // published_at is read newest first (a small covering index) rather than each tied
        // document's row.
        const double tied = rows.constLast().second;
        const auto firstTied = std::find_if(
            rows.cbegin(), rows.cend(), [tied](const auto &row) { return !(row.second < tied); });
        const qsizetype better = firstTied - rows.cbegin();
        QByteArray ids = "[";
        for (auto row = firstTied; row != rows.cend(); ++row) {
            if (ids.size() > 1)
                ids += ',';
            ids += QByteArray::number(row->first);
        }
        ids += ']';
        Statement newest(m_db, R"SQL(
            SELECT doc_rowid FROM documents INDEXED BY documents_published
            WHERE +doc_rowid IN (SELECT value FROM json_each(?1))
            ORDER BY published_at DESC LIMIT ?2)SQL");
        newest.bind(1, QString::fromLatin1(ids)).bind(2, int(limit - better));
        rows.resize(better);
        while (newest.step())
            rows.append({ newest.integer(0), tied });
    }
    // [[rowid, score], ...]; 17 significant digits give back the same double.
    QByteArray json = "[";
    for (const auto &[rowid, score] : std::as_const(rows)) {
        if (json.size() > 1)
            json += ',';
        json += '[' + QByteArray::number(rowid) + ',' + QByteArray::number(score, 'g', 17) + ']';
    }
    return json + ']';
}

QList<SearchHit> SearchIndex::search(
    const QString &userText, int limit, const SearchFilter &filter, int snippetCount)
{
    QList<SearchHit> hits;
    const QString expression = toMatchExpression(userText);
    if (expression.isEmpty())
        return hits;
    // A document with the words typed, in order, in its title or number (its own title, "chuyen
    // doi so"; its number, "43-KH/TU") comes before any that only mentions them, however
    // often: bm25 scores the whole row's length, so a long document's title lost to a short
    // one's body. The boost, 1e6, is far beyond any bm25 score.
    const QString titlePhrase = toTitlePhraseExpression(userText);
    // Rank first, then mark only the results: highlight() and passage() tokenize the document
    // again, and in a single ranked query SQLite computes them for every match before sorting
    // (a common word matched most of 5,000 documents: hundreds of milliseconds).
    //
    // "ranked" is the page by rank, newest first among equal scores. Without a filter FTS5
    // ranks alone (rankInIndex()) and only the page's documents rows are read: reading one
    // per match (for the filters and the publication date) cost more than the match itself,
    // each row's page decrypted anew once the vault outgrows SQLite's page cache. With a
    // filter SQLite ranks the matches joined with their documents rows.
    const bool filtered = !filter.kind.isEmpty() || filter.year != 0
        || !filter.issuerLevel.isEmpty() || filter.bookmarkedOnly;
    const std::optional<QByteArray> top
        = filtered || limit <= 0 ? std::nullopt : rankInIndex(expression, titlePhrase, limit);
    static constexpr char kRankedInIndex[] = R"SQL(
        WITH ranked AS MATERIALIZED (
            SELECT d.doc_rowid AS doc_rowid, top.value ->> 1 AS score,
                   d.published_at AS published_at
            FROM json_each(?8) AS top JOIN documents d ON d.doc_rowid = top.value ->> 0),)SQL";
    static constexpr char kRankedWithDocuments[] = R"SQL(
        WITH ranked AS MATERIALIZED (
            SELECT document_search.rowid AS doc_rowid,
                   bm25(document_search, 10.0, 6.0, 3.0, 1.0)
                   - CASE WHEN document_search.rowid IN (
                              SELECT rowid FROM document_search WHERE document_search MATCH ?9)
                          THEN 1e6 ELSE 0 END AS score,
                   d.published_at AS published_at
            FROM document_search JOIN documents d ON d.doc_rowid = document_search.rowid
            WHERE document_search MATCH ?1
              AND (?2 = '' OR d.kind = ?2)
              AND (?3 = 0 OR CAST(substr(d.issued_date, 1, 4) AS INTEGER) = ?3)
              AND (?5 = '' OR EXISTS(SELECT 1 FROM organizations o
                                     WHERE o.id = d.org_id AND o.kind = ?5))
              AND (?6 = 0 OR EXISTS(SELECT 1 FROM bookmarks b WHERE b.document_id = d.id))
            ORDER BY score, d.published_at DESC
            LIMIT ?4),)SQL";
    // "page" numbers the page (bm25() cannot be used in a window's ORDER BY, hence apart from
    // "ranked"); the outer query matches again and marks those rows only ("+rowid": no rowid
    // lookups, which would redo the match per row; CROSS JOIN keeps the match the outer loop;
    // the score comes from "ranked": bm25() again would scan every phrase's matches again for
    // its statistics). passage() re-reads the document, so it runs for the first ?7
    // positions only (CASE evaluates it lazily); highlight() of the short title is cheap.
    static constexpr char kPageAndMarks[] = R"SQL(
        page AS MATERIALIZED (
            SELECT doc_rowid, score,
                   row_number() OVER (ORDER BY score, published_at DESC) AS position
            FROM ranked)
        SELECT d.id, highlight(document_search, 0, char(2), char(3)),
               CASE WHEN ?7 < 0 OR page.position <= ?7
                    THEN passage(document_search, char(2), char(3), '…', 16) END,
               d.kind, d.number, d.issued_date, page.score,
               (SELECT json_extract(s.data, '$.name') FROM signers s
                WHERE s.id = json_extract(d.data, '$.signature.signer_id'))
        FROM document_search
        CROSS JOIN page ON page.doc_rowid = document_search.rowid
        CROSS JOIN documents d ON d.doc_rowid = document_search.rowid
        WHERE document_search MATCH ?1
          AND +document_search.rowid IN (SELECT doc_rowid FROM page)
        ORDER BY page.position)SQL";
    Statement query(m_db,
        (QByteArray(top ? kRankedInIndex : kRankedWithDocuments) + kPageAndMarks).constData());
    query.bind(1, expression).bind(2, filter.kind.isNull() ? QStringLiteral("") : filter.kind);
    query.bind(3, filter.year).bind(4, limit);
    query.bind(5, filter.issuerLevel.isNull() ? QStringLiteral("") : filter.issuerLevel);
    query.bind(6, filter.bookmarkedOnly ? 1 : 0);
    query.bind(7, snippetCount < 0 ? kAllSnippets : snippetCount);
    if (top)
        query.bind(8, QString::fromLatin1(*top));
    else
        query.bind(9, titlePhrase);
    while (query.step()) {
        SearchHit hit;
        hit.documentId = query.text(0);
        hit.titleHtml = markedToHtml(query.text(1));
        hit.snippetPending = query.isNull(2);
        if (!hit.snippetPending)
            hit.snippetHtml = markedToHtml(query.text(2));
        hit.kind = query.text(3);
        hit.number = query.text(4);
        hit.issuedDate = query.text(5);
        hit.rank = query.value(6).toDouble();
        hit.signerName = query.isNull(7) ? QString() : query.text(7);
        hits << hit;
    }
    return hits;
}

QHash<QString, QString> SearchIndex::snippets(
    const QString &userText, const QStringList &documentIds)
{
    QHash<QString, QString> result;
    const QString expression = toMatchExpression(userText);
    if (expression.isEmpty() || documentIds.isEmpty())
        return result;
    // The ids go in as one JSON array. "+rowid IN": FTS5 runs the match once and SQLite keeps
    // only these rows, so passage() (the costly part) tokenizes just them; a rowid lookup
    // would make FTS5 redo the match once per id (CROSS JOIN: the match is the outer loop).
    Statement query(m_db, R"SQL(
        SELECT d.id, passage(document_search, char(2), char(3), '…', 16)
        FROM document_search CROSS JOIN documents d ON d.doc_rowid = document_search.rowid
        WHERE document_search MATCH ?1
          AND +document_search.rowid IN (
              SELECT doc_rowid FROM documents
              WHERE id IN (SELECT value FROM json_each(?2))))SQL");
    query.bind(1, expression);
    query.bind(2,
        QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(documentIds)).toJson(QJsonDocument::Compact)));
    while (query.step())
        result.insert(query.text(0), markedToHtml(query.text(1)));
    return result;
}
