// Renders the pages of PDF attachments without ever writing a file: an attachment in the
// vault is read chunk by chunk from the encrypted database through BlobDevice, a restricted
// document's attachment from bytes held in memory. Lives on the GUI thread, like the vault
// it reads; keeps the last few documents open and closes them all when the vault locks
// (forgetting the in-memory ones too).
#pragma once

#include <QByteArray>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QSizeF>
#include <list>
#include <memory>

class BlobStore;
class QIODevice;
class QPdfDocument;
class VaultSession;

class PdfPageRenderer : public QObject
{
    Q_OBJECT

public:
    // Documents kept open at once.
    static constexpr int kMaxOpen = 3;
    // The longest side of a rendered page, in pixels (bounds memory at high zoom).
    static constexpr int kMaxSide = 4096;

    // `session` is not owned (null: only in-memory sources work).
    explicit PdfPageRenderer(VaultSession *session, QObject *parent = nullptr);
    ~PdfPageRenderer() override;

    // The source of an attachment stored in the vault: "vault/<sha256>".
    [[nodiscard]] static QString vaultSource(const QString &sha256);
    // Keeps `bytes` in memory as a source ("memory/<n>") until removeMemorySource() or the
    // vault locks.
    QString addMemorySource(const QByteArray &bytes);
    void removeMemorySource(const QString &source);
    [[nodiscard]] bool hasMemorySource(const QString &source) const;

    // Pages of a source (0 when it cannot be opened).
    [[nodiscard]] int pageCount(const QString &source);
    // A page's size in points (invalid when there is no such page).
    [[nodiscard]] QSizeF pageSize(const QString &source, int page);
    // Renders page `page` (0-based) to fit `requested`, keeping its aspect ratio (width
    // 1000 px when `requested` has no size); a null image when it cannot be rendered.
    [[nodiscard]] QImage render(const QString &source, int page, const QSize &requested);

    // Renders in a later turn of the event loop (thread-safe to call through a queued
    // invocation) and announces the result with pageRendered(ticket, image).
    Q_INVOKABLE void renderLater(quint64 ticket, const QString &source, int page, QSize requested);

Q_SIGNALS:
    void pageRendered(quint64 ticket, const QImage &image);

private:
    struct OpenDocument;

    [[nodiscard]] QPdfDocument *document(const QString &source);
    void closeAll();

    QPointer<VaultSession> m_session;
    std::list<std::unique_ptr<OpenDocument>> m_open; // most recently used first
    QHash<QString, QByteArray> m_memory;
    quint64 m_nextMemoryId = 1;
};
