// One level of a study's progress for the committee (StudyProgressPage): the row of the unit
// being looked at first (its totals), then the units directly below it, sortable by any column
// (the unit's own row stays first). Each unit below has a short label, its number in the
// table ("1", "2", …), which the bar chart uses: a long unit name is never cut in the chart,
// the table beside it gives it in full.
#pragma once

#include "studyprogresscatalog.h"

#include <QAbstractListModel>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class StudyProgressModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The progress page gets its rows from its controller.")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int sortColumn READ sortColumn NOTIFY sortChanged)
    Q_PROPERTY(bool sortAscending READ sortAscending NOTIFY sortChanged)
    // The chart's data, the units below the current one from the LAST to the first (a
    // horizontal bar chart draws its first category at the bottom, so the chart reads top
    // down in the table's order): labels "1", "2", … and the percentages 0..100.
    Q_PROPERTY(QStringList chartLabels READ chartLabels NOTIFY countChanged)
    Q_PROPERTY(QVariantList chartAccepted READ chartAccepted NOTIFY countChanged)
    Q_PROPERTY(QVariantList chartSubmitted READ chartSubmitted NOTIFY countChanged)

public:
    enum Role {
        OrgIdRole = Qt::UserRole + 1,
        NameRole,
        LabelRole, // "1", "2", … for the units below; "" for the unit's own row
        IsTotalRole, // the row of the unit being looked at
        MembersRole,
        SubmittedRole,
        AcceptedRole,
        ReturnedRole,
        LateRole,
        NotStartedRole,
        AverageScoreTextRole, // "8,5" or "—"
        AcceptedPercentRole, // 0..100
        SubmittedPercentRole,
        AcceptedRateTextRole, // "75 %"
        SubmittedRateTextRole,
        CanDrillRole, // units below it have rows here
    };
    Q_ENUM(Role)

    enum Column {
        ByName,
        ByMembers,
        BySubmitted,
        ByAccepted,
        ByLate,
        ByNotStarted,
        ByAverageScore,
        ByAcceptedRate,
    };
    Q_ENUM(Column)

    explicit StudyProgressModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // A level as StudyProgressCatalog::level gives it: the unit's own row first. Keeps the
    // sort order chosen.
    void setLevel(QList<ProgressRow> rows);
    // The rows in the table's order (the unit's own row first).
    [[nodiscard]] QList<ProgressRow> rows() const { return m_rows; }

    [[nodiscard]] int sortColumn() const { return m_sortColumn; }
    [[nodiscard]] bool sortAscending() const { return m_ascending; }
    // Sorts the units below by `column`; the same column again reverses the order.
    Q_INVOKABLE void sortBy(int column);

    [[nodiscard]] QStringList chartLabels() const;
    [[nodiscard]] QVariantList chartAccepted() const;
    [[nodiscard]] QVariantList chartSubmitted() const;

    // "75 %" for a rate 0..1 (whole percent); "8,5" for a score, "—" for none.
    [[nodiscard]] static QString percentText(double rate);
    [[nodiscard]] static QString scoreText(const std::optional<double> &score);

Q_SIGNALS:
    void countChanged();
    void sortChanged();

private:
    void sortRows();

    QList<ProgressRow> m_rows;
    int m_sortColumn = ByName;
    bool m_ascending = true;
};
