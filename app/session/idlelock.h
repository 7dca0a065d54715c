// Locks the open vault after a time without any touch, key or mouse input (the idle time of
// AppSettings), and once the app has been in the background (its state Inactive, Hidden or
// Suspended: another app in front, the task switcher, the screen off) for the background time
// of AppSettings (0 = as soon as it leaves the foreground).
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

class AppSettings;
class VaultSession;

class IdleLock : public QObject
{
    Q_OBJECT

public:
    // Milliseconds on a monotonic clock (tests drive their own instead of waiting).
    using Clock = std::function<qint64()>;
    static constexpr int kCheckIntervalMs = 5000;

    // Watches the application's input events. Neither pointer is owned. `clock` empty: a
    // QElapsedTimer.
    IdleLock(
        VaultSession *session, AppSettings *settings, Clock clock = {}, QObject *parent = nullptr);

    // The input seen so far counts as activity now (also called on every input event).
    void activity();
    // Locks the vault if it is open and idle for the limit of the settings (read at each
    // check, so a changed limit applies at once). The timer calls it every kCheckIntervalMs
    // while the vault is open.
    void check();
    // Whether the periodic check runs (only while the vault is open).
    [[nodiscard]] bool isChecking() const { return m_timer.isActive(); }
    // The application went to or came back from the background (connected to
    // QGuiApplication::applicationStateChanged; tests call it directly).
    void setApplicationState(Qt::ApplicationState state);
    // Whether the app is in the background now.
    [[nodiscard]] bool isInBackground() const { return m_backgroundSinceMs >= 0; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void restart();

    QPointer<VaultSession> m_session;
    QPointer<AppSettings> m_settings;
    QElapsedTimer m_monotonic;
    Clock m_clock;
    qint64 m_lastInputMs = 0;
    qint64 m_backgroundSinceMs = -1; // -1: in the foreground
    QTimer m_timer;
};
