// "Chuyển sinh hoạt đảng" (DESIGN.md 8.4, issue 20): the transfers a committee sees, those it
// decides first, then those it asked of another committee, then the history
// (TransferListModel); accepting or rejecting one (member.transfer.decide), and asking to move a
// member of its subtree to another cell (member.transfer.request). Both are queued in the vault
// (AccountActions) and shown pending until the server answers; a refusal of the server is
// listed here with its reason until dismissed. The destination is picked among the cells of the
// whole province: a committee pulls every organisation of it (DESIGN.md 8.4), so a cell of
// another branch can be offered (its committee then decides).
#pragma once

#include "cellcontroller.h"
#include "orgpickermodel.h"
#include "transferlistmodel.h"

#include <QHash>
#include <QSet>
#include <QVariantList>

class TransfersController : public CellController
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(TransferListModel *transfers READ transfers CONSTANT)
    // A committee user (the server decides; this chooses what to show).
    Q_PROPERTY(bool isCommittee READ isCommittee NOTIFY identityChanged)
    Q_PROPERTY(int toDecideCount READ toDecideCount NOTIFY listChanged)
    Q_PROPERTY(int requestedCount READ requestedCount NOTIFY listChanged)
    // The transfer changes the server refused: [{mutationId, action, memberName, reason,
    // rejectedAt}], newest last.
    Q_PROPERTY(QVariantList rejected READ rejected NOTIFY listChanged)

    // The request being prepared: the member (prefilled from a profile page) and the cell.
    Q_PROPERTY(QString memberId READ memberId WRITE setMemberId NOTIFY formChanged)
    Q_PROPERTY(QString memberName READ memberName NOTIFY formChanged)
    Q_PROPERTY(QString memberCellName READ memberCellName NOTIFY formChanged)
    // The member is in a cell of this committee's subtree (a request for them can be made).
    Q_PROPERTY(bool memberMovable READ memberMovable NOTIFY formChanged)
    Q_PROPERTY(QString destinationId READ destinationId NOTIFY formChanged)
    Q_PROPERTY(QString destinationName READ destinationName NOTIFY formChanged)
    // The cells to move to: the province's tree as the device knows it, without the member's
    // own cell.
    Q_PROPERTY(OrgPickerModel *destinations READ destinations CONSTANT)
    Q_PROPERTY(int maxReason READ maxReason CONSTANT)

public:
    // How many members findMembers() lists at most.
    static constexpr int kMemberLimit = 50;

    explicit TransfersController(QObject *parent = nullptr);

    [[nodiscard]] TransferListModel *transfers() { return &m_transfers; }
    [[nodiscard]] bool isCommittee() const { return m_committee; }
    [[nodiscard]] int toDecideCount() const
    {
        return m_transfers.countIn(TransferListModel::ToDecide);
    }
    [[nodiscard]] int requestedCount() const
    {
        return m_transfers.countIn(TransferListModel::Requested);
    }
    [[nodiscard]] QVariantList rejected() const { return m_rejected; }
    [[nodiscard]] QString memberId() const { return m_memberId; }
    void setMemberId(const QString &id);
    [[nodiscard]] QString memberName() const { return m_memberName; }
    [[nodiscard]] QString memberCellName() const { return m_memberCellName; }
    [[nodiscard]] bool memberMovable() const;
    [[nodiscard]] QString destinationId() const { return m_destinationId; }
    [[nodiscard]] QString destinationName() const;
    [[nodiscard]] OrgPickerModel *destinations() { return &m_destinations; }
    [[nodiscard]] int maxReason() const;

    // Members of the subtree whose name matches `text` (without marks too), by name:
    // [{memberId, name, cellName}], at most kMemberLimit.
    Q_INVOKABLE QVariantList findMembers(const QString &text);
    // Picks the member to move; false (with a message) outside the subtree.
    Q_INVOKABLE bool chooseMember(const QString &memberId);
    // Picks the receiving cell; false (with a message) for a unit that is not a cell or for the
    // member's own cell.
    Q_INVOKABLE bool chooseDestination(const QString &orgId);
    // Empties the request form.
    Q_INVOKABLE void clearRequest();
    // The first problem of a request in words ("" when it can be queued).
    [[nodiscard]] Q_INVOKABLE QString problem(
        const QString &memberId, const QString &toOrgId, const QString &reason);
    // Checks and queues member.transfer.request; false with errorMessage set otherwise.
    Q_INVOKABLE bool request(
        const QString &memberId, const QString &toOrgId, const QString &reason);
    // member.transfer.decide; a rejection needs a reason (the other committee reads it).
    Q_INVOKABLE bool accept(const QString &transferId, const QString &reason);
    Q_INVOKABLE bool reject(const QString &transferId, const QString &reason);
    // The user has read a refusal of the server.
    Q_INVOKABLE bool dismissRejected(qint64 mutationId);

    // The message for an AccountActions error code of a transfer action.
    [[nodiscard]] static QString actionMessage(const QString &code);

Q_SIGNALS:
    void listChanged();
    void formChanged();
    // A request was queued (the page goes back to the list).
    void requested();

protected:
    void loadCell(SqliteDatabase &db) override;

private:
    bool decide(const QString &transferId, const QString &decision, const QString &reason);
    void loadMember(SqliteDatabase &db);
    // Fills the destinations: the tree from the top of the committee's ancestry, less the
    // member's own cell.
    void loadDestinations();

    bool m_committee = false;
    TransferListModel m_transfers;
    QVariantList m_rejected;
    OrgPickerModel m_destinations;
    QList<OrgNode> m_organizations; // every organisation on the device
    QHash<QString, QString> m_orgKinds; // every organisation on the device: its kind
    QHash<QString, QString> m_orgNames;
    QSet<QString> m_subtree; // the committee's organisation and those below it
    QString m_memberId;
    QString m_memberName;
    QString m_memberCellId;
    QString m_memberCellName;
    QString m_destinationId;
};
