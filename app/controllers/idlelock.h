// Locks the open vault after a time without any touch, key or mouse input (the idle time of
// AppSettings), and when the app has been in the background for that long.
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

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void restart();

    QPointer<VaultSession> m_session;
    QPointer<AppSettings> m_settings;
    QElapsedTimer m_monotonic;
    Clock m_clock;
    qint64 m_lastInputMs = 0;
    QTimer m_timer;
};
