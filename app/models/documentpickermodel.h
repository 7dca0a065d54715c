// Documents to choose from (the meeting editor's "read before the meeting" list, the
// document to forward): title, kind, number, date, and whether it is chosen.
#pragma once

#include "documentcatalog.h"

#include <QAbstractListModel>
#include <QSet>
#include <QtQml/qqmlregistration.h>

class DocumentPickerModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Screens get their document lists from their controllers.")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        KindLabelRole,
        NumberRole,
        IssuedDateRole, // dd/MM/yyyy
        SelectedRole,
    };
    Q_ENUM(Role)

    explicit DocumentPickerModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // Replaces the list; the documents whose ids are in `selected` show as chosen.
    void setDocuments(const QList<DocumentSummary> &documents, const QSet<QString> &selected);
    // Shows which documents are chosen, without changing the list.
    void setSelection(const QSet<QString> &selected);

Q_SIGNALS:
    void countChanged();

private:
    QList<DocumentSummary> m_documents;
    QSet<QString> m_selected;
};
