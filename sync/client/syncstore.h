// What the sync engine needs from local storage (implemented over the vault in app/sync):
// identity and session, the pull cursor and atomic page application, the outbox, blobs.
// Every method may throw SyncStoreError; the engine reports it as a local_storage error.
#pragma once

#include "authuser.h"
#include "pullpage.h"
#include "pushreply.h"
#include "wiremutation.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>
#include <stdexcept>

// Local storage failed (disk full, damaged vault); the message never holds content.
class SyncStoreError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// An attachment the client wants locally: its hash, size and type.
struct BlobWant
{
    QString sha256;
    qint64 size = 0;
    QString mime;

    friend bool operator==(const BlobWant &, const BlobWant &) = default;
};

class SyncStore
{
public:
    virtual ~SyncStore() = default;

    // This installation's device id for the account (made once, kept in the store).
    [[nodiscard]] virtual QString deviceId() = 0;
    // The stored refresh token; empty when not signed in.
    [[nodiscard]] virtual QString refreshToken() = 0;
    // Persists a rotated refresh token and the user it belongs to, before returning.
    virtual void saveSession(const QString &refreshToken, const AuthUser &user) = 0;

    // The pull cursor (empty = from the start).
    [[nodiscard]] virtual QString cursor() = 0;
    // Applies a page and stores its cursor in ONE local transaction; rows with a pending
    // local change are not overwritten; a snapshot (reset, or no cursor) is staged so the old
    // rows stay readable and those it lacks are removed after its last page.
    virtual void applyPullPage(const PullPage &page) = 0;
    // Forgets the cursor (the server does not know it): the next pull is a snapshot.
    virtual void restartPull() = 0;

    // The oldest pending mutations, in id order.
    [[nodiscard]] virtual QList<WireMutation> pendingMutations(int limit) = 0;
    [[nodiscard]] virtual int pendingCount() = 0;
    // Consumes every pending mutation with id <= reply.lastMutationId in one transaction;
    // rejected ones are rolled back locally and listed for the user. Returns how many
    // were rejected.
    virtual int acknowledge(const PushReply &reply) = 0;

    // Attachments to download, most wanted first, within the storage limit.
    [[nodiscard]] virtual QList<BlobWant> wantedBlobs(int limit) = 0;
    // The attachment with this hash if a stored document references it.
    [[nodiscard]] virtual std::optional<BlobWant> blobWant(const QString &sha256) = 0;
    // Starts or resumes storing a blob; returns the bytes already stored.
    virtual qint64 beginBlob(const BlobWant &blob) = 0;
    // Appends bytes at the stored end.
    virtual void appendBlob(const QString &sha256, const QByteArray &bytes) = 0;
    // Checks the SHA-256 and marks the blob complete; false (partial bytes dropped) if wrong.
    virtual bool finishBlob(const QString &sha256) = 0;
    // Drops the stored bytes of an incomplete blob (the server's answer did not fit them).
    virtual void discardBlob(const QString &sha256) = 0;
    // Whether a complete blob is stored.
    [[nodiscard]] virtual bool hasBlob(const QString &sha256) = 0;
    // Up to `length` bytes of a complete blob from `offset` (for uploads).
    [[nodiscard]] virtual QByteArray readBlob(const QString &sha256, qint64 offset, qint64 length)
        = 0;

    // When the last sync ended without error (invalid if never).
    [[nodiscard]] virtual QDateTime lastSuccess() = 0;
    virtual void setLastSuccess(const QDateTime &time) = 0;

    // The server revoked this device: erase every local trace of the account.
    virtual void wipe() = 0;
};
