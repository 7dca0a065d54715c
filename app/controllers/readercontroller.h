// The reader screen: one document (title, number, issuer, date, summary, body) with its
// attachments, the reader's text size (remembered in the vault), the reading position per
// document, "mark as read" (by hand, or automatically at the end of the text), a bookmark
// and my private notes. A `restricted` document's body and attachments are fetched on
// demand through the DocumentFetcher and kept in memory only, shown under a watermark of
// the member's name and the time; they are dropped when the vault locks.
#pragma once

#include "attachmentlistmodel.h"
#include "documentfetcher.h"
#include "notelistmodel.h"
#include "sessioncontroller.h"

#include <QDateTime>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <functional>

class PdfPageRenderer;

class ReaderController : public SessionController
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString documentId READ documentId WRITE setDocumentId NOTIFY documentIdChanged)
    Q_PROPERTY(bool found READ found NOTIFY documentChanged)
    Q_PROPERTY(QString title READ title NOTIFY documentChanged)
    Q_PROPERTY(QString number READ number NOTIFY documentChanged)
    Q_PROPERTY(QString kindLabel READ kindLabel NOTIFY documentChanged)
    Q_PROPERTY(QString issuer READ issuer NOTIFY documentChanged)
    Q_PROPERTY(QString issuedDate READ issuedDate NOTIFY documentChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY documentChanged)
    Q_PROPERTY(QString body READ body NOTIFY documentChanged)
    Q_PROPERTY(bool read READ read NOTIFY documentChanged)
    // Who signed the document, when it is signed (and so verified: DESIGN.md 8.1); else empty.
    Q_PROPERTY(QString signerName READ signerName NOTIFY documentChanged)
    // Where the member stopped reading this document: 0 (top) to 1 (end of the text).
    Q_PROPERTY(double readingPosition READ readingPosition NOTIFY documentChanged)
    Q_PROPERTY(AttachmentListModel *attachments READ attachments CONSTANT)
    Q_PROPERTY(NoteListModel *notes READ notes CONSTANT)
    Q_PROPERTY(bool bookmarked READ bookmarked NOTIFY bookmarkedChanged)
    // The reader's text size, multiplying Theme.textScale: 1.0 to 2.0 in steps of 0.25.
    Q_PROPERTY(double textScale READ textScale WRITE setTextScale NOTIFY textScaleChanged)
    Q_PROPERTY(bool canEnlargeText READ canEnlargeText NOTIFY textScaleChanged)
    Q_PROPERTY(bool canShrinkText READ canShrinkText NOTIFY textScaleChanged)
    Q_PROPERTY(bool restricted READ restricted NOTIFY documentChanged)
    Q_PROPERTY(RestrictedState restrictedState READ restrictedState NOTIFY restrictedChanged)
    // Why a restricted document is not shown (empty while it is shown or loading).
    Q_PROPERTY(QString restrictedMessage READ restrictedMessage NOTIFY restrictedChanged)
    // "<member's full name> · HH:mm dd/MM/yyyy" (Vietnam time), refreshed while shown.
    Q_PROPERTY(QString watermarkText READ watermarkText NOTIFY watermarkChanged)
    // Fetches restricted documents; null (or offline) means they cannot be read now.
    Q_PROPERTY(DocumentFetcher *fetcher READ fetcher WRITE setFetcher NOTIFY fetcherChanged)

public:
    enum RestrictedState {
        NotRestricted, // an ordinary document: everything is in the vault
        NeedsNetwork, // restricted, and no fetcher or no connection
        Fetching, // restricted, being fetched
        Shown, // restricted, body and attachment list in memory
        Failed, // restricted, the server refused or failed (restrictedMessage says why)
    };
    Q_ENUM(RestrictedState)

    using Clock = std::function<QDateTime()>;

    static constexpr double kTextScaleStep = 0.25;

    explicit ReaderController(QObject *parent = nullptr);
    ~ReaderController() override;

    [[nodiscard]] QString documentId() const { return m_documentId; }
    void setDocumentId(const QString &id);
    [[nodiscard]] bool found() const { return m_found; }
    [[nodiscard]] QString title() const { return m_title; }
    [[nodiscard]] QString number() const { return m_number; }
    [[nodiscard]] QString kindLabel() const { return m_kindLabel; }
    [[nodiscard]] QString issuer() const { return m_issuer; }
    [[nodiscard]] QString issuedDate() const { return m_issuedDate; } // dd/MM/yyyy
    [[nodiscard]] QString summary() const { return m_summary; }
    [[nodiscard]] QString body() const { return m_body; }
    [[nodiscard]] bool read() const { return m_read; }
    [[nodiscard]] QString signerName() const { return m_signerName; }
    [[nodiscard]] double readingPosition() const { return m_readingPosition; }
    [[nodiscard]] AttachmentListModel *attachments() { return &m_attachments; }
    [[nodiscard]] NoteListModel *notes() { return &m_notes; }
    [[nodiscard]] bool bookmarked() const { return m_bookmarked; }
    [[nodiscard]] double textScale() const { return m_textScale; }
    void setTextScale(double scale);
    [[nodiscard]] bool canEnlargeText() const;
    [[nodiscard]] bool canShrinkText() const;
    [[nodiscard]] bool restricted() const { return m_restricted; }
    [[nodiscard]] RestrictedState restrictedState() const { return m_restrictedState; }
    [[nodiscard]] QString restrictedMessage() const { return m_restrictedMessage; }
    [[nodiscard]] QString watermarkText() const { return m_watermarkText; }
    [[nodiscard]] DocumentFetcher *fetcher() const { return m_fetcher; }
    void setFetcher(DocumentFetcher *fetcher);

    // For tests: what "now" is for the watermark; the renderer that keeps fetched PDFs
    // (in the app it is the one of the engine's `pdfpage` image provider).
    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setPdfRenderer(PdfPageRenderer *renderer);

    // Records that I read this document (once; sent with the next sync). False on failure.
    Q_INVOKABLE bool markRead();
    // The member scrolled to the end of the text: marks it read, the first time only.
    Q_INVOKABLE bool reachedEnd();
    // A- / A+ (one step each, within 1.0–2.0); the size is kept in the vault.
    Q_INVOKABLE void enlargeText();
    Q_INVOKABLE void shrinkText();
    // Remembers how far the text is scrolled (0–1), for the next time it is opened.
    Q_INVOKABLE void saveReadingPosition(double fraction);
    // Bookmarks the document, or removes the bookmark. False on failure.
    Q_INVOKABLE bool toggleBookmark();
    // Adds a note (empty noteId) or changes one. False on failure (errorMessage says why).
    Q_INVOKABLE bool saveNote(const QString &noteId, const QString &text);
    Q_INVOKABLE bool deleteNote(const QString &noteId);
    // (Again) fetches a restricted document's body and attachment list.
    Q_INVOKABLE void fetchRestricted();
    // Fetches a restricted document's attachment into memory; attachmentReady() follows.
    Q_INVOKABLE void fetchAttachment(const QString &sha256);
    // The page (0-based) of a PDF attachment last shown, and remembering it.
    Q_INVOKABLE int pdfPage(const QString &sha256);
    Q_INVOKABLE void savePdfPage(const QString &sha256, int page);

Q_SIGNALS:
    void documentIdChanged();
    void documentChanged();
    void bookmarkedChanged();
    void textScaleChanged();
    void restrictedChanged();
    void watermarkChanged();
    void fetcherChanged();
    // A read receipt was queued: lists elsewhere show the document as read.
    void markedRead(const QString &documentId);
    // A restricted attachment is in memory under `source` (for PdfPages / the provider).
    void attachmentReady(const QString &sha256, const QString &source);
    // Fetching a restricted attachment failed; `message` is for the member.
    void attachmentFailed(const QString &sha256, const QString &message);

protected:
    void load(SqliteDatabase &db) override;
    // The text being read does not change under the reader; it reads again when shown.
    [[nodiscard]] bool reloadsOnDataChange() const override { return false; }

private:
    void watchSession();
    void setRestrictedState(RestrictedState state, const QString &message = {});
    // Whether a fetched restricted document is the one its verified signature covers.
    [[nodiscard]] bool matchesSignature(const QJsonObject &fetched) const;
    // Drops everything fetched for a restricted document (body, attachments in memory).
    void forgetFetched();
    void removeMemorySources();
    void updateWatermark();
    [[nodiscard]] PdfPageRenderer *renderer();
    void reportActionError(const QString &code);

    QString m_documentId;
    bool m_found = false;
    QString m_title;
    QString m_number;
    QString m_kindLabel;
    QString m_issuer;
    QString m_issuedDate;
    QString m_summary;
    QString m_body;
    bool m_read = false;
    QString m_signerName;
    // A signed restricted document: what its fetched body and attachments must hash to.
    QString m_signedBodySha256;
    QSet<QString> m_signedAttachments;
    double m_readingPosition = 0;
    AttachmentListModel m_attachments;
    NoteListModel m_notes;
    bool m_bookmarked = false;
    double m_textScale = 1.0;

    bool m_restricted = false;
    RestrictedState m_restrictedState = NotRestricted;
    QString m_restrictedMessage;
    QString m_memberName;
    QString m_watermarkText;
    QTimer m_watermarkTimer;
    Clock m_clock;
    QPointer<DocumentFetcher> m_fetcher;
    QPointer<PdfPageRenderer> m_renderer;
    QPointer<VaultSession> m_watchedSession;
    // In memory only, for the document being shown when it is restricted.
    QString m_fetchedBody;
    QList<AttachmentInfo> m_fetchedAttachments;
    QHash<QString, QString> m_memorySources; // sha256 -> renderer source
    quint64 m_fetchGeneration = 0; // answers of an older fetch are ignored
};
