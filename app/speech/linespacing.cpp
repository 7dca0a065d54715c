#include "linespacing.h"

#include <QTextBlock>
#include <QTextBlockFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <cmath>

LineSpacing::LineSpacing(QObject *parent)
    : QObject(parent)
{ }

void LineSpacing::setDocument(QObject *document)
{
    auto *quickDocument = qobject_cast<QQuickTextDocument *>(document);
    if (m_document == quickDocument)
        return;
    if (m_text)
        disconnect(m_text, nullptr, this, nullptr);
    m_document = quickDocument;
    m_text = quickDocument ? quickDocument->textDocument() : nullptr;
    if (m_text)
        connect(m_text, &QTextDocument::contentsChanged, this, &LineSpacing::apply);
    apply();
    Q_EMIT documentChanged();
}

void LineSpacing::setFactor(qreal factor)
{
    if (qFuzzyCompare(m_factor, factor))
        return;
    m_factor = factor;
    apply();
    Q_EMIT factorChanged();
}

void LineSpacing::apply()
{
    if (!m_text || m_applying)
        return;
    const qreal percent = std::round(m_factor * 100);
    // Only when a block lacks it: setting it changes the contents again.
    bool needed = false;
    for (QTextBlock block = m_text->begin(); block.isValid() && !needed; block = block.next()) {
        const QTextBlockFormat format = block.blockFormat();
        needed = format.lineHeightType() != QTextBlockFormat::ProportionalHeight
            || !qFuzzyCompare(format.lineHeight(), percent);
    }
    if (!needed)
        return;
    m_applying = true;
    QTextCursor cursor(m_text);
    cursor.select(QTextCursor::Document);
    QTextBlockFormat format;
    format.setLineHeight(percent, QTextBlockFormat::ProportionalHeight);
    cursor.mergeBlockFormat(format);
    m_applying = false;
}
