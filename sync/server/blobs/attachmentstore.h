// Stores a whole file as a complete blob for a document attachment (through ServerBlobStore:
// blobs + blob_chunks of 256 KiB); content-addressed by SHA-256, so storing twice is harmless.
#pragma once

#include <QByteArray>
#include <QString>

class WriteTransaction;

// What document_attachments and the wire's "attachments" list hold for one file.
struct StoredAttachment
{
    QString sha256; // lower-case hex
    qint64 size = 0;
    QString mime;
    QString name;
};

class AttachmentStore
{
public:
    // Stores the bytes unless a complete blob with their hash exists; throws DbError.
    static StoredAttachment store(WriteTransaction &transaction, const QByteArray &bytes,
        const QString &name, const QString &mime, const QString &uploadedBy = {});
    // The MIME type for a file name (e.g. application/pdf), from its extension.
    [[nodiscard]] static QString mimeForName(const QString &name);
};
