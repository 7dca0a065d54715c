// The committee's dashboard (DESIGN.md 8.4, OversightPage): for a month (this month in
// Vietnam time by default; the last thirteen months to choose from) and a unit (the
// committee's own organisation by default), the unit's figures, the table of the units
// directly below it (OrgStatsModel: sortable, with the "needs attention" flags), the unit's
// last twelve months for the charts, the drill-down (a unit of the table, the breadcrumb back
// up to the committee's own organisation), a cell's members as a committee may see them
// (accounts, devices; never reading or attendance per member), and the month's report of the
// unit shown as PDF or CSV (OversightReport) in the user's documents folder.
#pragma once

#include "cellcontroller.h"
#include "orgstatsmodel.h"
#include "oversightreport.h"

#include <QDate>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>

class OversightController : public CellController
{
    Q_OBJECT
    QML_ELEMENT
    // "yyyy-mm"; setting one outside the last thirteen months is ignored.
    Q_PROPERTY(QString month READ month WRITE setMonth NOTIFY levelChanged)
    // [{month: "2026-12", label: "Tháng 12/2026"}], this month first.
    Q_PROPERTY(QVariantList months READ months NOTIFY levelChanged)
    // The unit shown has figures for the month on this device.
    Q_PROPERTY(bool found READ found NOTIFY levelChanged)
    Q_PROPERTY(QString levelOrgId READ levelOrgId NOTIFY levelChanged)
    Q_PROPERTY(QString levelName READ levelName NOTIFY levelChanged)
    Q_PROPERTY(QString levelKindText READ levelKindText NOTIFY levelChanged)
    Q_PROPERTY(bool isCell READ isCell NOTIFY levelChanged)
    // [{orgId, name}] from the committee's own organisation down to the unit shown.
    Q_PROPERTY(QVariantList breadcrumb READ breadcrumb NOTIFY levelChanged)
    Q_PROPERTY(OrgStatsModel *rows READ rows CONSTANT)
    // The unit's own figures as texts: members, accounts, devicesText, meetingsText,
    // meetingsHeld, attendanceText, documentsPublished, readRateText, studiesOpen,
    // studyCompletionText, profileRequestsPending, transfersPending.
    Q_PROPERTY(QVariantMap summary READ summary NOTIFY levelChanged)
    // "Cập nhật lúc 08:30 ngày 05/12/2026" (Vietnam time) from the row's updated_at.
    Q_PROPERTY(QString updatedText READ updatedText NOTIFY levelChanged)
    // The unit's twelve months up to the month chosen, oldest first: labels "1".."12" and
    // percentages 0..100 (0 for a month without figures).
    Q_PROPERTY(QStringList seriesLabels READ seriesLabels NOTIFY levelChanged)
    Q_PROPERTY(QVariantList seriesCellsMet READ seriesCellsMet NOTIFY levelChanged)
    Q_PROPERTY(QVariantList seriesAttendance READ seriesAttendance NOTIFY levelChanged)
    Q_PROPERTY(QVariantList seriesReading READ seriesReading NOTIFY levelChanged)
    // The units below that need attention, in the table's order: [{orgId, name, text}].
    Q_PROPERTY(QVariantList attention READ attention NOTIFY levelChanged)
    // A cell's members: [{memberId, name, position, accountText, hasAccount, devicesText}].
    Q_PROPERTY(QVariantList cellMembers READ cellMembers NOTIFY levelChanged)
    Q_PROPERTY(QUrl exportFolder READ exportFolder WRITE setExportFolder NOTIFY exportChanged)
    Q_PROPERTY(QString exportedPath READ exportedPath NOTIFY exportChanged)
    Q_PROPERTY(QString exportedText READ exportedText NOTIFY exportChanged)

public:
    explicit OversightController(QObject *parent = nullptr);

    [[nodiscard]] QString month() const;
    void setMonth(const QString &month);
    [[nodiscard]] QVariantList months() const;
    [[nodiscard]] bool found() const { return !m_level.isEmpty(); }
    [[nodiscard]] QString levelOrgId() const { return m_levelOrgId; }
    [[nodiscard]] QString levelName() const;
    [[nodiscard]] QString levelKindText() const;
    [[nodiscard]] bool isCell() const;
    [[nodiscard]] QVariantList breadcrumb() const { return m_breadcrumb; }
    [[nodiscard]] OrgStatsModel *rows() { return &m_rows; }
    [[nodiscard]] QVariantMap summary() const;
    [[nodiscard]] QString updatedText() const;
    [[nodiscard]] QStringList seriesLabels() const;
    [[nodiscard]] QVariantList seriesCellsMet() const;
    [[nodiscard]] QVariantList seriesAttendance() const;
    [[nodiscard]] QVariantList seriesReading() const;
    [[nodiscard]] QVariantList attention() const;
    [[nodiscard]] QVariantList cellMembers() const { return m_cellMembers; }
    [[nodiscard]] QUrl exportFolder() const { return m_exportFolder; }
    void setExportFolder(const QUrl &folder);
    [[nodiscard]] QString exportedPath() const { return m_exportedPath; }
    [[nodiscard]] QString exportedText() const;

    // Shows `orgId` (a unit of the table, or one of the breadcrumb); false when it has no
    // figures for the month here or is not below the committee's own organisation.
    Q_INVOKABLE bool showLevel(const QString &orgId);
    Q_INVOKABLE bool exportPdf();
    Q_INVOKABLE bool exportCsv();

    // The report's input for the unit and month on screen.
    [[nodiscard]] OversightReportInput reportInput() const;

Q_SIGNALS:
    void levelChanged();
    void exportChanged();

protected:
    void loadCell(SqliteDatabase &db) override;

private:
    [[nodiscard]] QDate today() const;
    [[nodiscard]] QString thisMonth() const;
    // The twelve months up to the month chosen, oldest first ("yyyy-mm").
    [[nodiscard]] QStringList seriesMonths() const;
    [[nodiscard]] QVariantList seriesOf(
        const std::function<std::optional<double>(const OrgStatsRow &)> &rate) const;
    [[nodiscard]] QString exportPath(const QString &suffix) const;
    bool exportAs(const QString &suffix);

    QString m_month; // "" = this month
    QString m_topOrgId;
    QString m_levelOrgId;
    QList<OrgStatsRow> m_level; // as OrgStatsCatalog::level gives it
    QList<OrgStatsRow> m_series; // the unit's months of seriesMonths() that have a row
    QVariantList m_breadcrumb;
    QVariantList m_cellMembers;
    OrgStatsModel m_rows;
    QUrl m_exportFolder;
    QString m_exportedPath;
};
