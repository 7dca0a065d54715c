// The audience of a committee's document, picked from the organization tree: the user's own
// organization and every one below it, in tree order with their depth (for indenting), and
// searchable the way documents are (VietnameseFold: "dang uy" finds "Đảng ủy").
#pragma once

#include "draftcatalog.h"

#include <QAbstractListModel>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

class OrgPickerModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The draft editor gives its organization picker.")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)
    Q_PROPERTY(QString selectedId READ selectedId WRITE setSelectedId NOTIFY selectedIdChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        LevelRole, // "Tỉnh ủy", "Chi bộ"… (OrgLevel)
        DepthRole, // 0 for the root, 1 below it…
        SelectedRole,
    };
    Q_ENUM(Role)

    explicit OrgPickerModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // The tree below (and with) `rootId` out of `all`; the filter stays.
    void setOrganizations(const QList<OrgNode> &all, const QString &rootId);
    [[nodiscard]] QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);
    [[nodiscard]] QString selectedId() const { return m_selectedId; }
    void setSelectedId(const QString &id);
    // Whether `id` is the root or below it (a valid audience).
    [[nodiscard]] bool containsOrg(const QString &id) const;
    [[nodiscard]] QString nameOf(const QString &id) const;
    // The names shown, in order (tests).
    [[nodiscard]] QStringList names() const;

Q_SIGNALS:
    void countChanged();
    void filterTextChanged();
    void selectedIdChanged();

private:
    struct Entry
    {
        OrgNode node;
        int depth = 0;
        QStringList foldedWords;
    };
    void applyFilter();

    QList<Entry> m_tree; // the whole subtree, in tree order
    QList<int> m_shown; // indexes into m_tree that match the filter
    QString m_filterText;
    QString m_selectedId;
};
