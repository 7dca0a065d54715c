// Signing in on this device (DESIGN.md section 6, `handbook sync --login`): logs in, then
// opens or creates the account's vault in <data-dir>/accounts/<user_id>/ with the PIN, keeps
// the device id with the vault (logging in again under it when the vault already had one),
// stores the refresh token and the server's address in the vault and writes
// <data-dir>/current-account. The app checks the password first (checkPassword) and asks
// for the PIN only then (openVault); `handbook sync` does both at once (signIn).
#pragma once

#include "apierror.h"
#include "authtokens.h"
#include "keyenvelope.h"
#include "publicationsignature.h"
#include "serveraddress.h"
#include "tlsprofile.h"
#include "vaulterror.h"

#include <QFutureWatcher>
#include <QObject>
#include <functional>
#include <memory>
#include <optional>

class AuthSession;
class HttpTransport;
class Vault;

class AccountSignIn : public QObject
{
    Q_OBJECT

public:
    // What signing in produced: an open vault and the session's tokens, or an error whose
    // message is Vietnamese (a server error, or the vault's when the PIN is wrong).
    struct Outcome
    {
        ApiError error;
        std::unique_ptr<Vault> vault;
        AuthTokens tokens;
    };
    using Done = std::function<void(Outcome &)>;

    // `transport` is not owned. `kdf` is the Argon2id cost of a vault created here.
    AccountSignIn(
        HttpTransport *transport, QString dataDir, KdfParams kdf, QObject *parent = nullptr);
    ~AccountSignIn() override;

    // Runs the whole sign-in; `done` once.
    void signIn(const QString &login, const QString &password, const QString &pin, Done done);
    // First half: logs in (the server checks the password); `done` once, with the tokens or
    // the server's error, and no vault. The password is kept in memory for openVault (a
    // vault that already has a device id logs in again under it), wiped by openVault or
    // abandon().
    void checkPassword(const QString &login, const QString &password, Done done);
    // Second half, after checkPassword worked: opens or creates the vault with `pin` and
    // keeps the session in it; `done` once. On a wrong PIN for an existing vault the
    // password is still held, so openVault may be called again.
    void openVault(const QString &pin, Done done);
    // Forgets a checked password and logs the provisional session out (best effort); then
    // `done` (at once when there is nothing to log out).
    void abandon(std::function<void()> done);
    // True between a successful checkPassword and the end of the sign-in.
    [[nodiscard]] bool passwordChecked() const { return m_checked.has_value(); }
    // The server signed in to: stored with the account when the sign-in succeeds (so the
    // app syncs an account signed in from the command line).
    void setServer(const ServerAddress &server) { m_server = server; }
    // What a login says about this device (shown in the account's device list).
    void setDevice(const QString &name, const QString &platform);
    // The TLS profile (trusted CAs, pins) the transport was given for this server: stored
    // with the account when the sign-in succeeds, so later syncs trust the same (see
    // TlsProfileStore). The transport must already apply it (ServerAddress::setTlsProfile
    // or NetworkTransport::setTlsProfile): this only remembers it. Default: none stored.
    void setTlsProfile(const TlsProfile &profile) { m_tlsProfile = profile; }
    // The province root public key (base64, DESIGN.md 8.1) to pin with the account when the
    // sign-in succeeds; a vault that already pins another key makes the sign-in fail
    // (root_key_mismatch) rather than change it. Empty: nothing is pinned here.
    void setRootKey(const QString &base64) { m_rootKey = base64; }

    // <data-dir>/accounts/<id>, or empty when `id` is not a plain account id.
    [[nodiscard]] static QString accountDir(const QString &dataDir, const QString &id);
    // Writes <data-dir>/current-account atomically.
    [[nodiscard]] static bool writeCurrentAccount(const QString &dataDir, const QString &id);

private:
    void login(const QString &deviceId, std::function<void(const AuthTokens &)> next);
    void startVault(const AuthTokens &tokens, const QString &provisionalDevice);
    void vaultOpened(
        const VaultError &opened, const AuthTokens &tokens, const QString &provisionalDevice);
    void keep(const AuthTokens &tokens);
    void fail(const ApiError &error);
    void wipeSecrets();

    HttpTransport *m_transport;
    QString m_dataDir;
    KdfParams m_kdf;
    AuthSession *m_session;
    QString m_login;
    QString m_password;
    QString m_pin;
    QString m_deviceName;
    QString m_platform;
    TlsProfile m_tlsProfile;
    QString m_rootKey;
    // The device's meeting-room key sent with the latest login (DESIGN.md 8.8): kept in the
    // vault with the certificate the server answered.
    PublicationSignature::KeyPair m_roomKey;
    ServerAddress m_server;
    // Between checkPassword and openVault: the session that checked the password.
    std::optional<AuthTokens> m_checked;
    QString m_provisionalDevice;
    std::unique_ptr<Vault> m_vault;
    // Creating or unlocking the vault (Argon2id, about half a second on a phone) runs on a
    // worker thread so that the page keeps drawing; the destructor waits for it.
    QFutureWatcher<VaultError> m_opening;
    Done m_done;
};
