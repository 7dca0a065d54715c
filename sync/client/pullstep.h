// The pull phase: GET /v1/sync/pull page after page until has_more is false, each page
// applied with its cursor in one local transaction by the SyncStore.
#pragma once

#include "apierror.h"

#include <QObject>
#include <functional>

class AuthSession;
class SyncStore;
struct SyncProgress;

class PullStep : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const ApiError &)>;

    PullStep(
        AuthSession &auth, SyncStore &store, SyncProgress &progress, QObject *parent = nullptr);

    // Changes asked for per page (the server caps it).
    void setPageSize(int size) { m_pageSize = size; }
    // Pulls to the end; `progressed` after each page; `done` once (null error = success).
    void run(Done done, std::function<void()> progressed);

private:
    void requestPage();
    void finish(const ApiError &error);

    AuthSession &m_auth;
    SyncStore &m_store;
    SyncProgress &m_progress;
    int m_pageSize = 500;
    Done m_done;
    std::function<void()> m_progressed;
    QString m_lastCursor;
    bool m_restarted = false;
};
