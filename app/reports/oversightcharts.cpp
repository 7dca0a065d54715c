#include "oversightcharts.h"

#include <QFont>
#include <QFontMetrics>
#include <QPainter>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

struct Series
{
    QString name;
    QColor color;
    QList<std::optional<double>> values; // 0..1 or none
};

// A grouped bar chart from 0 to 100 %, a legend below. Categories are short labels.
QImage barChart(const QStringList &categories, const QList<Series> &series, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font(u"DejaVu Sans"_s);
    font.setPixelSize(std::max(12, size.height() / 28));
    painter.setFont(font);
    const QFontMetrics metrics(font);
    const int line = metrics.height();
    const QRect plot(metrics.horizontalAdvance(u"100 %"_s) + line, line,
        size.width() - metrics.horizontalAdvance(u"100 %"_s) - 2 * line,
        size.height() - 4 * line - line / 2);

    // Grid lines every 20 %.
    painter.setPen(QPen(QColor(0xCC, 0xCC, 0xCC), 1));
    for (int p = 0; p <= 100; p += 20) {
        const int y = plot.bottom() - plot.height() * p / 100;
        painter.drawLine(plot.left(), y, plot.right(), y);
        painter.setPen(Qt::black);
        painter.drawText(QRect(0, y - line / 2, plot.left() - line / 4, line),
            Qt::AlignRight | Qt::AlignVCenter, u"%1 %"_s.arg(p));
        painter.setPen(QPen(QColor(0xCC, 0xCC, 0xCC), 1));
    }

    const int n = int(categories.size());
    if (n > 0 && !series.isEmpty()) {
        const double group = double(plot.width()) / n;
        const double bar = group * 0.8 / series.size();
        for (int c = 0; c < n; ++c) {
            const double x0 = plot.left() + c * group + group * 0.1;
            for (int s = 0; s < series.size(); ++s) {
                const std::optional<double> value = series.at(s).values.value(c);
                if (!value)
                    continue;
                const double h = plot.height() * std::clamp(*value, 0.0, 1.0);
                painter.fillRect(
                    QRectF(x0 + s * bar, plot.bottom() - h, bar * 0.9, h), series.at(s).color);
            }
            painter.setPen(Qt::black);
            painter.drawText(QRectF(plot.left() + c * group, plot.bottom() + line / 4, group, line),
                Qt::AlignHCenter | Qt::AlignTop, categories.at(c));
        }
    }
    painter.setPen(Qt::black);
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());

    // The legend, one line under the categories.
    int x = plot.left();
    const int y = plot.bottom() + 2 * line;
    for (const Series &s : series) {
        painter.fillRect(QRect(x, y + line / 4, line / 2 + line / 4, line / 2 + line / 4), s.color);
        x += line;
        painter.drawText(QPoint(x, y + metrics.ascent()), s.name);
        x += metrics.horizontalAdvance(s.name) + line;
    }
    return image;
}

const QColor kRed(0xB7, 0x1C, 0x1C);
const QColor kGold(0xE0, 0xA8, 0x00);
const QColor kBlue(0x3A, 0x6E, 0xA5);

} // namespace

QImage OversightCharts::months(const QList<OrgStatsRow> &series, QSize size)
{
    QStringList labels;
    Series met { u"Chi bộ đã sinh hoạt"_s, kRed, {} };
    Series attendance { u"Dự sinh hoạt"_s, kGold, {} };
    Series reading { u"Đọc văn bản"_s, kBlue, {} };
    for (const OrgStatsRow &row : series) {
        // "2026-11" -> "11/26"
        labels << (row.month.size() == 7 ? row.month.mid(5) + u'/' + row.month.mid(2, 2)
                                         : row.month);
        met.values << row.cellsMetRate();
        attendance.values << row.attendanceRate;
        reading.values << row.readRate;
    }
    return barChart(labels, { met, attendance, reading }, size);
}

QImage OversightCharts::units(const QList<OrgStatsRow> &rows, QSize size)
{
    QStringList labels;
    Series met { u"Chi bộ đã sinh hoạt"_s, kRed, {} };
    Series reading { u"Đọc văn bản"_s, kBlue, {} };
    Series devices { u"Dùng Sổ tay"_s, kGold, {} };
    for (qsizetype i = 0; i < rows.size(); ++i) {
        labels << QString::number(i + 1);
        met.values << rows.at(i).cellsMetRate();
        reading.values << rows.at(i).readRate;
        devices.values << rows.at(i).deviceRate();
    }
    return barChart(labels, { met, reading, devices }, size);
}
