// `image://pdfpage/<source>/<page>` for QML: a page of a PDF attachment (0-based), rendered
// by PdfPageRenderer on the GUI thread (the vault's thread) while the Image itself loads
// asynchronously. main.cpp installs one provider per engine with install().
#pragma once

#include <QQuickAsyncImageProvider>
#include <atomic>
#include <memory>

class PdfPageRenderer;
class QQmlEngine;
class VaultSession;

class PdfImageProvider : public QQuickAsyncImageProvider
{
public:
    // The host part of the provider's URLs.
    static inline const QString kId = QStringLiteral("pdfpage");

    // Owns a renderer over `session` (not owned), living on the calling (GUI) thread.
    explicit PdfImageProvider(VaultSession *session);
    ~PdfImageProvider() override;

    QQuickImageResponse *requestImageResponse(
        const QString &id, const QSize &requestedSize) override;

    [[nodiscard]] PdfPageRenderer *renderer() const { return m_renderer.get(); }

    // Adds a provider over `session` to `engine` (which owns it).
    static void install(QQmlEngine &engine, VaultSession *session);
    // The renderer of the provider installed in `engine`, or null.
    [[nodiscard]] static PdfPageRenderer *rendererOf(QQmlEngine *engine);

private:
    std::unique_ptr<PdfPageRenderer> m_renderer;
    std::atomic<quint64> m_nextTicket { 1 };
};
