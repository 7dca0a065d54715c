// One client installation for the benchmarks, made of the app's own parts: AccountSignIn,
// a SQLCipher vault, VaultSyncStore and SyncEngine over NetworkTransport
// (QNetworkAccessManager), as `handbook sync` does. A counting transport in between records
// every exchange: what was asked, when, and the bytes that crossed the wire.
#pragma once

#include "httptransport.h"
#include "keyenvelope.h"
#include "syncengine.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QUrl>
#include <QUrlQuery>
#include <memory>

class NetworkTransport;
class Vault;
class VaultSyncStore;

// One request and its answer, as the sync engine saw them.
struct Exchange
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    int status = 0;
    qint64 startNs = 0; // on the BenchClient's clock
    qint64 endNs = 0;
    qint64 bodyBytes = 0; // after decompression (Qt drops Content-Length when it decodes)
    bool gzip = false;
};

class CountingTransport : public HttpTransport
{
public:
    explicit CountingTransport(HttpTransport &inner);
    void send(const HttpRequest &request, QObject *context, Handler done) override;

    QList<Exchange> exchanges;
    QByteArray authorization; // the last Authorization header sent (kept in memory only)

private:
    HttpTransport &m_inner;
    QElapsedTimer m_clock;
};

class BenchClient
{
public:
    // Timings of one engine run.
    struct Run
    {
        bool ok = false;
        QString error;
        double seconds = 0; // start() to finished()
        double pushSeconds = 0; // in the Pushing phase
        double pullSeconds = 0; // in the Pulling phase
        SyncProgress progress;
        QList<Exchange> exchanges; // of this run
    };

    // `dataDir` must exist; `kdf` is the Argon2id cost of the vault created at sign-in.
    BenchClient(const QUrl &server, const QString &dataDir, const KdfParams &kdf);
    ~BenchClient();

    // Logs in and creates the vault; false with *error.
    bool signIn(const QString &login, const QString &password, const QString &pin, QString *error);
    // One engine run (attachments off unless asked).
    Run sync(bool blobs = false, int timeoutMs = 900000);

    [[nodiscard]] Vault &vault() { return *m_vault; }
    [[nodiscard]] VaultSyncStore &store() { return *m_store; }
    // The engine (valid after signIn()), for a SyncScheduler of the benchmark's own.
    [[nodiscard]] SyncEngine &engine() { return *m_engine; }
    [[nodiscard]] const QByteArray &authorization() const { return m_counting->authorization; }
    [[nodiscard]] QString dataDir() const { return m_dataDir; }
    // Locks the vault and ends the engine (before another process opens the vault).
    void close();

private:
    QString m_dataDir;
    KdfParams m_kdf;
    QNetworkAccessManager m_network;
    std::unique_ptr<NetworkTransport> m_transport;
    std::unique_ptr<CountingTransport> m_counting;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<VaultSyncStore> m_store;
    std::unique_ptr<SyncEngine> m_engine;
};
