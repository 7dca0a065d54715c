// The server's blobs (DESIGN.md section 5, Blobs): attachment bytes addressed by their SHA-256,
// stored in 256 KiB rows of blob_chunks (BLOB on SQLite, BYTEA on PostgreSQL) with their
// progress in blobs. Uploads append in order; the hash is checked when the last byte arrives.
// Every function throws DbError; writes belong inside the caller's WriteTransaction.
#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

class ServerBlobStore
{
public:
    // Bytes per blob_chunks row (every row but a blob's last one is full).
    static constexpr qint64 chunkSize = 256 * 1024;

    // What the server holds of one blob.
    struct State
    {
        bool exists = false; // an upload has begun
        qint64 size = 0; // the announced total
        qint64 received = 0; // bytes stored so far, from the start
        bool complete = false; // all bytes stored and the hash checked
        QString uploader; // the user whose upload it is (empty: the server's own)
    };

    // The result of storing one upload request.
    struct PutResult
    {
        enum class Outcome {
            Stored, // accepted; more bytes are expected
            Completed, // this request brought the last byte and the hash matched
            AlreadyComplete, // nothing written: the blob was already there
            OutOfOrder, // not at the end of the stored part: resume at `received`
            HashMismatch, // the bytes do not hash to the name: everything was discarded
            NotYours, // another user's unfinished upload: refused, kept as it is
        };
        Outcome outcome = Outcome::Stored;
        qint64 received = 0;
        qint64 size = 0;
    };

    explicit ServerBlobStore(const QSqlDatabase &db);

    [[nodiscard]] State state(const QString &sha256) const;
    // Stores `bytes` at position `first` of a blob of `total` bytes named `sha256`. A request
    // at position 0 (re)starts the upload, discarding a partial one; others must continue at
    // the end of the stored part. An unfinished upload belongs to its uploader: another
    // user's request is NotYours. When the blob is already complete, a user who
    // does not hold it proves she has the file by sending all its bytes again, in the same
    // order and with the same answers as a first upload (nothing is written but her progress
    // in blob_holders; a wrong byte fails at the end like a wrong hash), so an upload never
    // tells whether someone else stored the file. Who completes either way holds the blob
    // (Visibility::holdsBlob). An empty `uploaderId` is the server itself (publish, demo).
    [[nodiscard]] PutResult put(const QString &sha256, qint64 first, qint64 total,
        const QByteArray &bytes, const QString &uploaderId);
    // The bytes this user has sent again of the complete blob (her proof of possession):
    // where she resumes, -1 when she has not begun.
    [[nodiscard]] qint64 proofOffset(const QString &sha256, const QString &userId) const;
    // Bytes first..last (inclusive) of a stored blob.
    [[nodiscard]] QByteArray read(const QString &sha256, qint64 first, qint64 last) const;
    // The MIME type the documents give this blob (application/octet-stream if none).
    [[nodiscard]] QByteArray mimeType(const QString &sha256) const;
    // Whether a restricted document references the blob (its bytes must not be stored by
    // any cache).
    [[nodiscard]] bool isRestricted(const QString &sha256) const;

private:
    void begin(const QString &sha256, qint64 total, const QString &uploaderId);
    void append(const QString &sha256, qint64 received, QByteArray bytes);
    void discard(const QString &sha256);
    [[nodiscard]] PutResult prove(const QString &sha256, qint64 first, qint64 total,
        const QByteArray &bytes, const QString &userId, qint64 storedSize);
    // Records the user's progress in blob_holders (received == size and intact: she holds it).
    void recordHolder(
        const QString &sha256, const QString &userId, qint64 size, qint64 received, bool intact);
    [[nodiscard]] bool holds(const QString &sha256, const QString &userId) const;
    // Lower-case hex SHA-256 of the stored bytes, read chunk by chunk.
    [[nodiscard]] QString storedHash(const QString &sha256, qint64 size) const;

    QSqlDatabase m_db;
};
