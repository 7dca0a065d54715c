#include "directorymodel.h"

#include "vietnamesefold.h"

#include <algorithm>

DirectoryModel::DirectoryModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int DirectoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

QVariant DirectoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DirectoryEntry &entry = m_entries.at(m_visible.at(index.row())).entry;
    switch (role) {
    case Qt::DisplayRole:
    case FullNameRole:
        return entry.fullName;
    case IdRole:
        return entry.id;
    case PositionRole:
        return entry.position;
    case OrgNameRole:
        return entry.orgName;
    case FullRole:
        return entry.full;
    case MeRole:
        return !m_meId.isEmpty() && entry.id == m_meId;
    default:
        return {};
    }
}

QHash<int, QByteArray> DirectoryModel::roleNames() const
{
    return {
        { IdRole, "memberId" },
        { FullNameRole, "fullName" },
        { PositionRole, "position" },
        { OrgNameRole, "orgName" },
        { FullRole, "full" },
        { MeRole, "me" },
    };
}

void DirectoryModel::setEntries(const QList<DirectoryEntry> &entries, const QString &meId)
{
    QList<Entry> sorted;
    sorted.reserve(entries.size());
    for (const DirectoryEntry &entry : entries) {
        Entry item { entry, VietnameseFold::words(entry.fullName), {} };
        // Vietnamese lists go by the given name (the last word), then the whole name.
        item.sortKey = (item.words.isEmpty() ? QString() : item.words.constLast()) + u' '
            + item.words.join(u' ') + u' ' + entry.id;
        sorted.append(item);
    }
    std::sort(sorted.begin(), sorted.end(),
        [](const Entry &a, const Entry &b) { return a.sortKey < b.sortKey; });
    beginResetModel();
    m_entries = sorted;
    m_meId = meId;
    refilter();
    endResetModel();
    Q_EMIT countChanged();
}

void DirectoryModel::setQuery(const QString &text)
{
    const QStringList query = VietnameseFold::words(text);
    if (query == m_query)
        return;
    beginResetModel();
    m_query = query;
    refilter();
    endResetModel();
    Q_EMIT countChanged();
}

void DirectoryModel::refilter()
{
    m_visible.clear();
    for (int i = 0; i < m_entries.size(); ++i) {
        if (VietnameseFold::matches(m_entries.at(i).words, m_query))
            m_visible.append(i);
    }
}
