#include "profilefieldmodel.h"

#include "profilefields.h"
#include "profilerules.h"

ProfileFieldModel::ProfileFieldModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int ProfileFieldModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ProfileFieldModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ValueRole:
        return row.value;
    case FieldRole:
        return row.field;
    case LabelRole:
        return ProfileFields::label(row.field);
    case GroupRole:
        return row.group;
    case GroupLabelRole:
        return ProfileFields::groupLabel(row.group);
    case ContactRole:
        return ProfileRules::contactFields().contains(row.field);
    case PendingValueRole:
        return row.pendingValue;
    case FirstInGroupRole:
        return index.row() == 0 || m_rows.at(index.row() - 1).group != row.group;
    default:
        return {};
    }
}

QHash<int, QByteArray> ProfileFieldModel::roleNames() const
{
    return {
        { FieldRole, "field" },
        { LabelRole, "label" },
        { ValueRole, "value" },
        { GroupRole, "group" },
        { GroupLabelRole, "groupLabel" },
        { ContactRole, "contact" },
        { PendingValueRole, "pendingValue" },
        { FirstInGroupRole, "firstInGroup" },
    };
}

void ProfileFieldModel::setProfile(
    const QJsonObject &profile, bool full, const QHash<QString, QString> &pending)
{
    QList<Row> rows;
    for (const QString &group : ProfileFields::groups()) {
        for (const QString &field : ProfileFields::fieldsOf(group)) {
            if (!full && !profile.contains(field))
                continue;
            const auto asked = pending.constFind(field);
            rows.append({ field, group, ProfileFields::display(field, profile.value(field)),
                asked == pending.cend() ? QString()
                                        : ProfileFields::display(field, QJsonValue(*asked)) });
            // A request to empty a field still shows as pending.
            if (asked != pending.cend() && rows.last().pendingValue.isEmpty())
                rows.last().pendingValue = tr("(để trống)");
        }
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    Q_EMIT countChanged();
}

QString ProfileFieldModel::valueOf(const QString &field) const
{
    for (const Row &row : m_rows) {
        if (row.field == field)
            return row.value;
    }
    return {};
}
