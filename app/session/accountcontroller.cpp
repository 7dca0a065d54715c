#include "accountcontroller.h"

#include "accountsignin.h"
#include "accountsync.h"
#include "authsession.h"
#include "authtokens.h"
#include "networktransport.h"
#include "securebuffer.h"
#include "serveraddress.h"
#include "serverprofiletext.h"
#include "synccontroller.h"
#include "syncengine.h"
#include "syncscheduler.h"
#include "syncstate.h"
#include "tlsprofilestore.h"
#include "vaultsession.h"
#include "vaultsyncstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSysInfo>
#include <QTimer>

Q_LOGGING_CATEGORY(lcAccount, "handbook.account", QtWarningMsg)

using namespace Qt::StringLiterals;

namespace {
const auto kMustChangePassword = u"must_change_password"_s;
const auto kServerProfile = u"server-profile.json"_s;
// Signing out waits this long for the server before erasing the data anyway.
constexpr int kLogoutWaitMs = 5000;
constexpr int kMinPasswordLength = 8;
} // namespace

AccountController::AccountController(
    VaultSession *session, QString dataDir, KdfParams kdf, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_dataDir(std::move(dataDir))
    , m_kdf(kdf)
    , m_serverAddress(shippedServer(m_dataDir))
    , m_room(std::make_unique<RoomController>(session))
{
    connect(session, &VaultSession::stateChanged, this, &AccountController::onSessionStateChanged);
    connect(this, &AccountController::syncChanged, this, &AccountController::deliveryChanged);
    connect(session, &VaultSession::localChangeQueued, this, [this] {
        if (m_syncController)
            m_syncController->localChangeMade();
    });
    onSessionStateChanged();
}

AccountController::~AccountController()
{
    stopSync();
}

AccountController::Screen AccountController::screen() const
{
    if (m_stage == Stage::SigningIn)
        return Working;
    if (m_stage == Stage::PinNeeded)
        return ChoosePin;
    if (m_stage == Stage::Reauthenticate || m_stage == Stage::CheckingPassword)
        return SignIn;
    switch (m_session->state()) {
    case VaultSession::NoVault:
        return SignIn;
    case VaultSession::Locked:
        return Unlock;
    case VaultSession::Busy:
        return Working;
    case VaultSession::Unlocked:
        return m_mustChangePassword ? ChangePassword : Home;
    }
    return Working;
}

bool AccountController::pinExists() const
{
    return m_stage == Stage::PinNeeded && m_pinExists;
}

DocumentFetcher *AccountController::documentFetcher() const
{
    return m_sync ? m_sync->documentFetcher() : nullptr;
}

QString AccountController::unsentNote() const
{
    if (m_syncController)
        return m_syncController->deliveryText();
    return tr("Chưa gửi: đang chờ đăng nhập với máy chủ; sẽ gửi sau khi đăng nhập.");
}

void AccountController::setDefaultServer(const QString &address)
{
    if (m_serverAddress == address)
        return;
    m_serverAddress = address;
    Q_EMIT accountChanged();
}

QString AccountController::shippedServer(const QString &dataDir)
{
    QStringList places { QDir(dataDir).filePath(kServerProfile) };
    if (QCoreApplication::instance())
        places << QDir(QCoreApplication::applicationDirPath()).filePath(kServerProfile);
    for (const QString &path : std::as_const(places)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject profile = QJsonDocument::fromJson(file.read(64 * 1024)).object();
        const ServerAddress address
            = ServerAddress::parse(profile.value(u"server_url"_s).toString());
        if (address.isValid())
            return address.toString();
        qCWarning(lcAccount) << "ignoring" << path << "(no valid server_url)";
    }
    return {};
}

bool AccountController::beginSignIn(
    const QString &server, const QString &login, const QString &password)
{
    if (m_busy || m_stage == Stage::CheckingPassword || m_stage == Stage::PinNeeded)
        return false;
    // The field also takes a server profile line (the QR code of a temporary password slip,
    // ServerProfileText): the address, then the keys to pin for it.
    const ServerProfileText profileText = ServerProfileText::parse(server);
    ServerAddress address = ServerAddress::parse(profileText.server);
    if (!address.isValid()) {
        setError(address.errorMessage());
        return false;
    }
    TlsProfile pinsOnly;
    for (const QString &pin : profileText.pins) {
        QString pinError;
        if (!pinsOnly.addPin(pin, &pinError)) {
            setError(tr("Mã máy chủ sau địa chỉ không đúng. Hãy quét lại mã QR trên phiếu "
                        "hoặc chỉ nhập địa chỉ máy chủ."));
            return false;
        }
    }
    if (login.trimmed().isEmpty() || password.isEmpty()) {
        setError(tr("Hãy nhập tên đăng nhập và mật khẩu."));
        return false;
    }
    m_serverAddress = address.toString();
    m_login = login.trimmed();
    m_stageBeforeSignIn = m_stage == Stage::Reauthenticate ? Stage::Reauthenticate : Stage::Idle;
    Q_EMIT accountChanged();
    clearError();
    // The password goes only to a server the account trusts (docs/decisions.md, "TLS
    // pinning"): the configured profile, or what the account trusted before when signing in
    // again to the same server, else the shipped one (else the system's CAs).
    TlsProfile accountTls = m_configuredTls.value_or(
        m_stageBeforeSignIn == Stage::Reauthenticate && m_reauthServer == address.toString()
            ? m_reauthTls
            : TlsProfile());
    // Pins typed or scanned with the address bind the account to that server's key, on top of
    // the CAs it trusts (the shipped ones when none is configured); stored with the account.
    if (!pinsOnly.pins().isEmpty()) {
        if (accountTls.caCertificates().isEmpty())
            accountTls = TlsProfile::shipped();
        QString ignored; // valid: checked above
        for (const QByteArray &pin : pinsOnly.pins())
            accountTls.addPin(QString::fromLatin1(pin.toBase64()), &ignored);
    }
    address.setTlsProfile(accountTls.isEmpty() ? TlsProfile::shipped() : accountTls);
    dropSignIn();
    m_signInNetwork = std::make_unique<QNetworkAccessManager>();
    m_signInTransport = std::make_unique<NetworkTransport>(m_signInNetwork.get(), address);
    m_signIn = std::make_unique<AccountSignIn>(m_signInTransport.get(), m_dataDir, m_kdf);
    m_signIn->setDevice(QSysInfo::machineHostName(), QSysInfo::prettyProductName());
    m_signIn->setServer(address);
    // Stored with the account when the sign-in works (not the shipped one: a later app
    // version may ship another).
    m_signIn->setTlsProfile(accountTls);
    // The province root key given at start, else the one shipped beside server-ca.pem, is
    // pinned with the account.
    m_signIn->setRootKey(
        m_configuredRootKey.isEmpty() ? RootKeyStore::shipped() : m_configuredRootKey);
    setBusy(true);
    setStage(Stage::CheckingPassword);
    m_signIn->checkPassword(m_login, password, [this](AccountSignIn::Outcome &outcome) {
        // Not inside AccountSignIn's own call stack: it may be destroyed there.
        QTimer::singleShot(0, this, [this, error = outcome.error, tokens = outcome.tokens] {
            passwordChecked(error, tokens);
        });
    });
    return true;
}

void AccountController::passwordChecked(const ApiError &error, const AuthTokens &tokens)
{
    setBusy(false);
    if (!error.isNull()) {
        qCInfo(lcAccount) << "sign-in failed:" << error.code();
        dropSignIn();
        setError(error.message());
        setStage(m_stageBeforeSignIn);
        return;
    }
    const QString dir = AccountSignIn::accountDir(m_dataDir, tokens.user.id);
    m_pinExists = !dir.isEmpty() && Vault(Vault::Options { dir, m_kdf, {} }).exists();
    setStage(Stage::PinNeeded);
}

void AccountController::dropSignIn()
{
    if (!m_signIn)
        return;
    // The objects live until the provisional session is logged out (best effort), children
    // of this controller meanwhile; the sign-in first, so that it goes before its transport.
    AccountSignIn *signIn = m_signIn.release();
    QObject *transport = m_signInTransport.release();
    QObject *network = m_signInNetwork.release();
    signIn->setParent(this);
    transport->setParent(this);
    network->setParent(this);
    signIn->abandon([signIn, transport, network] {
        signIn->deleteLater();
        transport->deleteLater();
        network->deleteLater();
    });
}

void AccountController::cancelSignIn()
{
    if (m_busy)
        return;
    dropSignIn();
    m_pinExists = false;
    clearError();
    setStage(m_session->state() == VaultSession::NoVault ? Stage::Idle : Stage::Reauthenticate);
}

QString AccountController::pinProblem(const QString &pin) const
{
    if (!Vault::isValidPin(pin))
        return VaultError(VaultError::InvalidPin).message();
    return VaultSession::pinWeakness(pin);
}

void AccountController::previewPinStage(const QString &server, const QString &login)
{
    dropSignIn();
    m_serverAddress = server;
    m_login = login;
    m_stageBeforeSignIn = Stage::Idle;
    Q_EMIT accountChanged();
    clearError();
    setStage(Stage::PinNeeded);
}

bool AccountController::finishSignIn(const QString &pin, const QString &confirmation)
{
    if (m_busy || m_stage != Stage::PinNeeded || !m_signIn)
        return false;
    const bool existing = pinExists();
    if (!existing && pin != confirmation) {
        setError(tr("Mã PIN nhập lại không khớp"));
        return false;
    }
    if (!Vault::isValidPin(pin)) {
        setError(VaultError(VaultError::InvalidPin).message());
        return false;
    }
    if (const QString weakness = existing ? QString() : pinProblem(pin); !weakness.isEmpty()) {
        setError(weakness);
        return false;
    }
    // Signing in opens the vault itself: the session lets go of it first.
    stopSync();
    if (m_session->state() == VaultSession::Unlocked)
        m_session->lock();
    clearError();
    setBusy(true);
    setStage(Stage::SigningIn);
    m_signIn->openVault(pin, [this](AccountSignIn::Outcome &outcome) {
        // Not inside AccountSignIn's own call stack: it is destroyed here.
        QTimer::singleShot(0, this,
            [this, error = outcome.error,
                vault = std::make_shared<std::unique_ptr<Vault>>(std::move(outcome.vault)),
                tokens = outcome.tokens] {
                setBusy(false);
                if (!error.isNull()) {
                    qCInfo(lcAccount) << "sign-in failed:" << error.code();
                    if (*vault && (*vault)->isOpen())
                        (*vault)->lock();
                    setError(error.message());
                    // A wrong PIN for the vault kept on this device: type it again (the
                    // password is still checked); anything else starts over.
                    if (m_signIn && m_signIn->passwordChecked()) {
                        setStage(Stage::PinNeeded);
                    } else {
                        dropSignIn();
                        setStage(m_stageBeforeSignIn);
                    }
                    return;
                }
                m_signIn.reset();
                m_signInTransport.reset();
                m_signInNetwork.reset();
                try {
                    SyncState((*vault)->database())
                        .setValue(kMustChangePassword, tokens.mustChangePassword ? u"1"_s : u"0"_s);
                } catch (const StorageError &storage) {
                    qCWarning(lcAccount) << "cannot store must_change_password:" << storage.what();
                }
                m_pinExists = false;
                setStage(Stage::Idle);
                m_pendingTokens = std::make_unique<AuthTokens>(tokens);
                m_session->adopt(std::move(*vault));
                m_pendingTokens.reset();
            });
    });
    return true;
}

bool AccountController::changePassword(
    const QString &oldPassword, const QString &newPassword, const QString &confirmation)
{
    if (m_busy || !m_sync)
        return false;
    if (oldPassword.isEmpty() || newPassword.isEmpty()) {
        setError(tr("Hãy nhập mật khẩu cũ và mật khẩu mới."));
        return false;
    }
    if (newPassword != confirmation) {
        setError(tr("Mật khẩu mới nhập lại không khớp."));
        return false;
    }
    if (newPassword.size() < kMinPasswordLength) {
        setError(tr("Mật khẩu mới cần ít nhất %1 ký tự.").arg(kMinPasswordLength));
        return false;
    }
    if (newPassword == oldPassword) {
        setError(tr("Mật khẩu mới phải khác mật khẩu cũ."));
        return false;
    }
    clearError();
    setBusy(true);
    m_sync->changePassword(oldPassword, newPassword, [this](const ApiError &error) {
        setBusy(false);
        if (!error.isNull()) {
            setError(error.message());
            return;
        }
        try {
            SyncState(m_session->vault().database()).setValue(kMustChangePassword, u"0"_s);
        } catch (const StorageError &storage) {
            qCWarning(lcAccount) << "cannot clear must_change_password:" << storage.what();
        }
        m_mustChangePassword = false;
        Q_EMIT passwordChanged();
        Q_EMIT screenChanged();
        if (m_sync)
            m_sync->scheduler().trigger();
    });
    return true;
}

void AccountController::signOut()
{
    if (m_busy)
        return;
    clearError();
    if (!m_sync) {
        finishSignOut();
        return;
    }
    setBusy(true);
    // Whatever the server says (or if it never answers), the data is erased.
    auto done = std::make_shared<bool>(false);
    auto finish = [this, done] {
        if (std::exchange(*done, true))
            return;
        QTimer::singleShot(0, this, [this] {
            setBusy(false);
            finishSignOut();
        });
    };
    QTimer::singleShot(kLogoutWaitMs, this, finish);
    m_sync->logout(finish);
}

bool AccountController::finishSignOut()
{
    stopSync();
    if (!m_session->wipe()) {
        // Some of the account's files are still there: keep pointing at them (the account
        // stays, its vault locked) so that signing out again retries the same files.
        qCWarning(lcAccount) << "sign-out: the account's data could not be erased";
        m_signOutFailed = true;
        setError(tr("Chưa xóa được dữ liệu của tài khoản trên máy này, nên tài khoản vẫn được "
                    "giữ lại. Hãy thử đăng xuất lại; nếu vẫn không được, hãy khởi động lại "
                    "ứng dụng rồi thử lại."));
        Q_EMIT screenChanged();
        return false;
    }
    m_signOutFailed = false;
    QFile::remove(QDir(m_dataDir).filePath(u"current-account"_s));
    m_session->adopt(std::make_unique<Vault>(
        Vault::Options { VaultSession::accountDirForDataDir(m_dataDir), m_kdf, {} }));
    m_login.clear();
    m_role.clear();
    m_mustChangePassword = false;
    Q_EMIT accountChanged();
    setStage(Stage::Idle);
    Q_EMIT signedOut();
    Q_EMIT screenChanged();
    return true;
}

void AccountController::clearError()
{
    m_signOutFailed = false;
    setError({});
}

void AccountController::clearNotice()
{
    setNotice({});
}

void AccountController::onSessionStateChanged()
{
    if (m_session->state() == VaultSession::Unlocked) {
        if (!m_sync)
            startSync(m_pendingTokens.get());
    } else if (m_session->state() != VaultSession::Busy) {
        stopSync();
    }
    Q_EMIT screenChanged();
}

void AccountController::readAccount()
{
    try {
        Vault &vault = m_session->vault();
        const AuthUser user = VaultSyncStore(vault).user();
        m_role = user.role;
        m_mustChangePassword = SyncState(vault.database()).value(kMustChangePassword) == u"1"_s;
        const ServerAddress server = AccountSync::storedServer(vault);
        if (server.isValid())
            m_serverAddress = server.toString();
    } catch (const std::exception &error) {
        qCWarning(lcAccount) << "cannot read the account:" << error.what();
    }
    Q_EMIT accountChanged();
}

void AccountController::startSync(const AuthTokens *tokens)
{
    readAccount();
    ServerAddress server;
    try {
        server = AccountSync::storedServer(m_session->vault());
    } catch (const StorageError &error) {
        qCWarning(lcAccount) << "cannot read the server:" << error.what();
    }
    if (!server.isValid())
        return; // a vault made on this device alone
    m_sync = std::make_unique<AccountSync>(m_session->vault(), server, m_configuredTls);
    if (tokens)
        m_sync->engine().auth().adopt(*tokens);
    m_syncController = std::make_unique<SyncController>(&m_sync->engine(), &m_sync->scheduler());
    connect(m_syncController.get(), &SyncController::deviceRevoked, this,
        &AccountController::onDeviceRevoked, Qt::QueuedConnection);
    connect(m_syncController.get(), &SyncController::signInRequired, this,
        &AccountController::onSignInRequired, Qt::QueuedConnection);
    connect(m_syncController.get(), &SyncController::deliveryChanged, this,
        &AccountController::deliveryChanged);
    // What a sync brought in shows at once on every screen.
    connect(m_syncController.get(), &SyncController::dataChanged, m_session.data(),
        &VaultSession::noteDataChanged);
    connect(
        &m_sync->engine().auth(), &AuthSession::userRefreshed, this, [this](const AuthUser &user) {
            if (m_role != user.role) {
                m_role = user.role;
                Q_EMIT accountChanged();
            }
        });
    Q_EMIT syncChanged();
    Q_EMIT accountChanged();
    SyncScheduler &scheduler = m_sync->scheduler();
    scheduler.setActive(true);
    // The app keeps a live pull open while it is on screen (DESIGN.md 8.7): active, or
    // visible behind another window (Qt::ApplicationInactive: the office computer's handbook
    // window while a letter is typed beside it, a phone's incoming-call banner); hidden or
    // suspended (a phone's background) gives it up. A process without a GUI (tests of this
    // class) has no foreground and stays on the periodic sync.
    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        const auto onScreen = [](Qt::ApplicationState state) {
            return state == Qt::ApplicationActive || state == Qt::ApplicationInactive;
        };
        scheduler.setForeground(onScreen(QGuiApplication::applicationState()));
        connect(app, &QGuiApplication::applicationStateChanged, &scheduler,
            [&scheduler, onScreen](
                Qt::ApplicationState state) { scheduler.setForeground(onScreen(state)); });
        scheduler.setLiveEnabled(true);
    }
    scheduler.trigger();
}

void AccountController::stopSync()
{
    if (!m_sync)
        return;
    m_sync->scheduler().setActive(false);
    // QML may still hold the controller during this turn of the event loop.
    m_syncController.release()->deleteLater();
    m_sync.release()->deleteLater();
    Q_EMIT syncChanged();
    Q_EMIT accountChanged();
}

void AccountController::onDeviceRevoked(const QString &message)
{
    stopSync();
    if (!finishSignOut())
        return; // the error says the data is still there and how to retry
    setNotice(message.isEmpty()
            ? tr("Thiết bị này đã bị thu hồi: dữ liệu trên máy đã được xóa. Hãy đăng nhập lại.")
            : message);
}

void AccountController::onSignInRequired()
{
    // The vault stays (with its unsent changes); the password is needed again, sent only to
    // a server this account trusts.
    if (m_sync) {
        m_reauthTls = m_sync->accountTlsProfile();
        m_reauthServer = m_sync->server().toString();
    }
    stopSync();
    m_session->lock();
    setNotice(tr("Phiên đăng nhập đã hết hạn. Hãy đăng nhập lại để đồng bộ; dữ liệu trên máy vẫn "
                 "được giữ."));
    setStage(Stage::Reauthenticate);
}

void AccountController::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    Q_EMIT screenChanged();
}

void AccountController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void AccountController::setError(const QString &message)
{
    if (m_errorMessage == message)
        return;
    m_errorMessage = message;
    Q_EMIT errorChanged();
}

void AccountController::setNotice(const QString &message)
{
    if (m_noticeMessage == message)
        return;
    m_noticeMessage = message;
    Q_EMIT noticeChanged();
}
