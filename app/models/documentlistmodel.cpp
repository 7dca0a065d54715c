#include "documentlistmodel.h"

#include "documentkind.h"

#include <QDate>

using namespace Qt::StringLiterals;

DocumentListModel::DocumentListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int DocumentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_documents.size());
}

QVariant DocumentListModel::data(const QModelIndex &index, int role) const
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
    case NumberRole:
        return doc.number;
    case KindRole:
        return doc.kind;
    case KindLabelRole:
        return DocumentKind::label(doc.kind);
    case IssuerRole:
        return doc.issuer;
    case IssuedDateRole:
        return displayDate(doc.issuedDate);
    case SummaryRole:
        return doc.summary;
    case ReadRole:
        return doc.read;
    case VerifiedRole:
        return !doc.signerName.isEmpty();
    case SignerNameRole:
        return doc.signerName;
    default:
        return {};
    }
}

QHash<int, QByteArray> DocumentListModel::roleNames() const
{
    return {
        { IdRole, "documentId" },
        { TitleRole, "title" },
        { NumberRole, "number" },
        { KindRole, "kind" },
        { KindLabelRole, "kindLabel" },
        { IssuerRole, "issuer" },
        { IssuedDateRole, "issuedDate" },
        { SummaryRole, "summary" },
        { ReadRole, "read" },
        { VerifiedRole, "verified" },
        { SignerNameRole, "signerName" },
    };
}

int DocumentListModel::unreadCount() const
{
    return int(std::count_if(m_documents.cbegin(), m_documents.cend(),
        [](const DocumentSummary &doc) { return !doc.read; }));
}

void DocumentListModel::setDocuments(const QList<DocumentSummary> &documents)
{
    beginResetModel();
    m_documents = documents;
    endResetModel();
    Q_EMIT countChanged();
}

bool DocumentListModel::setRead(const QString &documentId)
{
    for (qsizetype row = 0; row < m_documents.size(); ++row) {
        if (m_documents.at(row).id != documentId)
            continue;
        if (!m_documents.at(row).read) {
            m_documents[row].read = true;
            const QModelIndex changed = index(int(row));
            Q_EMIT dataChanged(changed, changed, { ReadRole });
            Q_EMIT countChanged();
        }
        return true;
    }
    return false;
}

QString DocumentListModel::displayDate(const QString &isoDate)
{
    const QDate date = QDate::fromString(isoDate.left(10), Qt::ISODate);
    return date.isValid() ? date.toString(u"dd/MM/yyyy"_s) : isoDate;
}
