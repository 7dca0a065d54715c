// The fields of one profile for QML, grouped as the profile screen shows them (identity,
// Party, education, work, contacts): name, value as read, whether the member edits it
// directly (contacts) or asks for a change, and a value asked for and still pending.
#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QJsonObject>
#include <QtQml/qqmlregistration.h>

class ProfileFieldModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Screens get profile fields from their controllers.")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        FieldRole = Qt::UserRole + 1,
        LabelRole,
        ValueRole, // as a reader sees it; empty when there is none
        GroupRole,
        GroupLabelRole,
        ContactRole, // edited directly (profile.update)
        PendingValueRole, // the value of a pending change request; empty when none
        FirstInGroupRole, // the first field of its group (the screen shows the group's name)
    };
    Q_ENUM(Role)

    explicit ProfileFieldModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // Every field of a full profile, in screen order; for a directory entry (not `full`)
    // only the fields it has. `pending` maps fields to requested wire values.
    void setProfile(
        const QJsonObject &profile, bool full, const QHash<QString, QString> &pending = {});
    // The shown value of a field (empty when absent).
    [[nodiscard]] QString valueOf(const QString &field) const;

Q_SIGNALS:
    void countChanged();

private:
    struct Row
    {
        QString field;
        QString group;
        QString value;
        QString pendingValue;
    };
    QList<Row> m_rows;
};
