#include "milestonemodel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

MilestoneModel::MilestoneModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int MilestoneModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MilestoneModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case YearsRole:
        return row.years;
    case DateRole:
        return row.date.toString(u"dd/MM/yyyy"_s);
    case ReachedRole:
        return row.reached;
    case NextRole:
        return row.next;
    case YearsLeftRole:
        return row.yearsLeft;
    case UpcomingIndexRole:
        return row.upcomingIndex;
    default:
        return {};
    }
}

QHash<int, QByteArray> MilestoneModel::roleNames() const
{
    return {
        { YearsRole, "years" },
        { DateRole, "date" },
        { ReachedRole, "reached" },
        { NextRole, "next" },
        { YearsLeftRole, "yearsLeft" },
        { UpcomingIndexRole, "upcomingIndex" },
    };
}

int MilestoneModel::partyAge(const QDate &admission, const QDate &today)
{
    if (!admission.isValid() || !today.isValid() || admission > today)
        return -1;
    int years = today.year() - admission.year();
    if (admission.addYears(years) > today)
        --years;
    return years;
}

void MilestoneModel::setAdmission(const QDate &admission, const QDate &today)
{
    QList<Row> rows;
    if (admission.isValid()) {
        int upcoming = 0;
        for (const int years : kYears) {
            Row row;
            row.years = years;
            row.date = admission.addYears(years);
            row.reached = row.date <= today;
            if (!row.reached) {
                row.upcomingIndex = upcoming++;
                row.next = row.upcomingIndex == 0;
                const int age = std::max(0, partyAge(admission, today));
                row.yearsLeft = years - age - 1;
            }
            rows.append(row);
        }
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    Q_EMIT countChanged();
}

int MilestoneModel::upcomingCount() const
{
    return int(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return !row.reached; }));
}
