// The signed-in session: the access token lives in memory only, the refresh token in the
// SyncStore (the vault). Authenticated requests refresh once on 401 token_expired and are
// retried once; a 401 device_revoked anywhere is announced with deviceRevoked().
#pragma once

#include "apiresult.h"
#include "authtokens.h"
#include "httptransport.h"
#include "loginrequest.h"

#include <QObject>
#include <QPointer>
#include <functional>

class SyncStore;

class AuthSession : public QObject
{
    Q_OBJECT

public:
    using LoginHandler = std::function<void(const ApiResult<AuthTokens> &)>;

    // Neither is owned; both must outlive the session. `store` may be set later.
    explicit AuthSession(
        HttpTransport *transport, SyncStore *store = nullptr, QObject *parent = nullptr);

    // Where the refresh token is kept (the account's vault, once it is open).
    void setStore(SyncStore *store) { m_store = store; }
    // POST /v1/auth/login. On success keeps the access token and, when a store is set,
    // saves the refresh token there. The caller may persist tokens itself otherwise.
    void login(const LoginRequest &request, QObject *context, LoginHandler done);
    // Uses tokens obtained elsewhere (e.g. a login made before the vault existed).
    void adopt(const AuthTokens &tokens);
    // Sends with "Authorization: Bearer"; gets an access token first when there is none.
    // The answer handed to `done` is the final one (after at most one refresh and retry).
    void send(HttpRequest request, QObject *context, HttpTransport::Handler done);
    // POST /v1/auth/logout (best effort) with the access token and the stored refresh token
    // (so that the server ends the session even once the access token has expired), then
    // forgets the access token.
    void logout(QObject *context, std::function<void()> done);

    [[nodiscard]] bool hasAccessToken() const { return !m_accessToken.isEmpty(); }
    // The user of the last login or refresh (empty before).
    [[nodiscard]] AuthUser user() const { return m_user; }
    // Drops the access token (the next request refreshes).
    void forgetAccessToken() { m_accessToken.clear(); }

Q_SIGNALS:
    // The server said this device is revoked; the account's local data must be wiped.
    void deviceRevoked();
    // A refresh answered the user again (the role or cell may have changed).
    void userRefreshed(const AuthUser &user);

private:
    using RefreshWaiter = std::function<void(const HttpResponse *failure)>;

    void sendWithToken(const HttpRequest &request, QPointer<QObject> context,
        HttpTransport::Handler done, bool mayRefresh);
    void refresh(RefreshWaiter waiter);
    void finishRefresh(const HttpResponse *failure);
    void failLater(const HttpResponse &failure);
    void noteRevocation(const HttpResponse &response);

    HttpTransport *m_transport;
    SyncStore *m_store;
    QString m_accessToken;
    AuthUser m_user;
    bool m_refreshing = false;
    QList<RefreshWaiter> m_refreshWaiters;
};
