// The notifications list for QML: title, body, what it is about, when, and whether it is new.
#pragma once

#include "notificationcatalog.h"
#include "wire.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>
#include <optional>

class NotificationListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The notifications screen's controller provides the list.")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        KindRole,
        TitleRole,
        BodyRole,
        RefTypeRole,
        RefIdRole,
        TimeRole, // dd/MM/yyyy HH:mm, Vietnam time
        UnreadRole,
        // The screen a tap opens: meeting, document, feedback, followup (a meeting's
        // follow-up), review (profile change requests); "" for none.
        TargetRole,
        // The same as a Wire::Target, for QML.
        TargetKindRole,
    };
    Q_ENUM(Role)

    explicit NotificationListModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    void setItems(const QList<NotificationItem> &items);
    // The listed notification with this id, if any.
    [[nodiscard]] std::optional<NotificationItem> item(const QString &id) const;
    // Clears one row's "new" mark in place (the member opened it); false if not listed.
    bool markSeen(const QString &id);

    // The screen a notification opens, from what it points at ("" when it opens none).
    [[nodiscard]] static QString targetOf(const NotificationItem &item);
    // A target of targetOf() as the enum QML compares.
    [[nodiscard]] static Wire::Target targetKind(const QString &target);

Q_SIGNALS:
    void countChanged();

private:
    QList<NotificationItem> m_items;
};
