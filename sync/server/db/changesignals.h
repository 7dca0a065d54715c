// What one server process knows about its database without asking it (DESIGN.md 8.7, issue
// 19): the newest committed change and which accounts' authentication changed. The serving
// process's ChangeWatcher feeds it from the database's own notifications (PostgreSQL
// LISTEN/NOTIFY, SQLite's data_version) and this process's commits; the caches
// (RequestAuthenticator's tokens, the held live pulls) listen to it. Commands run beside the
// server have no watcher: isWatched() is false and every answer comes from the database.
#pragma once

#include <QObject>
#include <QSet>
#include <QString>
#include <functional>

class ChangeSignals : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Whether a watcher keeps this object current; when false the caches must not be used.
    [[nodiscard]] bool isWatched() const { return m_watched; }
    void setWatched(bool watched) { m_watched = watched; }

    // The newest change sequence known to have committed; -1 while unknown.
    [[nodiscard]] qint64 newestChange() const { return m_newest; }
    // Bumped on every authChanged(): a cache entry made under an older generation may be
    // stale only for the users named then, but a cache may simply compare generations.
    [[nodiscard]] quint64 authGeneration() const { return m_authGeneration; }

    // Before answering from a cache: lets the watcher take in, without blocking, what the
    // database has already said (notifications waiting on its socket, a changed
    // data_version), so that a change committed before this request arrived is seen.
    void catchUp()
    {
        if (m_catchUp)
            m_catchUp();
    }
    void setCatchUp(std::function<void()> hook) { m_catchUp = std::move(hook); }

    // For the watcher, and for this process's own commits. A newer sequence emits
    // changesCommitted(previous, newest); an older or equal one is ignored.
    void noteNewestChange(qint64 newest)
    {
        if (newest <= m_newest)
            return;
        const qint64 previous = m_newest;
        m_newest = newest;
        Q_EMIT changesCommitted(previous, newest);
    }
    // The access tokens, devices or roles of these users changed (revocation, sign-out,
    // password or role change, disabling, a move); an empty set means anyone's (the watcher
    // lost its connection and may have missed some).
    void noteAuthChanged(const QSet<QString> &userIds)
    {
        ++m_authGeneration;
        Q_EMIT authChanged(userIds);
    }

Q_SIGNALS:
    // Changes with previousNewest < seq <= newest have committed (previousNewest is -1 the
    // first time: nothing to compare with, read nothing).
    void changesCommitted(qint64 previousNewest, qint64 newest);
    void authChanged(const QSet<QString> &userIds);

private:
    bool m_watched = false;
    qint64 m_newest = -1;
    quint64 m_authGeneration = 0;
    std::function<void()> m_catchUp;
};
