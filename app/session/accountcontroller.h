// The QML-facing account of this device (`Account` in QML): which screen the app shows
// (sign in, create or enter the PIN, unlock, change password, home), signing in with the
// server address, login and password, the first-login password change, signing out (which
// erases the account's data on this device), and the sync of the open account
// (`Account.sync`, a SyncController) which exists while the vault is open.
#pragma once

#include "apierror.h"
#include "documentfetcher.h"
#include "keyenvelope.h"
#include "roomcontroller.h"
#include "synccontroller.h"
#include "tlsprofile.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>
#include <memory>
#include <optional>

class AccountSignIn;
class AccountSync;
class NetworkTransport;
class QNetworkAccessManager;
class VaultSession;
struct AuthTokens;

class AccountController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Screen screen READ screen NOTIFY screenChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)
    Q_PROPERTY(QString noticeMessage READ noticeMessage NOTIFY noticeChanged)
    Q_PROPERTY(bool signOutFailed READ signOutFailed NOTIFY errorChanged)
    Q_PROPERTY(QString serverAddress READ serverAddress NOTIFY accountChanged)
    Q_PROPERTY(QString login READ login NOTIFY accountChanged)
    Q_PROPERTY(QString role READ role NOTIFY accountChanged)
    Q_PROPERTY(bool hasServer READ hasServer NOTIFY accountChanged)
    Q_PROPERTY(bool pinExists READ pinExists NOTIFY screenChanged)
    Q_PROPERTY(SyncController *sync READ sync NOTIFY syncChanged)
    Q_PROPERTY(DocumentFetcher *documentFetcher READ documentFetcher NOTIFY syncChanged)
    Q_PROPERTY(QString unsentNote READ unsentNote NOTIFY deliveryChanged)
    // The meeting room (issue 23): follows the vault, with or without a server.
    Q_PROPERTY(RoomController *room READ room CONSTANT)

public:
    enum Screen {
        SignIn, // server address, login, password
        ChoosePin, // after the password: create the PIN (or type the existing one)
        Unlock, // the vault exists and is locked
        ChangePassword, // the server asks for a new password before anything else
        Home, // the vault is open
        Working, // a slow step runs: stay on the page that started it
    };
    Q_ENUM(Screen)

    // `session` is not owned. `dataDir` holds current-account and accounts/. `kdf` is the
    // Argon2id cost of a vault created by signing in.
    AccountController(
        VaultSession *session, QString dataDir, KdfParams kdf, QObject *parent = nullptr);
    ~AccountController() override;

    [[nodiscard]] Screen screen() const;
    [[nodiscard]] bool busy() const { return m_busy; }
    // Vietnamese; empty when the last step worked.
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }
    // Something the user must know that is not an error of the last step (e.g. the device
    // was signed out by the server). Cleared by clearNotice().
    [[nodiscard]] QString noticeMessage() const { return m_noticeMessage; }
    // The last sign-out could not erase this account's data: the account is kept (its
    // vault locked) and errorMessage says so; signOut() tries again.
    [[nodiscard]] bool signOutFailed() const { return m_signOutFailed; }
    // The server of the open account, or the one typed last on the sign-in page.
    [[nodiscard]] QString serverAddress() const { return m_serverAddress; }
    [[nodiscard]] QString login() const { return m_login; }
    // member, secretary, committee or admin; empty before the account is open.
    [[nodiscard]] QString role() const { return m_role; }
    // False for a vault made on the device alone (screenshots, tests): nothing to sync.
    [[nodiscard]] bool hasServer() const { return m_sync != nullptr; }
    // Whether this device already has a vault for the account being signed in again.
    [[nodiscard]] bool pinExists() const;
    [[nodiscard]] SyncController *sync() const { return m_syncController.get(); }
    [[nodiscard]] RoomController *room() const { return m_room.get(); }
    // Fetches restricted documents on demand (null while there is no sync).
    [[nodiscard]] DocumentFetcher *documentFetcher() const;
    // What happens to a change not sent yet, in Vietnamese (SyncController::deliveryText;
    // without a sync: waiting for a sign-in with the server).
    [[nodiscard]] QString unsentNote() const;

    // Sets the address shown on the sign-in page (e.g. from --server). Without one, the
    // page starts with the shipped server profile's address (see shippedServer).
    void setDefaultServer(const QString &address);
    // The server address of the shipped server profile: `server-profile.json` in the data
    // directory, else next to the executable, holding {"server_url": "https://…"}; empty
    // when there is none or it is not a valid address (docs/decisions.md).
    [[nodiscard]] static QString shippedServer(const QString &dataDir);
    // The TLS profile given by configuration (`handbook --ca <pem> --pin-sha256 <base64>`, as
    // for `handbook sync`): trusted at sign-in and stored with the account; for an open
    // account, used instead of the stored one and stored once a sync worked with it. Unset:
    // a sign-in trusts the shipped server-ca.pem (else the system's CAs) and the sync what
    // the account stored (see AccountSync). Call before the first sign-in or unlock.
    void setTlsProfile(const std::optional<TlsProfile> &profile) { m_configuredTls = profile; }
    // The province root key (base64) a sign-in pins with the account (`handbook --root-key`,
    // as for `handbook sync`); empty: the shipped root-key.pub, if any (DESIGN.md 8.1).
    void setRootKey(const QString &base64) { m_configuredRootKey = base64; }

    // Sign-in page: checks the address, then asks the server to check the login and the
    // password (busy meanwhile); once it accepted them, the PIN page follows. False (with
    // errorMessage) when something is missing or the address is wrong; a refusal or an
    // unreachable server sets errorMessage and stays on the sign-in page, which keeps what
    // was typed.
    Q_INVOKABLE bool beginSignIn(
        const QString &server, const QString &login, const QString &password);
    // Back from the PIN page to the sign-in page (forgets the password, ends the session).
    Q_INVOKABLE void cancelSignIn();
    // The PIN page as it comes after a checked password, without a server: for the screenshot
    // mode only. No sign-in can finish from it (finishSignIn needs a checked password).
    void previewPinStage(const QString &server, const QString &login);
    // PIN page: creates (or opens) the account's vault with `pin` and keeps the session in it.
    // A new PIN that is too easy to guess is refused (see pinProblem).
    Q_INVOKABLE bool finishSignIn(const QString &pin, const QString &confirmation);
    // Why a new PIN would be refused, in Vietnamese (empty when it is acceptable).
    Q_INVOKABLE QString pinProblem(const QString &pin) const;
    // First-login password change. False when the values are not acceptable locally.
    Q_INVOKABLE bool changePassword(
        const QString &oldPassword, const QString &newPassword, const QString &confirmation);
    // Signs out on the server (when reachable) and erases this account's data on the device.
    // When the data cannot be erased, the account stays (see signOutFailed).
    Q_INVOKABLE void signOut();
    Q_INVOKABLE void clearError();
    Q_INVOKABLE void clearNotice();

Q_SIGNALS:
    void screenChanged();
    void busyChanged();
    void errorChanged();
    void noticeChanged();
    void accountChanged();
    void syncChanged();
    void deliveryChanged();
    void passwordChanged();
    void signedOut();

private:
    enum class Stage { Idle, CheckingPassword, PinNeeded, SigningIn, Reauthenticate };

    void onSessionStateChanged();
    void passwordChecked(const ApiError &error, const AuthTokens &tokens);
    // Lets go of the sign-in's objects; a checked session is logged out first.
    void dropSignIn();
    void startSync(const AuthTokens *tokens);
    void stopSync();
    void onDeviceRevoked(const QString &message);
    void onSignInRequired();
    // Erases the account's data; false (account kept, error set) when that failed.
    bool finishSignOut();
    void readAccount();
    void setStage(Stage stage);
    void setBusy(bool busy);
    void setError(const QString &message);
    void setNotice(const QString &message);

    QPointer<VaultSession> m_session;
    QString m_dataDir;
    KdfParams m_kdf;
    Stage m_stage = Stage::Idle;
    bool m_busy = false;
    bool m_mustChangePassword = false;
    bool m_signOutFailed = false;
    QString m_errorMessage;
    QString m_noticeMessage;
    QString m_serverAddress;
    QString m_login;
    QString m_role;
    bool m_pinExists = false; // the account being signed in has a vault on this device
    std::unique_ptr<QNetworkAccessManager> m_signInNetwork;
    std::unique_ptr<NetworkTransport> m_signInTransport;
    std::unique_ptr<AccountSignIn> m_signIn;
    std::unique_ptr<AccountSync> m_sync;
    std::unique_ptr<SyncController> m_syncController;
    // The tokens of a sign-in that just opened the vault, for the sync it starts.
    std::unique_ptr<AuthTokens> m_pendingTokens;
    // Where a failed sign-in returns: the first sign-in or signing in again.
    Stage m_stageBeforeSignIn = Stage::Idle;
    std::optional<TlsProfile> m_configuredTls;
    QString m_configuredRootKey;
    // What the account trusted when the server asked to sign in again (its vault is locked
    // then, so the stored profile cannot be read), and for which server address.
    TlsProfile m_reauthTls;
    QString m_reauthServer;
    std::unique_ptr<RoomController> m_room;
};
