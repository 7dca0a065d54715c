#include "minutesreport.h"

#include "htmlpdf.h"

#include <QFile>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace {

// "ngày 5 tháng 7 năm 2026", as Vietnamese documents date themselves.
QString longDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    return u"ngày %1 tháng %2 năm %3"_s.arg(date.day()).arg(date.month()).arg(date.year());
}

// A heading line of the template: short, ends with ':' ("1. Thời gian:", "Kết luận:").
bool isHeading(const QString &line)
{
    const QString trimmed = line.trimmed();
    return trimmed.size() > 1 && trimmed.size() <= 60 && trimmed.endsWith(u':');
}

} // namespace

MinutesReport::MinutesReport(MinutesReportInput input)
    : m_input(std::move(input))
{ }

QString MinutesReport::html() const
{
    const auto e = [](const QString &text) { return text.toHtmlEscaped(); };
    QString h;
    h += u"<html><body style=\"font-family: 'DejaVu Sans'; font-size: 11pt;\">"_s;
    // The heading of a Party document: the unit on the left, the Party on the right.
    h += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
         "<td width=\"45%\" align=\"center\">"_s;
    if (!m_input.upperOrganisation.isEmpty())
        h += e(m_input.upperOrganisation.toUpper()) + u"<br/>"_s;
    h += u"<b>"_s + e(m_input.cell.toUpper()) + u"</b><br/>*</td>"_s;
    h += u"<td width=\"55%\" align=\"center\"><b><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></b><br/><br/>"
         "<i>"_s;
    QString dated = longDate(m_input.meetingDate);
    if (!dated.isEmpty())
        dated[0] = u'N';
    h += e(dated) + u"</i></td></tr></table>"_s;

    h += u"<p align=\"center\" style=\"font-size: 14pt;\"><b>BIÊN BẢN SINH HOẠT CHI BỘ</b></p>"_s;
    if (!m_input.meetingTitle.isEmpty())
        h += u"<p align=\"center\"><b>"_s + e(m_input.meetingTitle) + u"</b></p>"_s;

    const QStringList lines = m_input.text.split(u'\n');
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty()) {
            h += u"<p style=\"margin: 0;\">&nbsp;</p>"_s;
            continue;
        }
        const QString escaped = e(line.trimmed());
        h += u"<p style=\"margin: 0;\">"_s
            + (isHeading(line) ? u"<b>"_s + escaped + u"</b>"_s : escaped) + u"</p>"_s;
    }
    if (!m_input.publishedBy.isEmpty())
        h += u"<p align=\"right\"><i>Biên bản do đồng chí "_s + e(m_input.publishedBy)
            + u" công bố bằng Sổ tay đảng viên.</i></p>"_s;
    else
        h += u"<p align=\"right\"><i>Bản nháp, chưa công bố.</i></p>"_s;
    h += u"</body></html>"_s;
    return h;
}

bool MinutesReport::writePdf(const QString &path, QString *error) const
{
    const HtmlPdfPage page { u"Biên bản sinh hoạt chi bộ"_s, QPageLayout::Portrait,
        { 20, 15, 15, 15 }, 11, u"Không ghi được tệp biên bản."_s };
    return HtmlPdf::write(
        path, page, [this](QTextDocument &document) { document.setHtml(html()); }, error);
}
