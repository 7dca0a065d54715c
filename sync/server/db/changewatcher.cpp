#include "db/changewatcher.h"

#include "db/changesignals.h"
#include "db/serverdatabase.h"
#include "db/sqlrunner.h"
#include "http/serverlog.h"
#include "timestamps.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace {

const QString changesChannel = u"handbook_changes"_s;
const QString authChannel = u"handbook_auth"_s;

// SQLite's data_version is cheap (no I/O): this is how late a commit by another process is
// seen when no request asks first. PostgreSQL's listener is checked for a lost connection
// as often as it is retried.
constexpr int kSqlitePollMs = 250;
constexpr int kListenerCheckMs = 1000;
constexpr int kPruneIntervalMs = 3600 * 1000;
constexpr qint64 kPruneAgeSeconds = 3600;

// The running watchers, for WriteTransaction (one per database of a serving process).
QMutex registryMutex;
QHash<const ChangeSignals *, ChangeWatcher *> registry;

} // namespace

ChangeWatcher::ChangeWatcher(ServerDatabase &database)
    : m_database(database)
    , m_signals(database.changeSignals())
    , m_postgres(database.spec().backend() == DatabaseSpec::Backend::PostgreSql)
{
    m_poll.setInterval(m_postgres ? kListenerCheckMs : kSqlitePollMs);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (m_postgres)
            checkListener();
        else
            checkDataVersion();
    });
    m_pruneTimer.setInterval(kPruneIntervalMs);
    connect(&m_pruneTimer, &QTimer::timeout, this, &ChangeWatcher::prune);
}

ChangeWatcher::~ChangeWatcher()
{
    {
        QMutexLocker lock(&registryMutex);
        registry.remove(&m_signals);
    }
    m_signals.setWatched(false);
    m_signals.setCatchUp({});
    closeListener();
}

ChangeWatcher *ChangeWatcher::of(const ServerDatabase &database)
{
    QMutexLocker lock(&registryMutex);
    return registry.value(&database.changeSignals());
}

bool ChangeWatcher::start(QString *error)
{
    try {
        if (m_postgres) {
            if (!openListener(error))
                return false;
        } else {
            m_dataVersion
                = scalarSql(m_database.connection(), u"PRAGMA data_version"_s).toLongLong();
        }
        readNewest();
        m_lastAuthId
            = scalarSql(readConnection(), u"SELECT COALESCE(MAX(id), 0) FROM auth_changes"_s)
                  .toLongLong();
    } catch (const DbError &failure) {
        *error
            = u"cannot watch the database for changes: %1"_s.arg(QString::fromUtf8(failure.what()));
        closeListener();
        return false;
    }
    {
        QMutexLocker lock(&registryMutex);
        registry.insert(&m_signals, this);
    }
    m_signals.setCatchUp([this] { catchUp(); });
    m_signals.setWatched(true);
    m_poll.start();
    m_pruneTimer.start();
    prune();
    return true;
}

void ChangeWatcher::catchUp()
{
    if (m_postgres)
        drainListener();
    else
        checkDataVersion();
}

void ChangeWatcher::takeInOwnCommit(bool recordedChanges)
{
    try {
        if (!m_postgres) {
            readAuthChanges(); // first, as in checkDataVersion
            if (recordedChanges)
                readNewest();
            return;
        }
        // One round trip after a write (never on an idle pull): the newest change and the
        // auth_changes rows not seen yet. Their NOTIFY, heard later, then finds nothing new.
        if (!m_listener)
            return;
        QSet<QString> users;
        qint64 last = m_lastAuthId;
        qint64 newest = -1;
        forEachRow(readConnection(),
            u"SELECT 0, COALESCE(MAX(seq), 0), NULL FROM changes UNION ALL "
            "SELECT 1, id, user_id FROM auth_changes WHERE id > ?"_s,
            { m_lastAuthId }, [&](const QSqlQuery &row) {
                if (row.value(0).toInt() == 0) {
                    newest = row.value(1).toLongLong();
                    return;
                }
                last = qMax(last, row.value(1).toLongLong());
                users.insert(row.value(2).toString());
            });
        m_lastAuthId = last;
        // Whose authentication changed first, as in checkDataVersion.
        if (!users.isEmpty())
            m_signals.noteAuthChanged(users);
        if (newest >= 0)
            m_signals.noteNewestChange(newest);
    } catch (const DbError &failure) {
        qCWarning(lcDb) << "change watcher: cannot read after a commit:" << failure.what();
    }
}

void ChangeWatcher::prune()
{
    const QString before
        = Timestamps::toIso(QDateTime::currentDateTimeUtc().addSecs(-kPruneAgeSeconds));
    try {
        execSql(readConnection(), u"DELETE FROM auth_changes WHERE changed_at < ?"_s, { before });
    } catch (const DbError &failure) {
        qCWarning(lcDb) << "change watcher: cannot prune auth_changes:" << failure.what();
    }
}

void ChangeWatcher::checkDataVersion()
{
    try {
        const qint64 version
            = scalarSql(m_database.connection(), u"PRAGMA data_version"_s).toLongLong();
        if (version == m_dataVersion)
            return;
        m_dataVersion = version;
        // Whose authentication changed first: a held pull of a device revoked in the same
        // commit as a change it may see (device revoke logs its device row) must end with its
        // 401, not be answered with that change.
        readAuthChanges();
        readNewest();
    } catch (const DbError &failure) {
        qCWarning(lcDb) << "change watcher: cannot read the database:" << failure.what();
    }
}

QSqlDatabase ChangeWatcher::readConnection() const
{
    return m_postgres && m_listener ? m_listener->connection() : m_database.connection();
}

void ChangeWatcher::readNewest()
{
    m_signals.noteNewestChange(
        scalarSql(readConnection(), u"SELECT COALESCE(MAX(seq), 0) FROM changes"_s).toLongLong());
}

void ChangeWatcher::readAuthChanges()
{
    QSet<QString> users;
    qint64 last = m_lastAuthId;
    forEachRow(readConnection(), u"SELECT id, user_id FROM auth_changes WHERE id > ? ORDER BY id"_s,
        { m_lastAuthId }, [&](const QSqlQuery &row) {
            last = row.value(0).toLongLong();
            users.insert(row.value(1).toString());
        });
    m_lastAuthId = last;
    if (!users.isEmpty())
        m_signals.noteAuthChanged(users);
}

void ChangeWatcher::resynchronise()
{
    m_lastAuthId = scalarSql(readConnection(), u"SELECT COALESCE(MAX(id), 0) FROM auth_changes"_s)
                       .toLongLong();
    readNewest();
    m_signals.noteAuthChanged({});
}

bool ChangeWatcher::openListener(QString *error)
{
    auto listener = std::make_unique<ServerDatabase>(m_database.spec());
    if (!listener->open(error))
        return false;
    QSqlDriver *driver = listener->connection().driver();
    const QVariant handle = driver->handle();
    // Qt registers libpq's PGconn* under its struct's name.
    if (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0) {
        *error = u"the PostgreSQL driver gives no connection handle to listen on (%1)"_s.arg(
            QString::fromLatin1(handle.typeName()));
        return false;
    }
    m_pgconn = *static_cast<PGconn *const *>(handle.constData());
    connect(driver, &QSqlDriver::notification, this, &ChangeWatcher::onNotification);
    if (!driver->subscribeToNotification(changesChannel)
        || !driver->subscribeToNotification(authChannel)) {
        *error
            = u"cannot LISTEN on the database: %1"_s.arg(driver->lastError().text().simplified());
        m_pgconn = nullptr;
        return false;
    }
    m_listener = std::move(listener);
    m_listening = true;
    return true;
}

void ChangeWatcher::closeListener()
{
    m_listening = false;
    m_pgconn = nullptr;
    m_listener.reset();
}

void ChangeWatcher::drainListener()
{
    if (!m_listening || !m_pgconn)
        return;
    auto *connection = static_cast<PGconn *>(m_pgconn);
    // Notifications may also have been read into libpq's queue by a query on this connection
    // (readAuthChanges): drain until a pass finds none.
    for (;;) {
        PQconsumeInput(connection);
        bool changes = false;
        bool auth = false;
        qint64 newest = -1;
        while (PGnotify *notify = PQnotifies(connection)) {
            const QLatin1StringView name(notify->relname);
            if (name == changesChannel) {
                changes = true;
                newest = qMax(newest, QByteArray(notify->extra).toLongLong());
            } else if (name == authChannel) {
                auth = true;
            }
            PQfreemem(notify);
        }
        if (!changes && !auth)
            return;
        try {
            if (auth) // first, as in checkDataVersion
                readAuthChanges();
            if (changes)
                m_signals.noteNewestChange(newest);
        } catch (const DbError &failure) {
            qCWarning(lcDb) << "change watcher: cannot read auth_changes:" << failure.what();
            return;
        }
    }
}

void ChangeWatcher::onNotification(
    const QString &name, QSqlDriver::NotificationSource, const QVariant &payload)
{
    try {
        if (name == changesChannel)
            m_signals.noteNewestChange(payload.toString().toLongLong());
        else if (name == authChannel)
            readAuthChanges();
    } catch (const DbError &failure) {
        qCWarning(lcDb) << "change watcher: cannot read auth_changes:" << failure.what();
    }
    // What a query above read into libpq's queue.
    drainListener();
}

void ChangeWatcher::checkListener()
{
    if (m_listening) {
        drainListener();
        if (PQstatus(static_cast<PGconn *>(m_pgconn)) != CONNECTION_BAD)
            return;
        qCWarning(lcDb) << "change watcher: the listening connection was lost; reconnecting";
        closeListener();
        // Until it is back, nothing may be answered from what this process remembers.
        m_signals.setWatched(false);
        m_signals.noteAuthChanged({});
    }
    QString error;
    if (!openListener(&error))
        return; // tried again on the next tick
    try {
        resynchronise();
        m_signals.setWatched(true);
        qCInfo(lcDb) << "change watcher: listening again";
    } catch (const DbError &failure) {
        qCWarning(lcDb) << "change watcher: cannot read after reconnecting:" << failure.what();
        closeListener();
    }
}
