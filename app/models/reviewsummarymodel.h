// One level of an annual review's summary for the committee (ReviewCyclePage, DESIGN.md 8.6):
// the row of the unit being looked at first (its own summary: the whole subtree), then the
// units directly below it in Vietnamese order. Per unit: members, self-reviews submitted, the
// cell's proposals and the committee's decisions per rating, and the rate "hoàn thành tốt
// nhiệm vụ trở lên" (excellent + good over decided). The chart's data: the units below, each
// labelled by its number in the table ("1", "2", …), the share of each rating among the
// decisions; before any decision in the level, among the cells' proposals (chartOfProposals).
#pragma once

#include "reviewsummarycatalog.h"

#include <QAbstractListModel>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class ReviewSummaryModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The review cycle page gets its summary from its controller.")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    // The units below from the LAST to the first (a horizontal bar chart draws its first
    // category at the bottom, so the chart reads top down in the table's order): labels "1",
    // "2", … and per rating the percentage 0..100 of the unit's decisions (or proposals).
    Q_PROPERTY(QStringList chartLabels READ chartLabels NOTIFY countChanged)
    Q_PROPERTY(QVariantList chartExcellent READ chartExcellent NOTIFY countChanged)
    Q_PROPERTY(QVariantList chartGood READ chartGood NOTIFY countChanged)
    Q_PROPERTY(QVariantList chartFulfilled READ chartFulfilled NOTIFY countChanged)
    Q_PROPERTY(QVariantList chartNotFulfilled READ chartNotFulfilled NOTIFY countChanged)
    // Nothing is decided yet in the units below: the chart shows the cells' proposals.
    Q_PROPERTY(bool chartOfProposals READ chartOfProposals NOTIFY countChanged)

public:
    enum Role {
        OrgIdRole = Qt::UserRole + 1,
        NameRole,
        LabelRole, // "1", "2", … for the units below; "" for the unit's own row
        IsTotalRole, // the row of the unit being looked at
        MembersRole,
        SubmittedRole,
        ProposedRole, // self-reviews with the cell's proposal
        DecidedRole, // self-reviews with the committee's decision
        ExcellentRole, // decided per rating
        GoodRole,
        FulfilledRole,
        NotFulfilledRole,
        GoodOrBetterRateTextRole, // "95,2 %" or "—" before any decision
        DecidedRatingsTextRole, // "Hoàn thành xuất sắc nhiệm vụ: 2 · …" (every rating)
        ProposedRatingsTextRole,
        CanDrillRole, // units below it have rows here
    };
    Q_ENUM(Role)

    explicit ReviewSummaryModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // A level as ReviewSummaryCatalog::level gives it: the unit's own row first.
    void setLevel(QList<ReviewSummaryRow> rows);
    [[nodiscard]] QList<ReviewSummaryRow> rows() const { return m_rows; }

    [[nodiscard]] QStringList chartLabels() const;
    [[nodiscard]] QVariantList chartExcellent() const { return chartOf(0); }
    [[nodiscard]] QVariantList chartGood() const { return chartOf(1); }
    [[nodiscard]] QVariantList chartFulfilled() const { return chartOf(2); }
    [[nodiscard]] QVariantList chartNotFulfilled() const { return chartOf(3); }
    [[nodiscard]] bool chartOfProposals() const;

    // "95,2 %" for a rate 0..1 (one decimal, Vietnamese), "—" for none.
    [[nodiscard]] static QString rateText(const std::optional<double> &rate);
    // "Hoàn thành xuất sắc nhiệm vụ: 2 · Hoàn thành tốt nhiệm vụ: 5 · …".
    [[nodiscard]] static QString ratingsText(const RatingCounts &counts);

Q_SIGNALS:
    void countChanged();

private:
    // The rating at `rank` as percentages of each unit below, in the chart's order.
    [[nodiscard]] QVariantList chartOf(int rank) const;

    QList<ReviewSummaryRow> m_rows;
};
