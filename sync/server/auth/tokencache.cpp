#include "auth/tokencache.h"

#include "db/changesignals.h"
#include "db/serverdatabase.h"
#include "timestamps.h"

TokenCache::TokenCache(QObject *parent)
    : QObject(parent)
{ }

TokenCache &TokenCache::of(ServerDatabase &database)
{
    ChangeSignals &changeSignals = database.changeSignals();
    if (auto *cache = changeSignals.findChild<TokenCache *>(QString(), Qt::FindDirectChildrenOnly))
        return *cache;
    auto *cache = new TokenCache(&changeSignals);
    connect(&changeSignals, &ChangeSignals::authChanged, cache, &TokenCache::dropUsers);
    return *cache;
}

CachedToken *TokenCache::find(const QString &tokenHash)
{
    const auto it = m_entries.find(tokenHash);
    return it == m_entries.end() ? nullptr : &it.value();
}

void TokenCache::insert(const QString &tokenHash, CachedToken entry)
{
    if (m_entries.size() >= kMaxEntries && !m_entries.contains(tokenHash))
        makeRoom();
    m_byUser[entry.user.userId].insert(tokenHash);
    m_entries.insert(tokenHash, std::move(entry));
}

void TokenCache::dropUsers(const QSet<QString> &userIds)
{
    if (userIds.isEmpty()) {
        m_entries.clear();
        m_byUser.clear();
        return;
    }
    for (const QString &userId : userIds) {
        const auto it = m_byUser.find(userId);
        if (it == m_byUser.end())
            continue;
        for (const QString &hash : std::as_const(it.value()))
            m_entries.remove(hash);
        m_byUser.erase(it);
    }
}

void TokenCache::makeRoom()
{
    const QString now = Timestamps::toIso(QDateTime::currentDateTimeUtc());
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (now >= it->expiresAt) {
            m_byUser[it->user.userId].remove(it.key());
            it = m_entries.erase(it);
        } else {
            ++it;
        }
    }
    if (m_entries.size() >= kMaxEntries) {
        m_entries.clear();
        m_byUser.clear();
        return;
    }
    m_byUser.removeIf([](const auto &item) { return item.value().isEmpty(); });
}
