// What the reader shows around a document, read from the vault: its attachments and
// whether each is on the device, my private notes on it, whether I bookmarked it, and my
// own name (for the watermark of restricted documents).
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>

class SqliteDatabase;

// One attachment as the document lists it ({sha256, size, mime, name}).
struct AttachmentInfo
{
    QString sha256; // lower-case hex
    QString name;
    QString mime;
    qint64 size = 0;
    bool stored = false; // complete in the vault's BlobStore

    [[nodiscard]] bool isPdf() const;
};

// One of my notes on a document.
struct NoteInfo
{
    QString id;
    QString text;
    QString anchor;
    QDateTime updatedAt; // UTC; invalid if unknown
};

class ReaderCatalog
{
public:
    // `db` is the open vault's database (not owned).
    explicit ReaderCatalog(SqliteDatabase &db);

    // The attachments of a stored document, in its order, each marked stored or not.
    [[nodiscard]] QList<AttachmentInfo> attachments(const QString &documentId);
    // The same from a document's "attachments" array (e.g. fetched, never stored): none is
    // stored.
    [[nodiscard]] static QList<AttachmentInfo> attachmentsFromJson(const QJsonArray &list);
    // My notes on a document, the most recently changed first.
    [[nodiscard]] QList<NoteInfo> notes(const QString &documentId);
    [[nodiscard]] bool isBookmarked(const QString &documentId);
    // The signed-in member's full name from the synced profile (empty if not synced).
    [[nodiscard]] QString memberName();

private:
    SqliteDatabase &m_db;
};
