// The push phase: the outbox in id order, in batches of at most 100 mutations (and a
// bounded body), each acknowledged by last_mutation_id. Attachments of document.share are
// uploaded first. A mutation the server can never take (413 alone) is rejected locally, so
// nothing blocks the queue.
#pragma once

#include "apierror.h"
#include "wiremutation.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <functional>

class AuthSession;
class BlobUploader;
class SyncStore;
struct SyncProgress;

class PushStep : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const ApiError &)>;

    static constexpr int kMaxBatch = 100;
    static constexpr qsizetype kMaxBatchBytes = 512 * 1024;

    PushStep(
        AuthSession &auth, SyncStore &store, SyncProgress &progress, QObject *parent = nullptr);

    // Pushes until the outbox is empty; `progressed` after each batch; `done` once.
    void run(Done done, std::function<void()> progressed);
    // Upload chunk size (tests use small ones).
    void setChunkSize(qint64 size);

Q_SIGNALS:
    // An attachment upload starts.
    void uploading();
    // A batch is sent.
    void pushing();

private:
    struct Upload
    {
        QString sha256;
        qint64 size = 0;
    };

    void nextBatch();
    // The attachments of `mutation` (a document.share) not yet uploaded in this run.
    [[nodiscard]] QList<Upload> uploadsOf(const WireMutation &mutation) const;
    void uploadNext(QList<Upload> uploads, QList<WireMutation> batch);
    void push(const QList<WireMutation> &batch);
    void rejectLocally(const WireMutation &mutation, const ApiError &error);
    void finish(const ApiError &error);

    AuthSession &m_auth;
    SyncStore &m_store;
    SyncProgress &m_progress;
    BlobUploader *m_uploader;
    Done m_done;
    std::function<void()> m_progressed;
    QSet<QString> m_uploaded; // on the server (or refused for good) during this run
    int m_batchLimit = kMaxBatch;
};
