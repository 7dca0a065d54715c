// The committee's view of a study (DESIGN.md 8.3, StudyProgressPage): the study's header,
// the progress of the committee's subtree one level at a time (its own organisation first,
// then the units directly below; a tap on a unit goes down to its units, the breadcrumb back
// up), the bar chart's data, the report of the level on screen exported as PDF or CSV
// (StudyReport) into the user's documents folder, and study.close for the assigner's
// organisation. Also the studies with progress on this device, for the studies menu.
#pragma once

#include "cellcontroller.h"
#include "studyprogressmodel.h"
#include "studyreport.h"

#include <QDate>
#include <QUrl>
#include <QVariantList>

class StudyProgressController : public CellController
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString studyId READ studyId WRITE setStudyId NOTIFY studyIdChanged)
    // The study is on this device with progress rows this account may see.
    Q_PROPERTY(bool found READ found NOTIFY studyChanged)
    Q_PROPERTY(QString title READ title NOTIFY studyChanged)
    // "Hạn hoàn thành: 05/12/2026".
    Q_PROPERTY(QString dueText READ dueText NOTIFY studyChanged)
    // "Đang diễn ra", "Đã quá hạn" or "Đã đóng".
    Q_PROPERTY(QString statusText READ statusText NOTIFY studyChanged)
    Q_PROPERTY(bool closed READ closed NOTIFY studyChanged)
    // "Tỉnh ủy Sơn Lâm giao cho Đảng bộ tỉnh Sơn Lâm".
    Q_PROPERTY(QString assignedText READ assignedText NOTIFY studyChanged)
    // A committee user (or the secretary) of the study's organisation, while it is open.
    Q_PROPERTY(bool canClose READ canClose NOTIFY studyChanged)
    Q_PROPERTY(StudyProgressModel *rows READ rows CONSTANT)
    // The unit shown (its own row is the table's first) and the way down to it from the top:
    // [{orgId, name}], the last one the unit shown.
    Q_PROPERTY(QString levelOrgId READ levelOrgId NOTIFY levelChanged)
    Q_PROPERTY(QString levelName READ levelName NOTIFY levelChanged)
    Q_PROPERTY(QVariantList breadcrumb READ breadcrumb NOTIFY levelChanged)
    // The studies with progress on this device, open ones first: [{studyId, title, dueText,
    // statusText, isClosed, acceptedRateText}] (acceptedRateText: of my own unit).
    Q_PROPERTY(QVariantList studies READ studies NOTIFY studiesChanged)
    // Where the reports are written (the user's Documents, else Downloads, else home).
    Q_PROPERTY(QUrl exportFolder READ exportFolder WRITE setExportFolder NOTIFY exportChanged)
    // The file the last export wrote ("" before), and a sentence saying where it is.
    Q_PROPERTY(QString exportedPath READ exportedPath NOTIFY exportChanged)
    Q_PROPERTY(QString exportedText READ exportedText NOTIFY exportChanged)

public:
    explicit StudyProgressController(QObject *parent = nullptr);

    [[nodiscard]] QString studyId() const { return m_studyId; }
    void setStudyId(const QString &id);
    [[nodiscard]] bool found() const { return m_study.has_value(); }
    [[nodiscard]] QString title() const;
    [[nodiscard]] QString dueText() const;
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] bool closed() const;
    [[nodiscard]] QString assignedText() const;
    [[nodiscard]] bool canClose() const;
    [[nodiscard]] StudyProgressModel *rows() { return &m_rows; }
    [[nodiscard]] QString levelOrgId() const { return m_levelOrgId; }
    [[nodiscard]] QString levelName() const;
    [[nodiscard]] QVariantList breadcrumb() const { return m_breadcrumb; }
    [[nodiscard]] QVariantList studies() const { return m_studies; }
    [[nodiscard]] QUrl exportFolder() const { return m_exportFolder; }
    void setExportFolder(const QUrl &folder);
    [[nodiscard]] QString exportedPath() const { return m_exportedPath; }
    [[nodiscard]] QString exportedText() const;

    // Shows the units below `orgId` (a unit of the table, or one of the breadcrumb); false
    // when it has no progress row here.
    Q_INVOKABLE bool showLevel(const QString &orgId);
    // The report of the level on screen, as a file in exportFolder; false (errorMessage set)
    // when it could not be written.
    Q_INVOKABLE bool exportPdf();
    Q_INVOKABLE bool exportCsv();
    // study.close (queued; the server stops submissions).
    Q_INVOKABLE bool closeStudy();

    // The report's input for the level on screen: the unit shown as the report's unit (its
    // own row the totals), the units below it as the rows, in the table's order.
    [[nodiscard]] StudyReportInput reportInput() const;

Q_SIGNALS:
    void studyIdChanged();
    void studyChanged();
    void levelChanged();
    void studiesChanged();
    void exportChanged();

protected:
    void loadCell(SqliteDatabase &db) override;

private:
    [[nodiscard]] QDate today() const;
    [[nodiscard]] QString statusOf(const ProgressStudy &study) const;
    // exportFolder/<bao-cao-hoc-tap-<unit>-<date>>.<suffix>, numbered when taken.
    [[nodiscard]] QString exportPath(const QString &suffix) const;
    bool exportAs(const QString &suffix);

    QString m_studyId;
    std::optional<ProgressStudy> m_study;
    QList<StudyReportDocument> m_documents;
    QString m_role;
    QString m_topOrgId;
    QString m_levelOrgId;
    QVariantList m_breadcrumb;
    StudyProgressModel m_rows;
    QVariantList m_studies;
    QUrl m_exportFolder;
    QString m_exportedPath;
};
