// Simple statistics of the full profiles on this device (a secretary's cell, a committee's
// subtree) for QML: how many members by gender, age band, education level and ethnicity,
// each with its share of the total.
#pragma once

#include <QAbstractListModel>
#include <QDate>
#include <QJsonObject>
#include <QtQml/qqmlregistration.h>

class StatisticsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Screens get statistics from their controllers.")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int total READ total NOTIFY countChanged)

public:
    enum Role {
        SectionRole = Qt::UserRole + 1, // gender, age, education, ethnicity
        SectionLabelRole,
        LabelRole,
        CountRole,
        PercentRole, // of the total, rounded
        FirstInSectionRole, // the first row of its section (the screen shows the section's name)
    };
    Q_ENUM(Role)

    explicit StatisticsModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // Counts `profiles` (gender, birth_date, education, ethnicity) with ages on `today`.
    void setProfiles(const QList<QJsonObject> &profiles, const QDate &today);
    [[nodiscard]] int total() const { return m_total; }
    // The count of one row, by section and label (0 when absent).
    [[nodiscard]] int countOf(const QString &section, const QString &label) const;

    // The education band of a free-text education entry: postgraduate, university, college,
    // vocational, general, unknown.
    [[nodiscard]] static QString educationBand(const QString &education);
    // The age band of someone born on `birth`: under30, 30, 40, 50, 60, 70plus, unknown.
    [[nodiscard]] static QString ageBand(const QDate &birth, const QDate &today);

Q_SIGNALS:
    void countChanged();

private:
    struct Row
    {
        QString section;
        QString label;
        int count = 0;
    };
    QList<Row> m_rows;
    int m_total = 0;
};
