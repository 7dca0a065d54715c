#include "syncscheduler.h"

#include "syncengine.h"
#include "syncerrors.h"
#include "synclog.h"

#include <QNetworkInformation>

SyncScheduler::SyncScheduler(SyncEngine *engine, RetryBackoff backoff, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_backoff(std::move(backoff))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncScheduler::fire);
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
        Q_EMIT scheduled();
    }
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
        return planIn(m_interval);
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
