#include "searchresultmodel.h"

#include "documentkind.h"
#include "documentlistmodel.h"

SearchResultModel::SearchResultModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

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
        return hit.titleHtml;
    case IdRole:
        return hit.documentId;
    case SnippetHtmlRole:
        return hit.snippetHtml;
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
    };
}

void SearchResultModel::setHits(const QList<SearchHit> &hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
    Q_EMIT countChanged();
}
