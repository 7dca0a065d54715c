// Keeps one serving process's ChangeSignals current (DESIGN.md 8.7, issue 19): the newest
// committed change and whose authentication changed, learnt from the database itself so
// that commits by other processes (other workers, admin commands run beside the server)
// are seen without a query per request.
// - PostgreSQL: a second connection only LISTENs (QSqlDriver::subscribeToNotification) to
//   handbook_changes (payload: the newest sequence) and handbook_auth (then the new rows of
//   auth_changes are read on that connection). A lost listening connection is retried every
//   second; once back, everyone's authentication counts as changed and the newest change is
//   read again.
// - SQLite: PRAGMA data_version on the serving connection changes when another connection
//   commits; checked on every catchUp() and every 250 ms, then MAX(seq) and the new
//   auth_changes rows are read (in-process, no network).
// - This process's own commits: WriteTransaction calls takeInOwnCommit(), which reads them
//   at once (SQLite: the data_version of a connection does not move for its own commits;
//   PostgreSQL: the NOTIFY reaches the listener a little later, maybe after the next
//   request; one query after each write, never on an idle pull).
// catchUp() guarantee: a commit whose notification the database has delivered before the
// request is handled is honoured by that request. SQLite: data_version is exact, so any
// commit completed before catchUp() is seen. PostgreSQL: the notifications already waiting
// on the listening socket are read without blocking (libpq PQconsumeInput/PQnotifies), not
// when the event loop gets round to them; PostgreSQL sends them to listeners at commit, so
// the only window is the few microseconds between a commit and its delivery to our socket.
#pragma once

#include <QObject>
#include <QSqlDriver>
#include <QString>
#include <QTimer>
#include <memory>

class ChangeSignals;
class ServerDatabase;

class ChangeWatcher : public QObject
{
    Q_OBJECT

public:
    // Lives as long as `database` (a child of its ChangeSignals) unless deleted earlier.
    explicit ChangeWatcher(ServerDatabase &database);
    ~ChangeWatcher() override;

    // Marks the signals watched, reads the newest change and starts listening; false with a
    // one-line *error when the database cannot be read or listened to.
    [[nodiscard]] bool start(QString *error);

    // The running watcher of this database, or nullptr (commands run beside the server).
    [[nodiscard]] static ChangeWatcher *of(const ServerDatabase &database);

    // After this process committed a write transaction: read the newest change (SQLite:
    // when it recorded some) and the auth_changes rows its triggers may have added (an
    // indexed read of nothing, in the common case).
    void takeInOwnCommit(bool recordedChanges);

    // Deletes the auth_changes rows older than an hour (every watcher reads far more often).
    void prune();

private:
    void catchUp();
    // SQLite
    void checkDataVersion();
    // PostgreSQL
    [[nodiscard]] bool openListener(QString *error);
    void closeListener();
    void drainListener();
    void onNotification(
        const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    void checkListener();
    // Both: read through the connection that is not busy serving (PostgreSQL: the listener).
    [[nodiscard]] QSqlDatabase readConnection() const;
    void readNewest();
    void readAuthChanges();
    // After a gap in what was heard: everyone's tokens are suspect.
    void resynchronise();

    ServerDatabase &m_database;
    ChangeSignals &m_signals;
    const bool m_postgres;
    std::unique_ptr<ServerDatabase> m_listener; // PostgreSQL: the LISTEN connection
    void *m_pgconn = nullptr; // PGconn* of the listening connection, owned by the driver
    bool m_listening = false;
    qint64 m_lastAuthId = 0;
    qint64 m_dataVersion = -1;
    QTimer m_poll;
    QTimer m_pruneTimer;
};
