// Party badge milestones (Huy hiệu Đảng) for QML: 30, 40, 45, 50, ... 90 years of Party
// age counted from the date of admission, each with its date and whether it is reached.
#pragma once

#include <QAbstractListModel>
#include <QDate>
#include <QtQml/qqmlregistration.h>

class MilestoneModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Screens get milestones from their controllers.")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int upcomingCount READ upcomingCount NOTIFY countChanged)

public:
    enum Role {
        YearsRole = Qt::UserRole + 1,
        DateRole, // dd/MM/yyyy
        ReachedRole,
        NextRole, // the first one not reached yet
        YearsLeftRole, // whole years until it (0 in its last year; 0 when reached)
        UpcomingIndexRole, // 0 for the next one, 1 for the one after...; -1 when reached
    };
    Q_ENUM(Role)

    // The milestones of Party age, in years.
    static constexpr int kYears[] = { 30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90 };

    explicit MilestoneModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // Every milestone from `admission` as of `today`; none when admission is invalid.
    void setAdmission(const QDate &admission, const QDate &today);
    [[nodiscard]] int upcomingCount() const;
    // Full years of Party age on `today` (-1 when admission is invalid or later).
    [[nodiscard]] static int partyAge(const QDate &admission, const QDate &today);

Q_SIGNALS:
    void countChanged();

private:
    struct Row
    {
        int years = 0;
        QDate date;
        bool reached = false;
        bool next = false;
        int yearsLeft = 0;
        int upcomingIndex = -1;
    };
    QList<Row> m_rows;
};
