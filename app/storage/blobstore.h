// Attachment bytes kept inside the vault in fixed-size chunks, so a 50 MB PDF is never one
// string in memory or a plaintext file on disk. Writes are resumable; hashes are checked.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <memory>

class QIODevice;
class SqliteDatabase;

class BlobStore
{
public:
    static constexpr qint64 kChunkSize = 256 * 1024;

    explicit BlobStore(SqliteDatabase &db);

    // Starts (or resumes) storing a blob; returns the bytes already received.
    qint64 begin(const QString &sha256, qint64 size, const QString &mime);
    // Appends bytes at the current end; false if the blob was not begun or would overflow.
    bool append(const QString &sha256, const QByteArray &bytes);
    // Verifies the SHA-256 of every stored byte; on mismatch the partial blob is deleted.
    bool finish(const QString &sha256);

    [[nodiscard]] bool isComplete(const QString &sha256);
    [[nodiscard]] qint64 received(const QString &sha256);
    [[nodiscard]] qint64 size(const QString &sha256);
    [[nodiscard]] QString mime(const QString &sha256);
    // Bytes [seq * kChunkSize, ...) of the blob.
    [[nodiscard]] QByteArray chunk(const QString &sha256, qint64 seq);
    // A random-access read-only device over a complete blob (nullptr if absent).
    [[nodiscard]] std::unique_ptr<QIODevice> open(const QString &sha256);

    void remove(const QString &sha256);
    // Bytes of all complete blobs.
    [[nodiscard]] qint64 totalBytes();
    // Number of complete blobs.
    [[nodiscard]] int count();

private:
    SqliteDatabase &m_db;
};
