#include "idlelock.h"

#include "appsettings.h"
#include "vaultsession.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGuiApplication>

IdleLock::IdleLock(VaultSession *session, AppSettings *settings, Clock clock, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_settings(settings)
    , m_clock(std::move(clock))
    , m_timer(this) // a child, so that tests can find and fire it
{
    m_monotonic.start();
    if (!m_clock)
        m_clock = [this] { return m_monotonic.elapsed(); };
    m_lastInputMs = m_clock();
    // How often the idle time is compared with the limit; input events only stamp a time.
    m_timer.setInterval(kCheckIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::check);
    connect(session, &VaultSession::stateChanged, this, &IdleLock::restart);
    QCoreApplication::instance()->installEventFilter(this);
    // Changes only: the vault is locked when the app starts, whatever its state then.
    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        connect(
            app, &QGuiApplication::applicationStateChanged, this, &IdleLock::setApplicationState);
    restart();
}

void IdleLock::setApplicationState(Qt::ApplicationState state)
{
    if (state == Qt::ApplicationActive) {
        // Back in front: lock before anything is shown if it was away too long.
        check();
        m_backgroundSinceMs = -1;
        activity();
        return;
    }
    if (m_backgroundSinceMs < 0)
        m_backgroundSinceMs = m_clock();
    check();
}

void IdleLock::activity()
{
    m_lastInputMs = m_clock();
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::KeyPress:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::Wheel:
        activity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleLock::restart()
{
    activity();
    if (m_session && m_session->state() == VaultSession::Unlocked)
        m_timer.start();
    else
        m_timer.stop();
}

void IdleLock::check()
{
    if (!m_session || !m_settings || m_session->state() != VaultSession::Unlocked)
        return;
    const qint64 now = m_clock();
    const qint64 limitMs = qint64(m_settings->idleLockMinutes()) * 60 * 1000;
    const qint64 backgroundLimitMs = qint64(m_settings->backgroundLockSeconds()) * 1000;
    if (now - m_lastInputMs >= limitMs
        || (m_backgroundSinceMs >= 0 && now - m_backgroundSinceMs >= backgroundLimitMs))
        m_session->lock();
}
