// The pages of one PDF attachment for the PDF viewer (`PdfPages` in QML): how many, each
// page's aspect ratio (so the list lays out before anything is rendered) and its image URL
// on the `pdfpage` provider. Opens the document through the engine's PdfPageRenderer.
// (A plain object with a count, used as an integer model: a list model type would make the
// QML module depend on QtQml.Models for qmllint.)
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QQmlParserStatus>
#include <QtQml/qqmlregistration.h>

class PdfPageRenderer;

class PdfPages : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    // A PdfPageRenderer source ("vault/<sha256>" or "memory/<n>"); empty shows nothing.
    Q_PROPERTY(QString source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(int count READ count NOTIFY pagesChanged)
    // Set when the source cannot be opened (not a PDF, the vault locked, ...).
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY pagesChanged)

public:
    explicit PdfPages(QObject *parent = nullptr);

    [[nodiscard]] QString source() const { return m_source; }
    void setSource(const QString &source);
    [[nodiscard]] int count() const { return int(m_aspectRatios.size()); }
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }
    // Tests without an engine give the renderer directly.
    void setRenderer(PdfPageRenderer *renderer);

    // Height / width of a page (0-based); 1.414 (A4) when unknown.
    Q_INVOKABLE double aspectRatio(int page) const;
    // "image://pdfpage/<source>/<page>".
    Q_INVOKABLE QString imageUrl(int page) const;

    void classBegin() override { m_complete = false; }
    void componentComplete() override;

Q_SIGNALS:
    void sourceChanged();
    void pagesChanged();

private:
    void load();

    QPointer<PdfPageRenderer> m_renderer;
    QString m_source;
    QList<double> m_aspectRatios;
    QString m_errorMessage;
    bool m_complete = true; // false between classBegin and componentComplete in QML
};
