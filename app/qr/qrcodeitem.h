// The QR code of a text drawn in QML (the temporary password slip on screen: the server
// profile the member's phone scans at sign-in). A painted item, so the text (it holds the
// server's pins) never travels in an image URL. Square, quiet zone included, black on white.
#pragma once

#include "qrcode.h"

#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

class QrCodeItem : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    // The text the code holds.
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    // The text fits a QR code (false for an empty or too long text: nothing is drawn).
    Q_PROPERTY(bool valid READ valid NOTIFY textChanged)
    // The code's modules per side, quiet zone included (0 when not valid).
    Q_PROPERTY(int modules READ modules NOTIFY textChanged)

public:
    explicit QrCodeItem(QQuickItem *parent = nullptr);

    [[nodiscard]] QString text() const { return m_text; }
    void setText(const QString &text);
    [[nodiscard]] bool valid() const { return !m_code.isNull(); }
    [[nodiscard]] int modules() const;

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void textChanged();

private:
    QString m_text;
    QrCode m_code;
};
