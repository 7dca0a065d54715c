#include "qrcodeitem.h"

#include <QPainter>

QrCodeItem::QrCodeItem(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    // Sharp module edges: a phone camera reads them better than smoothed ones.
    setAntialiasing(false);
}

void QrCodeItem::setText(const QString &text)
{
    if (m_text == text)
        return;
    m_text = text;
    m_code = text.isEmpty() ? QrCode() : QrCode::encode(text);
    Q_EMIT textChanged();
    update();
}

int QrCodeItem::modules() const
{
    return m_code.isNull() ? 0 : m_code.size() + 2 * QrCode::kQuietZone;
}

void QrCodeItem::paint(QPainter *painter)
{
    m_code.paint(*painter, QRectF(0, 0, width(), height()));
}
