#include "documentreadingmodel.h"

using namespace Qt::StringLiterals;

DocumentReadingModel::DocumentReadingModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int DocumentReadingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_documents.size());
}

QVariant DocumentReadingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DocumentReadingItem &document = m_documents.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return document.title;
    case DocumentIdRole:
        return document.documentId;
    case KindLabelRole:
        return document.kindLabel;
    case ReadCountRole:
        return int(document.readers.size());
    case MemberCountRole:
        return int(document.readers.size() + document.nonReaders.size());
    case ReaderNamesRole:
        return document.readers.join(u", "_s);
    case NonReaderNamesRole:
        return document.nonReaders.join(u", "_s);
    case ReadersRole:
        return document.readers;
    case NonReadersRole:
        return document.nonReaders;
    default:
        return {};
    }
}

QHash<int, QByteArray> DocumentReadingModel::roleNames() const
{
    return {
        { DocumentIdRole, "documentId" },
        { TitleRole, "title" },
        { KindLabelRole, "kindLabel" },
        { ReadCountRole, "readCount" },
        { MemberCountRole, "memberCount" },
        { ReaderNamesRole, "readerNames" },
        { NonReaderNamesRole, "nonReaderNames" },
        { ReadersRole, "readers" },
        { NonReadersRole, "nonReaders" },
    };
}

void DocumentReadingModel::setDocuments(const QList<DocumentReadingItem> &documents)
{
    beginResetModel();
    m_documents = documents;
    endResetModel();
    Q_EMIT countChanged();
}
