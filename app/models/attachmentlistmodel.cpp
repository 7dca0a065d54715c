#include "attachmentlistmodel.h"

#include "datasize.h"
#include "pdfpagerenderer.h"

AttachmentListModel::AttachmentListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int AttachmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_attachments.size());
}

QVariant AttachmentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AttachmentInfo &info = m_attachments.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return info.name;
    case Sha256Role:
        return info.sha256;
    case SizeRole:
        return DataSize::text(info.size);
    case IsPdfRole:
        return info.isPdf();
    case AvailableRole:
        return !source(info.sha256).isEmpty();
    case SourceRole:
        return source(info.sha256);
    default:
        return {};
    }
}

QHash<int, QByteArray> AttachmentListModel::roleNames() const
{
    return {
        { Sha256Role, "sha256" },
        { NameRole, "name" },
        { SizeRole, "size" },
        { IsPdfRole, "isPdf" },
        { AvailableRole, "available" },
        { SourceRole, "source" },
    };
}

void AttachmentListModel::setAttachments(const QList<AttachmentInfo> &attachments)
{
    const bool countChanges = attachments.size() != m_attachments.size();
    beginResetModel();
    m_attachments = attachments;
    m_memorySources.clear();
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

void AttachmentListModel::setMemorySource(const QString &sha256, const QString &source)
{
    m_memorySources.insert(sha256, source);
    for (qsizetype row = 0; row < m_attachments.size(); ++row) {
        if (m_attachments.at(row).sha256 == sha256)
            Q_EMIT dataChanged(index(int(row)), index(int(row)), { AvailableRole, SourceRole });
    }
}

QString AttachmentListModel::source(const QString &sha256) const
{
    if (const auto memory = m_memorySources.constFind(sha256); memory != m_memorySources.cend())
        return *memory;
    for (const AttachmentInfo &info : m_attachments) {
        if (info.sha256 == sha256 && info.stored)
            return PdfPageRenderer::vaultSource(sha256);
    }
    return {};
}
