#include "auth/loginhandler.h"

#include "auth/authreplies.h"
#include "auth/devicerevocation.h"
#include "auth/loginratelimiter.h"
#include "auth/passwordhasher.h"
#include "auth/roomcertificates.h"
#include "auth/tokenstore.h"
#include "db/serverdatabase.h"
#include "db/sqlrunner.h"
#include "db/writetransaction.h"
#include "http/apiresponse.h"
#include "http/clientaddress.h"
#include "http/connectionguard.h"
#include "http/serverlog.h"
#include "jsoncodec.h"
#include "mutationnames.h"
#include "protocol.h"
#include "publicationsignature.h"
#include "records/auditlog.h"
#include "records/deviceactivity.h"
#include "timestamps.h"
#include "wirevalues.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QUuid>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMaxLogin = 256;
constexpr qsizetype kMaxPassword = 1024;
constexpr qsizetype kMaxDeviceId = 128;
constexpr qsizetype kMaxDeviceText = 200;

// An Argon2id hash of a random password, with the parameters real hashes have: verifying
// against it costs what verifying a real account costs, so timing does not tell whether a
// login exists.
const QString &dummyHash()
{
    static const QString hash = PasswordHasher::hash(QUuid::createUuid().toString());
    return hash;
}

bool isValidDeviceId(const QString &id)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9._:-]+$"_s);
    return !id.isEmpty() && id.size() <= kMaxDeviceId && pattern.match(id).hasMatch();
}

} // namespace

LoginHandler::LoginHandler(ServerDatabase &database)
    : m_database(database)
{
    // Computed now, so that not even the first unknown login takes longer than a known one.
    (void)dummyHash();
    m_hashing.setMaxThreadCount(1);
    m_hashing.setExpiryTimeout(-1); // the thread stays: a burst of sign-ins reuses it
}

LoginHandler::~LoginHandler()
{
    m_hashing.clear();
    m_hashing.waitForDone();
}

std::optional<LoginHandler::Attempt> LoginHandler::parse(
    const QByteArray &body, QString *error, bool *invalidArgs)
{
    const auto object = JsonCodec::parseObject(body, error);
    if (!object)
        return std::nullopt;
    // Nothing is silently ignored: a member this route does not know is refused by name.
    *error = AuthReplies::unknownMembers(
        *object, { u"login"_s, u"password"_s, QString(Protocol::Key::Device) });
    if (error->isEmpty() && object->value(Protocol::Key::Device).isObject()) {
        *error = AuthReplies::unknownMembers(object->value(Protocol::Key::Device).toObject(),
            { u"id"_s, u"name"_s, u"platform"_s, u"public_key"_s }, u"device."_s);
    }
    if (!error->isEmpty()) {
        *invalidArgs = true;
        return std::nullopt;
    }
    const auto login = JsonCodec::requireString(*object, u"login", error);
    const auto password
        = login ? JsonCodec::requireString(*object, u"password", error) : std::nullopt;
    const auto device = password
        ? JsonCodec::requireObject(*object, QString(Protocol::Key::Device), error)
        : std::nullopt;
    if (!device)
        return std::nullopt;
    const auto id = JsonCodec::requireString(*device, u"id", error);
    const auto name = id ? JsonCodec::optionalString(*device, u"name", error) : std::nullopt;
    const auto platform
        = name ? JsonCodec::optionalString(*device, u"platform", error) : std::nullopt;
    const auto publicKey
        = platform ? JsonCodec::optionalString(*device, u"public_key", error) : std::nullopt;
    if (!publicKey) {
        *error = u"in \"device\": "_s + *error;
        return std::nullopt;
    }
    const QByteArray devicePublicKey = RoomCertificates::parsePublicKey(*publicKey);
    if (!publicKey->isEmpty() && devicePublicKey.isEmpty()) {
        *error = u"device.public_key must be a base64 Ed25519 public key (32 bytes)"_s;
        *invalidArgs = true;
        return std::nullopt;
    }
    if (login->isEmpty() || login->size() > kMaxLogin) {
        *error = u"login must have 1 to %1 characters"_s.arg(kMaxLogin);
        return std::nullopt;
    }
    if (password->isEmpty() || password->size() > kMaxPassword) {
        *error = u"password must have 1 to %1 characters"_s.arg(kMaxPassword);
        return std::nullopt;
    }
    if (!isValidDeviceId(*id)) {
        *error = u"device.id must have 1 to %1 characters among A-Z a-z 0-9 . _ : -"_s.arg(
            kMaxDeviceId);
        return std::nullopt;
    }
    if (name->size() > kMaxDeviceText || platform->size() > kMaxDeviceText) {
        *error
            = u"device.name and device.platform have at most %1 characters"_s.arg(kMaxDeviceText);
        return std::nullopt;
    }
    return Attempt { *login, *password, *id, name->simplified(), platform->simplified(), {},
        devicePublicKey };
}

void LoginHandler::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    QTcpSocket *socket = responder.socket();
    QString error;
    bool invalidArgs = false;
    auto attempt = parse(request.body(), &error, &invalidArgs);
    if (!attempt) {
        Pending refused { {}, std::nullopt, std::move(responder), socket };
        return answer(refused,
            invalidArgs ? AuthReplies::invalidArgs(error) : AuthReplies::badRequest(error));
    }
    if (m_waiting.size() >= kMaxWaiting) {
        Pending refused { {}, std::nullopt, std::move(responder), socket };
        QHttpServerResponse busy = ApiResponse::error(ApiResponse::Status::ServiceUnavailable,
            Protocol::ErrorCode::Unavailable, u"too many sign-ins at once; try again shortly"_s);
        busy.setHeader("Retry-After", "5");
        return answer(refused, std::move(busy));
    }
    attempt->address = LoginRateLimiter::addressKey(ClientAddress::of(request));
    ConnectionGuard::setAnswerPending(socket, true);
    m_waiting.enqueue(std::make_shared<Pending>(
        Pending { std::move(*attempt), std::nullopt, std::move(responder), socket }));
    startNext();
}

void LoginHandler::startNext()
{
    while (!m_current && !m_waiting.isEmpty()) {
        const std::shared_ptr<Pending> pending = m_waiting.dequeue();
        // A client that left while waiting learns nothing: its attempt is not even tried.
        if (!pending->socket || pending->socket->state() != QAbstractSocket::ConnectedState) {
            if (pending->socket)
                ConnectionGuard::setAnswerPending(pending->socket, false);
            continue;
        }
        const Attempt &attempt = pending->attempt;
        try {
            const auto verdict
                = LoginRateLimiter::check(m_database.connection(), attempt.login, attempt.address);
            qint64 retryAfter = verdict.retryAfter;
            QString limit = u"address"_s;
            // Past the login's global cap only a device already registered to the account
            // may try: guesses from elsewhere cannot lock its owner out of her phone.
            if (retryAfter == 0 && verdict.knownDeviceOnly
                && !isKnownDevice(attempt.login, attempt.deviceId)) {
                retryAfter = verdict.loginRetryAfter;
                limit = u"login"_s;
            }
            if (retryAfter > 0) {
                WriteTransaction tx(m_database);
                AuditLog::record(tx.db(),
                    AuditEntry { {}, {}, u"login"_s, {}, {},
                        QString(Protocol::ErrorCode::RateLimited), attempt.address, limit });
                tx.commit();
                answer(*pending, AuthReplies::rateLimited(retryAfter));
                continue;
            }
            pending->account = findAccount(attempt.login);
        } catch (const DbError &e) {
            answer(*pending, AuthReplies::internalError("login", e.what()));
            continue;
        }
        m_current = pending;
        // The Argon2 work is done outside any transaction: it must not hold the write lock.
        const QString hash = pending->account ? pending->account->passwordHash : dummyHash();
        m_hashing.start([this, hash, password = attempt.password] {
            const bool passwordOk = PasswordHasher::verify(hash, password);
            QMetaObject::invokeMethod(
                this, [this, passwordOk] { finish(passwordOk); }, Qt::QueuedConnection);
        });
    }
}

void LoginHandler::finish(bool passwordOk)
{
    const std::shared_ptr<Pending> pending = std::exchange(m_current, nullptr);
    const Attempt &attempt = pending->attempt;
    const std::optional<Account> &account = pending->account;
    QHttpServerResponse response = [&] {
        try {
            if (!account)
                return refuse(attempt, {}, u"unknown_login"_s);
            if (!passwordOk)
                return refuse(attempt, account->id, u"wrong_password"_s);
            if (account->disabled)
                return refuse(attempt, account->id, u"disabled"_s);
            return signIn(attempt, *account);
        } catch (const DbError &e) {
            return AuthReplies::internalError("login", e.what());
        }
    }();
    answer(*pending, std::move(response));
    startNext();
}

void LoginHandler::answer(Pending &pending, QHttpServerResponse &&response)
{
    if (!pending.socket)
        return;
    ConnectionGuard::setAnswerPending(pending.socket, false);
    if (pending.socket->state() != QAbstractSocket::ConnectedState)
        return;
    qCDebug(lcHttp).noquote() << "POST" << QString(Protocol::Path::AuthLogin)
                              << int(response.statusCode());
    response.write(std::move(pending.responder));
    pending.socket->flush();
}

std::optional<LoginHandler::Account> LoginHandler::findAccount(const QString &login)
{
    QSqlQuery query = runSql(m_database.connection(),
        u"SELECT id, password_hash, member_id, role, org_id, must_change_password, disabled "
        "FROM users WHERE login = ?"_s,
        { login });
    if (!query.next())
        return std::nullopt;
    return Account { query.value(0).toString(), query.value(1).toString(),
        query.value(2).isNull() ? QString() : query.value(2).toString(), query.value(3).toString(),
        query.value(4).toString(), query.value(5).toInt() != 0, query.value(6).toInt() != 0 };
}

bool LoginHandler::isKnownDevice(const QString &login, const QString &deviceId)
{
    return scalarSql(m_database.connection(),
        u"SELECT 1 FROM devices d JOIN users u ON u.id = d.user_id "
        "WHERE d.id = ? AND u.login = ? AND d.revoked_at IS NULL"_s,
        { deviceId, login })
        .isValid();
}

QHttpServerResponse LoginHandler::refuse(
    const Attempt &attempt, const QString &userId, const QString &reason)
{
    WriteTransaction tx(m_database);
    LoginRateLimiter::recordFailure(tx.db(), attempt.login, attempt.address);
    // The typed login is only recorded when it names an account: an unknown "login" is
    // sometimes a password typed into the wrong field.
    AuditLog::record(tx.db(),
        AuditEntry { userId, userId.isEmpty() ? QString() : attempt.login, u"login"_s, {}, {},
            u"failed"_s, attempt.address, reason });
    tx.commit();
    return ApiResponse::error(ApiResponse::Status::Unauthorized,
        Protocol::ErrorCode::InvalidCredentials, u"wrong login or password"_s);
}

QHttpServerResponse LoginHandler::signIn(const Attempt &attempt, const Account &account)
{
    WriteTransaction tx(m_database);
    const QSqlDatabase db = tx.db();
    AuditEntry audit { account.id, attempt.login, u"login"_s, QString(Protocol::RowType::Device),
        attempt.deviceId, u"failed"_s, attempt.address, {} };
    QSqlQuery device = runSql(
        db, u"SELECT user_id, revoked_at FROM devices WHERE id = ?"_s, { attempt.deviceId });
    const bool known = device.next();
    if (known && device.value(0).toString() != account.id) {
        audit.detail = u"device_of_another_user"_s;
        AuditLog::record(db, audit);
        tx.commit();
        return ApiResponse::error(ApiResponse::Status::Conflict, Protocol::ErrorCode::Conflict,
            u"this device id is registered to another account; use a new device id"_s);
    }
    if (known && !device.value(1).isNull()) {
        audit.detail = Protocol::ErrorCode::DeviceRevoked;
        AuditLog::record(db, audit);
        tx.commit();
        return DeviceRevocation::response();
    }
    device.finish();
    const QString now = Timestamps::toIso(QDateTime::currentDateTimeUtc());
    if (known) {
        execSql(db, u"UPDATE devices SET name = ?, platform = ?, last_seen_at = ? WHERE id = ?"_s,
            { textOrNull(attempt.deviceName), textOrNull(attempt.devicePlatform), now,
                attempt.deviceId });
        // A new sign-in on the device replaces its previous session.
        TokenStore::deleteDeviceTokens(db, attempt.deviceId);
    } else {
        execSql(db,
            u"INSERT INTO devices (id, user_id, name, platform, created_at, last_seen_at) "
            "VALUES (?, ?, ?, ?, ?, ?)"_s,
            { attempt.deviceId, account.id, textOrNull(attempt.deviceName),
                textOrNull(attempt.devicePlatform), now, now });
    }
    DeviceActivity::signedIn(tx, attempt.deviceId, now);
    LoginRateLimiter::recordSuccess(db, attempt.login, attempt.address);
    const TokenPair pair = TokenStore::issue(db, account.id, attempt.deviceId);
    // The meeting room (DESIGN.md 8.8): the key to pin and, for a device key, its certificate.
    const RoomCertificates::RoomKey roomKey = RoomCertificates::roomKey(db);
    QJsonObject certificate;
    if (!attempt.devicePublicKey.isEmpty()) {
        AuthenticatedUser holder;
        holder.userId = account.id;
        holder.login = attempt.login;
        holder.memberId = account.memberId;
        holder.role = account.role;
        holder.orgId = account.orgId;
        holder.deviceId = attempt.deviceId;
        certificate = RoomCertificates::issue(db, holder, attempt.devicePublicKey);
    }
    audit.outcome = u"ok"_s;
    audit.detail = known ? QString() : u"new_device"_s;
    AuditLog::record(db, audit);
    tx.commit();
    QJsonObject answer {
        { u"access_token"_s, pair.accessToken },
        { u"expires_in"_s, pair.expiresIn },
        { u"refresh_token"_s, pair.refreshToken },
        { u"user"_s,
            AuthReplies::userJson(account.id, account.memberId, account.role, account.orgId) },
        // Compatible extension: the client asks for a new password before anything else.
        { u"must_change_password"_s, account.mustChangePassword },
        { Protocol::Room::RoomPublicKey, PublicationSignature::toBase64(roomKey.publicKey) },
    };
    if (!certificate.isEmpty())
        answer.insert(Protocol::Room::DeviceCertificate, certificate);
    return ApiResponse::json(answer);
}
