// The pull phase: GET /v1/sync/pull page after page until has_more is false, each page
// applied with its cursor in one local transaction by the SyncStore; the next page is
// requested as soon as the previous one arrived, so it downloads while that one is stored. A live
// run (DESIGN.md 8.7) asks the server to hold its first request until something new is visible.
#pragma once

#include "apierror.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

class AuthSession;
class SyncStore;
struct SyncProgress;

class PullStep : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const ApiError &)>;

    // How much longer than the server's hold the transport waits for a held answer.
    static constexpr int kHeldSlackSeconds = 15;

    PullStep(
        AuthSession &auth, SyncStore &store, SyncProgress &progress, QObject *parent = nullptr);

    // Changes asked for per page (the server caps it).
    void setPageSize(int size) { m_pageSize = size; }
    // Pulls to the end; `progressed` after each page; `done` once (null error = success).
    // `waitSeconds` > 0: the first request is a live pull held up to that long.
    void run(Done done, std::function<void()> progressed, int waitSeconds = 0);
    // Gives up the request in flight (the connection is closed); `done` never runs.
    void abort();
    [[nodiscard]] bool isRunning() const { return bool(m_done); }
    // The cursor the request in flight started from.
    [[nodiscard]] QString requestCursor() const { return m_requestCursor; }
    // The last run ended without applying anything because another pull had moved the
    // stored cursor while its request was out (only a live run ends so; a normal one goes
    // on from the new cursor).
    [[nodiscard]] bool endedStale() const { return m_stale; }
    // The Retry-After of the answer that ended the last run, in seconds (0 when none).
    [[nodiscard]] int retryAfterSeconds() const { return m_retryAfter; }

private:
    // `from`: the cursor to ask from (absent: the stored one).
    void requestPage(std::optional<QString> from = std::nullopt);
    void cancelRequest();
    void finish(const ApiError &error);

    AuthSession &m_auth;
    SyncStore &m_store;
    SyncProgress &m_progress;
    int m_pageSize = 500;
    int m_wait = 0;
    Done m_done;
    std::function<void()> m_progressed;
    QPointer<QObject> m_request; // the context of the request in flight (deleted to abort)
    QString m_requestCursor;
    bool m_restarted = false;
    bool m_stale = false;
    int m_retryAfter = 0;
};
