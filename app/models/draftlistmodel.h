// The committee's drafts for the publishing workspace, grouped by status in the order Đang
// soạn (draft), Chờ duyệt (submitted), Bị trả lại (returned), Đã ban hành (published), newest
// first within a group; each group's heading carries its count ("Chờ duyệt (2)").
#pragma once

#include "draftcatalog.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

class DraftListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The publishing workspace gets its drafts from its controller.")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        KindLabelRole,
        NumberRole,
        StatusRole,
        StatusLabelRole,
        SectionRole, // "Chờ duyệt (2)": the group heading
        FirstInSectionRole, // the first draft of its group (the heading goes above it)
        ReturnReasonRole,
        UpdatedTextRole, // "Sửa lúc 15:00 22/11/2026" (Vietnam time)
        PendingRole,
    };
    Q_ENUM(Role)

    explicit DraftListModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // Replaces the list (in any order: it groups and sorts them).
    void setDrafts(QList<DraftRecord> drafts);
    // How many drafts have `status`.
    [[nodiscard]] int countOf(const QString &status) const;
    // The id of the first draft (the one a wide window shows first), "" when empty.
    [[nodiscard]] QString firstId() const;
    [[nodiscard]] bool contains(const QString &id) const;

    // "Đang soạn", "Chờ duyệt", "Bị trả lại", "Đã ban hành".
    [[nodiscard]] static QString statusLabel(const QString &status);
    // The statuses in the order of the groups.
    [[nodiscard]] static QStringList statusOrder();

Q_SIGNALS:
    void countChanged();

private:
    QList<DraftRecord> m_drafts;
};
