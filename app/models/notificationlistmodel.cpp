#include "notificationlistmodel.h"

#include "wire.h"
#include "wirevalues.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;
namespace RefType = Protocol::RefType;
namespace Kind = Protocol::NotificationKind;

namespace {
// Targets that are screens rather than a notification's ref_type.
const QString kFollowUp = u"followup"_s;
const QString kReview = u"review"_s;
} // namespace

NotificationListModel::NotificationListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int NotificationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant NotificationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NotificationItem &item = m_items.at(index.row());
    switch (role) {
    case IdRole:
        return item.id;
    case KindRole:
        return item.kind;
    case TitleRole:
    case Qt::DisplayRole:
        return item.title;
    case BodyRole:
        return item.body;
    case RefTypeRole:
        return item.refType;
    case RefIdRole:
        return item.refId;
    case TimeRole:
        return item.createdAt.isValid()
            ? item.createdAt.toTimeZone(QTimeZone(7 * 3600)).toString(u"dd/MM/yyyy HH:mm"_s)
            : QString();
    case UnreadRole:
        return item.unread;
    case TargetRole:
        return targetOf(item);
    case TargetKindRole:
        return targetKind(targetOf(item));
    default:
        return {};
    }
}

QHash<int, QByteArray> NotificationListModel::roleNames() const
{
    return { { IdRole, "notificationId" }, { KindRole, "kind" }, { TitleRole, "title" },
        { BodyRole, "body" }, { RefTypeRole, "refType" }, { RefIdRole, "refId" },
        { TimeRole, "time" }, { UnreadRole, "unread" }, { TargetRole, "target" },
        { TargetKindRole, "targetKind" } };
}

void NotificationListModel::setItems(const QList<NotificationItem> &items)
{
    const bool countChanges = items.size() != m_items.size();
    beginResetModel();
    m_items = items;
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

std::optional<NotificationItem> NotificationListModel::item(const QString &id) const
{
    for (const NotificationItem &item : m_items) {
        if (item.id == id)
            return item;
    }
    return std::nullopt;
}

bool NotificationListModel::markSeen(const QString &id)
{
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).id != id)
            continue;
        if (m_items.at(i).unread) {
            m_items[i].unread = false;
            const QModelIndex changed = index(int(i));
            Q_EMIT dataChanged(changed, changed, { UnreadRole });
        }
        return true;
    }
    return false;
}

QString NotificationListModel::targetOf(const NotificationItem &item)
{
    // What the server's notifications point at (CellNotifier, feedback replies); others
    // (profile decisions and conflicts) are read in place.
    if (item.refId.isEmpty())
        return {};
    // What a member sent the secretary: an answer to a meeting opens her
    // follow-up of it, a profile change request the review page.
    if (item.refType == RefType::Meeting
        && (item.kind == Kind::RsvpAbsent || item.kind == Kind::RsvpAttending))
        return kFollowUp;
    if (item.refType == RefType::ProfileRequest && item.kind == Kind::ProfileRequestSubmitted)
        return kReview;
    if (item.refType == RefType::Meeting || item.refType == RefType::Document
        || item.refType == RefType::Feedback || item.refType == RefType::Study)
        return item.refType;
    return {};
}

Wire::Target NotificationListModel::targetKind(const QString &target)
{
    if (target == RefType::Meeting)
        return Wire::TargetMeeting;
    if (target == RefType::Document)
        return Wire::TargetDocument;
    if (target == RefType::Feedback)
        return Wire::TargetFeedback;
    if (target == RefType::Study)
        return Wire::TargetStudy;
    if (target == kFollowUp)
        return Wire::TargetFollowUp;
    if (target == kReview)
        return Wire::TargetReview;
    return Wire::NoTarget;
}
