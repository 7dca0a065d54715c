// The sync stack of one signed-in account whose vault is open: the network transport to its
// server, the vault-backed SyncStore, the SyncEngine and its SyncScheduler. Built when the
// vault opens, destroyed when it locks. Also the account's authenticated calls that are not
// sync: sign out and password change.
#pragma once

#include "apierror.h"
#include "serveraddress.h"
#include "tlsprofile.h"

#include <QObject>
#include <functional>
#include <memory>
#include <optional>

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
    // `vault` must be open and stay open while this object lives (not owned). The transport
    // trusts what the account's TLS profile says (docs/decisions.md, "TLS pinning"):
    // `configured` when given (as `handbook sync --ca` does: stored with the account once a
    // sync has worked with it), else the profile stored in the vault at sign-in, else the
    // shipped server-ca.pem (TlsProfile::shipped), else the system's CAs. A stored profile
    // that cannot be read trusts no server at all rather than fall back.
    AccountSync(Vault &vault, const ServerAddress &server,
        const std::optional<TlsProfile> &configured = std::nullopt, QObject *parent = nullptr);
    ~AccountSync() override;

    // The server address stored with the account (see storeServer), or an invalid address
    // for a vault that never signed in (a device-only vault).
    [[nodiscard]] static ServerAddress storedServer(Vault &vault);
    // Remembers the account's server in the vault (sign-in and `handbook sync` do this).
    static void storeServer(Vault &vault, const ServerAddress &server);

    [[nodiscard]] SyncEngine &engine() { return *m_engine; }
    [[nodiscard]] SyncScheduler &scheduler() { return *m_scheduler; }
    [[nodiscard]] ServerAddress server() const { return m_server; }
    // What the transport trusts for the server's certificate (see the constructor).
    [[nodiscard]] const TlsProfile &tlsProfile() const { return m_server.tlsProfile(); }
    // The profile a sign-in must trust to keep what this account trusts: the configured or
    // stored one, without the shipped fallback (empty when neither).
    [[nodiscard]] const TlsProfile &accountTlsProfile() const { return m_accountTls; }
    // Restricted documents, fetched on demand and kept in memory only.
    [[nodiscard]] DocumentFetcher *documentFetcher() { return m_fetcher.get(); }

    // POST /v1/auth/password. `done` gets a null error on success, else the server's
    // (Vietnamese) error.
    void changePassword(const QString &oldPassword, const QString &newPassword,
        std::function<void(const ApiError &)> done);
    // POST /v1/auth/logout, best effort (offline is fine); then `done`.
    void logout(std::function<void()> done);

Q_SIGNALS:
    // A sync stored a new room certificate or revocation list (RoomCertificateRenewal): the
    // meeting room may be offered now (RoomIdentityStore::identity).
    void roomIdentityRenewed();

private:
    // The profile of the constructor's rules; sets m_accountTls and m_storeConfigured.
    [[nodiscard]] TlsProfile chooseTlsProfile(const std::optional<TlsProfile> &configured);

    Vault &m_vault;
    ServerAddress m_server;
    TlsProfile m_accountTls;
    bool m_storeConfigured = false; // store the configured profile after the first good sync
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<NetworkTransport> m_transport;
    std::unique_ptr<VaultSyncStore> m_store;
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<SyncScheduler> m_scheduler;
    std::unique_ptr<DocumentFetcher> m_fetcher;
};
