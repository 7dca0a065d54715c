#include "clientdevice.h"

#include "accountsignin.h"
#include "authsession.h"
#include "networktransport.h"
#include "replicastore.h"
#include "serveraddress.h"
#include "vault.h"
#include "vaultsyncstore.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
QString &trustedRootKey()
{
    static QString key;
    return key;
}
} // namespace

void ClientDevice::trustRootKey(const QString &base64)
{
    trustedRootKey() = base64;
}

bool ClientDevice::trustDemoRootKey(const QString &accountsFile)
{
    QFile file(QFileInfo(accountsFile).absoluteDir().filePath(u"root-key.pub"_s));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    trustRootKey(QString::fromLatin1(file.readAll().trimmed()));
    return true;
}

ClientDevice::ClientDevice(QUrl server)
    : m_server(std::move(server))
{
    m_transport
        = std::make_unique<NetworkTransport>(&m_network, ServerAddress::parse(m_server.toString()));
    m_transport->setTimeout(std::chrono::seconds(10));
}

ClientDevice::~ClientDevice()
{
    m_engine.reset();
    m_store.reset();
    if (m_vault && m_vault->isOpen())
        m_vault->lock();
}

std::unique_ptr<ClientDevice> ClientDevice::signedIn(
    const QUrl &server, const QString &login, const QString &password)
{
    auto device = std::make_unique<ClientDevice>(server);
    QString error;
    if (!device->signIn(login, password, &error))
        qFatal("sign-in of %s failed: %s", qPrintable(login), qPrintable(error));
    return device;
}

bool ClientDevice::signIn(const QString &login, const QString &password, QString *error)
{
    AccountSignIn signIn(m_transport.get(), m_dir.path(), KdfParams::fastForTests());
    signIn.setDevice(u"test device"_s, u"test"_s);
    if (!trustedRootKey().isEmpty())
        signIn.setRootKey(trustedRootKey());
    bool done = false;
    QEventLoop loop;
    signIn.signIn(login, password, u"246810"_s, [&](AccountSignIn::Outcome &outcome) {
        done = true;
        if (!outcome.error.isNull()) {
            *error = outcome.error.code() + u": "_s + outcome.error.message();
        } else {
            m_vault = std::move(outcome.vault);
            m_tokens = outcome.tokens;
        }
        loop.quit();
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    if (!done)
        loop.exec();
    if (!done) {
        *error = u"sign-in did not finish within 30 s"_s;
        return false;
    }
    if (!m_vault)
        return false;
    m_store = std::make_unique<VaultSyncStore>(*m_vault);
    makeEngine();
    return true;
}

void ClientDevice::makeEngine()
{
    m_engine = std::make_unique<SyncEngine>(m_transport.get(), m_store.get());
    m_engine->auth().adopt(m_tokens);
}

void ClientDevice::setServer(const QUrl &server)
{
    m_server = server;
    m_transport
        = std::make_unique<NetworkTransport>(&m_network, ServerAddress::parse(server.toString()));
    m_transport->setTimeout(std::chrono::seconds(10));
    if (m_store)
        makeEngine();
}

bool ClientDevice::sync(QString *error, int timeoutMs)
{
    QSignalSpy finished(m_engine.get(), &SyncEngine::finished);
    if (!m_engine->start()) {
        if (error)
            *error = u"the engine did not start"_s;
        return false;
    }
    if (!finished.wait(timeoutMs)) {
        if (error)
            *error = u"the sync did not finish within %1 ms"_s.arg(timeoutMs);
        return false;
    }
    const bool ok = finished.first().first().toBool();
    if (!ok && error)
        *error = m_engine->lastError().code() + u": "_s + m_engine->lastError().message();
    return ok;
}

bool ClientDevice::syncUntilSuccess(int attempts, QString *error)
{
    for (int i = 0; i < attempts; ++i) {
        if (sync(error))
            return true;
    }
    return false;
}

SqliteDatabase &ClientDevice::db()
{
    return m_vault->database();
}

LocalActions ClientDevice::actions()
{
    return LocalActions(m_vault->database());
}

QString ClientDevice::deviceId()
{
    return m_store->deviceId();
}

ClientDevice::Rows ClientDevice::rows()
{
    ReplicaStore replica(m_vault->database());
    Rows result;
    for (const QString &type : ReplicaStore::types()) {
        for (const QJsonObject &row : replica.all(type))
            result[type].insert(row.value(u"id"_s).toString(), row);
    }
    return result;
}

int ClientDevice::count(const QString &type)
{
    return ReplicaStore(m_vault->database()).count(type);
}
