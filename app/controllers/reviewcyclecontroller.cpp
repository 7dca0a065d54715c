#include "reviewcyclecontroller.h"

#include "draftcatalog.h"
#include "fileplaces.h"
#include "reviewactions.h"
#include "studyprogresscatalog.h"
#include "syncstate.h"
#include "vietnamesefold.h"
#include "wirevalues.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(u"dd/MM/yyyy"_s) : QString();
}

QDate parseDate(const QString &text)
{
    return QDate::fromString(text.trimmed(), u"d/M/yyyy"_s);
}

// Days from today offered as the due dates of a new cycle.
constexpr int kSelfReviewDays = 14;
constexpr int kDecisionDays = 28;

} // namespace

ReviewCycleController::ReviewCycleController(QObject *parent)
    : CellController(parent)
    , m_exportFolder(FilePlaces().start())
{ }

QDate ReviewCycleController::today() const
{
    return now().toTimeZone(QTimeZone(7 * 3600)).date();
}

void ReviewCycleController::setCycleId(const QString &id)
{
    if (m_cycleId == id && (!m_cycle || m_cycle->id == id))
        return;
    m_cycleId = id;
    m_levelOrgId.clear();
    Q_EMIT cycleChanged();
    reload();
}

QString ReviewCycleController::statusOf(const ReviewCycleInfo &cycle) const
{
    if (!cycle.isOpen())
        return tr("Đã kết thúc");
    if (cycle.decisionDue.isValid() && cycle.decisionDue < today())
        return tr("Đã quá hạn xếp loại");
    return tr("Đang diễn ra");
}

QString ReviewCycleController::title() const
{
    if (!m_cycle)
        return {};
    const QString audience
        = m_cycle->audienceName.isEmpty() ? m_cycle->audienceOrgId : m_cycle->audienceName;
    return tr("Đợt kiểm điểm năm %1 · %2").arg(m_cycle->year).arg(audience);
}

QString ReviewCycleController::openerText() const
{
    if (!m_cycle)
        return {};
    const QString opener
        = m_cycle->openerName.isEmpty() ? m_cycle->openerOrgId : m_cycle->openerName;
    return opener.isEmpty() ? QString() : tr("%1 mở đợt").arg(opener);
}

QString ReviewCycleController::datesText() const
{
    if (!m_cycle)
        return {};
    return tr("Hạn nộp bản kiểm điểm: %1 · Hạn xếp loại: %2")
        .arg(dateText(m_cycle->selfReviewDue), dateText(m_cycle->decisionDue));
}

QString ReviewCycleController::statusText() const
{
    return m_cycle ? statusOf(*m_cycle) : QString();
}

bool ReviewCycleController::canClose() const
{
    return m_committee && m_cycle && m_cycle->isOpen() && m_cycle->openerOrgId == orgId();
}

QString ReviewCycleController::levelName() const
{
    return m_breadcrumb.isEmpty() ? QString()
                                  : m_breadcrumb.constLast().toMap().value(u"name"_s).toString();
}

QString ReviewCycleController::updatedText() const
{
    const QList<ReviewSummaryRow> rows = m_summary.rows();
    if (rows.isEmpty())
        return {};
    const QDateTime at = QDateTime::fromString(rows.constFirst().updatedAt, Qt::ISODateWithMs);
    if (!at.isValid())
        return {};
    const QDateTime local = at.toTimeZone(QTimeZone(7 * 3600));
    return tr("Cập nhật lúc %1 ngày %2")
        .arg(local.toString(u"HH:mm"_s), local.date().toString(u"dd/MM/yyyy"_s));
}

QString ReviewCycleController::audienceName() const
{
    return m_organizations.nameOf(m_audienceOrgId);
}

QVariantList ReviewCycleController::years() const
{
    QVariantList years;
    const int year = today().year();
    for (int y : { year, year - 1 })
        years.append(QVariantMap { { u"year"_s, y }, { u"label"_s, tr("Năm %1").arg(y) } });
    return years;
}

void ReviewCycleController::setExportFolder(const QUrl &folder)
{
    if (m_exportFolder == folder)
        return;
    m_exportFolder = folder;
    Q_EMIT exportChanged();
}

QString ReviewCycleController::exportedText() const
{
    if (m_exportedPath.isEmpty())
        return {};
    return tr("Đã lưu báo cáo vào %1").arg(QDir::toNativeSeparators(m_exportedPath));
}

void ReviewCycleController::fillDefaults()
{
    m_defaultsFilled = true;
    const QDate day = today();
    m_openYear = day.year();
    m_audienceOrgId = orgId();
    m_organizations.setSelectedId(m_audienceOrgId);
    m_selfReviewDueText = dateText(day.addDays(kSelfReviewDays));
    m_decisionDueText = dateText(day.addDays(kDecisionDays));
    Q_EMIT formChanged();
}

void ReviewCycleController::loadCell(SqliteDatabase &db)
{
    m_role = SyncState(db).value(u"role"_s);
    const bool committee = m_role == Protocol::Role::Committee || m_role == Protocol::Role::Admin;
    if (committee != m_committee) {
        m_committee = committee;
        Q_EMIT identityChanged();
    }
    if (m_committee) {
        m_organizations.setOrganizations(DraftCatalog(db).organizations(), orgId());
        if (!m_defaultsFilled && !orgId().isEmpty())
            fillDefaults();
    }

    ReviewSummaryCatalog catalog(db);
    const int year = today().year();
    m_cycles.clear();
    QList<ReviewCycleInfo> shown;
    for (const ReviewCycleInfo &cycle : catalog.cycles()) {
        if (cycle.year < year - 1)
            continue;
        shown.append(cycle);
        const QString audience
            = cycle.audienceName.isEmpty() ? cycle.audienceOrgId : cycle.audienceName;
        m_cycles.append(QVariantMap { { u"cycleId"_s, cycle.id }, { u"year"_s, cycle.year },
            { u"title"_s, tr("Năm %1 · %2").arg(cycle.year).arg(audience) },
            { u"label"_s, tr("Năm %1 · %2 (%3)").arg(cycle.year).arg(audience, statusOf(cycle)) },
            { u"datesText"_s,
                tr("Hạn nộp bản kiểm điểm: %1 · Hạn xếp loại: %2")
                    .arg(dateText(cycle.selfReviewDue), dateText(cycle.decisionDue)) },
            { u"statusText"_s, statusOf(cycle) }, { u"isOpen"_s, cycle.isOpen() } });
    }
    Q_EMIT cyclesChanged();

    // The cycle asked for, else the first shown (this year's open one comes first).
    m_cycle.reset();
    for (const ReviewCycleInfo &cycle : std::as_const(shown)) {
        if (cycle.id == m_cycleId)
            m_cycle = cycle;
    }
    if (!m_cycle && !shown.isEmpty() && m_cycleId.isEmpty())
        m_cycle = shown.constFirst();
    m_topOrgId = m_cycle ? catalog.topOrgId(m_cycle->id, orgId()) : QString();
    Q_EMIT cycleChanged();

    // Stay on the level shown if it is still there (below the top), else the top.
    StudyProgressCatalog tree(db);
    QString level = m_levelOrgId.isEmpty() ? m_topOrgId : m_levelOrgId;
    QStringList way;
    QList<ReviewSummaryRow> rows;
    if (!m_topOrgId.isEmpty()) {
        way = tree.path(m_topOrgId, level);
        rows = catalog.level(m_cycle->id, level);
        if (way.constLast() != level || rows.isEmpty()) {
            level = m_topOrgId;
            way = { m_topOrgId };
            rows = catalog.level(m_cycle->id, level);
        }
    }
    m_levelOrgId = m_topOrgId.isEmpty() ? QString() : level;
    m_breadcrumb.clear();
    for (const QString &id : std::as_const(way)) {
        QString name = tree.organizationName(id);
        m_breadcrumb.append(
            QVariantMap { { u"orgId"_s, id }, { u"name"_s, name.isEmpty() ? id : name } });
    }
    m_summary.setLevel(rows);
    Q_EMIT levelChanged();
}

bool ReviewCycleController::showLevel(const QString &orgId)
{
    if (!m_cycle || m_topOrgId.isEmpty())
        return false;
    bool exists = false;
    if (!withDatabase([&](SqliteDatabase &db) {
            exists = !ReviewSummaryCatalog(db).level(m_cycle->id, orgId).isEmpty()
                && StudyProgressCatalog(db).path(m_topOrgId, orgId).constLast() == orgId;
        }))
        return false;
    if (!exists)
        return false;
    m_levelOrgId = orgId;
    reload();
    return true;
}

bool ReviewCycleController::chooseAudience(const QString &id)
{
    if (!m_committee || !m_organizations.containsOrg(id))
        return false;
    m_audienceOrgId = id;
    m_organizations.setSelectedId(id);
    Q_EMIT formChanged();
    return true;
}

QString ReviewCycleController::problem() const
{
    if (!m_committee)
        return tr("Chỉ cán bộ cấp ủy mở được đợt kiểm điểm.");
    if (m_audienceOrgId.isEmpty() || !m_organizations.containsOrg(m_audienceOrgId))
        return tr("Hãy chọn tổ chức đảng kiểm điểm.");
    if (!parseDate(m_selfReviewDueText).isValid())
        return tr("Hạn nộp bản kiểm điểm chưa đúng: hãy ghi ngày/tháng/năm, ví dụ 15/12/%1.")
            .arg(today().year());
    if (!parseDate(m_decisionDueText).isValid())
        return tr("Hạn xếp loại chưa đúng: hãy ghi ngày/tháng/năm, ví dụ 31/12/%1.")
            .arg(today().year());
    return ReviewActions::cycleProblem(spec(), today());
}

ReviewCycleSpec ReviewCycleController::spec() const
{
    return { m_openYear, m_audienceOrgId, parseDate(m_selfReviewDueText),
        parseDate(m_decisionDueText) };
}

bool ReviewCycleController::openCycle()
{
    const QString issue = problem();
    if (!issue.isEmpty()) {
        setErrorMessage(issue);
        return false;
    }
    const ReviewCycleSpec opening = spec();
    LocalActions::Result result;
    if (!withDatabase([&](SqliteDatabase &db) {
            result = ReviewActions(db, [this] { return now(); }).openCycle(opening);
        }))
        return false;
    if (!result.ok()) {
        setErrorMessage(ReviewActions::message(result.error));
        return false;
    }
    setErrorMessage({});
    Q_EMIT localChangeMade();
    m_cycleId = result.rowId;
    m_levelOrgId.clear();
    m_defaultsFilled = false;
    reload();
    Q_EMIT cycleOpened(result.rowId);
    return true;
}

bool ReviewCycleController::closeCycle()
{
    if (!canClose())
        return false;
    LocalActions::Result result;
    const QString id = m_cycle->id;
    if (!withDatabase([&](SqliteDatabase &db) {
            result = ReviewActions(db, [this] { return now(); }).closeCycle(id);
        }))
        return false;
    if (!result.ok()) {
        setErrorMessage(ReviewActions::message(result.error));
        return false;
    }
    setErrorMessage({});
    if (result.mutationId > 0)
        Q_EMIT localChangeMade();
    reload();
    return true;
}

ReviewReportInput ReviewCycleController::reportInput() const
{
    ReviewReportInput input;
    if (!m_cycle)
        return input;
    input.year = m_cycle->year;
    input.reportUnit = levelName();
    input.openerOrganisation
        = m_cycle->openerName.isEmpty() ? m_cycle->openerOrgId : m_cycle->openerName;
    // The document is Vietnamese whatever the app's language.
    input.statusText = m_cycle->isOpen() ? u"Đang diễn ra"_s : u"Đã kết thúc"_s;
    input.generatedOn = today();
    const QList<ReviewSummaryRow> rows = m_summary.rows();
    const auto line = [](const ReviewSummaryRow &row) {
        return ReviewReportRow { row.orgName.isEmpty() ? row.orgId : row.orgName, row.members,
            row.submitted, row.decided };
    };
    for (qsizetype i = 1; i < rows.size(); ++i)
        input.rows.append(line(rows.at(i)));
    if (input.rows.isEmpty() && !rows.isEmpty())
        input.rows.append(line(rows.constFirst()));
    return input;
}

QString ReviewCycleController::exportPath(const QString &suffix) const
{
    const QString folder = m_exportFolder.toLocalFile();
    const QString base
        = u"bao-cao-xep-loai-dang-vien-%1-%2-%3"_s.arg(QString::number(m_cycle ? m_cycle->year : 0),
            VietnameseFold::words(levelName()).join(u'-'), today().toString(Qt::ISODate));
    QString path = QDir(folder).filePath(base + u'.' + suffix);
    for (int n = 2; QFileInfo::exists(path) && n < 1000; ++n)
        path = QDir(folder).filePath(u"%1-%2.%3"_s.arg(base).arg(n).arg(suffix));
    return path;
}

bool ReviewCycleController::exportPdf()
{
    return exportAs(u"pdf"_s);
}

bool ReviewCycleController::exportCsv()
{
    return exportAs(u"csv"_s);
}

bool ReviewCycleController::exportAs(const QString &suffix)
{
    if (!m_cycle || m_summary.rowCount() == 0)
        return false;
    if (m_exportFolder.isEmpty() || !QFileInfo(m_exportFolder.toLocalFile()).isDir()) {
        setErrorMessage(tr("Không tìm thấy thư mục để lưu báo cáo."));
        return false;
    }
    const QString path = exportPath(suffix);
    const ReviewReport report(reportInput());
    if (suffix == u"pdf") {
        QString error;
        if (!report.writePdf(path, &error)) {
            setErrorMessage(error);
            return false;
        }
    } else {
        const QByteArray bytes = report.csv();
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()
            || !file.flush()) {
            file.remove();
            setErrorMessage(
                tr("Không lưu được báo cáo vào %1.").arg(QDir::toNativeSeparators(path)));
            return false;
        }
    }
    m_exportedPath = path;
    setErrorMessage({});
    Q_EMIT exportChanged();
    return true;
}
