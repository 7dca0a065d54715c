// When to sync: at start and after unlock (trigger), when the network comes back,
// on a timer while the app is in use, and on "sync now"; after a failure, exponential
// backoff with jitter. The engine itself never runs twice at once.
// Live mode (DESIGN.md 8.7, the app only): after a sync that worked, while the app is in the
// foreground and online, one live pull stays open so that a change reaches the device within
// seconds; its answer is applied and the pull reopens at once. A live pull that fails, or
// comes back empty well before its wait (a proxy or server that cuts or ignores it), twice in
// a row turns live mode off for kLiveFallback (429: for its Retry-After); the periodic sync
// goes on meanwhile.
#pragma once

#include "retrybackoff.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <chrono>
#include <functional>

class SyncEngine;
struct LivePullResult;

class SyncScheduler : public QObject
{
    Q_OBJECT

public:
    // How long a live pull asks the server to hold it: below the 60 s after which proxies
    // such as nginx cut a silent request by default.
    static constexpr int kLiveWaitSeconds = 50;
    // How long live mode stays off after two failed or cut live pulls in a row.
    static constexpr std::chrono::minutes kLiveFallback { 15 };
    // Failed or early live pulls in a row that turn live mode off.
    static constexpr int kLiveFailuresAllowed = 2;
    // Retry-After assumed for a 429 that names none.
    static constexpr std::chrono::seconds kDefaultRetryAfter { 60 };
    // Milliseconds on a monotonic clock (tests drive their own).
    using Clock = std::function<qint64()>;

    enum class LiveState {
        Off, // not wanted (disabled, in the background, offline, inactive)
        Waiting, // wanted: opens after the next sync that works
        Open, // a live pull is held
        FallenBack, // turned off after failures until liveResumesAt()
    };
    Q_ENUM(LiveState)

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

    // Live mode for this account (the app's; off by default, so `handbook sync` and other
    // one-shot users never hold a pull).
    void setLiveEnabled(bool enabled);
    // Whether the app is on screen (active, or visible behind another window); leaving the
    // screen gives up the live pull, coming back syncs and then opens one again.
    void setForeground(bool foreground);
    [[nodiscard]] bool isForeground() const { return m_foreground; }
    // The wait asked of the server (default kLiveWaitSeconds; tests use less).
    void setLiveWait(int seconds);
    // An answer sooner than this after the live pull opened, with nothing in it, counts as
    // cut (default: half the wait; setLiveWait sets it so).
    void setEarlyAnswer(std::chrono::milliseconds early) { m_earlyAnswer = early; }
    // How long live mode stays off after failures (default kLiveFallback).
    void setLiveFallback(std::chrono::milliseconds fallback) { m_liveFallback = fallback; }
    void setClock(Clock clock) { m_clock = std::move(clock); }
    [[nodiscard]] LiveState liveState() const;
    // Until when live mode is off after failures (invalid unless FallenBack).
    [[nodiscard]] QDateTime liveResumesAt() const { return m_liveResumesAt; }
    // Live pulls opened so far (for tests and logs).
    [[nodiscard]] int livePullsOpened() const { return m_livePullsOpened; }

    // When the next automatic sync is due (invalid when none is planned).
    [[nodiscard]] QDateTime nextAttempt() const { return m_nextAttempt; }
    // Failures in a row since the last success.
    [[nodiscard]] int failures() const { return m_backoff.failures(); }

Q_SIGNALS:
    // nextAttempt() changed.
    void scheduled();
    // liveState() changed.
    void liveStateChanged();

private:
    void onFinished(bool ok);
    void planIn(std::chrono::milliseconds delay);
    void fire();
    [[nodiscard]] bool liveWanted() const;
    void openLive();
    void closeLive();
    void onLiveEnded(const LivePullResult &result);
    void liveFailed(const QString &why);
    void fallBack(std::chrono::milliseconds duration, const QString &why);
    void noteLiveState();

    SyncEngine *m_engine;
    RetryBackoff m_backoff;
    QTimer m_timer;
    std::chrono::milliseconds m_interval = std::chrono::minutes(15);
    QDateTime m_nextAttempt;
    bool m_active = false;
    bool m_inBackoff = false;
    bool m_reachable = true;
    // Live mode.
    bool m_liveEnabled = false;
    bool m_foreground = true;
    int m_liveWait = kLiveWaitSeconds;
    std::chrono::milliseconds m_earlyAnswer { kLiveWaitSeconds * 1000 / 2 };
    std::chrono::milliseconds m_liveFallback { kLiveFallback };
    Clock m_clock;
    QElapsedTimer m_monotonic;
    qint64 m_liveOpenedAt = 0;
    int m_liveFailures = 0;
    int m_livePullsOpened = 0;
    QTimer m_liveResume;
    QDateTime m_liveResumesAt;
    LiveState m_lastLiveState = LiveState::Off;
};
