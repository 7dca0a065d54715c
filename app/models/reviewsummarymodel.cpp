#include "reviewsummarymodel.h"

#include "reviewrating.h"

#include <QLocale>
#include <cmath>

using namespace Qt::StringLiterals;

ReviewSummaryModel::ReviewSummaryModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int ReviewSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString ReviewSummaryModel::rateText(const std::optional<double> &rate)
{
    if (!rate)
        return tr("—");
    return tr("%1 %").arg(QLocale(QLocale::Vietnamese, QLocale::Vietnam)
                              .toString(std::round(*rate * 1000) / 10, 'f', 1));
}

QString ReviewSummaryModel::ratingsText(const RatingCounts &counts)
{
    QStringList parts;
    const QStringList ratings = ReviewRating::all();
    for (int rank = 0; rank < ratings.size(); ++rank)
        parts << tr("%1: %2").arg(ReviewRating::name(ratings.at(rank))).arg(counts.at(rank));
    return parts.join(u" · "_s);
}

QVariant ReviewSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReviewSummaryRow &row = m_rows.at(index.row());
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
    case ProposedRole:
        return row.proposed.total();
    case DecidedRole:
        return row.decided.total();
    case ExcellentRole:
        return row.decided.excellent;
    case GoodRole:
        return row.decided.good;
    case FulfilledRole:
        return row.decided.fulfilled;
    case NotFulfilledRole:
        return row.decided.notFulfilled;
    case GoodOrBetterRateTextRole:
        return rateText(row.goodOrBetterRate());
    case DecidedRatingsTextRole:
        return ratingsText(row.decided);
    case ProposedRatingsTextRole:
        return ratingsText(row.proposed);
    case CanDrillRole:
        return index.row() > 0 && row.hasChildren;
    default:
        return {};
    }
}

QHash<int, QByteArray> ReviewSummaryModel::roleNames() const
{
    return { { OrgIdRole, "orgId" }, { NameRole, "name" }, { LabelRole, "label" },
        { IsTotalRole, "isTotal" }, { MembersRole, "members" }, { SubmittedRole, "submittedCount" },
        { ProposedRole, "proposedCount" }, { DecidedRole, "decidedCount" },
        { ExcellentRole, "excellentCount" }, { GoodRole, "goodCount" },
        { FulfilledRole, "fulfilledCount" }, { NotFulfilledRole, "notFulfilledCount" },
        { GoodOrBetterRateTextRole, "goodOrBetterRateText" },
        { DecidedRatingsTextRole, "decidedRatingsText" },
        { ProposedRatingsTextRole, "proposedRatingsText" }, { CanDrillRole, "canDrill" } };
}

void ReviewSummaryModel::setLevel(QList<ReviewSummaryRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    Q_EMIT countChanged();
}

QStringList ReviewSummaryModel::chartLabels() const
{
    QStringList labels;
    for (qsizetype i = m_rows.size() - 1; i >= 1; --i)
        labels.append(QString::number(i));
    return labels;
}

bool ReviewSummaryModel::chartOfProposals() const
{
    for (qsizetype i = 1; i < m_rows.size(); ++i) {
        if (m_rows.at(i).decided.total() > 0)
            return false;
    }
    return true;
}

QVariantList ReviewSummaryModel::chartOf(int rank) const
{
    const bool proposals = chartOfProposals();
    QVariantList values;
    for (qsizetype i = m_rows.size() - 1; i >= 1; --i) {
        const RatingCounts &counts = proposals ? m_rows.at(i).proposed : m_rows.at(i).decided;
        const int total = counts.total();
        values.append(total > 0 ? std::round(1000.0 * counts.at(rank) / total) / 10 : 0.0);
    }
    return values;
}
