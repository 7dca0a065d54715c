// The SyncStore of one account, over its open Vault: the refresh token, device id and cursor
// in sync_state, pages applied by ReplicaWriter, the Outbox with rollback of rejections,
// attachments in the BlobStore. Every vault failure becomes a SyncStoreError.
#pragma once

#include "syncstore.h"

#include <functional>

class Vault;

class VaultSyncStore : public SyncStore
{
public:
    using Clock = std::function<QDateTime()>;

    // `vault` is not owned; it must be open while the store is used (calls on a locked or
    // wiped vault throw SyncStoreError).
    explicit VaultSyncStore(Vault &vault, Clock clock = {});

    QString deviceId() override;
    QString refreshToken() override;
    void saveSession(const QString &refreshToken, const AuthUser &user) override;
    QString cursor() override;
    void applyPullPage(const PullPage &page) override;
    void restartPull() override;
    QList<WireMutation> pendingMutations(int limit) override;
    int pendingCount() override;
    int acknowledge(const PushReply &reply) override;
    QList<BlobWant> wantedBlobs(int limit) override;
    std::optional<BlobWant> blobWant(const QString &sha256) override;
    qint64 beginBlob(const BlobWant &blob) override;
    void appendBlob(const QString &sha256, const QByteArray &bytes) override;
    bool finishBlob(const QString &sha256) override;
    void discardBlob(const QString &sha256) override;
    bool hasBlob(const QString &sha256) override;
    QByteArray readBlob(const QString &sha256, qint64 offset, qint64 length) override;
    QDateTime lastSuccess() override;
    void setLastSuccess(const QDateTime &time) override;
    void wipe() override;

    // The signed-in user as last saved (empty id when never signed in).
    [[nodiscard]] AuthUser user();
    // Sets this vault's device id (only when signing in creates the vault).
    void setDeviceId(const QString &id);
    // Forgets the session (sign out): the refresh token is deleted from the vault.
    void clearSession();

private:
    template<typename Work> auto guarded(Work work) -> decltype(work());

    Vault &m_vault;
    Clock m_clock;
    qint64 m_cacheSize = 0; // the connection's own page cache size while a pull runs with more
};
