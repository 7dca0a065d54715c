#include "pdfpages.h"

#include "pdfimageprovider.h"
#include "pdfpagerenderer.h"

#include <QQmlEngine>

using namespace Qt::StringLiterals;

namespace {
constexpr double kA4 = 297.0 / 210.0;
} // namespace

PdfPages::PdfPages(QObject *parent)
    : QObject(parent)
{ }

void PdfPages::setSource(const QString &source)
{
    if (m_source == source)
        return;
    m_source = source;
    Q_EMIT sourceChanged();
    load();
}

void PdfPages::setRenderer(PdfPageRenderer *renderer)
{
    m_renderer = renderer;
    load();
}

void PdfPages::componentComplete()
{
    m_complete = true;
    load();
}

void PdfPages::load()
{
    if (!m_complete)
        return;
    if (!m_renderer)
        m_renderer = PdfImageProvider::rendererOf(qmlEngine(this));
    QList<double> ratios;
    QString error;
    if (!m_source.isEmpty()) {
        const int pages = m_renderer ? m_renderer->pageCount(m_source) : 0;
        for (int page = 0; page < pages; ++page) {
            const QSizeF size = m_renderer->pageSize(m_source, page);
            ratios.append(
                size.width() > 0 && size.height() > 0 ? size.height() / size.width() : kA4);
        }
        if (pages == 0)
            error = tr("Không mở được tệp PDF này.");
    }
    m_aspectRatios = ratios;
    m_errorMessage = error;
    Q_EMIT pagesChanged();
}

double PdfPages::aspectRatio(int page) const
{
    return page >= 0 && page < m_aspectRatios.size() ? m_aspectRatios.at(page) : kA4;
}

QString PdfPages::imageUrl(int page) const
{
    if (m_source.isEmpty() || page < 0 || page >= m_aspectRatios.size())
        return {};
    return u"image://%1/%2/%3"_s.arg(PdfImageProvider::kId, m_source).arg(page);
}
