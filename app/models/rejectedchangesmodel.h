// The member's changes the server refused (DESIGN.md section 5: "a rejected change is shown
// to the user, never silently dropped"): what it was, in Vietnamese words, the server's
// reason and when; the member dismisses each once read.
#pragma once

#include "outbox.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

class RejectedChangesModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The home screen's controller provides the rejected changes.")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        ActionRole, // "Tạo buổi sinh hoạt", "Chia sẻ tài liệu", …
        ReasonRole, // the server's message (Vietnamese)
        CodeRole,
        RejectedAtRole, // dd/MM/yyyy HH:mm, Vietnam time
    };
    Q_ENUM(Role)

    explicit RejectedChangesModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    void setRejected(const QList<RejectedMutation> &rejected);
    // Removes one row (after the vault forgot it); false if it is not listed.
    bool remove(qint64 id);

    // What a mutation did, for the member: "meeting.create" -> "Tạo buổi sinh hoạt".
    [[nodiscard]] static QString actionLabel(const QString &mutationName);

Q_SIGNALS:
    void countChanged();

private:
    QList<RejectedMutation> m_rows;
};
