#include "qrcode.h"

#include <QPainter>
#include <QRectF>

#include <qrencode.h>

#include <memory>

QrCode QrCode::encode(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    // Byte mode with the exact length (QRcode_encodeData): no mode guessing that could
    // upper-case or split the text.
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(int(utf8.size()),
            reinterpret_cast<const unsigned char *>(utf8.constData()), 0, QR_ECLEVEL_M),
        &QRcode_free);
    QrCode result;
    if (!code)
        return result;
    result.m_version = code->version;
    result.m_size = code->width;
    result.m_dark.resize(qsizetype(code->width) * code->width);
    for (qsizetype i = 0; i < result.m_dark.size(); ++i)
        result.m_dark[i] = char(code->data[i] & 1); // bit 0: dark; the others are libqrencode's
    return result;
}

bool QrCode::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_dark.at(qsizetype(y) * m_size + x) != 0;
}

QImage QrCode::toImage(int moduleSize) const
{
    if (isNull() || moduleSize < 1)
        return {};
    const int modules = m_size + 2 * kQuietZone;
    QImage image(modules * moduleSize, modules * moduleSize, QImage::Format_Mono);
    image.setColor(0, qRgb(255, 255, 255));
    image.setColor(1, qRgb(0, 0, 0));
    image.fill(0);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (!isDark(x, y))
                continue;
            const int left = (x + kQuietZone) * moduleSize;
            const int top = (y + kQuietZone) * moduleSize;
            for (int dy = 0; dy < moduleSize; ++dy)
                for (int dx = 0; dx < moduleSize; ++dx)
                    image.setPixel(left + dx, top + dy, 1);
        }
    }
    return image;
}

void QrCode::paint(QPainter &painter, const QRectF &target) const
{
    if (isNull())
        return;
    const qreal side = std::min(target.width(), target.height());
    const QRectF square(target.center().x() - side / 2, target.center().y() - side / 2, side, side);
    const qreal module = side / (m_size + 2 * kQuietZone);
    painter.save();
    painter.fillRect(square, Qt::white);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (isDark(x, y)) {
                // A hair larger than a module so neighbouring squares leave no seam in a PDF.
                painter.drawRect(QRectF(square.left() + (x + kQuietZone) * module,
                    square.top() + (y + kQuietZone) * module, module * 1.02, module * 1.02));
            }
        }
    }
    painter.restore();
}
