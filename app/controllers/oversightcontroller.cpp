#include "oversightcontroller.h"

#include "fileplaces.h"
#include "vietnamesefold.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

const QTimeZone kVietnam(7 * 3600);
constexpr int kMonthsOffered = 13;
constexpr int kSeriesMonths = 12;

QString monthKey(const QDate &date)
{
    return date.toString(u"yyyy-MM"_s);
}

QDate monthDate(const QString &month)
{
    return QDate::fromString(month + u"-01"_s, Qt::ISODate);
}

// An ISO time in Vietnam time, "08:30 ngày 05/12/2026" or "05/12/2026".
QDateTime vietnamTime(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toTimeZone(kVietnam);
}

double percent(const std::optional<double> &rate)
{
    return rate ? std::round(*rate * 1000) / 10 : 0.0;
}

} // namespace

OversightController::OversightController(QObject *parent)
    : CellController(parent)
    , m_exportFolder(FilePlaces().start())
{ }

QDate OversightController::today() const
{
    return now().toTimeZone(kVietnam).date();
}

QString OversightController::thisMonth() const
{
    return monthKey(today());
}

QString OversightController::month() const
{
    return m_month.isEmpty() ? thisMonth() : m_month;
}

void OversightController::setMonth(const QString &month)
{
    if (month == this->month())
        return;
    const QDate first = monthDate(month);
    const QDate current = monthDate(thisMonth());
    if (!first.isValid() || first > current || first < current.addMonths(1 - kMonthsOffered))
        return;
    m_month = month == thisMonth() ? QString() : month;
    reload();
}

QVariantList OversightController::months() const
{
    QVariantList list;
    const QDate current = monthDate(thisMonth());
    for (int i = 0; i < kMonthsOffered; ++i) {
        const QDate m = current.addMonths(-i);
        list.append(QVariantMap { { u"month"_s, monthKey(m) },
            { u"label"_s, tr("Tháng %1/%2").arg(m.month(), 2, 10, QChar(u'0')).arg(m.year()) } });
    }
    return list;
}

QString OversightController::levelName() const
{
    if (!m_level.isEmpty() && !m_level.constFirst().orgName.isEmpty())
        return m_level.constFirst().orgName;
    return m_breadcrumb.isEmpty() ? QString()
                                  : m_breadcrumb.constLast().toMap().value(u"name"_s).toString();
}

QString OversightController::levelKindText() const
{
    return m_level.isEmpty() ? QString() : OrgStatsModel::kindText(m_level.constFirst().orgKind);
}

bool OversightController::isCell() const
{
    return !m_level.isEmpty() && m_level.constFirst().orgKind == u"cell";
}

QVariantMap OversightController::summary() const
{
    if (m_level.isEmpty())
        return {};
    const OrgStatsRow &row = m_level.constFirst();
    return { { u"members"_s, row.members }, { u"accounts"_s, row.accounts },
        { u"devicesText"_s,
            tr("%1/%2 (%3)")
                .arg(row.activeDevices)
                .arg(row.members)
                .arg(OrgStatsModel::percentText(row.deviceRate())) },
        { u"meetingsText"_s, tr("%1/%2 chi bộ").arg(row.cellsMet).arg(row.cells) },
        { u"meetingsHeld"_s, row.meetingsHeld },
        { u"attendanceText"_s, OrgStatsModel::percentText(row.attendanceRate) },
        { u"documentsPublished"_s, row.documentsPublished },
        { u"readRateText"_s, OrgStatsModel::percentText(row.readRate) },
        { u"studiesOpen"_s, row.studiesOpen },
        { u"studyCompletionText"_s, OrgStatsModel::percentText(row.studyCompletion) },
        { u"profileRequestsPending"_s, row.profileRequestsPending },
        { u"transfersPending"_s, row.transfersPending },
        { u"attentionText"_s, OrgStatsModel::attentionText(row) } };
}

QString OversightController::updatedText() const
{
    if (m_level.isEmpty())
        return {};
    const QDateTime at = vietnamTime(m_level.constFirst().updatedAt);
    if (!at.isValid())
        return {};
    return tr("Cập nhật lúc %1 ngày %2").arg(at.toString(u"HH:mm"_s), at.toString(u"dd/MM/yyyy"_s));
}

QStringList OversightController::seriesMonths() const
{
    QStringList list;
    const QDate last = monthDate(month());
    for (int i = kSeriesMonths - 1; i >= 0; --i)
        list << monthKey(last.addMonths(-i));
    return list;
}

QStringList OversightController::seriesLabels() const
{
    QStringList labels;
    for (const QString &m : seriesMonths())
        labels << QString::number(m.mid(5).toInt()); // "1".."12": fits under a bar at 200 %
    return labels;
}

QVariantList OversightController::seriesOf(
    const std::function<std::optional<double>(const OrgStatsRow &)> &rate) const
{
    QVariantList values;
    for (const QString &m : seriesMonths()) {
        const auto row = std::find_if(m_series.cbegin(), m_series.cend(),
            [&m](const OrgStatsRow &r) { return r.month == m; });
        values << (row == m_series.cend() ? 0.0 : percent(rate(*row)));
    }
    return values;
}

QVariantList OversightController::seriesCellsMet() const
{
    return seriesOf([](const OrgStatsRow &row) { return row.cellsMetRate(); });
}

QVariantList OversightController::seriesAttendance() const
{
    return seriesOf([](const OrgStatsRow &row) { return row.attendanceRate; });
}

QVariantList OversightController::seriesReading() const
{
    return seriesOf([](const OrgStatsRow &row) { return row.readRate; });
}

QVariantList OversightController::attention() const
{
    QVariantList list;
    const QList<OrgStatsRow> rows = m_rows.rows();
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QString text = OrgStatsModel::attentionText(rows.at(i));
        if (text.isEmpty())
            continue;
        list.append(QVariantMap { { u"orgId"_s, rows.at(i).orgId },
            { u"name"_s, rows.at(i).orgName.isEmpty() ? rows.at(i).orgId : rows.at(i).orgName },
            { u"text"_s, text } });
    }
    return list;
}

void OversightController::setExportFolder(const QUrl &folder)
{
    if (m_exportFolder == folder)
        return;
    m_exportFolder = folder;
    Q_EMIT exportChanged();
}

QString OversightController::exportedText() const
{
    if (m_exportedPath.isEmpty())
        return {};
    return tr("Đã lưu báo cáo vào %1").arg(QDir::toNativeSeparators(m_exportedPath));
}

void OversightController::loadCell(SqliteDatabase &db)
{
    OrgStatsCatalog catalog(db);
    m_topOrgId = catalog.topOrgId(orgId());
    const QString shown = month();

    // Stay on the unit shown if it still has figures (below the top), else the top.
    QString level = m_levelOrgId.isEmpty() ? m_topOrgId : m_levelOrgId;
    QStringList way = catalog.path(m_topOrgId, level);
    QList<OrgStatsRow> rows = catalog.level(level, shown);
    if (way.constLast() != level || rows.isEmpty()) {
        level = m_topOrgId;
        way = { m_topOrgId };
        rows = catalog.level(level, shown);
    }
    m_levelOrgId = level;
    m_level = rows;
    m_series = level.isEmpty() ? QList<OrgStatsRow>() : catalog.series(level, seriesMonths());
    m_breadcrumb.clear();
    for (const QString &id : std::as_const(way)) {
        if (id.isEmpty())
            continue;
        QString name = catalog.organizationName(id);
        if (name.isEmpty() && id == level && !rows.isEmpty())
            name = rows.constFirst().orgName;
        m_breadcrumb.append(
            QVariantMap { { u"orgId"_s, id }, { u"name"_s, name.isEmpty() ? id : name } });
    }

    m_cellMembers.clear();
    if (isCell()) {
        for (const CellMemberRow &member : catalog.cellMembers(level)) {
            QString account;
            if (member.accountKnown) {
                account = !member.hasAccount ? tr("Chưa có tài khoản")
                    : member.accountDisabled ? tr("Tài khoản đã bị khóa")
                                             : tr("Có tài khoản: %1").arg(member.login);
            }
            QString devices = tr("Chưa dùng Sổ tay trên thiết bị nào");
            if (member.activeDevices > 0) {
                const QDateTime seen = vietnamTime(member.lastSeenAt);
                devices = seen.isValid()
                    ? tr("%n thiết bị, dùng lần cuối ngày %1", nullptr, member.activeDevices)
                          .arg(seen.toString(u"dd/MM/yyyy"_s))
                    : tr("%n thiết bị", nullptr, member.activeDevices);
            }
            m_cellMembers.append(
                QVariantMap { { u"memberId"_s, member.memberId }, { u"name"_s, member.name },
                    { u"position"_s, member.position }, { u"hasAccount"_s, member.hasAccount },
                    { u"accountText"_s, account }, { u"devicesText"_s, devices } });
        }
    }
    m_rows.setLevel(rows);
    Q_EMIT levelChanged();
}

bool OversightController::showLevel(const QString &orgId)
{
    bool exists = false;
    if (!withDatabase([&](SqliteDatabase &db) {
            OrgStatsCatalog catalog(db);
            exists = !catalog.level(orgId, month()).isEmpty()
                && catalog.path(m_topOrgId, orgId).constLast() == orgId;
        }))
        return false;
    if (!exists)
        return false;
    m_levelOrgId = orgId;
    reload();
    return true;
}

OversightReportInput OversightController::reportInput() const
{
    OversightReportInput input;
    const QList<OrgStatsRow> rows = m_rows.rows();
    if (rows.isEmpty())
        return input;
    input.reportUnit = levelName();
    input.month = monthDate(month());
    input.generatedOn = today();
    const QDateTime at = vietnamTime(rows.constFirst().updatedAt);
    if (at.isValid()) {
        input.updatedText = u"Số liệu cập nhật lúc %1 ngày %2"_s.arg(
            at.toString(u"HH:mm"_s), at.toString(u"dd/MM/yyyy"_s));
    }
    input.total = rows.constFirst();
    input.rows = rows.mid(1);
    input.series = m_series;
    return input;
}

QString OversightController::exportPath(const QString &suffix) const
{
    const QString folder = m_exportFolder.toLocalFile();
    const QString base
        = u"bao-cao-sinh-hoat-%1-%2"_s.arg(VietnameseFold::words(levelName()).join(u'-'), month());
    QString path = QDir(folder).filePath(base + u'.' + suffix);
    for (int n = 2; QFileInfo::exists(path) && n < 1000; ++n)
        path = QDir(folder).filePath(u"%1-%2.%3"_s.arg(base).arg(n).arg(suffix));
    return path;
}

bool OversightController::exportPdf()
{
    return exportAs(u"pdf"_s);
}

bool OversightController::exportCsv()
{
    return exportAs(u"csv"_s);
}

bool OversightController::exportAs(const QString &suffix)
{
    if (m_rows.rowCount() == 0)
        return false;
    if (m_exportFolder.isEmpty() || !QFileInfo(m_exportFolder.toLocalFile()).isDir()) {
        setErrorMessage(tr("Không tìm thấy thư mục để lưu báo cáo."));
        return false;
    }
    const QString path = exportPath(suffix);
    const OversightReport report(reportInput());
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
