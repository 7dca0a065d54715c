// The sync stack of one signed-in account whose vault is open: the network transport to its
// server, the vault-backed SyncStore, the SyncEngine and its SyncScheduler. Built when the
// vault opens, destroyed when it locks. Also the account's authenticated calls that are not
// sync: sign out and password change.
#pragma once

#include "apierror.h"
#include "serveraddress.h"

#include <QObject>
#include <functional>
#include <memory>

class DocumentFetcher;
class NetworkTransport;
class QNetworkAccessManager;
class SyncEngine;
class SyncScheduler;
class Vault;
class VaultSyncStore;

class AccountSync : public QObject
{
    Q_OBJECT

public:
    // `vault` must be open and stay open while this object lives (not owned).
    AccountSync(Vault &vault, const ServerAddress &server, QObject *parent = nullptr);
    ~AccountSync() override;

    // The server address stored with the account (see storeServer), or an invalid address
    // for a vault that never signed in (a device-only vault).
    [[nodiscard]] static ServerAddress storedServer(Vault &vault);
    // Remembers the account's server in the vault (sign-in and `handbook sync` do this).
    static void storeServer(Vault &vault, const ServerAddress &server);

    [[nodiscard]] SyncEngine &engine() { return *m_engine; }
    [[nodiscard]] SyncScheduler &scheduler() { return *m_scheduler; }
    [[nodiscard]] ServerAddress server() const { return m_server; }
    // Restricted documents, fetched on demand and kept in memory only.
    [[nodiscard]] DocumentFetcher *documentFetcher() { return m_fetcher.get(); }

    // POST /v1/auth/password. `done` gets a null error on success, else the server's
    // (Vietnamese) error.
    void changePassword(const QString &oldPassword, const QString &newPassword,
        std::function<void(const ApiError &)> done);
    // POST /v1/auth/logout, best effort (offline is fine); then `done`.
    void logout(std::function<void()> done);

private:
    ServerAddress m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<NetworkTransport> m_transport;
    std::unique_ptr<VaultSyncStore> m_store;
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<SyncScheduler> m_scheduler;
    std::unique_ptr<DocumentFetcher> m_fetcher;
};
