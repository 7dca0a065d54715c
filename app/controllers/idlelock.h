// Locks the open vault after a time without any touch, key or mouse input (the idle time of
// AppSettings), and when the app has been in the background for that long.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class AppSettings;
class VaultSession;

class IdleLock : public QObject
{
    Q_OBJECT

public:
    // Watches the application's input events. Neither argument is owned.
    IdleLock(VaultSession *session, AppSettings *settings, QObject *parent = nullptr);

    // The input seen so far counts as activity now (also called on every input event).
    void activity();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void restart();
    void check();

    QPointer<VaultSession> m_session;
    QPointer<AppSettings> m_settings;
    QElapsedTimer m_sinceInput;
    QTimer m_timer;
};
