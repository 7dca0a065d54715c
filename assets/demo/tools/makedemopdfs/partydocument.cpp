#include "partydocument.h"

#include <QAbstractTextDocumentLayout>
#include <QDate>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr int ScanDpi = 120;

struct Signer
{
    QString committee; // header line(s), upper case
    QString seal; // text around the seal
    QString capacity; // "T/M BAN THƯỜNG VỤ"
    QString title; // "PHÓ BÍ THƯ"
    QString name;
};

// Who signs what (all names invented for the demo).
Signer signerFor(const DemoDocument &d)
{
    const bool city = d.issuer.contains(u"thành phố"_s) || d.issuer.contains(u"Thành ủy"_s);
    Signer s;
    s.committee = city ? u"THÀNH ỦY SƠN LÂM"_s : u"TỈNH ỦY SƠN LÂM"_s;
    s.seal = s.committee;
    if (d.issuer.startsWith(u"Ban Tổ chức"_s)) {
        s.committee += u"<br><b>BAN TỔ CHỨC</b>"_s;
        s.seal = u"BAN TỔ CHỨC TỈNH ỦY SƠN LÂM"_s;
        s.capacity = u"K/T TRƯỞNG BAN"_s;
        s.title = u"PHÓ TRƯỞNG BAN"_s;
        s.name = u"Đỗ Quang Vinh"_s;
    } else if (d.issuer.startsWith(u"Ban Chấp hành"_s)) {
        s.capacity = city ? u"T/M THÀNH ỦY"_s : u"T/M TỈNH ỦY"_s;
        s.title = u"BÍ THƯ"_s;
        s.name = city ? u"Trần Mạnh Cường"_s : u"Hoàng Đức Thắng"_s;
    } else {
        s.capacity = u"T/M BAN THƯỜNG VỤ"_s;
        s.title = u"PHÓ BÍ THƯ"_s;
        s.name = city ? u"Phạm Thu Hà"_s : u"Lê Thị Minh Hằng"_s;
    }
    return s;
}

QString kindHeading(const QString &number)
{
    const QString code = number.section(u'-', 1).section(u'/', 0, 0);
    if (code == u"NQ"_s)
        return u"NGHỊ QUYẾT"_s;
    if (code == u"CT"_s)
        return u"CHỈ THỊ"_s;
    if (code == u"KH"_s)
        return u"KẾ HOẠCH"_s;
    if (code == u"QC"_s)
        return u"QUY CHẾ"_s;
    if (code == u"QĐ"_s)
        return u"QUY ĐỊNH"_s;
    if (code == u"HD"_s)
        return u"HƯỚNG DẪN"_s;
    if (code == u"KL"_s)
        return u"KẾT LUẬN"_s;
    return u"THÔNG BÁO"_s;
}

// "ngày 05 tháng 3 năm 2025": days below 10 and the months 1 and 2 take a leading zero.
QString placeAndDate(const QString &issued)
{
    const QDate date = QDate::fromString(issued, Qt::ISODate);
    return u"Sơn Lâm, ngày %1 tháng %2 năm %3"_s.arg(date.day(), 2, 10, QLatin1Char('0'))
        .arg(date.month() <= 2 ? u"0%1"_s.arg(date.month()) : QString::number(date.month()))
        .arg(date.year());
}

// The title without its kind word: "Nghị quyết về ..." -> "về ...".
QString subject(const DemoDocument &d)
{
    const QString heading = kindHeading(d.number);
    if (d.title.startsWith(heading, Qt::CaseInsensitive))
        return d.title.mid(heading.size()).trimmed();
    return d.title;
}

void drawSeal(QPainter &painter, QPointF centre, qreal radius, const QString &text)
{
    painter.save();
    const QColor red(200, 30, 35, 215);
    painter.setPen(QPen(red, radius * 0.06));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(centre, radius, radius);
    painter.drawEllipse(centre, radius * 0.66, radius * 0.66);
    QFont font(u"DejaVu Sans"_s);
    font.setBold(true);
    font.setPixelSize(int(radius * 0.2));
    painter.setFont(font);
    const qreal step = 300.0 / qMax<qsizetype>(1, text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        painter.save();
        painter.translate(centre);
        painter.rotate(-150.0 + step * qreal(i) + step / 2);
        painter.translate(0, -radius * 0.83);
        painter.setPen(red);
        const QString letter(text.at(i));
        painter.drawText(QRectF(-radius * 0.15, -radius * 0.13, radius * 0.3, radius * 0.26),
            Qt::AlignCenter, letter);
        painter.restore();
    }
    QPainterPath star;
    for (int i = 0; i < 10; ++i) {
        const qreal r = (i % 2 == 0 ? 0.38 : 0.15) * radius;
        const qreal a = M_PI / 2 + i * M_PI / 5;
        const QPointF p(centre.x() + r * std::cos(a), centre.y() - r * std::sin(a));
        i == 0 ? star.moveTo(p) : star.lineTo(p);
    }
    star.closeSubpath();
    painter.fillPath(star, red);
    painter.restore();
}

} // namespace

PartyDocument::PartyDocument(const DemoDocument &document)
    : m_document(document)
{ }

QString PartyDocument::html(int dpi) const
{
    const auto px = [dpi](int points) { return QString::number(points * dpi / 72); };
    const Signer signer = signerFor(m_document);
    QString body;
    static const QRegularExpression heading(u"^([IVX]+\\.|Chương |Điều )"_s);
    for (const QString &paragraph : m_document.body.split(u"\n\n"_s)) {
        const QString text = paragraph.toHtmlEscaped().replace(u'\n', u"<br>"_s);
        if (heading.match(paragraph).hasMatch())
            body += u"<p style='margin-top:%1px'><b>%2</b></p>"_s.arg(px(6), text);
        else
            body += u"<p align='justify' style='text-indent:%1px'>%2</p>"_s.arg(px(21), text);
    }
    return uR"(<html><body style="font-family:'DejaVu Serif'; font-size:11pt">
<table width="100%" cellspacing="0" cellpadding="0"><tr>
<td width="45%" align="center">%1<br>*<br>Số %2</td>
<td width="55%" align="center"><b><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></b><br><br><i>%3</i></td>
</tr></table>
<p align="center" style="margin-top:%10px; font-size:14pt"><b>%4</b></p>
<p align="center"><b>%5</b></p>
<p align="center">-----</p>
%6
<table width="100%" style="margin-top:%10px" cellspacing="0"><tr>
<td width="50%" style="font-size:9pt"><b><i>Nơi nhận:</i></b><br>- Các huyện ủy, thành ủy, đảng ủy trực thuộc,<br>- Các ban đảng, Văn phòng Tỉnh ủy,<br>- Lưu Văn phòng.</td>
<td width="50%" align="center"><b>%7<br>%8</b><br><br><i>(đã ký)</i><br><br><b>%9</b></td>
</tr></table></body></html>)"_s.arg(signer.committee, m_document.number,
        placeAndDate(m_document.issued), kindHeading(m_document.number),
        subject(m_document).toHtmlEscaped(), body, signer.capacity, signer.title, signer.name,
        px(18));
}

bool PartyDocument::writeText(const QString &path) const
{
    QPdfWriter writer(path);
    writer.setTitle(m_document.title);
    writer.setCreator(u"Sổ tay đảng viên (demo)"_s);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(30, 20, 20, 20), QPageLayout::Millimeter);
    writer.setResolution(300);
    QTextDocument document;
    document.documentLayout()->setPaintDevice(&writer);
    document.setHtml(html(writer.resolution()));
    document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
    document.print(&writer);
    return QFileInfo::exists(path);
}

bool PartyDocument::writeScan(const QString &path) const
{
    // Lay the document out on A4 page images at the scanner's resolution.
    const QSize page(int(8.27 * ScanDpi), int(11.69 * ScanDpi));
    const int margin = int(0.8 * ScanDpi);
    QImage probe(page, QImage::Format_RGB32);
    probe.setDotsPerMeterX(int(ScanDpi / 0.0254));
    probe.setDotsPerMeterY(int(ScanDpi / 0.0254));
    QTextDocument document;
    document.documentLayout()->setPaintDevice(&probe);
    document.setHtml(html(ScanDpi));
    document.setPageSize(QSizeF(page.width() - 2 * margin, page.height() - 2 * margin));
    const qreal pageHeight = document.pageSize().height();
    QRectF signature;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.text().contains(u"(đã ký)"_s))
            signature = document.documentLayout()->blockBoundingRect(block);
    }

    QPdfWriter writer(path);
    writer.setTitle(m_document.title);
    writer.setCreator(u"Sổ tay đảng viên (demo)"_s);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(ScanDpi);
    QPainter pdf(&writer);
    QRandomGenerator grain(43);
    for (int i = 0; i < document.pageCount(); ++i) {
        if (i > 0)
            writer.newPage();
        QImage image(page, QImage::Format_RGB32);
        image.fill(QColor(248, 246, 238));
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.translate(margin, margin);
        painter.rotate(0.35); // a page is never quite straight on the scanner
        painter.translate(0, -i * pageHeight);
        document.drawContents(
            &painter, QRectF(0, i * pageHeight, document.pageSize().width(), pageHeight));
        if (signature.isValid() && int(signature.top() / pageHeight) == i)
            drawSeal(painter,
                QPointF(signature.center().x() - 0.35 * ScanDpi, signature.center().y()),
                0.72 * ScanDpi, u"%1 ✶ "_s.arg(signerFor(m_document).seal));
        painter.end();
        // Paper grain: what makes a scan a scan (and its file large).
        QList<int> row(image.width() / 2 + 1);
        for (int y = 0; y < image.height(); ++y) {
            if (y % 2 == 0) {
                for (int &n : row)
                    n = int(grain.bounded(3)) - 1;
            }
            auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
            for (int x = 0; x < image.width(); ++x) {
                const int n = row.at(x / 2);
                const QRgb c = line[x];
                line[x] = qRgb(qBound(0, qRed(c) + n, 255), qBound(0, qGreen(c) + n, 255),
                    qBound(0, qBlue(c) + n, 255));
            }
        }
        pdf.drawImage(QRect(QPoint(0, 0), page), image);
    }
    return pdf.end();
}

bool PartyDocument::writeAppendix(const QString &path) const
{
    struct Row
    {
        const char16_t *task, *lead, *with, *deadline;
    };
    static constexpr Row rows[] = {
        { u"Quán triệt Kết luận số 21-KL/TW và Kế hoạch số 43-KH/TU đến chi bộ, đảng viên",
            u"Các huyện ủy, thành ủy, đảng ủy trực thuộc", u"Ban Tuyên giáo Tỉnh ủy",
            u"30/4/2025" },
        { u"Xây dựng kế hoạch thực hiện của cấp mình",
            u"Các huyện ủy, thành ủy, đảng ủy trực thuộc", u"Ban Tổ chức Tỉnh ủy", u"30/4/2025" },
        { u"Rà soát chất lượng sinh hoạt chi bộ; chỉ đạo chi bộ sinh hoạt chưa đạt yêu cầu",
            u"Đảng ủy cơ sở", u"Ban Tổ chức cấp huyện", u"Quý III/2025" },
        { u"Giám sát chuyên đề việc nêu gương của người đứng đầu", u"Ủy ban Kiểm tra Tỉnh ủy",
            u"Ủy ban kiểm tra cấp huyện", u"Quý IV/2025" },
        { u"Rà soát, giải quyết dứt điểm vụ việc bức xúc về đất đai, môi trường",
            u"Các huyện ủy, thành ủy", u"Ban Nội chính Tỉnh ủy", u"Trong năm 2025" },
        { u"Gắn kiểm điểm cuối năm với các biểu hiện suy thoái theo Kết luận số 21-KL/TW",
            u"Các chi bộ, đảng bộ", u"Ban Tổ chức Tỉnh ủy", u"31/12/2025" },
        { u"Tổng hợp kết quả, báo cáo Ban Thường vụ Tỉnh ủy", u"Văn phòng Tỉnh ủy",
            u"Ban Tổ chức Tỉnh ủy", u"15/12/2025" },
    };
    QString table;
    int n = 0;
    for (const Row &row : rows) {
        table
            += u"<tr><td align='center'>%1</td><td>%2</td><td>%3</td><td>%4</td><td align='center'>%5</td></tr>"_s
                   .arg(++n)
                   .arg(QString::fromUtf16(row.task), QString::fromUtf16(row.lead),
                       QString::fromUtf16(row.with), QString::fromUtf16(row.deadline));
    }
    const QString html
        = uR"(<html><body style="font-family:'DejaVu Serif'; font-size:10pt">
<p align="center"><b>PHỤ LỤC</b><br><b>PHÂN CÔNG THỰC HIỆN KẾ HOẠCH SỐ %1</b><br>
<i>(Kèm theo Kế hoạch số %1 ngày %2 của Ban Thường vụ Tỉnh ủy)</i></p>
<table width="100%" border="1" cellspacing="0" cellpadding="12">
<tr><th width="6%">STT</th><th width="38%">Nội dung công việc</th><th width="22%">Cơ quan chủ trì</th>
<th width="20%">Cơ quan phối hợp</th><th width="14%">Thời hạn</th></tr>%3</table></body></html>)"_s
              .arg(m_document.number,
                  QDate::fromString(m_document.issued, Qt::ISODate).toString(u"dd/MM/yyyy"_s),
                  table);
    QPdfWriter writer(path);
    writer.setTitle(u"Phụ lục Kế hoạch số %1"_s.arg(m_document.number));
    writer.setCreator(u"Sổ tay đảng viên (demo)"_s);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setPageMargins(QMarginsF(20, 15, 20, 15), QPageLayout::Millimeter);
    writer.setResolution(300);
    QTextDocument document;
    document.documentLayout()->setPaintDevice(&writer);
    document.setHtml(html);
    document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
    document.print(&writer);
    return QFileInfo::exists(path);
}
