#include "orgstatsmodel.h"

#include <QCollator>
#include <QLocale>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

const QString kCell = u"cell"_s;

double percent(const std::optional<double> &rate)
{
    return rate ? std::round(*rate * 1000) / 10 : 0.0;
}

} // namespace

OrgStatsModel::OrgStatsModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int OrgStatsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

bool OrgStatsModel::noMeeting(const OrgStatsRow &row)
{
    return row.cells > 0 && row.cellsMet < row.cells;
}

bool OrgStatsModel::lowReading(const OrgStatsRow &row)
{
    return row.readRate && *row.readRate < kReadingThreshold;
}

bool OrgStatsModel::lowDevices(const OrgStatsRow &row)
{
    const std::optional<double> rate = row.deviceRate();
    return rate && *rate < kDeviceThreshold;
}

QString OrgStatsModel::percentText(const std::optional<double> &rate)
{
    if (!rate)
        return u"—"_s;
    return u"%1 %"_s.arg(int(std::round(*rate * 100)));
}

QString OrgStatsModel::kindText(const QString &kind)
{
    if (kind == u"province")
        return tr("Đảng bộ tỉnh");
    if (kind == u"district")
        return tr("Đảng bộ huyện");
    if (kind == u"grassroots")
        return tr("Đảng bộ cơ sở");
    if (kind == kCell)
        return tr("Chi bộ");
    return tr("Đơn vị");
}

QString OrgStatsModel::attentionText(const OrgStatsRow &row)
{
    QStringList reasons;
    if (noMeeting(row)) {
        reasons << (row.orgKind == kCell
                ? tr("Chưa sinh hoạt trong tháng")
                : tr("%1/%2 chi bộ chưa sinh hoạt").arg(row.cells - row.cellsMet).arg(row.cells));
    }
    if (lowReading(row))
        reasons << tr("Đọc văn bản %1").arg(percentText(row.readRate));
    if (lowDevices(row))
        reasons << tr("Dùng Sổ tay %1").arg(percentText(row.deviceRate()));
    return reasons.join(u" · "_s);
}

QVariant OrgStatsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrgStatsRow &row = m_rows.at(index.row());
    const bool total = index.row() == 0;
    switch (role) {
    case OrgIdRole:
        return row.orgId;
    case NameRole:
        return row.orgName.isEmpty() ? row.orgId : row.orgName;
    case KindRole:
        return row.orgKind;
    case KindTextRole:
        return kindText(row.orgKind);
    case LabelRole:
        return total ? QString() : QString::number(index.row());
    case IsTotalRole:
        return total;
    case MembersRole:
        return row.members;
    case AccountsRole:
        return row.accounts;
    case ActiveDevicesRole:
        return row.activeDevices;
    case DevicesTextRole:
        return u"%1/%2 (%3)"_s.arg(row.activeDevices)
            .arg(row.members)
            .arg(percentText(row.deviceRate()));
    case CellsRole:
        return row.cells;
    case CellsMetRole:
        return row.cellsMet;
    case MeetingsTextRole:
        return tr("%1/%2 chi bộ").arg(row.cellsMet).arg(row.cells);
    case MeetingsHeldRole:
        return row.meetingsHeld;
    case AttendanceTextRole:
        return percentText(row.attendanceRate);
    case ReadRateTextRole:
        return percentText(row.readRate);
    case StudyCompletionTextRole:
        return percentText(row.studyCompletion);
    case ProfileRequestsPendingRole:
        return row.profileRequestsPending;
    case TransfersPendingRole:
        return row.transfersPending;
    case CanDrillRole:
        return !total && (row.hasChildren || row.orgKind == kCell);
    case IsCellRole:
        return row.orgKind == kCell;
    case NeedsAttentionRole:
        return noMeeting(row) || lowReading(row) || lowDevices(row);
    case NoMeetingRole:
        return noMeeting(row);
    case LowReadingRole:
        return lowReading(row);
    case LowDevicesRole:
        return lowDevices(row);
    case AttentionTextRole:
        return attentionText(row);
    default:
        return {};
    }
}

QHash<int, QByteArray> OrgStatsModel::roleNames() const
{
    return { { OrgIdRole, "orgId" }, { NameRole, "name" }, { KindRole, "kind" },
        { KindTextRole, "kindText" }, { LabelRole, "label" }, { IsTotalRole, "isTotal" },
        { MembersRole, "members" }, { AccountsRole, "accounts" },
        { ActiveDevicesRole, "activeDevices" }, { DevicesTextRole, "devicesText" },
        { CellsRole, "cells" }, { CellsMetRole, "cellsMet" }, { MeetingsTextRole, "meetingsText" },
        { MeetingsHeldRole, "meetingsHeld" }, { AttendanceTextRole, "attendanceText" },
        { ReadRateTextRole, "readRateText" }, { StudyCompletionTextRole, "studyCompletionText" },
        { ProfileRequestsPendingRole, "profileRequestsPending" },
        { TransfersPendingRole, "transfersPending" }, { CanDrillRole, "canDrill" },
        { IsCellRole, "isCell" }, { NeedsAttentionRole, "needsAttention" },
        { NoMeetingRole, "noMeeting" }, { LowReadingRole, "lowReading" },
        { LowDevicesRole, "lowDevices" }, { AttentionTextRole, "attentionText" } };
}

void OrgStatsModel::setLevel(QList<OrgStatsRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    sortRows();
    endResetModel();
    Q_EMIT countChanged();
}

void OrgStatsModel::sortBy(int column)
{
    if (column < ByName || column > ByTransfers)
        return;
    if (column == m_sortColumn) {
        m_ascending = !m_ascending;
    } else {
        m_sortColumn = column;
        // Names A to Z; figures the weakest first (what needs attention on top), except the
        // pending counts, the most first.
        m_ascending = column != ByProfileRequests && column != ByTransfers && column != ByMembers;
    }
    beginResetModel();
    sortRows();
    endResetModel();
    Q_EMIT sortChanged();
    Q_EMIT countChanged(); // the chart follows the table's order
}

void OrgStatsModel::sortRows()
{
    if (m_rows.size() < 2)
        return;
    QCollator collator { QLocale(QLocale::Vietnamese, QLocale::Vietnam) };
    collator.setNumericMode(true);
    static const QStringList kinds { u"province"_s, u"district"_s, u"grassroots"_s, kCell };
    auto key = [this](const OrgStatsRow &row) -> double {
        switch (m_sortColumn) {
        case ByKind:
            return double(kinds.indexOf(row.orgKind));
        case ByMembers:
            return row.members;
        case ByActiveDevices:
            return row.deviceRate().value_or(-1.0); // nothing to divide: below every rate
        case ByMeetings:
            return row.cellsMetRate().value_or(-1.0);
        case ByAttendance:
            return row.attendanceRate.value_or(-1.0);
        case ByReadRate:
            return row.readRate.value_or(-1.0);
        case ByStudyCompletion:
            return row.studyCompletion.value_or(-1.0);
        case ByProfileRequests:
            return row.profileRequestsPending;
        case ByTransfers:
            return row.transfersPending;
        default:
            return 0;
        }
    };
    // The unit's own row stays first; ties (and the name column) by name.
    std::stable_sort(
        m_rows.begin() + 1, m_rows.end(), [&](const OrgStatsRow &a, const OrgStatsRow &b) {
            const double ka = key(a);
            const double kb = key(b);
            if (ka != kb)
                return m_ascending ? ka < kb : ka > kb;
            const int byName = collator.compare(a.orgName, b.orgName);
            if (byName != 0)
                return m_sortColumn == ByName && !m_ascending ? byName > 0 : byName < 0;
            return a.orgId < b.orgId;
        });
}

QStringList OrgStatsModel::chartLabels() const
{
    QStringList labels;
    for (qsizetype i = m_rows.size() - 1; i >= 1; --i)
        labels << QString::number(i);
    return labels;
}

QVariantList OrgStatsModel::chart(
    const std::function<std::optional<double>(const OrgStatsRow &)> &rate) const
{
    QVariantList values;
    for (qsizetype i = m_rows.size() - 1; i >= 1; --i)
        values << percent(rate(m_rows.at(i)));
    return values;
}

QVariantList OrgStatsModel::chartCellsMet() const
{
    return chart([](const OrgStatsRow &row) { return row.cellsMetRate(); });
}

QVariantList OrgStatsModel::chartReading() const
{
    return chart([](const OrgStatsRow &row) { return row.readRate; });
}

QVariantList OrgStatsModel::chartDevices() const
{
    return chart([](const OrgStatsRow &row) { return row.deviceRate(); });
}

int OrgStatsModel::attentionCount() const
{
    int count = 0;
    for (qsizetype i = 1; i < m_rows.size(); ++i) {
        const OrgStatsRow &row = m_rows.at(i);
        count += (noMeeting(row) || lowReading(row) || lowDevices(row)) ? 1 : 0;
    }
    return count;
}
