#include "undowindow.h"

UndoWindow::UndoWindow(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kMilliseconds);
    connect(&m_timer, &QTimer::timeout, this, &UndoWindow::elapsed);
}

void UndoWindow::open()
{
    m_timer.start();
}

void UndoWindow::close()
{
    m_timer.stop();
}

void UndoWindow::elapse()
{
    if (!m_timer.isActive())
        return;
    m_timer.stop();
    Q_EMIT elapsed();
}
