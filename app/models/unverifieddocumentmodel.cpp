#include "unverifieddocumentmodel.h"

#include "publicationsignature.h"
#include "timestamps.h"

#include <QCoreApplication>

using PublicationSignature::Failure;

UnverifiedDocumentModel::UnverifiedDocumentModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int UnverifiedDocumentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_documents.size());
}

QString UnverifiedDocumentModel::reasonText(const QString &code)
{
    switch (PublicationSignature::failureFromCode(code)) {
    case Failure::NoRootKey:
        return tr("Máy chưa có khóa gốc của tỉnh nên chưa kiểm tra được chữ ký");
    case Failure::UnknownSigner:
        return tr("Chưa nhận được thông tin người ký");
    case Failure::BadCertificate:
        return tr("Người ký chưa được tỉnh chứng nhận");
    case Failure::NotValidOnIssuedDate:
        return tr("Chứng nhận của người ký không có hiệu lực vào ngày ban hành");
    case Failure::Revoked:
        return tr("Người ký đã bị thu hồi");
    case Failure::WrongOrganisation:
        return tr("Người ký không thuộc cơ quan ban hành");
    case Failure::BadSignature:
        return tr("Chữ ký không khớp với nội dung");
    case Failure::None:
    case Failure::Malformed:
        break;
    }
    return tr("Chữ ký bị hỏng");
}

QVariant UnverifiedDocumentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UnverifiedDocument &doc = m_documents.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return doc.title;
    case IdRole:
        return doc.id;
    case ReasonRole:
        return reasonText(doc.reason);
    case ReasonCodeRole:
        return doc.reason;
    case ReceivedDateRole: {
        const QDateTime received = Timestamps::fromIso(doc.receivedAt);
        return received.isValid() ? received.toLocalTime().toString(QStringLiteral("dd/MM/yyyy"))
                                  : QString();
    }
    case KeptVerifiedCopyRole:
        return doc.keptVerifiedCopy;
    default:
        return {};
    }
}

QHash<int, QByteArray> UnverifiedDocumentModel::roleNames() const
{
    return {
        { IdRole, "documentId" },
        { TitleRole, "title" },
        { ReasonRole, "reason" },
        { ReasonCodeRole, "reasonCode" },
        { ReceivedDateRole, "receivedDate" },
        { KeptVerifiedCopyRole, "keptVerifiedCopy" },
    };
}

void UnverifiedDocumentModel::setDocuments(const QList<UnverifiedDocument> &documents)
{
    const bool countChanges = documents.size() != m_documents.size();
    beginResetModel();
    m_documents = documents;
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}
