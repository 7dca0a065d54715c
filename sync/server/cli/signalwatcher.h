// Turns SIGINT and SIGTERM into a Qt signal (self-pipe: nothing unsafe runs in the handler),
// so the server can stop its event loop and close the database cleanly. One instance at a time.
#pragma once

#include <QObject>

class QSocketNotifier;

class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    // Installs the handlers; they are restored to the defaults by the destructor.
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    // SIGINT or SIGTERM arrived.
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};
