// When to sync: at start and after unlock (trigger), when the network comes back,
// on a timer while the app is in use, and on "sync now"; after a failure, exponential
// backoff with jitter. The engine itself never runs twice at once.
#pragma once

#include "retrybackoff.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <chrono>

class SyncEngine;

class SyncScheduler : public QObject
{
    Q_OBJECT

public:
    // `engine` is not owned and must outlive the scheduler.
    explicit SyncScheduler(
        SyncEngine *engine, RetryBackoff backoff = RetryBackoff(), QObject *parent = nullptr);

    // Time between syncs while active and healthy (default 15 minutes).
    void setInterval(std::chrono::milliseconds interval) { m_interval = interval; }
    // Whether the app is in use with an open vault; inactive means no timer at all.
    void setActive(bool active);
    [[nodiscard]] bool isActive() const { return m_active; }
    // At start, after unlock: sync now unless a backoff wait is running.
    void trigger();
    // The user asked: sync now, forgetting the backoff.
    void syncNow();
    // Reachability from the platform; coming back online syncs at once.
    void setNetworkReachable(bool reachable);
    // Follows QNetworkInformation when the platform has a backend; false otherwise.
    bool watchSystemNetwork();

    // When the next automatic sync is due (invalid when none is planned).
    [[nodiscard]] QDateTime nextAttempt() const { return m_nextAttempt; }
    // Failures in a row since the last success.
    [[nodiscard]] int failures() const { return m_backoff.failures(); }

Q_SIGNALS:
    // nextAttempt() changed.
    void scheduled();

private:
    void onFinished(bool ok);
    void planIn(std::chrono::milliseconds delay);
    void fire();

    SyncEngine *m_engine;
    RetryBackoff m_backoff;
    QTimer m_timer;
    std::chrono::milliseconds m_interval = std::chrono::minutes(15);
    QDateTime m_nextAttempt;
    bool m_active = false;
    bool m_inBackoff = false;
    bool m_reachable = true;
};
