#include "draftlistmodel.h"

#include "documentkind.h"
#include "timestamps.h"
#include "wirevalues.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;
namespace DraftStatus = Protocol::DraftStatus;

DraftListModel::DraftListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int DraftListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_drafts.size());
}

QStringList DraftListModel::statusOrder()
{
    return { DraftStatus::Draft, DraftStatus::Submitted, DraftStatus::Returned,
        DraftStatus::Published };
}

QString DraftListModel::statusLabel(const QString &status)
{
    if (status == DraftStatus::Submitted)
        return tr("Chờ duyệt");
    if (status == DraftStatus::Returned)
        return tr("Bị trả lại");
    if (status == DraftStatus::Published)
        return tr("Đã ban hành");
    return tr("Đang soạn");
}

QVariant DraftListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DraftRecord &draft = m_drafts.at(index.row());
    switch (role) {
    case IdRole:
        return draft.id;
    case TitleRole:
    case Qt::DisplayRole:
        return draft.title.isEmpty() ? tr("(Chưa có tên)") : draft.title;
    case KindLabelRole:
        return DocumentKind::label(draft.kind);
    case NumberRole:
        return draft.number;
    case StatusRole:
        return draft.status;
    case StatusLabelRole:
        return statusLabel(draft.status);
    case SectionRole:
        return tr("%1 (%2)").arg(statusLabel(draft.status)).arg(countOf(draft.status));
    case FirstInSectionRole:
        return index.row() == 0 || m_drafts.at(index.row() - 1).status != draft.status;
    case ReturnReasonRole:
        return draft.status == DraftStatus::Returned ? draft.returnReason : QString();
    case UpdatedTextRole: {
        const QDateTime at = Timestamps::fromIso(draft.updatedAt);
        if (!at.isValid())
            return QString();
        return tr("Cập nhật %1")
            .arg(at.toTimeZone(QTimeZone(7 * 3600)).toString(u"HH:mm dd/MM/yyyy"_s));
    }
    case PendingRole:
        return draft.pending;
    default:
        return {};
    }
}

QHash<int, QByteArray> DraftListModel::roleNames() const
{
    return { { IdRole, "draftId" }, { TitleRole, "title" }, { KindLabelRole, "kindLabel" },
        { NumberRole, "number" }, { StatusRole, "status" }, { StatusLabelRole, "statusLabel" },
        { SectionRole, "section" }, { FirstInSectionRole, "firstInSection" },
        { ReturnReasonRole, "returnReason" }, { UpdatedTextRole, "updatedText" },
        { PendingRole, Protocol::Key::Pending.data() } };
}

void DraftListModel::setDrafts(QList<DraftRecord> drafts)
{
    const QStringList order = statusOrder();
    auto rank = [&order](const QString &status) {
        const qsizetype at = order.indexOf(status);
        return at < 0 ? 0 : at; // an unknown status shows with the drafts
    };
    std::stable_sort(drafts.begin(), drafts.end(), [&](const DraftRecord &a, const DraftRecord &b) {
        if (rank(a.status) != rank(b.status))
            return rank(a.status) < rank(b.status);
        // Newest first (as instants: the offsets may differ).
        const QDateTime at = Timestamps::fromIso(a.updatedAt);
        const QDateTime bt = Timestamps::fromIso(b.updatedAt);
        return at > bt;
    });
    const int before = rowCount();
    beginResetModel();
    m_drafts = std::move(drafts);
    endResetModel();
    if (before != rowCount())
        Q_EMIT countChanged();
}

int DraftListModel::countOf(const QString &status) const
{
    const QStringList order = statusOrder();
    return int(std::count_if(m_drafts.cbegin(), m_drafts.cend(), [&](const DraftRecord &draft) {
        return draft.status == status
            || (status == DraftStatus::Draft && !order.contains(draft.status));
    }));
}

QString DraftListModel::firstId() const
{
    return m_drafts.isEmpty() ? QString() : m_drafts.constFirst().id;
}

bool DraftListModel::contains(const QString &id) const
{
    return std::any_of(m_drafts.cbegin(), m_drafts.cend(),
        [&id](const DraftRecord &draft) { return draft.id == id; });
}
