#include "searchresultmodel.h"

#include "documentkind.h"
#include "documentlistmodel.h"

#include <algorithm>

SearchResultModel::SearchResultModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_fetchTimer.setSingleShot(true);
    m_fetchTimer.setInterval(0);
    connect(&m_fetchTimer, &QTimer::timeout, this, &SearchResultModel::fetchSnippets);
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleHtmlRole:
        if (hit.detailsPending)
            want(index.row());
        return hit.titleHtml;
    case IdRole:
        return hit.documentId;
    case SnippetHtmlRole:
        if (hit.snippetPending || hit.detailsPending)
            want(index.row());
        return hit.snippetHtml;
    case SnippetPendingRole:
        return hit.snippetPending && m_provider;
    case VerifiedRole:
        if (hit.detailsPending)
            want(index.row());
        return !hit.signerName.isEmpty();
    case SignerNameRole:
        if (hit.detailsPending)
            want(index.row());
        return hit.signerName;
    case KindLabelRole:
        return DocumentKind::label(hit.kind);
    case NumberRole:
        return hit.number;
    case IssuedDateRole:
        return DocumentListModel::displayDate(hit.issuedDate);
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchResultModel::roleNames() const
{
    return {
        { IdRole, "documentId" },
        { TitleHtmlRole, "titleHtml" },
        { SnippetHtmlRole, "snippetHtml" },
        { KindLabelRole, "kindLabel" },
        { NumberRole, "number" },
        { IssuedDateRole, "issuedDate" },
        { SnippetPendingRole, "snippetPending" },
        { VerifiedRole, "verified" },
        { SignerNameRole, "signerName" },
    };
}

void SearchResultModel::want(int row) const
{
    if (!m_provider)
        return;
    m_wanted.insert(row);
    if (!m_fetchTimer.isActive())
        m_fetchTimer.start();
}

void SearchResultModel::setHits(const QList<SearchHit> &hits, SnippetProvider provider)
{
    DetailsProvider details;
    if (provider) {
        details = [provider = std::move(provider)](
                      const QStringList &documentIds) -> std::optional<QHash<QString, SearchHit>> {
            const std::optional<QHash<QString, QString>> snippets = provider(documentIds);
            if (!snippets)
                return std::nullopt;
            QHash<QString, SearchHit> hits;
            for (auto it = snippets->cbegin(); it != snippets->cend(); ++it) {
                SearchHit hit;
                hit.documentId = it.key();
                hit.snippetHtml = it.value();
                hits.insert(it.key(), hit);
            }
            return hits;
        };
    }
    setHitsWithDetails(hits, std::move(details));
}

void SearchResultModel::setHitsWithDetails(const QList<SearchHit> &hits, DetailsProvider provider)
{
    beginResetModel();
    ++m_generation;
    m_hits = hits;
    m_provider = std::move(provider);
    m_wanted.clear();
    m_fetchTimer.stop();
    endResetModel();
    Q_EMIT countChanged();
}

void SearchResultModel::fetchSnippets()
{
    QList<int> wanted(m_wanted.cbegin(), m_wanted.cend());
    std::sort(wanted.begin(), wanted.end());
    const auto pending = [this](int row) {
        return row < m_hits.size()
            && (m_hits.at(row).snippetPending || m_hits.at(row).detailsPending);
    };
    QList<int> rows;
    for (const int row : std::as_const(wanted)) {
        if (rows.size() < kSnippetBatch && pending(row))
            rows.append(row);
    }
    // The view asks for rows as they come into sight: the next ones will be asked for soon.
    for (int row = wanted.isEmpty() ? 0 : wanted.constFirst();
         rows.size() < kSnippetBatch && row < m_hits.size(); ++row) {
        if (pending(row) && !rows.contains(row))
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    for (const int row : std::as_const(rows))
        m_wanted.remove(row);
    if (rows.isEmpty() || !m_provider) {
        m_wanted.clear();
        return;
    }

    QStringList ids;
    for (const int row : std::as_const(rows))
        ids.append(m_hits.at(row).documentId);
    // A copy: whatever the provider sets off may replace the results (and the provider).
    const DetailsProvider provider = m_provider;
    const quint64 generation = m_generation;
    const std::optional<QHash<QString, SearchHit>> details = provider(ids);
    if (generation != m_generation)
        return; // a new search came in meanwhile: these rows are gone
    if (!details) {
        // Not readable now (locked): no retry loop; the rows ask again when shown again, and
        // an unlocked vault searches anew anyway.
        m_wanted.clear();
        return;
    }
    // A document that no longer matches (changed meanwhile) keeps an empty snippet and its
    // plain title.
    QList<int> roles { SnippetHtmlRole, SnippetPendingRole };
    for (const int row : std::as_const(rows)) {
        if (m_hits.at(row).detailsPending) {
            roles << Qt::DisplayRole << TitleHtmlRole << VerifiedRole << SignerNameRole;
            break;
        }
    }
    int first = -1;
    for (int i = 0; i < rows.size(); ++i) {
        const int row = rows.at(i);
        SearchHit &hit = m_hits[row];
        const auto found = details->constFind(hit.documentId);
        hit.snippetHtml = found != details->cend() ? found->snippetHtml : QString();
        hit.snippetPending = false;
        if (hit.detailsPending && found != details->cend()) {
            hit.titleHtml = found->titleHtml;
            hit.signerName = found->signerName;
        }
        hit.detailsPending = false;
        if (first < 0)
            first = row;
        // One signal per run of consecutive rows.
        if (i + 1 == rows.size() || rows.at(i + 1) != row + 1) {
            Q_EMIT dataChanged(index(first), index(row), roles);
            first = -1;
        }
    }
    if (!m_wanted.isEmpty())
        m_fetchTimer.start();
}
