#include "studyprogressmodel.h"

#include <QCollator>
#include <QLocale>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

StudyProgressModel::StudyProgressModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int StudyProgressModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString StudyProgressModel::percentText(double rate)
{
    return tr("%1 %").arg(qRound(rate * 100));
}

QString StudyProgressModel::scoreText(const std::optional<double> &score)
{
    if (!score)
        return tr("—");
    return QLocale(QLocale::Vietnamese, QLocale::Vietnam).toString(*score, 'f', 1);
}

QVariant StudyProgressModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProgressRow &row = m_rows.at(index.row());
    switch (role) {
    case OrgIdRole:
        return row.orgId;
    case NameRole:
    case Qt::DisplayRole:
        return row.orgName.isEmpty() ? row.orgId : row.orgName;
    case LabelRole:
        return index.row() == 0 ? QString() : QString::number(index.row());
    case IsTotalRole:
        return index.row() == 0;
    case MembersRole:
        return row.members;
    case SubmittedRole:
        return row.submitted;
    case AcceptedRole:
        return row.accepted;
    case ReturnedRole:
        return row.returned;
    case LateRole:
        return row.late;
    case NotStartedRole:
        return row.notStarted;
    case AverageScoreTextRole:
        return scoreText(row.averageScore);
    case AcceptedPercentRole:
        return row.acceptedRate() * 100;
    case SubmittedPercentRole:
        return row.submittedRate() * 100;
    case AcceptedRateTextRole:
        return percentText(row.acceptedRate());
    case SubmittedRateTextRole:
        return percentText(row.submittedRate());
    case CanDrillRole:
        return index.row() > 0 && row.hasChildren;
    default:
        return {};
    }
}

QHash<int, QByteArray> StudyProgressModel::roleNames() const
{
    return { { OrgIdRole, "orgId" }, { NameRole, "name" }, { LabelRole, "label" },
        { IsTotalRole, "isTotal" }, { MembersRole, "members" }, { SubmittedRole, "submittedCount" },
        { AcceptedRole, "acceptedCount" }, { ReturnedRole, "returnedCount" }, { LateRole, "late" },
        { NotStartedRole, "notStarted" }, { AverageScoreTextRole, "averageScoreText" },
        { AcceptedPercentRole, "acceptedPercent" }, { SubmittedPercentRole, "submittedPercent" },
        { AcceptedRateTextRole, "acceptedRateText" },
        { SubmittedRateTextRole, "submittedRateText" }, { CanDrillRole, "canDrill" } };
}

void StudyProgressModel::setLevel(QList<ProgressRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    sortRows();
    endResetModel();
    Q_EMIT countChanged();
}

void StudyProgressModel::sortBy(int column)
{
    if (column < ByName || column > ByAcceptedRate)
        return;
    if (column == m_sortColumn) {
        m_ascending = !m_ascending;
    } else {
        m_sortColumn = column;
        m_ascending = true;
    }
    beginResetModel();
    sortRows();
    endResetModel();
    Q_EMIT sortChanged();
    Q_EMIT countChanged(); // the chart follows the table's order
}

void StudyProgressModel::sortRows()
{
    if (m_rows.size() < 2)
        return;
    QCollator collator { QLocale(QLocale::Vietnamese, QLocale::Vietnam) };
    collator.setNumericMode(true);
    auto key = [this](const ProgressRow &row) -> double {
        switch (m_sortColumn) {
        case ByMembers:
            return row.members;
        case BySubmitted:
            return row.submitted;
        case ByAccepted:
            return row.accepted;
        case ByLate:
            return row.late;
        case ByNotStarted:
            return row.notStarted;
        case ByAverageScore:
            return row.averageScore.value_or(-1.0); // no score: below every score
        case ByAcceptedRate:
            return row.acceptedRate();
        default:
            return 0;
        }
    };
    // The unit's own row stays first; ties (and the name column) by name.
    std::stable_sort(
        m_rows.begin() + 1, m_rows.end(), [&](const ProgressRow &a, const ProgressRow &b) {
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

QStringList StudyProgressModel::chartLabels() const
{
    QStringList labels;
    for (qsizetype i = m_rows.size() - 1; i >= 1; --i)
        labels.append(QString::number(i));
    return labels;
}

QVariantList StudyProgressModel::chartAccepted() const
{
    QVariantList values;
    for (qsizetype i = m_rows.size() - 1; i >= 1; --i)
        values.append(std::round(m_rows.at(i).acceptedRate() * 1000) / 10);
    return values;
}

QVariantList StudyProgressModel::chartSubmitted() const
{
    QVariantList values;
    for (qsizetype i = m_rows.size() - 1; i >= 1; --i)
        values.append(std::round(m_rows.at(i).submittedRate() * 1000) / 10);
    return values;
}
