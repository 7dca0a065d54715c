// One level of the committee's monthly figures (OversightPage, DESIGN.md 8.4): the row of the
// unit being looked at first (its own totals), then the units directly below it, sortable by
// any column (the unit's own row stays first), each with the "needs attention" flags of
// docs/decisions.md "Dashboard thresholds". Each unit below has a short label, its number in
// the table ("1", "2", …), which the bar chart uses so that a long name is never cut there.
#pragma once

#include "orgstatscatalog.h"

#include <QAbstractListModel>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class OrgStatsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The oversight page gets its rows from its controller.")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int sortColumn READ sortColumn NOTIFY sortChanged)
    Q_PROPERTY(bool sortAscending READ sortAscending NOTIFY sortChanged)
    // The chart of the units below, from the LAST to the first (a horizontal bar chart draws
    // its first category at the bottom): labels "1", "2", … and percentages 0..100 (0 when
    // there is nothing to divide by).
    Q_PROPERTY(QStringList chartLabels READ chartLabels NOTIFY countChanged)
    Q_PROPERTY(QVariantList chartCellsMet READ chartCellsMet NOTIFY countChanged)
    Q_PROPERTY(QVariantList chartReading READ chartReading NOTIFY countChanged)
    Q_PROPERTY(QVariantList chartDevices READ chartDevices NOTIFY countChanged)
    // How many units below need attention.
    Q_PROPERTY(int attentionCount READ attentionCount NOTIFY countChanged)

public:
    // docs/decisions.md "Dashboard thresholds".
    static constexpr double kReadingThreshold = 0.5;
    static constexpr double kDeviceThreshold = 0.6;

    enum Role {
        OrgIdRole = Qt::UserRole + 1,
        NameRole,
        KindRole,
        KindTextRole, // "Chi bộ", "Đảng bộ cơ sở", …
        LabelRole, // "1", "2", … for the units below; "" for the unit's own row
        IsTotalRole,
        MembersRole,
        AccountsRole,
        ActiveDevicesRole,
        DevicesTextRole, // "12/20 (60 %)"
        CellsRole,
        CellsMetRole,
        MeetingsTextRole, // "2/3 chi bộ"
        MeetingsHeldRole,
        AttendanceTextRole, // "85 %" or "—"
        ReadRateTextRole,
        StudyCompletionTextRole,
        ProfileRequestsPendingRole,
        TransfersPendingRole,
        CanDrillRole, // units below it have rows here, or it is a cell (its members)
        IsCellRole,
        NeedsAttentionRole,
        NoMeetingRole, // some cell of it held no meeting this month
        LowReadingRole,
        LowDevicesRole,
        AttentionTextRole, // the reasons, in words
    };
    Q_ENUM(Role)

    enum Column {
        ByName,
        ByKind,
        ByMembers,
        ByActiveDevices, // the share of members
        ByMeetings, // cells met over cells
        ByAttendance,
        ByReadRate,
        ByStudyCompletion,
        ByProfileRequests,
        ByTransfers,
    };
    Q_ENUM(Column)

    explicit OrgStatsModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // A level as OrgStatsCatalog::level gives it: the unit's own row first. Keeps the sort.
    void setLevel(QList<OrgStatsRow> rows);
    // The rows in the table's order (the unit's own row first).
    [[nodiscard]] QList<OrgStatsRow> rows() const { return m_rows; }

    [[nodiscard]] int sortColumn() const { return m_sortColumn; }
    [[nodiscard]] bool sortAscending() const { return m_ascending; }
    // Sorts the units below by `column`; the same column again reverses the order.
    Q_INVOKABLE void sortBy(int column);

    [[nodiscard]] QStringList chartLabels() const;
    [[nodiscard]] QVariantList chartCellsMet() const;
    [[nodiscard]] QVariantList chartReading() const;
    [[nodiscard]] QVariantList chartDevices() const;
    [[nodiscard]] int attentionCount() const;

    // The flags of one unit.
    [[nodiscard]] static bool noMeeting(const OrgStatsRow &row);
    [[nodiscard]] static bool lowReading(const OrgStatsRow &row);
    [[nodiscard]] static bool lowDevices(const OrgStatsRow &row);
    // "Chưa sinh hoạt: 1/3 chi bộ · Đọc văn bản 40 %" — the reasons, "" when none.
    [[nodiscard]] static QString attentionText(const OrgStatsRow &row);
    // "75 %" for a rate 0..1 (whole percent), "—" for none.
    [[nodiscard]] static QString percentText(const std::optional<double> &rate);
    [[nodiscard]] static QString kindText(const QString &kind);

Q_SIGNALS:
    void countChanged();
    void sortChanged();

private:
    void sortRows();
    [[nodiscard]] QVariantList chart(
        const std::function<std::optional<double>(const OrgStatsRow &)> &rate) const;

    QList<OrgStatsRow> m_rows;
    int m_sortColumn = ByName;
    bool m_ascending = true;
};
