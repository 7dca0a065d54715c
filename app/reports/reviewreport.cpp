#include "reviewreport.h"

#include "htmlpdf.h"

#include <QTextDocument>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QString longDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    return u"ngày %1 tháng %2 năm %3"_s.arg(date.day()).arg(date.month()).arg(date.year());
}

// One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break.
QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n')
        && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

// The table's cells for one row, in the order of ReviewReport::columns().
QStringList cells(const QString &index, const ReviewReportRow &row, QChar decimalPoint)
{
    const int rated = row.decided.total();
    QStringList values { index, row.unit, QString::number(row.members),
        QString::number(row.submitted), QString::number(rated) };
    for (int rank = 0; rank < 4; ++rank) {
        values << QString::number(row.decided.at(rank))
               << ReviewReport::rate(row.decided.at(rank), rated, decimalPoint);
    }
    values << QString::number(row.decided.goodOrBetter())
           << ReviewReport::rate(row.decided.goodOrBetter(), rated, decimalPoint);
    return values;
}

} // namespace

ReviewReport::ReviewReport(ReviewReportInput input)
    : m_input(std::move(input))
{ }

QStringList ReviewReport::ratingNames()
{
    return { u"Hoàn thành xuất sắc nhiệm vụ"_s, u"Hoàn thành tốt nhiệm vụ"_s,
        u"Hoàn thành nhiệm vụ"_s, u"Không hoàn thành nhiệm vụ"_s };
}

QStringList ReviewReport::columns()
{
    QStringList names { u"STT"_s, u"Đơn vị"_s, u"Tổng số đảng viên"_s, u"Đã nộp bản kiểm điểm"_s,
        u"Số đảng viên được xếp loại"_s };
    QStringList groups = ratingNames();
    groups << u"Hoàn thành tốt nhiệm vụ trở lên"_s;
    for (const QString &group : std::as_const(groups))
        names << group + u" - Số lượng"_s << group + u" - Tỷ lệ (%)"_s;
    return names;
}

QString ReviewReport::rate(int part, int whole, QChar decimalPoint)
{
    if (whole <= 0)
        return {};
    QString text = QString::number(std::round(1000.0 * part / whole) / 10, 'f', 1);
    text.replace(u'.', decimalPoint);
    return text;
}

ReviewReportRow ReviewReport::totals() const
{
    ReviewReportRow total;
    total.unit = u"Tổng cộng"_s;
    for (const ReviewReportRow &row : m_input.rows) {
        total.members += row.members;
        total.submitted += row.submitted;
        total.decided += row.decided;
    }
    return total;
}

QByteArray ReviewReport::csv() const
{
    const auto line = [](const QStringList &fields) {
        QStringList quoted;
        for (const QString &field : fields)
            quoted << csvField(field);
        return quoted.join(u',') + u"\r\n"_s;
    };
    QString text = line(columns());
    int index = 0;
    for (const ReviewReportRow &row : m_input.rows)
        text += line(cells(QString::number(++index), row, u'.'));
    text += line(cells(QString(), totals(), u'.'));
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

QString ReviewReport::html() const
{
    const auto e = [](const QString &text) { return text.toHtmlEscaped(); };
    QString h;
    h += u"<html><body style=\"font-family: 'DejaVu Sans'; font-size: 10pt;\">"_s;
    // The heading of a Party report: the unit on the left, the Party on the right.
    h += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
         "<td width=\"45%\" align=\"center\"><b>"_s
        + e(m_input.reportUnit.toUpper()) + u"</b><br/>*</td>"_s;
    h += u"<td width=\"55%\" align=\"center\"><b><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></b><br/><br/>"
         "<i>"_s
        + e(longDate(m_input.generatedOn)).replace(0, 1, u"N"_s) + u"</i></td></tr></table>"_s;

    h += u"<p align=\"center\" style=\"font-size: 13pt;\"><b>BÁO CÁO KẾT QUẢ ĐÁNH GIÁ, XẾP "
         "LOẠI ĐẢNG VIÊN NĂM %1</b></p>"_s.arg(m_input.year);

    h += u"<p>Đơn vị báo cáo: <b>"_s + e(m_input.reportUnit) + u"</b><br/>"_s;
    if (!m_input.openerOrganisation.isEmpty())
        h += u"Cấp tổ chức đánh giá: "_s + e(m_input.openerOrganisation) + u"<br/>"_s;
    if (!m_input.statusText.isEmpty())
        h += u"Tình trạng đợt đánh giá: "_s + e(m_input.statusText) + u"<br/>"_s;
    h += u"Số liệu tính đến: "_s + m_input.generatedOn.toString(u"dd/MM/yyyy"_s) + u"</p>"_s;

    // Two header lines: the groups of the ratings over their count and rate.
    const QString th = u"<th align=\"center\" bgcolor=\"#eeeeee\""_s;
    h += u"<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
         "style=\"border-collapse: collapse; font-size: 8pt;\"><tr>"_s;
    const QStringList firstColumns { u"STT"_s, u"Đơn vị"_s, u"Tổng số đảng viên"_s,
        u"Đã nộp bản kiểm điểm"_s, u"Số đảng viên được xếp loại"_s };
    for (int i = 0; i < firstColumns.size(); ++i) {
        h += th + (i == 1 ? u" width=\"20%\""_s : QString()) + u" rowspan=\"2\">"_s
            + e(firstColumns.at(i)) + u"</th>"_s;
    }
    QStringList groups = ratingNames();
    groups << u"Hoàn thành tốt nhiệm vụ trở lên"_s;
    for (const QString &group : std::as_const(groups))
        h += th + u" colspan=\"2\">"_s + e(group) + u"</th>"_s;
    h += u"</tr><tr>"_s;
    for (qsizetype i = 0; i < groups.size(); ++i)
        h += th + u">Số lượng</th>"_s + th + u">Tỷ lệ (%)</th>"_s;
    h += u"</tr>"_s;
    const auto tableRow = [&](const QStringList &values, bool bold) {
        h += u"<tr>"_s;
        for (int i = 0; i < values.size(); ++i) {
            const QString value = bold ? u"<b>"_s + e(values.at(i)) + u"</b>"_s : e(values.at(i));
            h += (i == 1 ? u"<td>"_s : u"<td align=\"right\">"_s) + value + u"</td>"_s;
        }
        h += u"</tr>"_s;
    };
    int index = 0;
    for (const ReviewReportRow &row : m_input.rows)
        tableRow(cells(QString::number(++index), row, u','), false);
    tableRow(cells(QString(), totals(), u','), true);
    h += u"</table>"_s;

    const ReviewReportRow total = totals();
    const int rated = total.decided.total();
    h += u"<p>Tổng số đảng viên: "_s + QString::number(total.members)
        + u"; đã nộp bản kiểm điểm: "_s + QString::number(total.submitted) + u"; được xếp loại: "_s
        + QString::number(rated) + u"."_s;
    if (rated > 0) {
        h += u" Trong đó hoàn thành tốt nhiệm vụ trở lên: "_s
            + QString::number(total.decided.goodOrBetter()) + u" ("_s
            + rate(total.decided.goodOrBetter(), rated, u',')
            + u"%); hoàn thành xuất sắc nhiệm "
              "vụ: "_s
            + QString::number(total.decided.excellent) + u" ("_s
            + rate(total.decided.excellent, rated, u',') + u"%); không hoàn thành nhiệm vụ: "_s
            + QString::number(total.decided.notFulfilled) + u" ("_s
            + rate(total.decided.notFulfilled, rated, u',') + u"%)."_s;
    }
    h += u"</p>"_s;
    h += u"<p align=\"right\"><i>Báo cáo lập "_s + e(longDate(m_input.generatedOn))
        + u" bằng Sổ tay đảng viên.</i></p>"_s;
    h += u"</body></html>"_s;
    return h;
}

bool ReviewReport::writePdf(const QString &path, QString *error) const
{
    const HtmlPdfPage page { u"Báo cáo kết quả đánh giá, xếp loại đảng viên"_s,
        QPageLayout::Landscape, { 15, 15, 15, 15 }, 10, u"Không ghi được tệp báo cáo."_s };
    return HtmlPdf::write(
        path, page, [this](QTextDocument &document) { document.setHtml(html()); }, error);
}
