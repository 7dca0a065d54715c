// SearchIndex's later completions of a page's rows: the snippets, and the whole rows (title
// marks, snippet, signer) of the rows below the first screen.
#include "searchindex.h"

#include "searchmarks.h"
#include "sqlitedatabase.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

QString idsJson(const QStringList &documentIds)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(documentIds)).toJson(QJsonDocument::Compact));
}

// The query over the documents asked for: their ids go in as one JSON array (?2), made into
// their search rowids once ("wanted"). FTS5 walks the matches (?1) between the lowest and
// highest of them only, and "+rowid IN" keeps just these rows, so passage() and highlight()
// (the costly parts) tokenize just them; a rowid lookup would make FTS5 redo the match once per
// id (CROSS JOIN: the match is the outer loop). d.id, then `columns`.
QByteArray wantedRows(const char *columns)
{
    return QByteArray(R"SQL(
        WITH wanted AS MATERIALIZED (
            SELECT k.search_rowid AS search_rowid
            FROM documents w JOIN document_search_keys k ON k.doc_rowid = w.doc_rowid
            WHERE w.id IN (SELECT value FROM json_each(?2)))
        SELECT d.id, )SQL")
        + columns + R"SQL(
        FROM document_search
        CROSS JOIN documents d ON d.doc_rowid = )SQL" HANDBOOK_DOC_ROWID("document_search") R"SQL(
        WHERE document_search MATCH ?1
          AND document_search.rowid BETWEEN (SELECT min(search_rowid) FROM wanted)
                                        AND (SELECT max(search_rowid) FROM wanted)
          AND +document_search.rowid IN (SELECT search_rowid FROM wanted))SQL";
}

} // namespace

QHash<QString, QString> SearchIndex::snippets(
    const QString &userText, const QStringList &documentIds)
{
    QHash<QString, QString> result;
    const QString expression = toMatchExpression(userText);
    if (expression.isEmpty() || documentIds.isEmpty())
        return result;
    Statement query(
        m_db, wantedRows("passage(document_search, char(2), char(3), '…', 16)").constData());
    query.bind(1, expression).bind(2, idsJson(documentIds));
    while (query.step())
        result.insert(query.text(0), SearchMarks::toHtml(query.text(1)));
    return result;
}

QHash<QString, SearchHit> SearchIndex::details(
    const QString &userText, const QStringList &documentIds)
{
    QHash<QString, SearchHit> result;
    const QString expression = toMatchExpression(userText);
    if (expression.isEmpty() || documentIds.isEmpty())
        return result;
    // The same columns as search()'s for a row of its first screen.
    Statement query(m_db,
        wantedRows(R"SQL(
               highlight(document_search, 0, char(2), char(3)),
               passage(document_search, char(2), char(3), '…', 16),
               d.kind, d.number, d.issued_date,
               (SELECT json_extract(s.data, '$.name') FROM signers s
                WHERE s.id = json_extract(d.data, '$.signature.signer_id')))SQL")
            .constData());
    query.bind(1, expression).bind(2, idsJson(documentIds));
    while (query.step()) {
        SearchHit hit;
        hit.documentId = query.text(0);
        hit.titleHtml = SearchMarks::toHtml(query.text(1));
        hit.snippetHtml = SearchMarks::toHtml(query.text(2));
        hit.kind = query.text(3);
        hit.number = query.text(4);
        hit.issuedDate = query.text(5);
        hit.signerName = query.isNull(6) ? QString() : query.text(6);
        result.insert(hit.documentId, hit);
    }
    return result;
}
