// Full-text search over documents (title, number, summary, body): FTS5 with the
// "vietnamese" tokenizer, prefix matching, bm25 ranking and highlighted snippets.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

class SqliteDatabase;
class Statement;

struct SearchHit
{
    QString documentId;
    QString titleHtml; // title with matches in <b></b>, HTML-escaped
    QString snippetHtml; // best passage with matches in <b></b>, HTML-escaped
    // The snippet was not computed (see SearchIndex::search's snippetCount): snippetHtml is
    // empty until SearchIndex::snippets() gives it.
    bool snippetPending = false;
    // The title marks and the signer were not read (see SearchIndex::search's detailCount):
    // titleHtml is the plain title (escaped) and signerName empty until SearchIndex::details()
    // gives them; snippetPending is set too.
    bool detailsPending = false;
    QString kind;
    QString number;
    QString issuedDate;
    QString signerName; // a verified signed document's signer (DESIGN.md 8.1); else empty
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

    // The words typed, in order and side by side, in the title or the number (each word a
    // prefix): documents matching it rank above every other match. Empty like
    // toMatchExpression().
    [[nodiscard]] static QString toTitlePhraseExpression(const QString &userText);

    static constexpr int kAllSnippets = -1;
    static constexpr int kAllDetails = -1;

    // The first `limit` matches, every title highlighted. Up to a few hundred matches they are
    // ranked (bm25, title phrase first, newest first among equals); beyond (a common word
    // or a short prefix) the title phrase's matches come first, then the others, each newest
    // first, and FTS5 stops at the page's end (docs/decisions.md, issue 19). A snippet costs FTS5 a
    // new tokenization of the document's whole text, so only the first `snippetCount` hits get one
    // (kAllSnippets: every hit); the others are left empty with snippetPending set, for snippets()
    // once they are shown. A picker that shows no snippet asks for none. Likewise only the first
    // `detailCount` hits get their title marks (highlight() reads the document's whole index
    // row) and signer (a parse of the documents row's JSON); the others come with their plain
    // title, kind, number and date, detailsPending set, for details() once they are shown.
    [[nodiscard]] QList<SearchHit> search(const QString &userText, int limit = 50,
        const SearchFilter &filter = {}, int snippetCount = kAllSnippets,
        int detailCount = kAllDetails);
    // The complete hits of the same search (same userText) for these documents, by document
    // id, exactly as search() makes them (title marks, snippet, kind, number, date, signer;
    // the rank is left 0); a document that no longer matches is left out.
    [[nodiscard]] QHash<QString, SearchHit> details(
        const QString &userText, const QStringList &documentIds);
    // The snippets of the same search (same userText) for these documents, by document id,
    // exactly as search() makes them; a document that no longer matches is left out. One
    // statement: FTS5 matches once and tokenizes these documents only.
    [[nodiscard]] QHash<QString, QString> snippets(
        const QString &userText, const QStringList &documentIds);

    // search()'s page (unfiltered) as FTS rowids, without its marks, snippets or documents
    // rows: the benchmark's floor, the minimal form of the same queries.
    [[nodiscard]] QList<qint64> pageRowids(const QString &userText, int limit);

private:
    // One result of a page: its FTS rowid (the publication order, vault migration 8) and its
    // score, lower first.
    struct PageRow
    {
        qint64 searchRowid;
        double score;
    };
    // The page search() marks: ranked, or newest first when many match.
    [[nodiscard]] QList<PageRow> pageOf(const QString &expression, const QString &titlePhrase,
        const SearchFilter &filter, int limit);
    // The newest `atMost` matches' rowids, newest first (also how many match, up to atMost).
    [[nodiscard]] QList<qint64> newestMatches(const QString &expression, int atMost);
    // The best `limit` matches as FTS5 ranks them (bm25, title phrase first), newest first among
    // equal scores; nullopt when a score is not finite.
    [[nodiscard]] std::optional<QList<PageRow>> rankInIndex(
        const QString &expression, const QString &titlePhrase, int limit);
    // The same ranking, by SQLite over the matches joined with their filtered documents rows.
    [[nodiscard]] QList<PageRow> rankWithDocuments(const QString &expression,
        const QString &titlePhrase, const SearchFilter &filter, int limit);
    // The title phrase's matches, then the others, each newest first, up to `limit`: FTS5
    // stops at the page's end (many matches, where ranking them all costs too much).
    // newestFirst: the newest matches of the expression, unfiltered, as newestMatches() read
    // them (used instead of a second walk when they are enough).
    [[nodiscard]] QList<PageRow> newest(const QString &expression, const QString &titlePhrase,
        const SearchFilter &filter, int limit, const QList<qint64> &newestFirst);

    SqliteDatabase &m_db;
    std::unique_ptr<Statement> m_remove;
    std::unique_ptr<Statement> m_key;
    std::unique_ptr<Statement> m_insert;
};
