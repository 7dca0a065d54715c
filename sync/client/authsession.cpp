#include "authsession.h"

#include "jsoncodec.h"
#include "protocol.h"
#include "syncerrors.h"
#include "synclog.h"
#include "syncstore.h"

using namespace Qt::StringLiterals;

namespace {

HttpRequest postJson(QLatin1StringView path, const QByteArray &body)
{
    HttpRequest request;
    request.method = "POST";
    request.path = QString(path);
    request.body = body;
    return request;
}

bool hasCode(const HttpResponse &response, QLatin1StringView code)
{
    return response.transportError.isNull() && response.status == 401
        && SyncErrors::of(response).code() == code;
}

// A failed answer made locally (no request went out).
HttpResponse localFailure(const ApiError &error)
{
    HttpResponse response;
    response.transportError = error;
    return response;
}

} // namespace

AuthSession::AuthSession(HttpTransport *transport, SyncStore *store, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_store(store)
{ }

void AuthSession::login(const LoginRequest &request, QObject *context, LoginHandler done)
{
    m_transport->send(postJson(Protocol::Path::AuthLogin, request.toBytes()), this,
        [this, guard = QPointer<QObject>(context), done = std::move(done)](
            const HttpResponse &response) {
            if (!guard)
                return;
            noteRevocation(response);
            if (!response.isSuccess())
                return done({ SyncErrors::of(response), response.status });
            QString reason;
            const auto tokens = AuthTokens::fromBytes(response.body, &reason);
            if (!tokens)
                return done({ SyncErrors::badResponse(u"login: "_s + reason), response.status });
            m_accessToken = tokens->accessToken;
            m_user = tokens->user;
            if (m_store) {
                try {
                    m_store->saveSession(tokens->refreshToken, tokens->user);
                } catch (const SyncStoreError &error) {
                    return done({ SyncErrors::localStorage(QString::fromUtf8(error.what())), 0 });
                }
            }
            done({ *tokens, response.status });
        });
}

void AuthSession::adopt(const AuthTokens &tokens)
{
    m_accessToken = tokens.accessToken;
    m_user = tokens.user;
}

void AuthSession::send(HttpRequest request, QObject *context, HttpTransport::Handler done)
{
    QPointer<QObject> guard(context);
    if (m_accessToken.isEmpty()) {
        refresh([this, request, guard, done = std::move(done)](const HttpResponse *failure) {
            if (!guard)
                return;
            if (failure)
                return done(*failure);
            sendWithToken(request, guard, done, false);
        });
        return;
    }
    sendWithToken(request, guard, std::move(done), true);
}

void AuthSession::sendWithToken(const HttpRequest &request, QPointer<QObject> context,
    HttpTransport::Handler done, bool mayRefresh)
{
    HttpRequest authorized = request;
    const QString tokenUsed = m_accessToken;
    authorized.setHeader("Authorization", "Bearer " + tokenUsed.toLatin1());
    // The caller's context goes to the transport, so that destroying it aborts the exchange;
    // this session may be gone by then too.
    QObject *owner = context ? context.data() : this;
    m_transport->send(authorized, owner,
        [this, self = QPointer<AuthSession>(this), request, context, done = std::move(done),
            mayRefresh, tokenUsed](const HttpResponse &response) {
            if (!context || !self)
                return;
            noteRevocation(response);
            if (mayRefresh && hasCode(response, Protocol::ErrorCode::TokenExpired)) {
                // Another request may have refreshed meanwhile: only refresh a stale token.
                if (m_accessToken == tokenUsed)
                    m_accessToken.clear();
                const auto retry = [this, request, context, done](const HttpResponse *failure) {
                    if (!context)
                        return;
                    if (failure)
                        return done(*failure);
                    sendWithToken(request, context, done, false);
                };
                if (m_accessToken.isEmpty())
                    refresh(retry);
                else
                    retry(nullptr);
                return;
            }
            done(response);
        });
}

void AuthSession::refresh(RefreshWaiter waiter)
{
    m_refreshWaiters.append(std::move(waiter));
    if (m_refreshing)
        return;
    QString token;
    QString deviceId;
    try {
        if (m_store) {
            token = m_store->refreshToken();
            deviceId = m_store->deviceId();
        }
    } catch (const SyncStoreError &error) {
        failLater(localFailure(SyncErrors::localStorage(QString::fromUtf8(error.what()))));
        return;
    }
    if (token.isEmpty()) {
        failLater(localFailure(SyncErrors::signedOut()));
        return;
    }
    m_refreshing = true;
    const QByteArray body = JsonCodec::toBytes(
        QJsonObject { { u"refresh_token"_s, token }, { u"device_id"_s, deviceId } });
    m_transport->send(
        postJson(Protocol::Path::AuthRefresh, body), this, [this](const HttpResponse &response) {
            m_refreshing = false;
            noteRevocation(response);
            if (!response.isSuccess()) {
                // A refused refresh token means signing in again; anything else is transient.
                HttpResponse failure = response;
                if (response.status == 401
                    && !hasCode(response, Protocol::ErrorCode::DeviceRevoked))
                    failure = localFailure(SyncErrors::signedOut());
                finishRefresh(&failure);
                return;
            }
            QString reason;
            const auto tokens = AuthTokens::fromBytes(response.body, &reason);
            if (!tokens) {
                const HttpResponse failure
                    = localFailure(SyncErrors::badResponse(u"refresh: "_s + reason));
                finishRefresh(&failure);
                return;
            }
            try {
                // The old refresh token is spent: keep the new one before anything else.
                if (m_store)
                    m_store->saveSession(tokens->refreshToken, tokens->user);
            } catch (const SyncStoreError &error) {
                const HttpResponse failure
                    = localFailure(SyncErrors::localStorage(QString::fromUtf8(error.what())));
                finishRefresh(&failure);
                return;
            }
            m_accessToken = tokens->accessToken;
            qCInfo(lcSync) << "session refreshed";
            const bool changed = !(m_user == tokens->user);
            m_user = tokens->user;
            if (changed)
                Q_EMIT userRefreshed(m_user);
            finishRefresh(nullptr);
        });
}

void AuthSession::failLater(const HttpResponse &failure)
{
    // Never answer inside send(): callers may not expect it.
    m_refreshing = true;
    QMetaObject::invokeMethod(
        this,
        [this, failure] {
            m_refreshing = false;
            finishRefresh(&failure);
        },
        Qt::QueuedConnection);
}

void AuthSession::finishRefresh(const HttpResponse *failure)
{
    const QList<RefreshWaiter> waiters = std::exchange(m_refreshWaiters, {});
    for (const RefreshWaiter &waiter : waiters)
        waiter(failure);
}

void AuthSession::logout(QObject *context, std::function<void()> done)
{
    // The refresh token goes too: it ends the session on the server even when the access
    // token has expired or was never obtained since the app started.
    QString refreshToken;
    QString deviceId;
    try {
        if (m_store) {
            refreshToken = m_store->refreshToken();
            deviceId = m_store->deviceId();
        }
    } catch (const SyncStoreError &error) {
        qCWarning(lcSync) << "logout: cannot read the session:" << error.what();
    }
    const bool byRefreshToken = !refreshToken.isEmpty() && !deviceId.isEmpty();
    if (m_accessToken.isEmpty() && !byRefreshToken) {
        done();
        return;
    }
    HttpRequest request = postJson(Protocol::Path::AuthLogout,
        byRefreshToken ? JsonCodec::toBytes(
            QJsonObject { { u"refresh_token"_s, refreshToken }, { u"device_id"_s, deviceId } })
                       : QByteArray("{}"));
    if (!m_accessToken.isEmpty())
        request.setHeader("Authorization", "Bearer " + m_accessToken.toLatin1());
    m_accessToken.clear();
    m_transport->send(request, context, [done = std::move(done)](const HttpResponse &) { done(); });
}

void AuthSession::noteRevocation(const HttpResponse &response)
{
    if (hasCode(response, Protocol::ErrorCode::DeviceRevoked)) {
        qCWarning(lcSync) << "the server revoked this device";
        m_accessToken.clear();
        Q_EMIT deviceRevoked();
    }
}
