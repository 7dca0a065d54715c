#include "accountsignin.h"

#include "accountsync.h"
#include "authsession.h"
#include "documentverification.h"
#include "loginrequest.h"
#include "privatefiles.h"
#include "replicastore.h"
#include "roomidentitystore.h"
#include "securebuffer.h"
#include "syncerrors.h"
#include "synclog.h"
#include "syncstate.h"
#include "tlsprofilestore.h"
#include "vault.h"
#include "vaultsyncstore.h"

#include <QDir>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSysInfo>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

AccountSignIn::AccountSignIn(
    HttpTransport *transport, QString dataDir, KdfParams kdf, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_dataDir(std::move(dataDir))
    , m_kdf(kdf)
    , m_session(new AuthSession(transport, nullptr, this))
    , m_deviceName(QSysInfo::machineHostName())
    , m_platform(QSysInfo::prettyProductName())
{ }

AccountSignIn::~AccountSignIn()
{
    m_opening.waitForFinished(); // the worker uses m_vault
}

void AccountSignIn::setDevice(const QString &name, const QString &platform)
{
    m_deviceName = name;
    m_platform = platform;
}

QString AccountSignIn::accountDir(const QString &dataDir, const QString &id)
{
    // The same rule VaultSession applies to current-account.
    static const QRegularExpression plainId(u"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"_s);
    if (!plainId.match(id).hasMatch())
        return {};
    return QDir(dataDir).filePath(u"accounts/"_s + id);
}

bool AccountSignIn::writeCurrentAccount(const QString &dataDir, const QString &id)
{
    const QString path = QDir(dataDir).filePath(u"current-account"_s);
    QSaveFile file(path);
    if (!PrivateFiles::makeDir(dataDir) || !file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(id.toUtf8() + '\n');
    return file.commit() && PrivateFiles::restrictFile(path);
}

void AccountSignIn::signIn(
    const QString &login, const QString &password, const QString &pin, Done done)
{
    m_login = login;
    m_password = password;
    m_pin = pin;
    m_done = std::move(done);
    m_checked.reset();
    // The vault (and so its device id) is only known once the server says who this is.
    const QString provisional = QUuid::createUuid().toString(QUuid::WithoutBraces);
    this->login(provisional,
        [this, provisional](const AuthTokens &tokens) { startVault(tokens, provisional); });
}

void AccountSignIn::checkPassword(const QString &login, const QString &password, Done done)
{
    m_login = login;
    m_password = password;
    wipeString(m_pin);
    m_done = std::move(done);
    m_checked.reset();
    m_provisionalDevice = QUuid::createUuid().toString(QUuid::WithoutBraces);
    this->login(m_provisionalDevice, [this](const AuthTokens &tokens) {
        m_checked = tokens;
        Outcome outcome { {}, nullptr, tokens };
        if (m_done)
            std::exchange(m_done, {})(outcome);
    });
}

void AccountSignIn::openVault(const QString &pin, Done done)
{
    m_done = std::move(done);
    if (!m_checked)
        return fail(SyncErrors::badResponse(u"sign-in: the password was not checked"_s));
    m_pin = pin;
    startVault(*m_checked, m_provisionalDevice);
}

void AccountSignIn::abandon(std::function<void()> done)
{
    m_done = {};
    wipeSecrets();
    if (!std::exchange(m_checked, std::nullopt))
        return done();
    m_session->logout(this, std::move(done));
}

void AccountSignIn::login(const QString &deviceId, std::function<void(const AuthTokens &)> next)
{
    // A new room key for every sign-in: the certificate answered is for this one.
    m_roomKey = PublicationSignature::generateKeyPair();
    const LoginRequest request { m_login, m_password, deviceId, m_deviceName, m_platform,
        PublicationSignature::toBase64(m_roomKey.publicKey) };
    m_session->login(
        request, this, [this, next = std::move(next)](const ApiResult<AuthTokens> &result) {
            if (!result.ok())
                return fail(result.error());
            next(result.value());
        });
}

void AccountSignIn::startVault(const AuthTokens &tokens, const QString &provisionalDevice)
{
    const QString dir = accountDir(m_dataDir, tokens.user.id);
    if (dir.isEmpty())
        return fail(SyncErrors::badResponse(u"login: the user id is not a plain id"_s));
    Vault::Options options;
    options.accountDir = dir;
    options.kdf = m_kdf;
    m_vault = std::make_unique<Vault>(options);
    const bool existed = m_vault->exists();
    m_opening.disconnect(this);
    connect(&m_opening, &QFutureWatcherBase::finished, this, [this, tokens, provisionalDevice] {
        vaultOpened(m_opening.result(), tokens, provisionalDevice);
    });
    m_opening.setFuture(
        QtConcurrent::run([vault = m_vault.get(), pin = m_pin, existed]() -> VaultError {
            try {
                return existed ? vault->unlock(pin) : vault->create(pin);
            } catch (const std::exception &error) {
                return VaultError(VaultError::Io, QString::fromUtf8(error.what()));
            }
        }));
}

void AccountSignIn::vaultOpened(
    const VaultError &opened, const AuthTokens &tokens, const QString &provisionalDevice)
{
    if (!opened.ok()) {
        if (m_checked) {
            // The password was checked apart: keep it and the session, so that the PIN can
            // be typed again without signing in again.
            wipeString(m_pin);
            Outcome outcome { ApiError(opened.codeName(), opened.message()), std::move(m_vault),
                {} };
            if (m_done)
                std::exchange(m_done, {})(outcome);
            return;
        }
        m_session->logout(this, [] {});
        return fail(ApiError(opened.codeName(), opened.message()));
    }
    QString deviceId;
    try {
        deviceId = SyncState(m_vault->database()).value(u"device_id"_s);
    } catch (const StorageError &error) {
        return fail(SyncErrors::localStorage(QString::fromUtf8(error.what())));
    }
    if (!deviceId.isEmpty() && deviceId != provisionalDevice) {
        // This vault's pending mutations are numbered for its own device: sign in as it.
        m_session->logout(this, [this, deviceId] {
            login(deviceId, [this](const AuthTokens &again) { keep(again); });
        });
        return;
    }
    try {
        VaultSyncStore(*m_vault).setDeviceId(provisionalDevice);
    } catch (const SyncStoreError &error) {
        return fail(SyncErrors::localStorage(QString::fromUtf8(error.what())));
    }
    keep(tokens);
}

void AccountSignIn::keep(const AuthTokens &tokens)
{
    try {
        // The root key first: a sign-in that would change it keeps nothing.
        if (!m_rootKey.isEmpty()) {
            switch (RootKeyStore::pin(m_vault->database(), m_rootKey)) {
            case RootKeyStore::PinResult::Pinned: {
                // Documents an earlier session kept apart for want of a key are checked now.
                ReplicaStore replica(m_vault->database());
                DocumentVerification(m_vault->database(), replica).recheck();
                break;
            }
            case RootKeyStore::PinResult::Same:
                break;
            case RootKeyStore::PinResult::Different:
                return fail(ApiError(u"root_key_mismatch"_s,
                    tr("Tài khoản này đã ghi nhận một khóa gốc khác; khóa gốc không được đổi.")));
            case RootKeyStore::PinResult::Invalid:
                return fail(ApiError(u"invalid_root_key"_s, tr("Khóa gốc không hợp lệ.")));
            }
        }
        // The meeting room's key and certificate (DESIGN.md 8.8): a server key other than the
        // pinned one, or a certificate that does not verify, keeps nothing and only means the
        // room is not offered; reading and syncing go on.
        switch (RoomIdentityStore::keep(m_vault->database(), tokens.roomPublicKey,
            m_roomKey.secretKey, tokens.deviceCertificate)) {
        case RoomIdentityStore::Result::Kept:
        case RoomIdentityStore::Result::None:
            break;
        case RoomIdentityStore::Result::Different:
            qCWarning(lcSync) << "the server's room key is not the pinned one: no room certificate";
            break;
        case RoomIdentityStore::Result::Invalid:
            qCWarning(lcSync) << "the server's room certificate did not verify: not kept";
            break;
        }
        VaultSyncStore(*m_vault).saveSession(tokens.refreshToken, tokens.user);
        if (m_server.isValid())
            AccountSync::storeServer(*m_vault, m_server);
        if (!m_tlsProfile.isEmpty())
            TlsProfileStore::save(*m_vault, m_tlsProfile);
    } catch (const SyncStoreError &error) {
        return fail(SyncErrors::localStorage(QString::fromUtf8(error.what())));
    } catch (const StorageError &error) {
        return fail(SyncErrors::localStorage(QString::fromUtf8(error.what())));
    }
    if (!writeCurrentAccount(m_dataDir, tokens.user.id))
        return fail(SyncErrors::localStorage(u"cannot write current-account"_s));
    Outcome outcome { {}, std::move(m_vault), tokens };
    m_checked.reset();
    wipeSecrets();
    if (m_done)
        std::exchange(m_done, {})(outcome);
}

void AccountSignIn::fail(const ApiError &error)
{
    Outcome outcome { error, std::move(m_vault), {} };
    m_checked.reset();
    wipeSecrets();
    if (m_done)
        std::exchange(m_done, {})(outcome);
}

void AccountSignIn::wipeSecrets()
{
    wipeString(m_password);
    wipeString(m_pin);
    m_roomKey.secretKey.fill('\0');
    m_roomKey = {};
}
