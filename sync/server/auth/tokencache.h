// The valid access tokens a serving process has already resolved (issue 19: an idle pull
// without a database round trip). Only used while the database's ChangeSignals are watched:
// the entries of the users named by authChanged (revocation, sign-out, refresh, password,
// role or scope change, disabling) are dropped at once, all of them on an empty set. Only
// tokens that were valid when read are kept (device not revoked, account not disabled); the
// expiry is kept and checked on every use. One cache per ServerDatabase (a child of its
// ChangeSignals), on that database's thread.
#pragma once

#include "auth/authenticateduser.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

class ServerDatabase;

// What this process knows of when a device was last seen (RequestAuthenticator notes it).
struct DeviceSeen
{
    QDateTime lastSeen; // devices.last_seen_at as last noted (invalid: never)
    QString dayNoted; // the UTC day (yyyy-MM-dd) known to be in device_days; "" when none
};

struct CachedToken
{
    AuthenticatedUser user;
    QString expiresAt; // ISO UTC, compared as text like the database's column
    bool mustChangePassword = false;
    DeviceSeen seen;
};

class TokenCache : public QObject
{
    Q_OBJECT

public:
    // At most this many tokens. When full, the expired entries are dropped; if none were,
    // everything is (the next requests read from the database and fill it again).
    static constexpr qsizetype kMaxEntries = 100'000;

    // The cache of this database, created on first use.
    [[nodiscard]] static TokenCache &of(ServerDatabase &database);

    // The entry for this token hash, or nullptr; valid until the next call that changes the
    // cache (insert, drop, an authChanged signal).
    [[nodiscard]] CachedToken *find(const QString &tokenHash);
    void insert(const QString &tokenHash, CachedToken entry);
    void dropUsers(const QSet<QString> &userIds);
    [[nodiscard]] qsizetype size() const { return m_entries.size(); }

private:
    explicit TokenCache(QObject *parent);
    void makeRoom();

    QHash<QString, CachedToken> m_entries; // by token hash
    QHash<QString, QSet<QString>> m_byUser; // user id -> their token hashes
};
