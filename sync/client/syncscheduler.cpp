#include "syncscheduler.h"

#include "protocol.h"
#include "syncengine.h"
#include "syncerrors.h"
#include "synclog.h"

#include <QNetworkInformation>

SyncScheduler::SyncScheduler(SyncEngine *engine, RetryBackoff backoff, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_backoff(std::move(backoff))
{
    m_monotonic.start();
    m_clock = [this] { return m_monotonic.elapsed(); };
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncScheduler::fire);
    m_liveResume.setSingleShot(true);
    connect(&m_liveResume, &QTimer::timeout, this, [this] {
        qCInfo(lcSync) << "live pull: trying again";
        m_liveFailures = 0;
        m_liveResumesAt = {};
        noteLiveState();
        openLive();
    });
    connect(engine, &SyncEngine::finished, this, &SyncScheduler::onFinished);
    connect(engine, &SyncEngine::deviceRevoked, this, [this] { setActive(false); });
    connect(engine, &SyncEngine::signInRequired, this, [this] { setActive(false); });
}

void SyncScheduler::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    if (!active) {
        m_timer.stop();
        m_nextAttempt = {};
        closeLive();
        Q_EMIT scheduled();
    }
    noteLiveState();
}

void SyncScheduler::setLiveEnabled(bool enabled)
{
    if (m_liveEnabled == enabled)
        return;
    m_liveEnabled = enabled;
    if (enabled)
        openLive();
    else
        closeLive();
    noteLiveState();
}

void SyncScheduler::setForeground(bool foreground)
{
    if (m_foreground == foreground)
        return;
    m_foreground = foreground;
    if (!foreground) {
        closeLive();
        noteLiveState();
        return;
    }
    noteLiveState();
    // Back in front: a normal sync first (what came meanwhile), then the live pull.
    if (m_active && m_liveEnabled)
        trigger();
}

void SyncScheduler::setLiveWait(int seconds)
{
    m_liveWait = seconds;
    m_earlyAnswer = std::chrono::milliseconds(seconds * 1000 / 2);
}

SyncScheduler::LiveState SyncScheduler::liveState() const
{
    if (!m_liveEnabled || !m_active || !m_foreground || !m_reachable)
        return LiveState::Off;
    if (m_liveResume.isActive())
        return LiveState::FallenBack;
    return m_engine->isLivePullOpen() ? LiveState::Open : LiveState::Waiting;
}

void SyncScheduler::noteLiveState()
{
    const LiveState state = liveState();
    if (state == m_lastLiveState)
        return;
    m_lastLiveState = state;
    Q_EMIT liveStateChanged();
}

bool SyncScheduler::liveWanted() const
{
    return m_liveEnabled && m_active && m_foreground && m_reachable && !m_liveResume.isActive();
}

void SyncScheduler::openLive()
{
    // Only after a sync that worked: a failing one is retried by the backoff, not held open.
    if (!liveWanted() || m_engine->isRunning() || !m_engine->lastError().isNull()
        || !m_engine->lastSuccess().isValid())
        return noteLiveState();
    const bool opened = m_engine->openLivePull(
        m_liveWait, [this](const LivePullResult &result) { onLiveEnded(result); });
    if (opened) {
        ++m_livePullsOpened;
        m_liveOpenedAt = m_clock();
    }
    noteLiveState();
}

void SyncScheduler::closeLive()
{
    if (m_engine->isLivePullOpen())
        qCInfo(lcSync) << "live pull: given up";
    m_engine->abortLivePull();
    noteLiveState();
}

void SyncScheduler::onLiveEnded(const LivePullResult &result)
{
    const qint64 heldMs = m_clock() - m_liveOpenedAt;
    noteLiveState();
    if (result.stale)
        return openLive(); // a run applied something meanwhile: hold from its cursor
    if (result.error.code() == Protocol::ErrorCode::RateLimited) {
        const auto wait = result.retryAfterSeconds > 0
            ? std::chrono::seconds(result.retryAfterSeconds)
            : kDefaultRetryAfter;
        return fallBack(wait, QStringLiteral("the server limits live pulls (429)"));
    }
    if (!result.error.isNull())
        return liveFailed(QStringLiteral("the live pull failed: ") + result.error.code());
    if (result.changes > 0) {
        m_liveFailures = 0;
        // A run: attachments of what came, local changes made meanwhile; its success opens
        // the next live pull.
        m_engine->start();
        return;
    }
    if (heldMs < m_earlyAnswer.count())
        return liveFailed(QStringLiteral("the live pull came back empty early"));
    m_liveFailures = 0;
    openLive();
}

void SyncScheduler::liveFailed(const QString &why)
{
    ++m_liveFailures;
    if (m_liveFailures >= kLiveFailuresAllowed)
        return fallBack(m_liveFallback, why);
    // A normal sync tells a broken network (backoff) from a cut pull, and deals with a
    // refused session; its success opens the next live pull.
    m_engine->start();
}

void SyncScheduler::fallBack(std::chrono::milliseconds duration, const QString &why)
{
    // Logged once per fallback, never with the request (its URL carries no token, but its
    // headers do).
    qCInfo(lcSync).noquote() << "live pull off for" << duration.count() / 1000 << "s:" << why;
    m_liveFailures = 0;
    m_liveResume.start(duration);
    m_liveResumesAt = QDateTime::currentDateTimeUtc().addMSecs(duration.count());
    noteLiveState();
}

void SyncScheduler::trigger()
{
    setActive(true);
    if (m_inBackoff && m_timer.isActive())
        return;
    fire();
}

void SyncScheduler::syncNow()
{
    setActive(true);
    m_backoff.reset();
    m_inBackoff = false;
    fire();
}

void SyncScheduler::setNetworkReachable(bool reachable)
{
    const bool cameBack = reachable && !m_reachable;
    m_reachable = reachable;
    if (!reachable)
        closeLive();
    noteLiveState();
    if (cameBack && m_active) {
        qCInfo(lcSync) << "network is back; syncing";
        m_backoff.reset();
        m_inBackoff = false;
        fire();
    }
}

bool SyncScheduler::watchSystemNetwork()
{
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return false;
    QNetworkInformation *info = QNetworkInformation::instance();
    const auto update = [this, info] {
        const auto reachability = info->reachability();
        setNetworkReachable(reachability == QNetworkInformation::Reachability::Online
            || reachability == QNetworkInformation::Reachability::Unknown);
    };
    connect(info, &QNetworkInformation::reachabilityChanged, this, update);
    update();
    return true;
}

void SyncScheduler::fire()
{
    m_timer.stop();
    m_nextAttempt = {};
    Q_EMIT scheduled();
    // A run in progress queues one more inside the engine.
    m_engine->start();
}

void SyncScheduler::onFinished(bool ok)
{
    if (!m_active)
        return;
    if (ok) {
        m_backoff.reset();
        m_inBackoff = false;
        planIn(m_interval);
        return openLive();
    }
    if (!SyncErrors::isTransient(m_engine->lastError())) {
        // Signed out, revoked, refused: retrying on a timer cannot help.
        m_inBackoff = false;
        m_timer.stop();
        m_nextAttempt = {};
        Q_EMIT scheduled();
        return;
    }
    m_inBackoff = true;
    planIn(m_backoff.next());
}

void SyncScheduler::planIn(std::chrono::milliseconds delay)
{
    m_timer.start(delay);
    m_nextAttempt = QDateTime::currentDateTimeUtc().addMSecs(delay.count());
    Q_EMIT scheduled();
}
