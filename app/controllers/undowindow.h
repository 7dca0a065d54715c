// The few seconds in which an action just taken can still be taken back ("Hoàn tác") before
// it is queued for the server: the review's decisions, sending feedback. The controller holds
// the action and commits it on elapsed(); undo closes the window first. Tests end the window
// with elapse() instead of waiting for the timer.
#pragma once

#include <QObject>
#include <QTimer>

class UndoWindow : public QObject
{
    Q_OBJECT

public:
    // How long an action can be undone.
    static constexpr int kMilliseconds = 6000;

    explicit UndoWindow(QObject *parent = nullptr);

    // Starts the window (again, if it was open).
    void open();
    // Ends it without elapsed(): the action was undone or committed early.
    void close();
    // An action is waiting for the window to end.
    [[nodiscard]] bool isOpen() const { return m_timer.isActive(); }
    // Ends an open window now, as if its time had run out (emits elapsed()); for tests.
    void elapse();

Q_SIGNALS:
    // The time ran out: the held action is to be committed.
    void elapsed();

private:
    QTimer m_timer;
};
