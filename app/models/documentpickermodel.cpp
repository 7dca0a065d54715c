#include "documentpickermodel.h"

#include "documentkind.h"
#include "documentlistmodel.h"

DocumentPickerModel::DocumentPickerModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int DocumentPickerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_documents.size());
}

QVariant DocumentPickerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DocumentSummary &doc = m_documents.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return doc.title;
    case IdRole:
        return doc.id;
    case KindLabelRole:
        return DocumentKind::label(doc.kind);
    case NumberRole:
        return doc.number;
    case IssuedDateRole:
        return DocumentListModel::displayDate(doc.issuedDate);
    case SelectedRole:
        return m_selected.contains(doc.id);
    default:
        return {};
    }
}

QHash<int, QByteArray> DocumentPickerModel::roleNames() const
{
    return {
        { IdRole, "documentId" },
        { TitleRole, "title" },
        { KindLabelRole, "kindLabel" },
        { NumberRole, "number" },
        { IssuedDateRole, "issuedDate" },
        { SelectedRole, "selected" },
    };
}

void DocumentPickerModel::setDocuments(
    const QList<DocumentSummary> &documents, const QSet<QString> &selected)
{
    beginResetModel();
    m_documents = documents;
    m_selected = selected;
    endResetModel();
    Q_EMIT countChanged();
}

void DocumentPickerModel::setSelection(const QSet<QString> &selected)
{
    if (selected == m_selected)
        return;
    m_selected = selected;
    if (!m_documents.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_documents.size()) - 1), { SelectedRole });
}
