// A list of documents for QML (the library, "Tài liệu mới", a meeting's documents):
// title, number, kind and its Vietnamese label, issuer, date, summary, read or not.
#pragma once

#include "documentcatalog.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

class DocumentListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Screens get their document lists from their controllers.")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int unreadCount READ unreadCount NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        NumberRole,
        KindRole,
        KindLabelRole,
        IssuerRole,
        IssuedDateRole, // dd/MM/yyyy
        SummaryRole,
        ReadRole,
        VerifiedRole, // signed, and the signature verified (DESIGN.md 8.1)
        SignerNameRole,
    };
    Q_ENUM(Role)

    explicit DocumentListModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int unreadCount() const;

    // Replaces the whole list.
    void setDocuments(const QList<DocumentSummary> &documents);
    // Marks one document read (after "Đánh dấu đã đọc"); false if it is not in the list.
    bool setRead(const QString &documentId);

    // "2025-07-10" -> "10/07/2025" (unchanged when it is not a date).
    [[nodiscard]] static QString displayDate(const QString &isoDate);

Q_SIGNALS:
    void countChanged();

private:
    QList<DocumentSummary> m_documents;
};
