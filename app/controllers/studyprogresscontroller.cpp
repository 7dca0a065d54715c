#include "studyprogresscontroller.h"

#include "fileplaces.h"
#include "studyorganiseractions.h"
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

} // namespace

StudyProgressController::StudyProgressController(QObject *parent)
    : CellController(parent)
    , m_exportFolder(FilePlaces().start())
{ }

void StudyProgressController::setStudyId(const QString &id)
{
    if (m_studyId == id)
        return;
    m_studyId = id;
    m_levelOrgId.clear();
    Q_EMIT studyIdChanged();
    reload();
}

QString StudyProgressController::title() const
{
    return m_study ? m_study->title : QString();
}

QString StudyProgressController::dueText() const
{
    if (!m_study || !m_study->dueDate.isValid())
        return {};
    return tr("Hạn hoàn thành: %1").arg(dateText(m_study->dueDate));
}

QDate StudyProgressController::today() const
{
    return now().toTimeZone(QTimeZone(7 * 3600)).date();
}

QString StudyProgressController::statusOf(const ProgressStudy &study) const
{
    if (study.status == Protocol::StudyStatus::Closed)
        return tr("Đã đóng");
    if (study.dueDate.isValid() && study.dueDate < today())
        return tr("Đã quá hạn");
    return tr("Đang diễn ra");
}

QString StudyProgressController::statusText() const
{
    return m_study ? statusOf(*m_study) : QString();
}

bool StudyProgressController::closed() const
{
    return m_study && m_study->status == Protocol::StudyStatus::Closed;
}

QString StudyProgressController::assignedText() const
{
    if (!m_study)
        return {};
    const QString from = m_study->orgName.isEmpty() ? m_study->orgId : m_study->orgName;
    const QString to
        = m_study->audienceName.isEmpty() ? m_study->audienceOrgId : m_study->audienceName;
    if (m_study->audienceOrgId == m_study->orgId)
        return tr("%1 yêu cầu toàn thể đảng viên học tập").arg(from);
    return tr("%1 yêu cầu %2 học tập").arg(from, to);
}

bool StudyProgressController::canClose() const
{
    if (!m_study || closed() || orgId() != m_study->orgId)
        return false;
    return m_role == Protocol::Role::Committee || m_role == Protocol::Role::Admin
        || m_role == Protocol::Role::Secretary;
}

QString StudyProgressController::levelName() const
{
    return m_breadcrumb.isEmpty() ? QString()
                                  : m_breadcrumb.constLast().toMap().value(u"name"_s).toString();
}

void StudyProgressController::setExportFolder(const QUrl &folder)
{
    if (m_exportFolder == folder)
        return;
    m_exportFolder = folder;
    Q_EMIT exportChanged();
}

QString StudyProgressController::exportedText() const
{
    if (m_exportedPath.isEmpty())
        return {};
    return tr("Đã lưu báo cáo vào %1").arg(QDir::toNativeSeparators(m_exportedPath));
}

void StudyProgressController::loadCell(SqliteDatabase &db)
{
    m_role = SyncState(db).value(u"role"_s);
    StudyProgressCatalog catalog(db);

    m_studies.clear();
    for (const ProgressStudy &study : catalog.studies()) {
        const QString top = catalog.topOrgId(study.id, orgId());
        const QList<ProgressRow> own = catalog.level(study.id, top);
        m_studies.append(QVariantMap { { u"studyId"_s, study.id }, { u"title"_s, study.title },
            { u"dueText"_s, dateText(study.dueDate) }, { u"statusText"_s, statusOf(study) },
            { u"isClosed"_s, study.status == Protocol::StudyStatus::Closed },
            { u"acceptedRateText"_s,
                own.isEmpty()
                    ? QString()
                    : StudyProgressModel::percentText(own.constFirst().acceptedRate()) } });
    }
    Q_EMIT studiesChanged();

    m_study.reset();
    m_documents.clear();
    m_topOrgId.clear();
    if (!m_studyId.isEmpty()) {
        m_study = catalog.study(m_studyId);
        m_topOrgId = m_study ? catalog.topOrgId(m_studyId, orgId()) : QString();
        if (m_topOrgId.isEmpty())
            m_study.reset();
    }
    if (m_study) {
        for (const ProgressDocument &document : catalog.documents(*m_study))
            m_documents.append(
                { document.number, document.title.isEmpty() ? document.id : document.title });
    }
    Q_EMIT studyChanged();

    // Stay on the level shown if it is still there (below the top), else the top.
    QString level = m_levelOrgId.isEmpty() ? m_topOrgId : m_levelOrgId;
    QStringList way = m_study ? catalog.path(m_topOrgId, level) : QStringList();
    QList<ProgressRow> rows = m_study ? catalog.level(m_studyId, level) : QList<ProgressRow>();
    if (m_study && (way.constLast() != level || rows.isEmpty())) {
        level = m_topOrgId;
        way = { m_topOrgId };
        rows = catalog.level(m_studyId, level);
    }
    m_levelOrgId = m_study ? level : QString();
    m_breadcrumb.clear();
    for (const QString &id : std::as_const(way)) {
        QString name = catalog.organizationName(id);
        if (name.isEmpty() && id == level && !rows.isEmpty())
            name = rows.constFirst().orgName;
        m_breadcrumb.append(
            QVariantMap { { u"orgId"_s, id }, { u"name"_s, name.isEmpty() ? id : name } });
    }
    m_rows.setLevel(rows);
    Q_EMIT levelChanged();
}

bool StudyProgressController::showLevel(const QString &orgId)
{
    if (!m_study)
        return false;
    bool exists = false;
    if (!withDatabase([&](SqliteDatabase &db) {
            StudyProgressCatalog catalog(db);
            exists = !catalog.level(m_studyId, orgId).isEmpty()
                && catalog.path(m_topOrgId, orgId).constLast() == orgId;
        }))
        return false;
    if (!exists)
        return false;
    m_levelOrgId = orgId;
    reload();
    return true;
}

StudyReportInput StudyProgressController::reportInput() const
{
    StudyReportInput input;
    if (!m_study)
        return input;
    input.studyTitle = m_study->title;
    input.documents = m_documents;
    input.dueDate = m_study->dueDate;
    input.assigningOrganisation = m_study->orgName.isEmpty() ? m_study->orgId : m_study->orgName;
    input.reportUnit = levelName();
    input.generatedOn = today();
    const QList<ProgressRow> rows = m_rows.rows();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const ProgressRow &row = rows.at(i);
        const StudyReportRow line { row.orgName.isEmpty() ? row.orgId : row.orgName, row.members,
            row.submitted, row.accepted, row.returned, row.late, row.notStarted, row.averageScore };
        if (i == 0)
            input.total = line; // the unit shown: its own row
        else
            input.rows.append(line);
    }
    return input;
}

QString StudyProgressController::exportPath(const QString &suffix) const
{
    const QString folder = m_exportFolder.toLocalFile();
    const QString base = u"bao-cao-hoc-tap-%1-%2"_s.arg(
        VietnameseFold::words(levelName()).join(u'-'), today().toString(Qt::ISODate));
    QString path = QDir(folder).filePath(base + u'.' + suffix);
    for (int n = 2; QFileInfo::exists(path) && n < 1000; ++n)
        path = QDir(folder).filePath(u"%1-%2.%3"_s.arg(base).arg(n).arg(suffix));
    return path;
}

bool StudyProgressController::exportPdf()
{
    return exportAs(u"pdf"_s);
}

bool StudyProgressController::exportCsv()
{
    return exportAs(u"csv"_s);
}

bool StudyProgressController::exportAs(const QString &suffix)
{
    if (!m_study || m_rows.rowCount() == 0)
        return false;
    if (m_exportFolder.isEmpty() || !QFileInfo(m_exportFolder.toLocalFile()).isDir()) {
        setErrorMessage(tr("Không tìm thấy thư mục để lưu báo cáo."));
        return false;
    }
    const QString path = exportPath(suffix);
    const StudyReport report(reportInput());
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

bool StudyProgressController::closeStudy()
{
    if (!canClose())
        return false;
    LocalActions::Result result;
    if (!withDatabase([&](SqliteDatabase &db) {
            result = StudyOrganiserActions(db, [this] { return now(); }).close(m_studyId);
        }))
        return false;
    if (!result.ok()) {
        setErrorMessage(actionMessage(result.error));
        return false;
    }
    if (result.mutationId > 0)
        Q_EMIT localChangeMade();
    reload();
    return true;
}
