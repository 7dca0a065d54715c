// Uploads one attachment the server does not have yet (DESIGN.md section 5, Blobs): HEAD
// tells where a previous upload stopped, then PUT chunks with Content-Range from there.
#pragma once

#include "apierror.h"

#include <QObject>
#include <functional>

class AuthSession;
class SyncStore;
struct SyncProgress;

class BlobUploader : public QObject
{
    Q_OBJECT

public:
    // `permanent`: retrying cannot help (the server refuses this blob); the queue goes on.
    using Done = std::function<void(const ApiError &error, bool permanent)>;

    BlobUploader(
        AuthSession &auth, SyncStore &store, SyncProgress &progress, QObject *parent = nullptr);

    // Bytes per PUT (default 256 KiB).
    void setChunkSize(qint64 size) { m_chunkSize = size; }
    // Uploads the stored blob `sha256` of `size` bytes.
    void upload(const QString &sha256, qint64 size, Done done);

private:
    void putFrom(qint64 offset);
    void finish(const ApiError &error, bool permanent);

    AuthSession &m_auth;
    SyncStore &m_store;
    SyncProgress &m_progress;
    qint64 m_chunkSize = 256 * 1024;
    QString m_sha256;
    qint64 m_size = 0;
    int m_conflicts = 0;
    Done m_done;
};
