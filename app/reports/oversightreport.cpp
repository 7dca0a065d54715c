#include "oversightreport.h"

#include "htmlpdf.h"

#include "orgstatsmodel.h"
#include "oversightcharts.h"

#include <QFile>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

const QString kMonthsChart = u"chart-months"_s;
const QString kUnitsChart = u"chart-units"_s;

QString longDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    return u"ngày %1 tháng %2 năm %3"_s.arg(date.day()).arg(date.month()).arg(date.year());
}

// "62,5" (PDF) or "62.5" (CSV); empty without a rate.
QString rateText(const std::optional<double> &rate, QChar decimalPoint)
{
    if (!rate)
        return {};
    QString text = QString::number(std::round(*rate * 1000) / 10, 'f', 1);
    text.replace(u'.', decimalPoint);
    return text;
}

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n')
        && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString kindName(const QString &kind)
{
    if (kind == u"province")
        return u"Đảng bộ tỉnh"_s;
    if (kind == u"district")
        return u"Đảng bộ huyện"_s;
    if (kind == u"grassroots")
        return u"Đảng bộ cơ sở"_s;
    if (kind == u"cell")
        return u"Chi bộ"_s;
    return {};
}

// The reasons a unit needs attention, in the report's Vietnamese whatever the app's language.
QString attention(const OrgStatsRow &row, QChar decimalPoint)
{
    QStringList reasons;
    if (OrgStatsModel::noMeeting(row))
        reasons << u"%1/%2 chi bộ chưa sinh hoạt"_s.arg(row.cells - row.cellsMet).arg(row.cells);
    if (OrgStatsModel::lowReading(row))
        reasons << u"đọc văn bản %1 %"_s.arg(rateText(row.readRate, decimalPoint));
    if (OrgStatsModel::lowDevices(row))
        reasons << u"dùng Sổ tay %1 %"_s.arg(rateText(row.deviceRate(), decimalPoint));
    return reasons.join(u"; "_s);
}

QStringList cells(const QString &index, const OrgStatsRow &row, QChar decimalPoint)
{
    return { index, row.orgName.isEmpty() ? row.orgId : row.orgName, kindName(row.orgKind),
        QString::number(row.members), QString::number(row.accounts),
        QString::number(row.activeDevices), rateText(row.deviceRate(), decimalPoint),
        QString::number(row.cells), QString::number(row.cellsMet),
        QString::number(row.meetingsHeld), rateText(row.attendanceRate, decimalPoint),
        QString::number(row.documentsPublished), rateText(row.readRate, decimalPoint),
        rateText(row.studyCompletion, decimalPoint), QString::number(row.profileRequestsPending),
        QString::number(row.transfersPending), attention(row, decimalPoint) };
}

} // namespace

OversightReport::OversightReport(OversightReportInput input)
    : m_input(std::move(input))
{ }

QStringList OversightReport::columns()
{
    return { u"STT"_s, u"Đơn vị"_s, u"Cấp"_s, u"Số đảng viên"_s, u"Có tài khoản"_s,
        u"Dùng Sổ tay (30 ngày)"_s, u"Tỷ lệ dùng Sổ tay (%)"_s, u"Số chi bộ"_s,
        u"Chi bộ đã sinh hoạt"_s, u"Số buổi sinh hoạt"_s, u"Tỷ lệ dự sinh hoạt (%)"_s,
        u"Văn bản ban hành"_s, u"Tỷ lệ đọc văn bản (%)"_s, u"Tỷ lệ hoàn thành học tập (%)"_s,
        u"Yêu cầu sửa hồ sơ chờ duyệt"_s, u"Chuyển sinh hoạt chờ duyệt"_s, u"Cần chú ý"_s };
}

QString OversightReport::monthText(const QDate &month)
{
    return month.isValid() ? u"tháng %1 năm %2"_s.arg(month.month()).arg(month.year()) : QString();
}

QByteArray OversightReport::csv() const
{
    const auto line = [](const QStringList &fields) {
        QStringList quoted;
        for (const QString &field : fields)
            quoted << csvField(field);
        return quoted.join(u',') + u"\r\n"_s;
    };
    QString text = line(columns());
    int index = 0;
    for (const OrgStatsRow &row : m_input.rows)
        text += line(cells(QString::number(++index), row, u'.'));
    QStringList total = cells(QString(), m_input.total, u'.');
    total[1] = u"Tổng cộng: "_s + total.at(1);
    text += line(total);
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

QString OversightReport::html() const
{
    const auto e = [](const QString &text) { return text.toHtmlEscaped(); };
    const OrgStatsRow &t = m_input.total;
    QString h;
    h += u"<html><body style=\"font-family: 'DejaVu Sans'; font-size: 10pt;\">"_s;
    h += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
         "<td width=\"45%\" align=\"center\"><b>"_s
        + e(m_input.reportUnit.toUpper()) + u"</b><br/>*</td>"_s;
    h += u"<td width=\"55%\" align=\"center\"><b><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></b><br/><br/>"
         "<i>"_s
        + e(longDate(m_input.generatedOn)).replace(0, 1, u"N"_s) + u"</i></td></tr></table>"_s;
    h += u"<p align=\"center\" style=\"font-size: 13pt;\"><b>BÁO CÁO TÌNH HÌNH SINH HOẠT ĐẢNG "
         "VÀ SỬ DỤNG SỔ TAY ĐẢNG VIÊN</b></p>"_s;
    h += u"<p align=\"center\"><b>"_s + e(monthText(m_input.month)).replace(0, 1, u"T"_s)
        + u"</b></p>"_s;
    h += u"<p>Đơn vị báo cáo: <b>"_s + e(m_input.reportUnit) + u"</b><br/>"_s;
    if (!m_input.updatedText.isEmpty())
        h += e(m_input.updatedText) + u"<br/>"_s;
    h += u"Tổng số đảng viên: "_s + QString::number(t.members) + u"; có tài khoản: "_s
        + QString::number(t.accounts) + u"; dùng Sổ tay trong 30 ngày: "_s
        + QString::number(t.activeDevices);
    if (t.deviceRate())
        h += u" ("_s + rateText(t.deviceRate(), u',') + u"%)"_s;
    h += u".<br/>Chi bộ đã sinh hoạt: "_s + QString::number(t.cellsMet) + u"/"_s
        + QString::number(t.cells) + u"; số buổi sinh hoạt: "_s + QString::number(t.meetingsHeld);
    if (t.attendanceRate)
        h += u"; tỷ lệ dự sinh hoạt: "_s + rateText(t.attendanceRate, u',') + u"%"_s;
    h += u".<br/>Văn bản ban hành trong tháng: "_s + QString::number(t.documentsPublished);
    if (t.readRate)
        h += u"; tỷ lệ đọc: "_s + rateText(t.readRate, u',') + u"%"_s;
    h += u"; đợt học tập: "_s + QString::number(t.studiesOpen);
    if (t.studyCompletion)
        h += u"; tỷ lệ hoàn thành: "_s + rateText(t.studyCompletion, u',') + u"%"_s;
    h += u".<br/>Yêu cầu sửa hồ sơ chờ duyệt: "_s + QString::number(t.profileRequestsPending)
        + u"; chuyển sinh hoạt chờ duyệt: "_s + QString::number(t.transfersPending) + u".</p>"_s;

    if (!m_input.rows.isEmpty()) {
        h += u"<p><b>Số liệu theo đơn vị trực thuộc</b></p>"_s;
        h += u"<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"2\" "
             "style=\"border-collapse: collapse; font-size: 7pt;\"><tr>"_s;
        const QStringList names = columns();
        for (int i = 0; i < names.size(); ++i) {
            h += (i == 1 ? u"<th width=\"18%\" bgcolor=\"#eeeeee\">"_s
                         : u"<th bgcolor=\"#eeeeee\">"_s)
                + e(names.at(i)) + u"</th>"_s;
        }
        h += u"</tr>"_s;
        const auto tableRow = [&](const QStringList &values, bool bold) {
            h += u"<tr>"_s;
            for (int i = 0; i < values.size(); ++i) {
                const QString value
                    = bold ? u"<b>"_s + e(values.at(i)) + u"</b>"_s : e(values.at(i));
                const bool text = i == 1 || i == 2 || i == values.size() - 1;
                h += (text ? u"<td>"_s : u"<td align=\"right\">"_s) + value + u"</td>"_s;
            }
            h += u"</tr>"_s;
        };
        int index = 0;
        for (const OrgStatsRow &row : m_input.rows)
            tableRow(cells(QString::number(++index), row, u','), false);
        QStringList total = cells(QString(), t, u',');
        total[1] = u"Tổng cộng"_s;
        tableRow(total, true);
        h += u"</table>"_s;

        QStringList flagged;
        for (const OrgStatsRow &row : m_input.rows) {
            const QString reasons = attention(row, u',');
            if (!reasons.isEmpty())
                flagged << e(row.orgName.isEmpty() ? row.orgId : row.orgName) + u": "_s
                        + e(reasons);
        }
        h += u"<p><b>Đơn vị cần chú ý</b> (chưa sinh hoạt trong tháng, đọc văn bản dưới "_s
            + QString::number(int(OrgStatsModel::kReadingThreshold * 100))
            + u"%, dùng Sổ tay dưới "_s
            + QString::number(int(OrgStatsModel::kDeviceThreshold * 100)) + u"% số đảng viên): "_s;
        h += flagged.isEmpty() ? u"không có."_s
                               : u"<br/>&nbsp;&nbsp;– "_s + flagged.join(u"<br/>&nbsp;&nbsp;– "_s);
        h += u"</p>"_s;
    }

    if (!m_input.series.isEmpty()) {
        h += u"<p><b>Diễn biến các tháng gần đây (%)</b><br/><img src=\""_s + kMonthsChart
            + u"\" width=\"900\"/></p>"_s;
    }
    if (!m_input.rows.isEmpty()) {
        h += u"<p><b>So sánh các đơn vị trực thuộc (%; số thứ tự như trong bảng)</b><br/>"
             "<img src=\""_s
            + kUnitsChart + u"\" width=\"900\"/></p>"_s;
    }
    h += u"<p align=\"right\"><i>Báo cáo lập "_s + e(longDate(m_input.generatedOn))
        + u" bằng Sổ tay đảng viên.</i></p>"_s;
    h += u"</body></html>"_s;
    return h;
}

bool OversightReport::writePdf(const QString &path, QString *error) const
{
    // Landscape: seventeen columns.
    const HtmlPdfPage page { u"Báo cáo tình hình sinh hoạt đảng và sử dụng Sổ tay đảng viên"_s,
        QPageLayout::Landscape, { 15, 15, 15, 15 }, 10, u"Không ghi được tệp báo cáo."_s };
    return HtmlPdf::write(
        path, page,
        [this](QTextDocument &document) {
            document.addResource(QTextDocument::ImageResource, QUrl(kMonthsChart),
                OversightCharts::months(m_input.series, QSize(2400, 800)));
            document.addResource(QTextDocument::ImageResource, QUrl(kUnitsChart),
                OversightCharts::units(m_input.rows, QSize(2400, 800)));
            document.setHtml(html());
        },
        error);
}
