#include "accountsync.h"

#include "authsession.h"
#include "documentfetcher.h"
#include "networktransport.h"
#include "protocol.h"
#include "roomcertificaterenewal.h"
#include "syncengine.h"
#include "syncerrors.h"
#include "syncscheduler.h"
#include "syncstate.h"
#include "tlsprofilestore.h"
#include "vault.h"
#include "vaultsyncstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QPointer>

Q_LOGGING_CATEGORY(lcAccountSync, "handbook.account.sync", QtWarningMsg)

using namespace Qt::StringLiterals;

namespace {
const auto kServerKey = u"server_url"_s;

// A profile no server satisfies: the system's CAs plus a pin that no key hashes to. Used
// when the stored profile cannot be read, so every request fails as tls_untrusted instead of
// trusting more than the account was told to.
TlsProfile trustingNothing()
{
    TlsProfile profile;
    QString error;
    (void)profile.addPin(QString::fromLatin1(QByteArray(32, '\0').toBase64()), &error);
    return profile;
}
} // namespace

AccountSync::AccountSync(Vault &vault, const ServerAddress &server,
    const std::optional<TlsProfile> &configured, QObject *parent)
    : QObject(parent)
    , m_vault(vault)
    , m_server(server)
    , m_network(std::make_unique<QNetworkAccessManager>())
    , m_transport(std::make_unique<NetworkTransport>(m_network.get(), server))
    , m_store(std::make_unique<VaultSyncStore>(vault))
    , m_engine(std::make_unique<SyncEngine>(m_transport.get(), m_store.get()))
    , m_scheduler(std::make_unique<SyncScheduler>(m_engine.get()))
    , m_fetcher(std::make_unique<DocumentFetcher>(&m_engine->auth()))
{
    // The meeting room's device certificate (and a secretary's revocation list) after the pull.
    connect(RoomCertificateRenewal::install(*m_engine, m_vault), &RoomCertificateRenewal::renewed,
        this, &AccountSync::roomIdentityRenewed);
    m_server.setTlsProfile(chooseTlsProfile(configured));
    m_transport->setTlsProfile(m_server.tlsProfile());
    if (m_storeConfigured) {
        // Like `handbook sync --ca`: a profile given now replaces the stored one only once a
        // sync has worked with it (a wrong one must not lock the account out).
        connect(m_engine.get(), &SyncEngine::finished, this, [this](bool ok) {
            if (!ok || !m_storeConfigured)
                return;
            try {
                TlsProfileStore::save(m_vault, m_accountTls);
                m_storeConfigured = false;
            } catch (const StorageError &error) {
                qCWarning(lcAccountSync) << "cannot store the TLS profile:" << error.what();
            }
        });
    }
    m_scheduler->watchSystemNetwork();
}

TlsProfile AccountSync::chooseTlsProfile(const std::optional<TlsProfile> &configured)
{
    std::optional<TlsProfile> stored;
    try {
        stored = TlsProfileStore::load(m_vault);
    } catch (const StorageError &error) {
        qCWarning(lcAccountSync) << "cannot read the TLS profile:" << error.what();
    }
    if (configured) {
        m_accountTls = *configured;
        m_storeConfigured = !stored || *stored != *configured;
        return configured->isEmpty() ? TlsProfile::shipped() : *configured;
    }
    if (!stored) {
        qCWarning(lcAccountSync) << "the stored TLS profile cannot be read: trusting no server";
        return trustingNothing();
    }
    m_accountTls = *stored;
    return stored->isEmpty() ? TlsProfile::shipped() : *stored;
}

AccountSync::~AccountSync()
{
    // Replies in flight refer to the engine and the store: drop them first.
    m_fetcher.reset();
    m_scheduler.reset();
    m_engine.reset();
    m_transport.reset();
    m_network.reset();
}

ServerAddress AccountSync::storedServer(Vault &vault)
{
    const QString text = SyncState(vault.database()).value(kServerKey);
    return text.isEmpty() ? ServerAddress() : ServerAddress::parse(text);
}

void AccountSync::storeServer(Vault &vault, const ServerAddress &server)
{
    SyncState(vault.database()).setValue(kServerKey, server.toString());
}

void AccountSync::changePassword(const QString &oldPassword, const QString &newPassword,
    std::function<void(const ApiError &)> done)
{
    HttpRequest request;
    request.method = "POST";
    request.path = QString(Protocol::Path::AuthPassword);
    request.body = QJsonDocument(
        QJsonObject { { u"old_password"_s, oldPassword }, { u"new_password"_s, newPassword } })
                       .toJson(QJsonDocument::Compact);
    m_engine->auth().send(request, this,
        [done = std::move(done)](const HttpResponse &response) { done(SyncErrors::of(response)); });
}

void AccountSync::logout(std::function<void()> done)
{
    m_engine->auth().logout(this, std::move(done));
}
