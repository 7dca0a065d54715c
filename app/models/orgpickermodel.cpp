#include "orgpickermodel.h"

#include "orglevel.h"
#include "vietnamesefold.h"

#include <QHash>
#include <QSet>

OrgPickerModel::OrgPickerModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int OrgPickerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

QVariant OrgPickerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_tree.at(m_shown.at(index.row()));
    switch (role) {
    case IdRole:
        return entry.node.id;
    case NameRole:
    case Qt::DisplayRole:
        return entry.node.name;
    case LevelRole:
        return OrgLevel::label(entry.node.kind);
    case DepthRole:
        return entry.depth;
    case SelectedRole:
        return entry.node.id == m_selectedId;
    default:
        return {};
    }
}

QHash<int, QByteArray> OrgPickerModel::roleNames() const
{
    return { { IdRole, "orgId" }, { NameRole, "name" }, { LevelRole, "levelLabel" },
        { DepthRole, "depth" }, { SelectedRole, "selected" } };
}

void OrgPickerModel::setOrganizations(const QList<OrgNode> &all, const QString &rootId)
{
    QHash<QString, QList<const OrgNode *>> children;
    const OrgNode *root = nullptr;
    for (const OrgNode &node : all) {
        children[node.parentId].append(&node);
        if (node.id == rootId)
            root = &node;
    }
    QList<Entry> tree;
    QSet<QString> seen; // a cycle in the data must not loop forever
    std::function<void(const OrgNode &, int)> walk = [&](const OrgNode &node, int depth) {
        if (seen.contains(node.id))
            return;
        seen.insert(node.id);
        tree.append({ node, depth, VietnameseFold::words(node.name) });
        for (const OrgNode *child : children.value(node.id))
            walk(*child, depth + 1);
    };
    // Siblings in alphabetical order as a Vietnamese reader expects it (Đ with D).
    for (auto &siblings : children)
        std::stable_sort(siblings.begin(), siblings.end(), [](const OrgNode *a, const OrgNode *b) {
            return VietnameseFold::fold(a->name) < VietnameseFold::fold(b->name);
        });
    if (root)
        walk(*root, 0);
    beginResetModel();
    m_tree = std::move(tree);
    m_shown.clear();
    for (int i = 0; i < m_tree.size(); ++i)
        m_shown.append(i);
    endResetModel();
    applyFilter();
    Q_EMIT countChanged();
}

void OrgPickerModel::setFilterText(const QString &text)
{
    if (m_filterText == text)
        return;
    m_filterText = text;
    Q_EMIT filterTextChanged();
    applyFilter();
}

void OrgPickerModel::applyFilter()
{
    const QStringList query = VietnameseFold::words(m_filterText);
    QList<int> shown;
    for (int i = 0; i < m_tree.size(); ++i) {
        if (VietnameseFold::matches(m_tree.at(i).foldedWords, query))
            shown.append(i);
    }
    // Sizes first: Qt 6.4 compares two empty lists with memcmp on null pointers (UBSan).
    if (shown.size() == m_shown.size() && (shown.isEmpty() || shown == m_shown))
        return;
    const int before = rowCount();
    beginResetModel();
    m_shown = shown;
    endResetModel();
    if (before != rowCount())
        Q_EMIT countChanged();
}

void OrgPickerModel::setSelectedId(const QString &id)
{
    if (m_selectedId == id)
        return;
    m_selectedId = id;
    Q_EMIT selectedIdChanged();
    if (!m_shown.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), { SelectedRole });
}

bool OrgPickerModel::containsOrg(const QString &id) const
{
    return std::any_of(
        m_tree.cbegin(), m_tree.cend(), [&id](const Entry &entry) { return entry.node.id == id; });
}

QString OrgPickerModel::nameOf(const QString &id) const
{
    for (const Entry &entry : m_tree) {
        if (entry.node.id == id)
            return entry.node.name;
    }
    return {};
}

QStringList OrgPickerModel::names() const
{
    QStringList names;
    for (int row : m_shown)
        names.append(m_tree.at(row).node.name);
    return names;
}
