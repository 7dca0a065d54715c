// Downloads attachments into the SyncStore in Range requests, so an interrupted download
// resumes where it stopped; a blob is marked complete only after its SHA-256 matched.
#pragma once

#include "apierror.h"
#include "syncstore.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <functional>

class AuthSession;
struct SyncProgress;

class BlobDownloader : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const ApiError &)>;

    BlobDownloader(
        AuthSession &auth, SyncStore &store, SyncProgress &progress, QObject *parent = nullptr);

    // Bytes per Range request (default 256 KiB, the vault's chunk size).
    void setChunkSize(qint64 size) { m_chunkSize = size; }
    // Downloads `wants` in order. A blob the server no longer serves (404) or whose bytes
    // do not match its hash is skipped for the life of this object; `done` gets the first
    // such hash error, or the network error that stopped the run.
    void run(QList<BlobWant> wants, Done done, std::function<void()> progressed);
    // Blobs given up on (hash mismatch, 404) during this object's life.
    [[nodiscard]] const QSet<QString> &skipped() const { return m_skipped; }

private:
    void next();
    void requestRange(qint64 received);
    void complete();
    void finish(const ApiError &error);

    AuthSession &m_auth;
    SyncStore &m_store;
    SyncProgress &m_progress;
    qint64 m_chunkSize = 256 * 1024;
    QList<BlobWant> m_queue;
    BlobWant m_current;
    QSet<QString> m_skipped;
    ApiError m_firstHashError;
    Done m_done;
    std::function<void()> m_progressed;
};
