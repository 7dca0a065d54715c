#include "vaultsyncstore.h"

#include "accountsecrets.h"
#include "blobcatalog.h"
#include "blobstore.h"
#include "outbox.h"
#include "pendingrows.h"
#include "replicawriter.h"
#include "sqlitedatabase.h"
#include "syncstate.h"
#include "timestamps.h"
#include "vault.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace {
const QString kRefreshToken = u"refresh_token"_s;
const QString kUserId = u"user_id"_s;
const QString kMemberId = u"member_id"_s;
const QString kRole = u"role"_s;
const QString kOrgId = u"org_id"_s;
const QString kLastSuccess = u"last_success"_s;
// The page cache of a long pull (SQLite's default is 2 MiB).
constexpr int kPullCacheKiB = 32 * 1024;
// How long the write-ahead log may grow during a long pull before its pages are copied into the
// vault (SQLite's default, 1,000 pages, is reached by every page of a first sync): 32,768 pages
// of 4 KiB, 128 MiB.
constexpr int kPullWalPages = 32768;
constexpr int kDefaultWalPages = 1000;
} // namespace

VaultSyncStore::VaultSyncStore(Vault &vault, Clock clock)
    : m_vault(vault)
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); })
{ }

template<typename Work> auto VaultSyncStore::guarded(Work work) -> decltype(work())
{
    if (!m_vault.isOpen())
        throw SyncStoreError("the vault is not open");
    try {
        return work();
    } catch (const StorageError &error) {
        throw SyncStoreError(error.what());
    }
}

QString VaultSyncStore::deviceId()
{
    return guarded([&] { return SyncState(m_vault.database()).deviceId(); });
}

void VaultSyncStore::setDeviceId(const QString &id)
{
    guarded([&] { SyncState(m_vault.database()).setValue(u"device_id"_s, id); });
}

QString VaultSyncStore::refreshToken()
{
    return guarded([&] { return SyncState(m_vault.database()).value(kRefreshToken); });
}

void VaultSyncStore::saveSession(const QString &refreshToken, const AuthUser &user)
{
    guarded([&] {
        Transaction transaction(m_vault.database());
        SyncState state(m_vault.database());
        // sync_state holds text, never NULL (an admin or committee has no member id).
        const auto text = [](const QString &value) { return value.isNull() ? u""_s : value; };
        state.setValue(kRefreshToken, text(refreshToken));
        state.setValue(kUserId, text(user.id));
        state.setValue(kMemberId, text(user.memberId));
        state.setValue(kRole, text(user.role));
        state.setValue(kOrgId, text(user.orgId));
        transaction.commit();
    });
}

void VaultSyncStore::clearSession()
{
    guarded([&] { SyncState(m_vault.database()).remove(kRefreshToken); });
}

AuthUser VaultSyncStore::user()
{
    return guarded([&] {
        SyncState state(m_vault.database());
        return AuthUser { state.value(kUserId), state.value(kMemberId), state.value(kRole),
            state.value(kOrgId) };
    });
}

QString VaultSyncStore::cursor()
{
    return guarded([&] { return SyncState(m_vault.database()).cursor(); });
}

void VaultSyncStore::applyPullPage(const PullPage &page)
{
    guarded([&] {
        SqliteDatabase &db = m_vault.database();
        // A long pull (a first sync, a snapshot) keeps its B-tree pages in memory rather than
        // reading and decrypting them again for every page; the cache shrinks back after it.
        // Its pages are written to the write-ahead log without waiting for the disk at each
        // commit (synchronous NORMAL: a power cut may lose the last pages, which the cursor
        // then fetches again; the vault stays consistent), instead of an fsync per page.
        // (The vault's own cache may be larger already: it is then kept.)
        // The log is copied into the vault (a checkpoint) once at the end rather than after
        // every page: a checkpoint writes again every page the last ones touched (the search
        // index's, the tables' inner pages), which took a third of a first sync's time. A pull
        // cut short leaves the larger limit until the next pull ends; the log stays bounded.
        if (page.hasMore && m_cacheSize == 0) {
            m_cacheSize = db.scalar("PRAGMA cache_size").toLongLong();
            if (m_cacheSize > -kPullCacheKiB && m_cacheSize < kPullCacheKiB)
                db.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kPullCacheKiB));
            db.exec("PRAGMA synchronous = NORMAL");
            db.exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(kPullWalPages));
        }
        Transaction transaction(db);
        ReplicaWriter(db).applyPage(page);
        transaction.commit();
        if (!page.hasMore && m_cacheSize != 0) {
            db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(std::exchange(m_cacheSize, 0)));
            db.exec("PRAGMA synchronous = FULL");
            db.exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(kDefaultWalPages));
            // The log back into the vault, and its file emptied (it may have grown to the limit).
            db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    });
}

void VaultSyncStore::restartPull()
{
    guarded([&] {
        Transaction transaction(m_vault.database());
        ReplicaWriter(m_vault.database()).restart();
        transaction.commit();
    });
}

QList<WireMutation> VaultSyncStore::pendingMutations(int limit)
{
    return guarded([&] {
        QList<WireMutation> mutations;
        for (const PendingMutation &pending : Outbox(m_vault.database()).pending(limit))
            mutations.append({ pending.id, pending.name, pending.args });
        return mutations;
    });
}

int VaultSyncStore::pendingCount()
{
    return guarded([&] { return Outbox(m_vault.database()).pendingCount(); });
}

int VaultSyncStore::acknowledge(const PushReply &reply)
{
    return guarded([&] {
        SqliteDatabase &db = m_vault.database();
        Transaction transaction(db);
        PendingRows pending(db);
        const QList<RowRef> touched = pending.touchedUpTo(reply.lastMutationId);
        QList<MutationResult> results;
        for (const WireMutationResult &result : reply.results)
            results.append({ result.id, result.applied, result.errorCode, result.errorMessage });
        // Temporary passwords (result data) are kept before the outbox forgets who asked.
        AccountSecrets(db).record(reply, m_clock());
        const QList<RejectedMutation> rejected
            = Outbox(db).acknowledge(reply.lastMutationId, results, m_clock());
        QSet<qint64> rejectedIds;
        for (const RejectedMutation &rejection : rejected)
            rejectedIds.insert(rejection.id);
        ReplicaWriter writer(db);
        for (const SyncChange &change : pending.resolve(touched, rejectedIds))
            writer.applyRow(change);
        // A rejected share leaves attachments nothing references.
        if (!rejected.isEmpty())
            BlobCatalog(db).removeUnreferenced();
        transaction.commit();
        return int(rejected.size());
    });
}

QList<BlobWant> VaultSyncStore::wantedBlobs(int limit)
{
    return guarded([&] { return BlobCatalog(m_vault.database()).wanted(limit, m_clock()); });
}

std::optional<BlobWant> VaultSyncStore::blobWant(const QString &sha256)
{
    return guarded([&] { return BlobCatalog(m_vault.database()).find(sha256); });
}

qint64 VaultSyncStore::beginBlob(const BlobWant &blob)
{
    return guarded(
        [&] { return BlobStore(m_vault.database()).begin(blob.sha256, blob.size, blob.mime); });
}

void VaultSyncStore::appendBlob(const QString &sha256, const QByteArray &bytes)
{
    guarded([&] {
        if (!BlobStore(m_vault.database()).append(sha256, bytes))
            throw SyncStoreError("the blob cannot take these bytes");
    });
}

bool VaultSyncStore::finishBlob(const QString &sha256)
{
    return guarded([&] { return BlobStore(m_vault.database()).finish(sha256); });
}

void VaultSyncStore::discardBlob(const QString &sha256)
{
    guarded([&] {
        BlobStore store(m_vault.database());
        if (!store.isComplete(sha256))
            store.remove(sha256);
    });
}

bool VaultSyncStore::hasBlob(const QString &sha256)
{
    return guarded([&] { return BlobStore(m_vault.database()).isComplete(sha256); });
}

QByteArray VaultSyncStore::readBlob(const QString &sha256, qint64 offset, qint64 length)
{
    return guarded([&] {
        BlobStore store(m_vault.database());
        const qint64 size = store.size(sha256);
        if (!store.isComplete(sha256) || offset < 0 || offset >= size)
            return QByteArray();
        const qint64 end = std::min(size, offset + length);
        QByteArray bytes;
        bytes.reserve(end - offset);
        for (qint64 seq = offset / BlobStore::kChunkSize; seq * BlobStore::kChunkSize < end;
             ++seq) {
            const qint64 start = seq * BlobStore::kChunkSize;
            const QByteArray chunk = store.chunk(sha256, seq);
            const qint64 from = std::max(offset, start) - start;
            const qint64 to = std::min(end, start + qint64(chunk.size())) - start;
            bytes.append(chunk.mid(from, to - from));
        }
        return bytes;
    });
}

QDateTime VaultSyncStore::lastSuccess()
{
    return guarded(
        [&] { return Timestamps::fromIso(SyncState(m_vault.database()).value(kLastSuccess)); });
}

void VaultSyncStore::setLastSuccess(const QDateTime &time)
{
    guarded([&] { SyncState(m_vault.database()).setValue(kLastSuccess, Timestamps::toIso(time)); });
}

void VaultSyncStore::wipe()
{
    const VaultError error = m_vault.wipe();
    if (!error.ok())
        throw SyncStoreError((u"wiping the vault failed: "_s + error.codeName()).toStdString());
}
