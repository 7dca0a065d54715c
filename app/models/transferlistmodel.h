// The transfers of members between cells a committee sees (chuyển sinh hoạt đảng, DESIGN.md
// 8.4): each member_transfer row with its direction relative to the committee's subtree, whether
// this committee decides it, and whether a change of it still waits for the server. Listed in
// three sections: pending ones this committee decides (oldest first), pending ones it asked of
// another committee (oldest first), then the decided ones (newest decision first).
#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

// One transfer as the page shows it.
struct TransferEntry
{
    QString id;
    QString memberId;
    QString memberName;
    QString fromOrgId;
    QString fromName;
    QString toOrgId;
    QString toName;
    QString reason;
    QString status; // Protocol::TransferStatus
    QString requestedBy;
    QDateTime requestedAt;
    QString decidedBy;
    QDateTime decidedAt;
    QString decisionReason;
    bool pending = false; // a change of it waits for the server
    bool fromInSubtree = false;
    bool toInSubtree = false;
};

class TransferListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The transfers page's controller gives its list.")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    // Relative to the committee's subtree: into it, out of it, or between two of its cells.
    enum Direction { Incoming, Outgoing, Internal };
    Q_ENUM(Direction)
    // The page's sections, in this order.
    enum Section { ToDecide, Requested, History };
    Q_ENUM(Section)

    enum Role {
        IdRole = Qt::UserRole + 1,
        MemberIdRole,
        MemberNameRole,
        FromRole, // the sending cell's name
        ToRole, // the receiving cell's name
        ReasonRole,
        StatusRole, // the wire status
        StatusLabelRole, // "Chờ quyết định", "Đã nhận", "Không nhận" (+ "đang chờ gửi")
        RequestedByRole,
        RequestedAtRole, // dd/MM/yyyy HH:mm, Vietnam time
        DecidedByRole,
        DecidedAtRole,
        DecisionReasonRole,
        PendingRole, // bool: waits for the server
        DirectionRole, // Direction
        CanDecideRole, // pending, and the receiving cell is in the subtree
        SectionRole, // Section
        SectionLabelRole, // the section's heading
        FirstInSectionRole, // bool: the section's heading goes above this row
    };
    Q_ENUM(Role)

    explicit TransferListModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // Replaces the list; sorts it into the sections.
    void setTransfers(QList<TransferEntry> entries);
    // Every role of the transfer `id` by role name (empty when it is not listed).
    [[nodiscard]] Q_INVOKABLE QVariantMap get(const QString &id) const;
    // The row of `id`, or -1.
    [[nodiscard]] Q_INVOKABLE int indexOf(const QString &id) const;
    // How many rows a section has.
    [[nodiscard]] int countIn(Section section) const;
    // The ids in list order (tests).
    [[nodiscard]] QStringList ids() const;

    [[nodiscard]] static Direction directionOf(const TransferEntry &entry);
    [[nodiscard]] static bool canDecide(const TransferEntry &entry);
    [[nodiscard]] static Section sectionOf(const TransferEntry &entry);
    [[nodiscard]] static QString sectionLabel(Section section);
    [[nodiscard]] static QString statusLabel(const TransferEntry &entry);

Q_SIGNALS:
    void countChanged();

private:
    QList<TransferEntry> m_rows;
};
