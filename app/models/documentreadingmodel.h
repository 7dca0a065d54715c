// For the secretary's follow-up: each "read before the meeting" document with who in the
// cell has read it and who has not.
#pragma once

#include <QAbstractListModel>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

// One document's row: names of the members who read it and of those who did not.
struct DocumentReadingItem
{
    QString documentId;
    QString title;
    QString kindLabel;
    QStringList readers;
    QStringList nonReaders;
};

class DocumentReadingModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Screens get their lists from their controllers.")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        DocumentIdRole = Qt::UserRole + 1,
        TitleRole,
        KindLabelRole,
        ReadCountRole,
        MemberCountRole,
        ReaderNamesRole, // "Nguyễn Văn An, Trần Thị Bình"
        NonReaderNamesRole,
        ReadersRole, // the names as a list
        NonReadersRole,
    };
    Q_ENUM(Role)

    explicit DocumentReadingModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    void setDocuments(const QList<DocumentReadingItem> &documents);

Q_SIGNALS:
    void countChanged();

private:
    QList<DocumentReadingItem> m_documents;
};
