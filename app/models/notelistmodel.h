// My private notes on one document, for the reader's notes panel: text and when it was
// last changed (Vietnam time), the most recent first.
#pragma once

#include "readercatalog.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>
#include <optional>

class NoteListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The reader gives its notes model.")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TextRole,
        AnchorRole,
        UpdatedRole, // "HH:mm dd/MM/yyyy" in Vietnam time
    };
    Q_ENUM(Role)

    explicit NoteListModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // Replaces the whole list.
    void setNotes(const QList<NoteInfo> &notes);
    // A note of the list, if it is there.
    [[nodiscard]] std::optional<NoteInfo> find(const QString &noteId) const;

Q_SIGNALS:
    void countChanged();

private:
    QList<NoteInfo> m_notes;
};
