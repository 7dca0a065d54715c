// The committee's annual review (DESIGN.md 8.6, ReviewCyclePage, "Đánh giá, xếp loại"): the
// cycles on this device of this year and last year (the newest first; one chosen, an open one
// of this year by default) with their due dates and status; "Mở đợt kiểm điểm" for the
// committee's subtree (the year, the audience: its organisation or one below it, the
// self-review and decision due dates, checked before anything is queued, then review.cycle.open
// through ReviewActions); closing a cycle its organisation opened (review.cycle.close); and the
// chosen cycle's summary one level at a time (ReviewSummaryModel: the unit shown first, then the
// units directly below; a tap on a unit goes down, the breadcrumb back up) with the report of
// the level shown as PDF or CSV (ReviewReport) in the user's documents folder.
#pragma once

#include "cellcontroller.h"
#include "orgpickermodel.h"
#include "reviewactions.h"
#include "reviewreport.h"
#include "reviewsummarymodel.h"

#include <QDate>
#include <QUrl>
#include <QVariantList>

class ReviewCycleController : public CellController
{
    Q_OBJECT
    QML_ELEMENT
    // A committee user (or an administrator): the page is theirs.
    Q_PROPERTY(bool isCommittee READ isCommittee NOTIFY identityChanged)
    // [{cycleId, year, title, label (the title and status, for the picker), datesText,
    // statusText, isOpen}] of this year and last year.
    Q_PROPERTY(QVariantList cycles READ cycles NOTIFY cyclesChanged)
    // The cycle shown ("" for the default: the first of `cycles`).
    Q_PROPERTY(QString cycleId READ cycleId WRITE setCycleId NOTIFY cycleChanged)
    Q_PROPERTY(bool found READ found NOTIFY cycleChanged)
    // "Đợt kiểm điểm năm 2026 · Đảng bộ tỉnh Sơn Lâm".
    Q_PROPERTY(QString title READ title NOTIFY cycleChanged)
    // "Tỉnh ủy Sơn Lâm mở đợt".
    Q_PROPERTY(QString openerText READ openerText NOTIFY cycleChanged)
    // "Hạn nộp bản kiểm điểm: 15/12/2026 · Hạn xếp loại: 31/12/2026".
    Q_PROPERTY(QString datesText READ datesText NOTIFY cycleChanged)
    // "Đang diễn ra" or "Đã kết thúc".
    Q_PROPERTY(QString statusText READ statusText NOTIFY cycleChanged)
    Q_PROPERTY(bool isOpen READ isOpen NOTIFY cycleChanged)
    // A committee user of the organisation that opened the cycle, while it is open.
    Q_PROPERTY(bool canClose READ canClose NOTIFY cycleChanged)
    Q_PROPERTY(ReviewSummaryModel *summary READ summary CONSTANT)
    Q_PROPERTY(QString levelOrgId READ levelOrgId NOTIFY levelChanged)
    Q_PROPERTY(QString levelName READ levelName NOTIFY levelChanged)
    // [{orgId, name}] from the top of the summary down to the unit shown.
    Q_PROPERTY(QVariantList breadcrumb READ breadcrumb NOTIFY levelChanged)
    // "Cập nhật lúc 08:30 ngày 05/12/2026" of the unit shown ("" when unknown).
    Q_PROPERTY(QString updatedText READ updatedText NOTIFY levelChanged)

    // The opening form: the year, the audience (picked from the committee's subtree), the two
    // due dates as dd/MM/yyyy (Vietnam).
    Q_PROPERTY(int openYear MEMBER m_openYear NOTIFY formChanged)
    Q_PROPERTY(QString selfReviewDueText MEMBER m_selfReviewDueText NOTIFY formChanged)
    Q_PROPERTY(QString decisionDueText MEMBER m_decisionDueText NOTIFY formChanged)
    Q_PROPERTY(QString audienceOrgId READ audienceOrgId NOTIFY formChanged)
    Q_PROPERTY(QString audienceName READ audienceName NOTIFY formChanged)
    Q_PROPERTY(OrgPickerModel *organizations READ organizations CONSTANT)
    // [{year, label}]: this year and last year (a review of last year may still be opened in
    // January).
    Q_PROPERTY(QVariantList years READ years NOTIFY formChanged)

    Q_PROPERTY(QUrl exportFolder READ exportFolder WRITE setExportFolder NOTIFY exportChanged)
    Q_PROPERTY(QString exportedPath READ exportedPath NOTIFY exportChanged)
    Q_PROPERTY(QString exportedText READ exportedText NOTIFY exportChanged)

public:
    explicit ReviewCycleController(QObject *parent = nullptr);

    [[nodiscard]] bool isCommittee() const { return m_committee; }
    [[nodiscard]] QVariantList cycles() const { return m_cycles; }
    [[nodiscard]] QString cycleId() const { return m_cycle ? m_cycle->id : m_cycleId; }
    void setCycleId(const QString &id);
    [[nodiscard]] bool found() const { return m_cycle.has_value(); }
    [[nodiscard]] QString title() const;
    [[nodiscard]] QString openerText() const;
    [[nodiscard]] QString datesText() const;
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] bool isOpen() const { return m_cycle && m_cycle->isOpen(); }
    [[nodiscard]] bool canClose() const;
    [[nodiscard]] ReviewSummaryModel *summary() { return &m_summary; }
    [[nodiscard]] QString levelOrgId() const { return m_levelOrgId; }
    [[nodiscard]] QString levelName() const;
    [[nodiscard]] QVariantList breadcrumb() const { return m_breadcrumb; }
    [[nodiscard]] QString updatedText() const;
    [[nodiscard]] QString audienceOrgId() const { return m_audienceOrgId; }
    [[nodiscard]] QString audienceName() const;
    [[nodiscard]] OrgPickerModel *organizations() { return &m_organizations; }
    [[nodiscard]] QVariantList years() const;
    [[nodiscard]] QUrl exportFolder() const { return m_exportFolder; }
    void setExportFolder(const QUrl &folder);
    [[nodiscard]] QString exportedPath() const { return m_exportedPath; }
    [[nodiscard]] QString exportedText() const;

    // Shows the units below `orgId` (a unit of the table, or one of the breadcrumb); false
    // when it has no summary row here or is not below the top.
    Q_INVOKABLE bool showLevel(const QString &orgId);
    // The audience of a new cycle: the committee's organisation or one below it.
    Q_INVOKABLE bool chooseAudience(const QString &orgId);
    // The first problem of the opening form in words ("" when it can be queued).
    [[nodiscard]] Q_INVOKABLE QString problem() const;
    // Checks the form and queues review.cycle.open; the new cycle is shown. False with
    // errorMessage set otherwise.
    Q_INVOKABLE bool openCycle();
    // review.cycle.close of the cycle shown (queued).
    Q_INVOKABLE bool closeCycle();
    Q_INVOKABLE bool exportPdf();
    Q_INVOKABLE bool exportCsv();

    // The report's input for the level on screen: the unit shown as the report's unit, the
    // units below it as the rows (the unit itself when nothing is below it).
    [[nodiscard]] ReviewReportInput reportInput() const;

Q_SIGNALS:
    void cyclesChanged();
    void cycleChanged();
    void levelChanged();
    void formChanged();
    void exportChanged();
    // A cycle was queued for opening (the page closes its form).
    void cycleOpened(const QString &cycleId);

protected:
    void loadCell(SqliteDatabase &db) override;

private:
    [[nodiscard]] QDate today() const;
    // What review.cycle.open would send from the form.
    [[nodiscard]] ReviewCycleSpec spec() const;
    [[nodiscard]] QString statusOf(const ReviewCycleInfo &cycle) const;
    [[nodiscard]] QString exportPath(const QString &suffix) const;
    bool exportAs(const QString &suffix);
    void fillDefaults();

    bool m_committee = false;
    bool m_defaultsFilled = false;
    QString m_role;
    QString m_cycleId;
    std::optional<ReviewCycleInfo> m_cycle;
    QVariantList m_cycles;
    QString m_topOrgId;
    QString m_levelOrgId;
    QVariantList m_breadcrumb;
    ReviewSummaryModel m_summary;
    OrgPickerModel m_organizations;
    int m_openYear = 0;
    QString m_selfReviewDueText;
    QString m_decisionDueText;
    QString m_audienceOrgId;
    QUrl m_exportFolder;
    QString m_exportedPath;
};
