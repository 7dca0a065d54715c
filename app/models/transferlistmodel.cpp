#include "transferlistmodel.h"

#include "wirevalues.h"

#include <QTimeZone>
#include <algorithm>

using namespace Qt::StringLiterals;
namespace TransferStatus = Protocol::TransferStatus;

TransferListModel::TransferListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int TransferListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

TransferListModel::Direction TransferListModel::directionOf(const TransferEntry &entry)
{
    if (entry.fromInSubtree && entry.toInSubtree)
        return Internal;
    return entry.toInSubtree ? Incoming : Outgoing;
}

bool TransferListModel::canDecide(const TransferEntry &entry)
{
    // The server's rule: a committee whose subtree holds the receiving cell.
    return entry.status == TransferStatus::Pending && entry.toInSubtree;
}

TransferListModel::Section TransferListModel::sectionOf(const TransferEntry &entry)
{
    if (entry.status != TransferStatus::Pending)
        return History;
    return canDecide(entry) ? ToDecide : Requested;
}

QString TransferListModel::sectionLabel(Section section)
{
    switch (section) {
    case ToDecide:
        return tr("Chờ đồng chí quyết định");
    case Requested:
        return tr("Đã đề nghị");
    case History:
        break;
    }
    return tr("Lịch sử");
}

QString TransferListModel::statusLabel(const TransferEntry &entry)
{
    QString label;
    if (entry.status == TransferStatus::Accepted)
        label = tr("Đã nhận");
    else if (entry.status == TransferStatus::Rejected)
        label = tr("Không nhận");
    else
        label = tr("Chờ quyết định");
    return entry.pending ? tr("%1 · đang chờ gửi lên máy chủ").arg(label) : label;
}

QVariant TransferListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TransferEntry &row = m_rows.at(index.row());
    const auto time = [](const QDateTime &at) {
        // Vietnam time, as the other lists of the app show a moment.
        return at.isValid() ? at.toTimeZone(QTimeZone(7 * 3600)).toString(u"HH:mm dd/MM/yyyy"_s)
                            : QString();
    };
    switch (role) {
    case IdRole:
        return row.id;
    case MemberIdRole:
        return row.memberId;
    case MemberNameRole:
    case Qt::DisplayRole:
        return row.memberName;
    case FromRole:
        return row.fromName;
    case ToRole:
        return row.toName;
    case ReasonRole:
        return row.reason;
    case StatusRole:
        return row.status;
    case StatusLabelRole:
        return statusLabel(row);
    case RequestedByRole:
        return row.requestedBy;
    case RequestedAtRole:
        return time(row.requestedAt);
    case DecidedByRole:
        return row.decidedBy;
    case DecidedAtRole:
        return time(row.decidedAt);
    case DecisionReasonRole:
        return row.decisionReason;
    case PendingRole:
        return row.pending;
    case DirectionRole:
        return int(directionOf(row));
    case CanDecideRole:
        return canDecide(row);
    case SectionRole:
        return int(sectionOf(row));
    case SectionLabelRole:
        return sectionLabel(sectionOf(row));
    case FirstInSectionRole:
        return index.row() == 0 || sectionOf(m_rows.at(index.row() - 1)) != sectionOf(row);
    default:
        return {};
    }
}

QHash<int, QByteArray> TransferListModel::roleNames() const
{
    return { { IdRole, "transferId" }, { MemberIdRole, "memberId" },
        { MemberNameRole, "memberName" }, { FromRole, "fromName" }, { ToRole, "toName" },
        { ReasonRole, "reason" }, { StatusRole, "status" }, { StatusLabelRole, "statusLabel" },
        { RequestedByRole, "requestedBy" }, { RequestedAtRole, "requestedAt" },
        { DecidedByRole, "decidedBy" }, { DecidedAtRole, "decidedAt" },
        { DecisionReasonRole, "decisionReason" }, { PendingRole, Protocol::Key::Pending.data() },
        { DirectionRole, "direction" }, { CanDecideRole, "canDecide" }, { SectionRole, "section" },
        { SectionLabelRole, "sectionLabel" }, { FirstInSectionRole, "firstInSection" } };
}

void TransferListModel::setTransfers(QList<TransferEntry> entries)
{
    // Pending work oldest first (the longest waiting on top); history newest decision first.
    std::stable_sort(
        entries.begin(), entries.end(), [](const TransferEntry &a, const TransferEntry &b) {
            const Section sa = sectionOf(a);
            const Section sb = sectionOf(b);
            if (sa != sb)
                return sa < sb;
            if (sa == History) {
                if (a.decidedAt != b.decidedAt)
                    return a.decidedAt > b.decidedAt;
                return a.requestedAt > b.requestedAt;
            }
            if (a.requestedAt != b.requestedAt)
                return a.requestedAt < b.requestedAt;
            return a.memberName < b.memberName;
        });
    const bool countChanges = entries.size() != m_rows.size();
    beginResetModel();
    m_rows = std::move(entries);
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

QVariantMap TransferListModel::get(const QString &id) const
{
    const int row = indexOf(id);
    if (row < 0)
        return {};
    QVariantMap map;
    const QHash<int, QByteArray> names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        map.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    return map;
}

int TransferListModel::indexOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

int TransferListModel::countIn(Section section) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
        [section](const TransferEntry &row) { return sectionOf(row) == section; }));
}

QStringList TransferListModel::ids() const
{
    QStringList ids;
    for (const TransferEntry &row : m_rows)
        ids << row.id;
    return ids;
}
