#include "profilerequestmodel.h"

#include "profilefields.h"
#include "timestamps.h"
#include "wire.h"
#include "wirevalues.h"

#include <QTimeZone>
#include <QVariantMap>
#include <algorithm>

using namespace Qt::StringLiterals;

ProfileRequestRow ProfileRequestRow::from(
    const QJsonObject &request, const QJsonObject &profile, bool waitingToSend)
{
    ProfileRequestRow row;
    row.id = request.value(u"id"_s).toString();
    row.memberId = request.value(u"member_id"_s).toString();
    row.memberName = profile.value(u"full_name"_s).toString();
    row.status = request.value(u"status"_s).toString();
    row.reason = request.value(u"reason"_s).toString();
    row.decisionReason = request.value(u"decision_reason"_s).toString();
    const QDateTime created = Timestamps::fromIso(request.value(u"created_at"_s).toString());
    row.createdAt = created.isValid()
        ? created.toTimeZone(QTimeZone(7 * 3600)).date().toString(u"dd/MM/yyyy"_s)
        : QString();
    row.waitingToSend = waitingToSend;
    const QJsonObject fields = request.value(u"fields"_s).toObject();
    // In the profile screen's order, whatever the order of the JSON keys.
    for (const QString &group : ProfileFields::groups()) {
        for (const QString &field : ProfileFields::fieldsOf(group)) {
            if (fields.contains(field))
                row.changes.append({ field, ProfileFields::display(field, profile.value(field)),
                    ProfileFields::display(field, fields.value(field)) });
        }
    }
    return row;
}

ProfileRequestModel::ProfileRequestModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int ProfileRequestModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ProfileRequestModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProfileRequestRow &row = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return row.id;
    case MemberIdRole:
        return row.memberId;
    case MemberNameRole:
        return row.memberName;
    case StatusRole:
        return Wire::requestStatus(row.status);
    case StatusLabelRole:
        return statusLabel(row.status);
    case ReasonRole:
        return row.reason;
    case DecisionReasonRole:
        return row.decisionReason;
    case CreatedAtRole:
        return row.createdAt;
    case WaitingToSendRole:
        return row.waitingToSend;
    case ChangesRole: {
        QVariantList changes;
        for (const ProfileRequestRow::Change &change : row.changes)
            changes.append(QVariantMap { { u"field"_s, change.field },
                { u"label"_s, ProfileFields::label(change.field) },
                { u"oldValue"_s, change.oldValue }, { u"newValue"_s, change.newValue } });
        return changes;
    }
    case Qt::DisplayRole:
    case SummaryRole: {
        QStringList lines;
        for (const ProfileRequestRow::Change &change : row.changes)
            lines << tr("%1: %2").arg(ProfileFields::label(change.field),
                change.newValue.isEmpty() ? tr("(để trống)") : change.newValue);
        return lines.join(u'\n');
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> ProfileRequestModel::roleNames() const
{
    return {
        { IdRole, "requestId" },
        { MemberIdRole, "memberId" },
        { MemberNameRole, "memberName" },
        { StatusRole, "status" },
        { StatusLabelRole, "statusLabel" },
        { ReasonRole, "reason" },
        { DecisionReasonRole, "decisionReason" },
        { CreatedAtRole, "createdAt" },
        { WaitingToSendRole, "waitingToSend" },
        { ChangesRole, "changes" },
        { SummaryRole, "summary" },
    };
}

void ProfileRequestModel::setRequests(const QList<ProfileRequestRow> &requests)
{
    beginResetModel();
    m_rows = requests;
    endResetModel();
    Q_EMIT countChanged();
}

int ProfileRequestModel::pendingCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const ProfileRequestRow &row) {
        return row.status == Protocol::ProfileRequestStatus::Pending;
    }));
}

const ProfileRequestRow *ProfileRequestModel::find(const QString &id) const
{
    for (const ProfileRequestRow &row : m_rows) {
        if (row.id == id)
            return &row;
    }
    return nullptr;
}

QString ProfileRequestModel::statusLabel(const QString &status)
{
    if (status == Protocol::ProfileRequestStatus::Approved)
        return tr("Đã duyệt");
    if (status == Protocol::ProfileRequestStatus::Rejected)
        return tr("Không được duyệt");
    return tr("Đang chờ duyệt");
}
