#include "accountsync.h"

#include "authsession.h"
#include "documentfetcher.h"
#include "networktransport.h"
#include "protocol.h"
#include "syncengine.h"
#include "syncerrors.h"
#include "syncscheduler.h"
#include "syncstate.h"
#include "vault.h"
#include "vaultsyncstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace {
const auto kServerKey = u"server_url"_s;
} // namespace

AccountSync::AccountSync(Vault &vault, const ServerAddress &server, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_network(std::make_unique<QNetworkAccessManager>())
    , m_transport(std::make_unique<NetworkTransport>(m_network.get(), server))
    , m_store(std::make_unique<VaultSyncStore>(vault))
    , m_engine(std::make_unique<SyncEngine>(m_transport.get(), m_store.get()))
    , m_scheduler(std::make_unique<SyncScheduler>(m_engine.get()))
    , m_fetcher(std::make_unique<DocumentFetcher>(&m_engine->auth()))
{
    m_scheduler->watchSystemNetwork();
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
    request.body = QJsonDocument(QJsonObject { { u"old_password"_s, oldPassword },
                                     { u"new_password"_s, newPassword } })
                       .toJson(QJsonDocument::Compact);
    m_engine->auth().send(request, this,
        [done = std::move(done)](const HttpResponse &response) { done(SyncErrors::of(response)); });
}

void AccountSync::logout(std::function<void()> done)
{
    m_engine->auth().logout(this, std::move(done));
}
