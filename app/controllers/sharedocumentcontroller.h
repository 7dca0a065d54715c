// Sharing a document with the cell (secretary): a PDF or text file picked on the device (its
// bytes go into the vault, never to a temporary file, and are uploaded resumably at the next
// sync) or a document already on the device forwarded to the cell; with a title, a kind, a
// note and optionally a meeting whose "read before" list it joins. Queues document.share.
#pragma once

#include "cellcontroller.h"
#include "documentpickermodel.h"
#include "wirevalues.h"

#include <QUrl>
#include <QVariantList>

class ShareDocumentController : public CellController
{
    Q_OBJECT
    QML_ELEMENT
    // A file from the device (true) or a document already here (false).
    Q_PROPERTY(bool fromFile READ fromFile WRITE setFromFile NOTIFY fromFileChanged)
    Q_PROPERTY(bool hasFile READ hasFile NOTIFY fileChanged)
    Q_PROPERTY(QString fileName READ fileName NOTIFY fileChanged)
    Q_PROPERTY(QString fileSizeText READ fileSizeText NOTIFY fileChanged)
    Q_PROPERTY(QString title MEMBER m_title NOTIFY fieldsChanged)
    Q_PROPERTY(QString kind MEMBER m_kind NOTIFY fieldsChanged)
    Q_PROPERTY(QString note MEMBER m_note NOTIFY fieldsChanged)
    // [{kind, label}] of every document kind.
    Q_PROPERTY(QVariantList kindChoices READ kindChoices CONSTANT)
    // The meeting to attach to ("" for none) and the choices: [{meetingId, label}], "none"
    // first, then the scheduled meetings.
    // Setting a meeting makes "meeting_material" the kind while the kind is still the default
    // "other" (and back when the meeting is cleared), so QML names no kind.
    Q_PROPERTY(QString meetingId READ meetingId WRITE setMeetingId NOTIFY fieldsChanged)
    Q_PROPERTY(QVariantList meetingChoices READ meetingChoices NOTIFY meetingChoicesChanged)
    // The document to forward.
    Q_PROPERTY(QString sourceDocumentId READ sourceDocumentId NOTIFY sourceChanged)
    Q_PROPERTY(QString sourceTitle READ sourceTitle NOTIFY sourceChanged)
    Q_PROPERTY(DocumentPickerModel *documents READ documents CONSTANT)
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)
    // The largest file accepted, in words ("50 MB").
    Q_PROPERTY(QString maxFileSizeText READ maxFileSizeText CONSTANT)
    // The document the last share() created.
    Q_PROPERTY(QString sharedDocumentId READ sharedDocumentId NOTIFY shared)

public:
    // The server's default limit for one attachment.
    static constexpr qint64 kMaxFileBytes = 50LL * 1024 * 1024;
    // A text file travels inline as the document's text, inside one push request whose JSON
    // body the server caps at 1 MiB (ServerLimits::maxJsonBodyBytes, 413 beyond): its UTF-8
    // bytes as sent (JSON escapes included) stay well under that, leaving room for the title,
    // the note and the rest of the mutation. Larger texts go as PDF (a resumable blob).
    static constexpr qsizetype kMaxInlineTextBytes = 256 * 1024;
    static constexpr int kPickerLimit = 60;

    explicit ShareDocumentController(QObject *parent = nullptr);

    [[nodiscard]] bool fromFile() const { return m_fromFile; }
    void setFromFile(bool fromFile);
    [[nodiscard]] bool hasFile() const { return !m_fileName.isEmpty(); }
    [[nodiscard]] QString fileName() const { return m_fileName; }
    [[nodiscard]] QString fileSizeText() const;
    [[nodiscard]] QVariantList kindChoices() const;
    [[nodiscard]] QString meetingId() const { return m_meetingId; }
    void setMeetingId(const QString &meetingId);
    [[nodiscard]] QVariantList meetingChoices() const { return m_meetingChoices; }
    [[nodiscard]] QString sourceDocumentId() const { return m_sourceId; }
    [[nodiscard]] QString sourceTitle() const { return m_sourceTitle; }
    [[nodiscard]] DocumentPickerModel *documents() { return &m_documents; }
    [[nodiscard]] QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);
    [[nodiscard]] QString maxFileSizeText() const;
    [[nodiscard]] QString sharedDocumentId() const { return m_sharedId; }

    // Reads a PDF or UTF-8 text file (a file: URL, or a content: URL on Android) into memory;
    // false with errorMessage set when it cannot be shared.
    Q_INVOKABLE bool chooseFile(const QUrl &url);
    // The same for bytes already in memory (tests, other pickers).
    bool chooseBytes(const QString &fileName, const QByteArray &bytes);
    Q_INVOKABLE void clearFile();
    // The document to forward (its title and kind become the defaults).
    Q_INVOKABLE void chooseSource(const QString &documentId);
    // Queues the share; false with errorMessage set otherwise.
    Q_INVOKABLE bool share();

    // "5,2 MB", "340 KB" (DataSize::text).
    [[nodiscard]] static QString sizeText(qint64 bytes);
    // How many bytes `text` takes in the push request's JSON: UTF-8 with the escapes.
    [[nodiscard]] static qsizetype inlineTextBytes(const QString &text);

Q_SIGNALS:
    void fromFileChanged();
    void fileChanged();
    void fieldsChanged();
    void meetingChoicesChanged();
    void sourceChanged();
    void filterTextChanged();
    void shared();

protected:
    void loadCell(SqliteDatabase &db) override;
    // A form with a document picker: it reads again when shown.
    [[nodiscard]] bool reloadsOnDataChange() const override { return false; }

private:
    void listDocuments(SqliteDatabase &db);
    // False (with errorMessage set) when the text is too large to travel inline.
    bool checkInlineText(const QString &text);

    bool m_fromFile = true;
    QString m_fileName;
    QByteArray m_fileBytes; // a PDF
    QString m_fileText; // a text file's content
    QString m_title;
    QString m_kind = Protocol::DocumentKind::Other;
    QString m_note;
    QString m_meetingId;
    QVariantList m_meetingChoices;
    QString m_sourceId;
    QString m_sourceTitle;
    DocumentPickerModel m_documents;
    QString m_filterText;
    QString m_sharedId;
};
