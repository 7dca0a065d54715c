// One account's sync: push the outbox (uploading shared attachments first), pull to the
// end, push what appeared meanwhile, then download wanted attachments. Never two runs at
// once: a start() during a run queues exactly one more. A device_revoked answer wipes the
// account's local data through the SyncStore and is announced. Beside the runs, at most one
// live pull (DESIGN.md 8.7) may be held open; it never delays a run, and a run never waits
// for it (SyncScheduler decides when it is open).
#pragma once

#include "apierror.h"
#include "apiresult.h"
#include "syncprogress.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <functional>

class AuthSession;
class BlobDownloader;
class HttpTransport;
class PullStep;
class PushStep;
class SyncStore;

// How a live pull ended (it is not ended by abortLivePull: that says nothing).
struct LivePullResult
{
    ApiError error; // null when an answer came and was applied
    int changes = 0; // changes applied (its has_more pages included)
    bool stale = false; // another pull moved the cursor meanwhile: nothing was applied
    int retryAfterSeconds = 0; // of a 429 answer
};

class SyncEngine : public QObject
{
    Q_OBJECT

public:
    enum class Phase {
        Idle, // no run in progress
        Pushing, // sending the outbox
        Uploading, // sending attachments of shared documents
        Pulling, // receiving changes
        Downloading, // receiving attachments
    };
    Q_ENUM(Phase)

    // Neither is owned; both must outlive the engine.
    SyncEngine(HttpTransport *transport, SyncStore *store, QObject *parent = nullptr);
    ~SyncEngine() override;

    // The session (login, tokens) this engine sends with.
    [[nodiscard]] AuthSession &auth() { return *m_auth; }

    // Starts a run; false when one is running (one more run is then queued).
    bool start();
    // Attachments are downloaded after the data (default on).
    void setBlobsEnabled(bool enabled) { m_blobsEnabled = enabled; }
    // How many attachments one run may download (default 200).
    void setBlobsPerRun(int count) { m_blobsPerRun = count; }
    // Bytes per Range request and per upload chunk (default 256 KiB).
    void setChunkSize(qint64 size);
    // Changes per pull page (default 500).
    void setPageSize(int size);
    // Fetches this attachment first in the next (or a new) run, whatever the storage limit.
    void requestBlob(const QString &sha256);
    // A step of the app's own in every run, after the pull and before the attachments (the
    // meeting room's device certificate, app/sync/roomcertificaterenewal.h). It calls `done`
    // exactly once. A device_revoked error ends the run as every revocation does; any other
    // error is only logged and the run goes on: such a step never fails a sync. Empty: none.
    using Step = std::function<void(std::function<void(const ApiError &)> done)>;
    void setAfterPullStep(Step step) { m_afterPull = std::move(step); }
    // GET /v1/documents/<id>: a restricted document's body, to show and never store.
    void fetchDocument(const QString &id, QObject *context,
        std::function<void(const ApiResult<QJsonObject> &)> done);

    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] Phase phase() const { return m_phase; }
    // Counters of the current run (or the last one when idle).
    [[nodiscard]] const SyncProgress &progress() const { return m_progress; }
    // The error that ended the last run (null after a success).
    [[nodiscard]] ApiError lastError() const { return m_lastError; }
    // False when the last run could not reach the server.
    [[nodiscard]] bool isOnline() const { return m_online; }
    // Mutations waiting to be pushed (as the store last said).
    [[nodiscard]] int pendingCount() const { return m_pendingCount; }
    // When a run last ended without error.
    [[nodiscard]] QDateTime lastSuccess() const { return m_lastSuccess; }
    // Re-reads the pending count (after a local change); emits progressChanged().
    void refreshPendingCount();

    // Opens the live pull: GET /v1/sync/pull with wait=`waitSeconds` from the stored cursor,
    // its has_more pages fetched at once; `done` once with how it ended. Already open from
    // the stored cursor: nothing happens (false); open from an older one: reopened.
    bool openLivePull(int waitSeconds, std::function<void(const LivePullResult &)> done);
    // Gives up the held request (its connection is closed); its `done` never runs.
    void abortLivePull();
    [[nodiscard]] bool isLivePullOpen() const;

Q_SIGNALS:
    void phaseChanged();
    void progressChanged();
    void runningChanged();
    // A run ended; `ok` false with lastError() set otherwise.
    void finished(bool ok);
    // The server revoked this device; the account's local data has been wiped.
    void deviceRevoked();
    // The session is gone (refresh token refused): the user must sign in again.
    void signInRequired();
    // The live pull applied changes to the store (the screens may show them now).
    void liveChangesApplied();

private:
    void setPhase(Phase phase);
    void pushThenPull();
    void pull();
    void afterPull();
    void downloadBlobs();
    void fail(const ApiError &error);
    void succeed();
    void end(bool ok);

    SyncStore *m_store;
    AuthSession *m_auth;
    PushStep *m_push;
    PullStep *m_pull;
    SyncProgress m_liveProgress;
    PullStep *m_livePull;
    BlobDownloader *m_downloader;
    SyncProgress m_progress;
    Phase m_phase = Phase::Idle;
    bool m_running = false;
    bool m_again = false;
    bool m_revoked = false;
    bool m_blobsEnabled = true;
    int m_blobsPerRun = 200;
    int m_pushRounds = 0;
    QStringList m_requestedBlobs;
    Step m_afterPull;
    ApiError m_lastError;
    bool m_online = true;
    int m_pendingCount = 0;
    QDateTime m_lastSuccess;
};
