// A QR code's module matrix for a text (ISO/IEC 18004 through libqrencode, byte mode, the
// smallest version that holds it at error correction level M: a printed slip may be creased).
// Drawn with a quiet zone of 4 modules, as the standard asks, so any phone camera finds it.
#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QString>

class QPainter;
class QRectF;

class QrCode
{
public:
    static constexpr int kQuietZone = 4; // modules of light border on every side

    QrCode() = default;
    // Empty (isNull) when the text does not fit a version-40 code.
    [[nodiscard]] static QrCode encode(const QString &text);

    [[nodiscard]] bool isNull() const { return m_size == 0; }
    // 1..40; the matrix is 17 + 4 * version modules wide.
    [[nodiscard]] int version() const { return m_version; }
    [[nodiscard]] int size() const { return m_size; }
    // Whether the module at column x, row y (0-based, without the quiet zone) is dark.
    [[nodiscard]] bool isDark(int x, int y) const;

    // Black modules on white, `moduleSize` pixels each, quiet zone included.
    [[nodiscard]] QImage toImage(int moduleSize) const;
    // Draws it (quiet zone included) into the largest square centred in `target`.
    void paint(QPainter &painter, const QRectF &target) const;

private:
    int m_version = 0;
    int m_size = 0;
    QByteArray m_dark; // size * size bytes, row-major, 1 = dark
};
