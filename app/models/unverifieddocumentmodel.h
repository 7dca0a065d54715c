// The documents kept apart because their signature or hashes did not verify (DESIGN.md 8.1),
// each with its reason in plain Vietnamese; never opened as documents.
#pragma once

#include "signercatalog.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

class UnverifiedDocumentModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The verification controller gives the list.")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        ReasonRole, // Vietnamese
        ReasonCodeRole,
        ReceivedDateRole, // dd/MM/yyyy
        KeptVerifiedCopyRole,
    };
    Q_ENUM(Role)

    explicit UnverifiedDocumentModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    void setDocuments(const QList<UnverifiedDocument> &documents);

    // The reason of a failure code (PublicationSignature::failureCode) for a member.
    [[nodiscard]] static QString reasonText(const QString &code);

Q_SIGNALS:
    void countChanged();

private:
    QList<UnverifiedDocument> m_documents;
};
