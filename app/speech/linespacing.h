// The reader's body is a read-only TextEdit (plain text) so the sentence read aloud can be
// selected (highlighted) and located (positionToRectangle); TextEdit has no lineHeight, so
// this gives its document the same proportional line spacing the body text had as a label.
#pragma once

#include <QObject>
#include <QPointer>
#include <QQuickTextDocument>
#include <QtQml/qqmlregistration.h>

class QTextDocument;

class LineSpacing : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    // The TextEdit's textDocument (a QQuickTextDocument; typed QObject so qmllint, which does
    // not know QtQuick's TextDocument from this module, checks the binding).
    Q_PROPERTY(QObject *document READ document WRITE setDocument NOTIFY documentChanged)
    // The line height as a multiple of the font's (1.45: 145 %).
    Q_PROPERTY(qreal factor READ factor WRITE setFactor NOTIFY factorChanged)

public:
    explicit LineSpacing(QObject *parent = nullptr);

    [[nodiscard]] QObject *document() const { return m_document; }
    void setDocument(QObject *document);
    [[nodiscard]] qreal factor() const { return m_factor; }
    void setFactor(qreal factor);

Q_SIGNALS:
    void documentChanged();
    void factorChanged();

private:
    void apply();

    QPointer<QQuickTextDocument> m_document;
    QPointer<QTextDocument> m_text;
    qreal m_factor = 1.0;
    bool m_applying = false;
};
