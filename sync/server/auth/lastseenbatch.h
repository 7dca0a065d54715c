// devices.last_seen_at of the devices a serving process has seen, written in batches (issue 19):
// the newest time per device is kept in memory and written at most every kFlushSeconds, in one
// UPDATE for all of them, and at shutdown (QCoreApplication::aboutToQuit). 10,000 phones
// reopening their live pulls would otherwise ask for a durable commit per device and minute.
// A write never moves a device's last_seen_at back (another process may have written a later
// one). A crash loses the last few seconds of it (docs/decisions.md); the first sighting of a
// device on a new day is not batched (RequestAuthenticator writes device_days at once). One per
// ServerDatabase (a child of its ChangeSignals), on that database's thread.
#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

class ServerDatabase;

class LastSeenBatch : public QObject
{
    Q_OBJECT

public:
    // The longest a noted time waits before it is written.
    static constexpr int kFlushSeconds = 5;
    // Devices per UPDATE statement (two bound values each).
    static constexpr int kDevicesPerStatement = 5000;

    // The batch of this database, created on first use.
    [[nodiscard]] static LastSeenBatch &of(ServerDatabase &database);

    // The device was seen at `nowIso` (ISO 8601 UTC): written with the next flush.
    void note(const QString &deviceId, const QString &nowIso);
    // Writes every noted time now (best effort: kept for the next flush when it fails).
    void flush();
    // Devices noted and not written yet.
    [[nodiscard]] qsizetype pending() const { return m_pending.size(); }

private:
    LastSeenBatch(ServerDatabase &database, QObject *parent);

    ServerDatabase &m_database;
    QHash<QString, QString> m_pending; // device id -> newest time seen (ISO)
    QTimer m_timer;
};
