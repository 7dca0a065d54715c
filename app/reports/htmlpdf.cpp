#include "htmlpdf.h"

#include <QFile>
#include <QFont>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

bool HtmlPdf::write(const QString &path, const HtmlPdfPage &page,
    const std::function<void(QTextDocument &)> &fill, QString *error)
{
    const auto fail = [&] {
        if (error)
            *error = page.failure;
        return false;
    };
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail();
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(QPageLayout(
            QPageSize(QPageSize::A4), page.orientation, page.margins, QPageLayout::Millimeter));
        writer.setResolution(300);
        writer.setTitle(page.title);
        writer.setCreator(u"Sổ tay đảng viên"_s);
        QTextDocument document;
        document.setDefaultFont(QFont(u"DejaVu Sans"_s, page.pointSize));
        fill(document);
        document.print(&writer);
    }
    file.close();
    if (file.error() != QFileDevice::NoError || file.size() == 0)
        return fail();
    return true;
}
