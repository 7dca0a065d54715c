// Full-text search over documents (title, number, summary, body): FTS5 with the
// "vietnamese" tokenizer, prefix matching, bm25 ranking and highlighted snippets.
#pragma once

#include <QList>
#include <QString>
#include <memory>

class SqliteDatabase;
class Statement;

struct SearchHit
{
    QString documentId;
    QString titleHtml; // title with matches in <b></b>, HTML-escaped
    QString snippetHtml; // best passage with matches in <b></b>, HTML-escaped
    QString kind;
    QString number;
    QString issuedDate;
    double rank = 0; // lower is better (bm25)
};

struct SearchFilter
{
    QString kind; // empty = any
    int year = 0; // of issued_date; 0 = any
    QString issuerLevel; // kind of the issuing organization (province, ...); empty = any
    bool bookmarkedOnly = false; // only documents I bookmarked
};

class SearchIndex
{
public:
    explicit SearchIndex(SqliteDatabase &db);
    ~SearchIndex();
    SearchIndex(const SearchIndex &) = delete;
    SearchIndex &operator=(const SearchIndex &) = delete;

    // (Re)indexes one stored document from its row.
    void index(const QString &documentId);
    // The same with the document's texts at hand (ReplicaStore::put): the statements are
    // prepared once per SearchIndex.
    void index(const QString &documentId, const QString &title, const QString &number,
        const QString &summary, const QString &body);
    void unindex(const QString &documentId);

    // Turns what a user typed into an FTS5 query: every word a prefix, all words required,
    // operators and quotes neutralised. Empty when nothing searchable was typed.
    [[nodiscard]] static QString toMatchExpression(const QString &userText);

    [[nodiscard]] QList<SearchHit> search(
        const QString &userText, int limit = 50, const SearchFilter &filter = {});

private:
    SqliteDatabase &m_db;
    std::unique_ptr<Statement> m_remove;
    std::unique_ptr<Statement> m_insert;
};
