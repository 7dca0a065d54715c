// One client installation for integration tests: its own data directory, signed in through
// AccountSignIn (cheap Argon2id), a VaultSyncStore and a SyncEngine talking to a server URL
// (the real server, or a FaultyProxy in front of it). Every wait is bounded.
#pragma once

#include "authtokens.h"
#include "localactions.h"
#include "syncengine.h"

#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

class NetworkTransport;
class SqliteDatabase;
class Vault;
class VaultSyncStore;

class ClientDevice
{
public:
    // Every replicated row: type -> id -> data.
    using Rows = QHash<QString, QHash<QString, QJsonObject>>;

    explicit ClientDevice(QUrl server);
    ~ClientDevice();

    // A device of `server` signed in as `login`: the set-up of most client tests, which
    // cannot go on without it, so a failed sign-in stops the test run (qFatal).
    [[nodiscard]] static std::unique_ptr<ClientDevice> signedIn(
        const QUrl &server, const QString &login, const QString &password);

    // The province root key (base64) the devices made from now on pin at sign-in, as a real
    // device pins its shipped or given one; DemoServer::start sets the demo's. Empty: none.
    static void trustRootKey(const QString &base64);
    // The same with the root key `handbook-server demo --accounts <file>` wrote beside that
    // file (root-key.pub); false if there is none.
    static bool trustDemoRootKey(const QString &accountsFile);

    // Logs in and creates this device's vault; false with *error.
    bool signIn(const QString &login, const QString &password, QString *error);
    // One engine run; true when it succeeded (else *error says why).
    bool sync(QString *error = nullptr, int timeoutMs = 60000);
    // Runs until a run succeeds, at most `attempts` times.
    bool syncUntilSuccess(int attempts, QString *error = nullptr);
    // Talks to another URL from now on (the session stays).
    void setServer(const QUrl &server);

    [[nodiscard]] SyncEngine &engine() { return *m_engine; }
    [[nodiscard]] VaultSyncStore &store() { return *m_store; }
    [[nodiscard]] Vault &vault() { return *m_vault; }
    [[nodiscard]] SqliteDatabase &db();
    [[nodiscard]] LocalActions actions();
    [[nodiscard]] QString deviceId();
    [[nodiscard]] QString dataDir() const { return m_dir.path(); }
    // All rows of every type.
    [[nodiscard]] Rows rows();
    [[nodiscard]] int count(const QString &type);

private:
    void makeEngine();

    QTemporaryDir m_dir;
    QUrl m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<NetworkTransport> m_transport;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<VaultSyncStore> m_store;
    std::unique_ptr<SyncEngine> m_engine;
    AuthTokens m_tokens;
};
