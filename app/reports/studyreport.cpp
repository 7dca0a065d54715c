#include "studyreport.h"

#include "htmlpdf.h"

#include <QFile>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// "ngày 5 tháng 7 năm 2025", as Vietnamese documents date themselves.
QString longDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    return u"ngày %1 tháng %2 năm %3"_s.arg(date.day()).arg(date.month()).arg(date.year());
}

QString shortDate(const QDate &date)
{
    return date.isValid() ? date.toString(u"dd/MM/yyyy"_s) : QString();
}

QString number(double value, QChar decimalPoint)
{
    QString text = QString::number(std::round(value * 10) / 10, 'f', 1);
    text.replace(u'.', decimalPoint);
    return text;
}

QString average(const StudyReportRow &row, QChar decimalPoint)
{
    return row.averageScore ? number(*row.averageScore, decimalPoint) : QString();
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

// The table's cells for one row, in the order of StudyReport::columns().
QStringList cells(const QString &index, const StudyReportRow &row, QChar decimalPoint)
{
    return { index, row.unit, QString::number(row.members), QString::number(row.submitted),
        StudyReport::rate(row.submitted, row.members, decimalPoint), QString::number(row.accepted),
        StudyReport::rate(row.accepted, row.members, decimalPoint), QString::number(row.returned),
        QString::number(row.late), QString::number(row.notStarted), average(row, decimalPoint) };
}

} // namespace

StudyReport::StudyReport(StudyReportInput input)
    : m_input(std::move(input))
{ }

QStringList StudyReport::columns()
{
    return { u"STT"_s, u"Đơn vị"_s, u"Số đảng viên"_s, u"Đã nộp thu hoạch"_s, u"Tỷ lệ nộp (%)"_s,
        u"Đã duyệt đạt"_s, u"Tỷ lệ đạt (%)"_s, u"Trả lại"_s, u"Nộp muộn"_s, u"Chưa nộp"_s,
        u"Điểm trung bình"_s };
}

QString StudyReport::rate(int part, int whole, QChar decimalPoint)
{
    if (whole <= 0)
        return {};
    return number(100.0 * part / whole, decimalPoint);
}

StudyReportRow StudyReport::totals() const
{
    if (m_input.total) {
        StudyReportRow total = *m_input.total;
        total.unit = u"Tổng cộng"_s;
        return total;
    }
    StudyReportRow total;
    total.unit = u"Tổng cộng"_s;
    double points = 0;
    int weight = 0;
    for (const StudyReportRow &row : m_input.rows) {
        total.members += row.members;
        total.submitted += row.submitted;
        total.accepted += row.accepted;
        total.returned += row.returned;
        total.late += row.late;
        total.notStarted += row.notStarted;
        if (row.averageScore && row.submitted > 0) {
            points += *row.averageScore * row.submitted;
            weight += row.submitted;
        }
    }
    if (weight > 0)
        total.averageScore = points / weight;
    return total;
}

QByteArray StudyReport::csv() const
{
    const auto line = [](const QStringList &fields) {
        QStringList quoted;
        for (const QString &field : fields)
            quoted << csvField(field);
        return quoted.join(u',') + u"\r\n"_s;
    };
    QString text = line(columns());
    int index = 0;
    for (const StudyReportRow &row : m_input.rows)
        text += line(cells(QString::number(++index), row, u'.'));
    text += line(cells(QString(), totals(), u'.'));
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

QString StudyReport::html() const
{
    const auto e = [](const QString &text) { return text.toHtmlEscaped(); };
    QString h;
    h += u"<html><body style=\"font-family: 'DejaVu Sans'; font-size: 10pt;\">"_s;
    // The heading of a Party report: the unit on the left, the Party on the right.
    h += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
         "<td width=\"45%\" align=\"center\">"_s;
    if (!m_input.assigningOrganisation.isEmpty()
        && m_input.assigningOrganisation != m_input.reportUnit)
        h += e(m_input.assigningOrganisation.toUpper()) + u"<br/>"_s;
    h += u"<b>"_s + e(m_input.reportUnit.toUpper()) + u"</b><br/>*</td>"_s;
    h += u"<td width=\"55%\" align=\"center\"><b><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></b><br/><br/>"
         "<i>"_s
        + e(longDate(m_input.generatedOn)).replace(0, 1, u"N"_s) + u"</i></td></tr></table>"_s;

    h += u"<p align=\"center\" style=\"font-size: 13pt;\"><b>BÁO CÁO KẾT QUẢ HỌC TẬP, QUÁN "
         "TRIỆT NGHỊ QUYẾT</b></p>"_s;
    h += u"<p align=\"center\"><b>"_s + e(m_input.studyTitle) + u"</b></p>"_s;

    h += u"<p>Đơn vị báo cáo: <b>"_s + e(m_input.reportUnit) + u"</b><br/>"_s;
    if (!m_input.assigningOrganisation.isEmpty())
        h += u"Cấp giao: "_s + e(m_input.assigningOrganisation) + u"<br/>"_s;
    if (!m_input.documents.isEmpty()) {
        h += u"Văn bản học tập:"_s;
        for (const StudyReportDocument &d : m_input.documents) {
            h += u"<br/>&nbsp;&nbsp;– "_s;
            if (!d.number.isEmpty())
                h += e(d.number) + u" – "_s;
            h += e(d.title);
        }
        h += u"<br/>"_s;
    }
    if (m_input.dueDate.isValid())
        h += u"Thời hạn hoàn thành: "_s + shortDate(m_input.dueDate) + u"<br/>"_s;
    h += u"Số liệu tính đến: "_s + shortDate(m_input.generatedOn) + u"</p>"_s;

    h += u"<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
         "style=\"border-collapse: collapse; font-size: 8pt;\"><tr>"_s;
    const QStringList names = columns();
    for (int i = 0; i < names.size(); ++i) {
        // The unit's name gets the room the figures do not need.
        h += (i == 1 ? u"<th width=\"26%\" align=\"center\" bgcolor=\"#eeeeee\">"_s
                     : u"<th align=\"center\" bgcolor=\"#eeeeee\">"_s)
            + e(names.at(i)) + u"</th>"_s;
    }
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
    for (const StudyReportRow &row : m_input.rows)
        tableRow(cells(QString::number(++index), row, u','), false);
    tableRow(cells(QString(), totals(), u','), true);
    h += u"</table>"_s;

    const StudyReportRow total = totals();
    h += u"<p>Tổng số đảng viên: "_s + QString::number(total.members) + u"; đã nộp thu hoạch: "_s
        + QString::number(total.submitted);
    const QString submittedRate = rate(total.submitted, total.members, u',');
    if (!submittedRate.isEmpty())
        h += u" ("_s + submittedRate + u"%)"_s;
    h += u"; được duyệt đạt: "_s + QString::number(total.accepted);
    const QString acceptedRate = rate(total.accepted, total.members, u',');
    if (!acceptedRate.isEmpty())
        h += u" ("_s + acceptedRate + u"%)"_s;
    h += u"; nộp muộn: "_s + QString::number(total.late) + u"; chưa nộp: "_s
        + QString::number(total.notStarted) + u"."_s;
    if (total.averageScore)
        h += u" Điểm trung bình (thang điểm 10): "_s + number(*total.averageScore, u',') + u"."_s;
    h += u"</p>"_s;
    h += u"<p align=\"right\"><i>Báo cáo lập "_s + e(longDate(m_input.generatedOn))
        + u" bằng Sổ tay đảng viên.</i></p>"_s;
    h += u"</body></html>"_s;
    return h;
}

bool StudyReport::writePdf(const QString &path, QString *error) const
{
    const HtmlPdfPage page { u"Báo cáo kết quả học tập, quán triệt nghị quyết"_s,
        QPageLayout::Portrait, { 20, 15, 15, 15 }, 10, u"Không ghi được tệp báo cáo."_s };
    return HtmlPdf::write(
        path, page, [this](QTextDocument &document) { document.setHtml(html()); }, error);
}
