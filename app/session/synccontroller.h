// The QML-facing state of the current account's sync: phase, progress counters,
// last success, online/offline, pending changes and the last error in Vietnamese, plus
// "sync now". Wraps a SyncEngine and its SyncScheduler; the screens bind to it later.
#pragma once

#include <QDateTime>
#include <QObject>
#include <QtQml/qqmlregistration.h>

class SyncEngine;
class SyncScheduler;

class SyncController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The app creates the sync controller once an account is open.")

    Q_PROPERTY(Phase phase READ phase NOTIFY phaseChanged)
    Q_PROPERTY(bool running READ running NOTIFY runningChanged)
    Q_PROPERTY(int pagesPulled READ pagesPulled NOTIFY progressChanged)
    Q_PROPERTY(int changesPulled READ changesPulled NOTIFY progressChanged)
    Q_PROPERTY(int mutationsPushed READ mutationsPushed NOTIFY progressChanged)
    Q_PROPERTY(int blobsDownloaded READ blobsDownloaded NOTIFY progressChanged)
    Q_PROPERTY(int blobsWanted READ blobsWanted NOTIFY progressChanged)
    Q_PROPERTY(qint64 bytesDownloaded READ bytesDownloaded NOTIFY progressChanged)
    Q_PROPERTY(qint64 bytesUploaded READ bytesUploaded NOTIFY progressChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY progressChanged)
    Q_PROPERTY(QDateTime lastSuccess READ lastSuccess NOTIFY finished)
    Q_PROPERTY(bool online READ online NOTIFY finished)
    Q_PROPERTY(QString lastErrorCode READ lastErrorCode NOTIFY finished)
    Q_PROPERTY(QString lastErrorMessage READ lastErrorMessage NOTIFY finished)
    Q_PROPERTY(QDateTime nextAttempt READ nextAttempt NOTIFY scheduled)
    Q_PROPERTY(Delivery delivery READ delivery NOTIFY deliveryChanged)
    Q_PROPERTY(QString deliveryText READ deliveryText NOTIFY deliveryChanged)

public:
    // Mirrors SyncEngine::Phase.
    enum Phase { Idle, Pushing, Uploading, Pulling, Downloading };
    Q_ENUM(Phase)
    // What is true about sending local changes right now (the texts must not say
    // "no network" when the network is fine).
    enum Delivery {
        Sent, // the last sync worked (changes made since go with the next one, soon)
        Sending, // a sync runs
        NoNetwork, // the last sync failed and the device reports no network at all
        ServerUnreachable, // the last sync could not reach the server (the network may be fine)
        Failed, // the server answered with an error (lastErrorMessage says which)
    };
    Q_ENUM(Delivery)

    // Neither is owned; both must outlive the controller.
    SyncController(SyncEngine *engine, SyncScheduler *scheduler, QObject *parent = nullptr);

    [[nodiscard]] Phase phase() const;
    [[nodiscard]] bool running() const;
    [[nodiscard]] int pagesPulled() const;
    [[nodiscard]] int changesPulled() const;
    [[nodiscard]] int mutationsPushed() const;
    [[nodiscard]] int blobsDownloaded() const;
    [[nodiscard]] int blobsWanted() const;
    [[nodiscard]] qint64 bytesDownloaded() const;
    [[nodiscard]] qint64 bytesUploaded() const;
    // Local changes not yet accepted by the server.
    [[nodiscard]] int pendingCount() const;
    // When a sync last ended without error (invalid if never).
    [[nodiscard]] QDateTime lastSuccess() const;
    // False when the last sync could not reach the server.
    [[nodiscard]] bool online() const;
    [[nodiscard]] QString lastErrorCode() const;
    // Vietnamese, ready to show; empty after a success.
    [[nodiscard]] QString lastErrorMessage() const;
    // When the next automatic sync is due.
    [[nodiscard]] QDateTime nextAttempt() const;
    [[nodiscard]] Delivery delivery() const;
    // One Vietnamese sentence on what happens to changes not sent yet (see Delivery).
    [[nodiscard]] QString deliveryText() const;
    // The same for a state and when the next attempt is due (also used without a sync).
    [[nodiscard]] static QString deliveryText(
        Delivery delivery, const QString &error, const QDateTime &nextAttempt);
    // Whether the device reports that it has no network at all (false when unknown).
    [[nodiscard]] static bool systemReportsNoNetwork();

    // The user asked to sync now (forgets any backoff).
    Q_INVOKABLE void syncNow();
    // The user changed something locally: refresh the pending count and sync soon.
    Q_INVOKABLE void localChangeMade();

Q_SIGNALS:
    void phaseChanged();
    void runningChanged();
    void progressChanged();
    void finished();
    void scheduled();
    void deliveryChanged();
    // The device was revoked and the account's data wiped; `message` says so in Vietnamese.
    void deviceRevoked(const QString &message);
    // The session ended; the user must sign in again.
    void signInRequired();
    // A run ended that changed the vault's data: it succeeded (which stamps the last
    // success), or it applied, sent or downloaded something before it failed.
    void dataChanged();

private:
    SyncEngine *m_engine;
    SyncScheduler *m_scheduler;
};
