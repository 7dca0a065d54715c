// An A4 PDF printed from an HTML report (the study, oversight and minutes reports): DejaVu Sans
// embedded, so that Vietnamese reads the same on every computer, at 300 dpi, the app named as
// its creator. Each report builds its HTML (and its chart images); this writes the file.
#pragma once

#include <QMarginsF>
#include <QPageLayout>
#include <QString>
#include <functional>

class QTextDocument;

struct HtmlPdfPage
{
    QString title; // the PDF's title
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    QMarginsF margins { 20, 15, 15, 15 }; // millimetres
    int pointSize = 10; // the text's size
    QString failure; // the message when the file cannot be written
};

namespace HtmlPdf {
// Writes `path`: `fill` gives the document its resources and HTML. False (and the page's
// failure message in `error`) when the file could not be written or came out empty.
bool write(const QString &path, const HtmlPdfPage &page,
    const std::function<void(QTextDocument &)> &fill, QString *error);
} // namespace HtmlPdf
