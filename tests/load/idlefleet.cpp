#include "idlefleet.h"

#include <QHostAddress>
#include <QMetaObject>

IdleFleet::IdleFleet(const QUrl &server, const QList<LoadEnvironment::IdleDevice> &devices,
    int sources, int waitSeconds, int batch)
    : m_server(server)
    , m_devices(devices)
    , m_sources(sources)
    , m_waitSeconds(waitSeconds)
    , m_batch(batch)
{
    m_home = new QObject;
    m_home->moveToThread(&m_thread);
    m_thread.start();
}

IdleFleet::~IdleFleet()
{
    if (m_thread.isRunning())
        stop();
}

void IdleFleet::open()
{
    QMetaObject::invokeMethod(m_home, [this] {
        for (qsizetype i = 0; i < m_devices.size(); ++i) {
            // 127.0.0.2, 127.0.0.3, ...: the server sees as many client addresses.
            const QHostAddress source(quint32((127u << 24) + 2u + quint32(i % m_sources)));
            auto *phone = new IdlePhone(m_server, source, m_devices.at(i).token,
                m_devices.at(i).cursor, m_waitSeconds, m_home);
            phone->setStats(&m_stats);
            phone->setObserver([this](bool ok) {
                ++m_answers;
                if (!ok)
                    ++m_errors;
            });
            m_phones.push_back(phone);
        }
        m_opener = new QTimer(m_home);
        m_opener->setInterval(5);
        QObject::connect(m_opener, &QTimer::timeout, m_home, [this] { openMore(); });
        m_opener->start();
    });
}

void IdleFleet::openMore()
{
    // The phones opened so far that are not yet on the wire.
    int waiting = 0, sent = 0;
    for (size_t i = 0; i < m_opened; ++i) {
        const bool out = m_phones.at(i)->sent() || m_phones.at(i)->answers() > 0;
        sent += out ? 1 : 0;
        waiting += out ? 0 : 1;
    }
    while (m_opened < m_phones.size() && waiting < m_batch) {
        m_phones.at(m_opened++)->start();
        ++waiting;
    }
    m_sent = sent;
    if (m_opened == m_phones.size() && waiting == 0)
        m_opener->stop();
}

LoadStats IdleFleet::stop()
{
    LoadStats stats;
    QMetaObject::invokeMethod(
        m_home,
        [this, &stats] {
            if (m_opener)
                m_opener->stop();
            for (IdlePhone *phone : m_phones)
                phone->stop();
            stats = m_stats;
            delete m_home; // the phones and the timer with it
            m_home = nullptr;
            m_phones.clear();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    return stats;
}
