// Search hits for QML: the title and best passage with the matched words in <b></b>
// (already HTML-escaped, for Text.StyledText), plus the kind label, number and date.
// The search completes the first screen only (a snippet costs a tokenization of the whole
// document, title marks a read of its whole index row, the signer a parse of its JSON); a row
// shown later gets its snippet (and its title marks and signer) here, fetched in batches
// through the provider the controller gives with the hits, and dataChanged when it arrives.
#pragma once

#include "searchindex.h"

#include <QAbstractListModel>
#include <QHash>
#include <QSet>
#include <QTimer>
#include <QtQml/qqmlregistration.h>
#include <functional>
#include <optional>

class SearchResultModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The library controller owns the search results.")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleHtmlRole,
        SnippetHtmlRole, // empty while pending; asking for it fetches it
        KindLabelRole,
        NumberRole,
        IssuedDateRole, // dd/MM/yyyy
        SnippetPendingRole, // the snippet is on its way (the row may keep room for it)
        VerifiedRole, // signed, and the signature verified (DESIGN.md 8.1)
        SignerNameRole,
    };
    Q_ENUM(Role)

    // Snippets computed at once: with the search (about a phone screen of results), then per
    // fetch as rows are shown.
    static constexpr int kSnippetBatch = 10;

    // The snippets of the current search for these documents (snippetHtml by document id), or
    // nullopt when they cannot be read now (vault locked): the rows then stay pending.
    using SnippetProvider
        = std::function<std::optional<QHash<QString, QString>>(const QStringList &documentIds)>;

    // The complete hits of the current search for these documents (SearchIndex::details(), by
    // document id), or nullopt when they cannot be read now (vault locked): the rows then stay
    // pending.
    using DetailsProvider
        = std::function<std::optional<QHash<QString, SearchHit>>(const QStringList &documentIds)>;

    explicit SearchResultModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // New results; `provider` fetches the pending snippets of these hits (none: they stay
    // empty). Work for the previous results is dropped.
    void setHits(const QList<SearchHit> &hits, SnippetProvider provider = {});
    // The same for hits whose later rows wait for their details too (detailsPending):
    // `provider` completes them (title marks, snippet, signer).
    void setHitsWithDetails(const QList<SearchHit> &hits, DetailsProvider provider);

Q_SIGNALS:
    void countChanged();

private:
    // Fetches one batch: the rows asked for first, then the pending rows after them.
    void fetchSnippets();
    // A view reads a pending row: it is fetched once the event loop runs.
    void want(int row) const;

    QList<SearchHit> m_hits;
    DetailsProvider m_provider;
    // Counts setHits(): a fetch that finds another number came back for older results.
    quint64 m_generation = 0;
    // Pending rows a view asked for; data() is const, and fetching waits for the event loop
    // (never inside a view's data() call), so these are mutable.
    mutable QSet<int> m_wanted;
    mutable QTimer m_fetchTimer;
};
