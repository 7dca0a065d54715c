#include "searchindex.h"

#include "sqlitedatabase.h"

#include <QRegularExpression>

namespace {

// snippet()/highlight() mark matches with these control characters; they are replaced by
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

QString SearchIndex::toMatchExpression(const QString &userText)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{M}\\p{N}]+"));
    QStringList terms;
    for (const QString &word :
        userText.normalized(QString::NormalizationForm_C).split(separators, Qt::SkipEmptyParts))
        terms << u'"' + word + QStringLiteral("\"*");
    return terms.join(u' ');
}

QList<SearchHit> SearchIndex::search(const QString &userText, int limit, const SearchFilter &filter)
{
    QList<SearchHit> hits;
    const QString expression = toMatchExpression(userText);
    if (expression.isEmpty())
        return hits;
    // Rank first, then mark only the results: highlight() and snippet() tokenize the whole
    // document again, and in a single ranked query SQLite computes them for every match
    // before sorting (a common word matched most of 5,000 documents: hundreds of
    // milliseconds). The inner query picks the page by rank; the outer one matches again and
    // marks those rows only ("+rowid": no rowid lookups, which would redo the match per row).
    Statement query(m_db, R"SQL(
        SELECT d.id, highlight(document_search, 0, char(2), char(3)),
               snippet(document_search, -1, char(2), char(3), '…', 16),
               d.kind, d.number, d.issued_date,
               bm25(document_search, 10.0, 6.0, 3.0, 1.0) AS score
        FROM document_search JOIN documents d ON d.doc_rowid = document_search.rowid
        WHERE document_search MATCH ?1
          AND +document_search.rowid IN (
              SELECT document_search.rowid
              FROM document_search JOIN documents d ON d.doc_rowid = document_search.rowid
              WHERE document_search MATCH ?1
                AND (?2 = '' OR d.kind = ?2)
                AND (?3 = 0 OR CAST(substr(d.issued_date, 1, 4) AS INTEGER) = ?3)
                AND (?5 = '' OR EXISTS(SELECT 1 FROM organizations o
                                       WHERE o.id = d.org_id AND o.kind = ?5))
                AND (?6 = 0 OR EXISTS(SELECT 1 FROM bookmarks b WHERE b.document_id = d.id))
              ORDER BY bm25(document_search, 10.0, 6.0, 3.0, 1.0), d.published_at DESC
              LIMIT ?4)
        ORDER BY score, d.published_at DESC)SQL");
    query.bind(1, expression).bind(2, filter.kind.isNull() ? QStringLiteral("") : filter.kind);
    query.bind(3, filter.year).bind(4, limit);
    query.bind(5, filter.issuerLevel.isNull() ? QStringLiteral("") : filter.issuerLevel);
    query.bind(6, filter.bookmarkedOnly ? 1 : 0);
    while (query.step()) {
        SearchHit hit;
        hit.documentId = query.text(0);
        hit.titleHtml = markedToHtml(query.text(1));
        hit.snippetHtml = markedToHtml(query.text(2));
        hit.kind = query.text(3);
        hit.number = query.text(4);
        hit.issuedDate = query.text(5);
        hit.rank = query.value(6).toDouble();
        hits << hit;
    }
    return hits;
}
