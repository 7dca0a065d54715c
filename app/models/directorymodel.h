// The member directory for QML: every member on this device (the own cell's directory for a
// member; full profiles of the cell or subtree for a secretary or committee), sorted the
// Vietnamese way (by given name, then the whole name), filtered as the user types with
// diacritic-insensitive word prefixes (`nguyen van` finds `Nguyễn Văn An`).
#pragma once

#include "profilecatalog.h"

#include <QAbstractListModel>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

class DirectoryModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Screens get the directory from their controllers.")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        FullNameRole,
        PositionRole,
        OrgNameRole,
        FullRole, // the whole profile is on this device
        MeRole, // the signed-in member
    };
    Q_ENUM(Role)

    explicit DirectoryModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // Replaces the members (sorted here); `meId` marks the signed-in member.
    void setEntries(const QList<DirectoryEntry> &entries, const QString &meId);
    // Keeps the members whose name has every typed word as a word prefix; empty = all.
    void setQuery(const QString &text);
    [[nodiscard]] int totalCount() const { return int(m_entries.size()); }

Q_SIGNALS:
    void countChanged();

private:
    struct Entry
    {
        DirectoryEntry entry;
        QStringList words; // folded words of the name
        QString sortKey;
    };
    void refilter();

    QList<Entry> m_entries; // sorted
    QList<int> m_visible; // indexes into m_entries
    QStringList m_query; // folded words
    QString m_meId;
};
