// One simulated member's phone for the load test, speaking wire protocol v1 over its own
// keep-alive connection: it signs in, pulls its replica from the start, then in cycles pushes a
// batch of new mutations (notes, read receipts, feedback) and pulls what changed, until the
// deadline. A batch whose answer did not come is sent again, unchanged, as the outbox does; after
// the deadline only such a batch is sent, until it is acknowledged. It remembers every mutation
// it sent and what the server answered, for the exactly-once check. With a live wait set it also
// keeps a live pull open (DESIGN.md 8.7) on a second connection of its own, as the app does in
// the foreground, and times how long its own pushed change takes to come back on it.
#pragma once

#include "httpconnection.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <functional>

class LoadStats;

class SimulatedClient : public QObject
{
    Q_OBJECT

public:
    struct Account
    {
        QString login;
        QString password;
        QString memberId;
    };
    struct Settings
    {
        int batchMax = 5; // mutations per push: 1..batchMax
        int thinkMs = 0; // mean pause between cycles (uniform in 0..2x)
        int timeoutMs = 60000; // per request
        int liveWaitSeconds = 0; // > 0: keep a live pull open with this wait during run()
    };
    // A mutation this client sent: "note.put", "feedback.post" or "document.read".
    struct Mutation
    {
        qint64 id = 0;
        QString name;
        QString rowId; // the note or feedback id (empty for document.read)
        QString documentId; // note.put, document.read
        QString text; // note.put, feedback.post
    };

    SimulatedClient(int index, Account account, const QUrl &server, Settings settings,
        QObject *parent = nullptr);

    // Where answers are counted from now on (the driver switches it between phases).
    void setStats(LoadStats *stats) { m_stats = stats; }
    // POST /v1/auth/login with a new device id.
    void signIn(std::function<void(bool)> done);
    // Pulls from the start until has_more is false.
    void pullAll(std::function<void(bool)> done);
    // Push and pull cycles until `steadyEnd`; then only an unacknowledged batch is sent again,
    // until it is acknowledged or `drainEnd`.
    void run(QDeadlineTimer steadyEnd, QDeadlineTimer drainEnd, std::function<void()> done);
    // The next run()'s think time and live pull (the driver runs several scenarios).
    void setSettings(const Settings &settings);

    [[nodiscard]] const Account &account() const { return m_account; }
    [[nodiscard]] const QString &deviceId() const { return m_deviceId; }
    [[nodiscard]] bool signedIn() const { return !m_token.isEmpty(); }
    // Every mutation sent (in id order) and the server's answer for those acknowledged.
    [[nodiscard]] const QList<Mutation> &sent() const { return m_sent; }
    [[nodiscard]] const QHash<qint64, QString> &acknowledged() const { return m_acks; }
    // Mutations sent whose answer never came.
    [[nodiscard]] int unacknowledged() const { return int(m_pending.size()); }
    [[nodiscard]] qint64 changesPulled() const { return m_changes; }
    [[nodiscard]] qint64 bytesPulled() const { return m_bytesPulled; }
    [[nodiscard]] int connects() const { return m_http.connects(); }
    // Protocol surprises (an answer that does not acknowledge the batch, ...).
    [[nodiscard]] const QStringList &anomalies() const { return m_anomalies; }

private:
    void pullPage(const QString &kind, std::function<void(bool ok, bool more)> done);
    void cycle();
    void push(const QString &kind, std::function<void(bool ok)> done);
    void pullToEnd(std::function<void()> done);
    void drain();
    void makeBatch();
    void openLive();
    void stopLive();
    // Takes in a page's changes (the documents this client may act on).
    void takeChanges(const QJsonObject &page);
    [[nodiscard]] Mutation makeMutation();
    // Counts a failed answer; false.
    bool fail(const QString &kind, const HttpConnection::Response &response);

    int m_index;
    Account m_account;
    Settings m_settings;
    HttpConnection m_http;
    HttpConnection m_live; // the live pull's own connection
    QString m_liveCursor;
    bool m_liveRunning = false;
    qint64 m_pushSentNs = 0; // when the last push went out, until the live pull brought it back
    LoadStats *m_stats = nullptr;
    QRandomGenerator m_random;
    QString m_deviceId;
    QByteArray m_token;
    QString m_cursor;
    QSet<QString> m_documents; // visible documents
    QStringList m_documentList; // the same, to pick from
    QSet<QString> m_read; // documents this client marked read
    qint64 m_nextId = 1;
    QList<Mutation> m_sent;
    QList<Mutation> m_pending; // the batch under way (sent again until acknowledged)
    QHash<qint64, QString> m_acks; // mutation id -> "applied" / "rejected"
    QDeadlineTimer m_steadyEnd;
    QDeadlineTimer m_drainEnd;
    std::function<void()> m_runDone;
    qint64 m_changes = 0;
    qint64 m_bytesPulled = 0;
    QStringList m_anomalies;
};
