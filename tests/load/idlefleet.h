// The idle phones of the `held` scenario on a thread of their own: thousands of sockets that
// rarely wake would otherwise lengthen every turn of the active phones' event loop (Qt polls
// every socket of a thread on each turn) and so every latency the active phones measure.
// Opens their live pulls a batch at a time (the listen queue), each batch once the one before
// is on the wire; counts are readable from the driver's thread at any time.
#pragma once

#include "idlephone.h"
#include "loadenvironment.h"
#include "loadstats.h"

#include <QObject>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <memory>
#include <vector>

class IdleFleet : public QObject
{
    Q_OBJECT

public:
    IdleFleet(const QUrl &server, const QList<LoadEnvironment::IdleDevice> &devices, int sources,
        int waitSeconds, int batch);
    // Stops the phones and the thread.
    ~IdleFleet() override;

    // Starts opening every phone's live pull (returns at once).
    void open();
    // Live pulls whose request is on a connected socket, or already answered, so far.
    [[nodiscard]] int sent() const { return m_sent.load(); }
    [[nodiscard]] int size() const { return int(m_devices.size()); }
    // Answers and errors so far (held pulls answered: changes, the wait's end, errors).
    [[nodiscard]] qint64 answers() const { return m_answers.load(); }
    [[nodiscard]] qint64 errors() const { return m_errors.load(); }
    // Stops every phone (no more requests) and returns their statistics.
    LoadStats stop();

private:
    void openMore();

    QUrl m_server;
    QList<LoadEnvironment::IdleDevice> m_devices;
    int m_sources;
    int m_waitSeconds;
    int m_batch;
    QThread m_thread;
    QObject *m_home = nullptr; // lives in m_thread; parent of the phones and the timer
    QTimer *m_opener = nullptr;
    std::vector<IdlePhone *> m_phones;
    size_t m_opened = 0;
    LoadStats m_stats; // touched only on m_thread
    std::atomic<int> m_sent { 0 };
    std::atomic<qint64> m_answers { 0 };
    std::atomic<qint64> m_errors { 0 };
};
