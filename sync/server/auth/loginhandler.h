// POST /v1/auth/login {"login", "password", "device": {"id", "name", "platform",
// "public_key"?}}: checks the password (Argon2id), registers or re-uses the device, and issues
// a token pair, the server's room public key and, with "public_key" (base64 Ed25519), the
// device's room certificate (DESIGN.md 8.8, RoomCertificates). Unknown
// login, wrong password and disabled account all answer the same 401 invalid_credentials
// after the same Argon2 work; failures are rate-limited per (login, address), per address
// and, more slowly, per login, a cap that a known device of the account passes
// (LoginRateLimiter; 429). A member the route does not know is 400 invalid_args.
// The Argon2 check (about 0.1 s of one core) runs on a worker thread, so the server's thread
// keeps answering other requests meanwhile. Sign-ins still go one at a time, in arrival order
// (rate-limit check, Argon2, result recorded, next): a burst of guesses cannot slip past the
// limit before the first failures are counted. At most kMaxWaiting wait; more get 503. (A
// client that pipelined another request behind its sign-in would get that answer first; no
// client of ours does: neither QNetworkAccessManager nor nginx pipelines.)
#pragma once

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QString>
#include <QThreadPool>
#include <memory>
#include <optional>

class QTcpSocket;
class ServerDatabase;

class LoginHandler : public QObject
{
public:
    static constexpr int kMaxWaiting = 256;

    explicit LoginHandler(ServerDatabase &database);
    ~LoginHandler() override;
    // Answers one login request through `responder`, at once or when its turn has come and
    // its Argon2 check is done; never throws.
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);

private:
    struct Attempt
    {
        QString login;
        QString password;
        QString deviceId;
        QString deviceName;
        QString devicePlatform;
        QString address;
        // DESIGN.md 8.8: the device's raw Ed25519 room key, when it sent one.
        QByteArray devicePublicKey;
    };
    struct Account
    {
        QString id;
        QString passwordHash;
        QString memberId;
        QString role;
        QString orgId;
        bool mustChangePassword = false;
        bool disabled = false;
    };

    // A sign-in waiting for its turn or for its Argon2 check.
    struct Pending
    {
        Attempt attempt;
        std::optional<Account> account;
        QHttpServerResponder responder;
        QPointer<QTcpSocket> socket;
    };

    // The attempt, or the 400 reason (*invalidArgs: an unknown member, else malformed).
    [[nodiscard]] static std::optional<Attempt> parse(
        const QByteArray &body, QString *error, bool *invalidArgs);
    [[nodiscard]] std::optional<Account> findAccount(const QString &login);
    // True when `deviceId` is a device of the account `login`, not revoked.
    [[nodiscard]] bool isKnownDevice(const QString &login, const QString &deviceId);
    // Takes the next waiting sign-in: answers it at once (rate limited, database failure) or
    // starts its Argon2 check.
    void startNext();
    // The Argon2 check of the current sign-in is done.
    void finish(bool passwordOk);
    [[nodiscard]] QHttpServerResponse refuse(
        const Attempt &attempt, const QString &userId, const QString &reason);
    [[nodiscard]] QHttpServerResponse signIn(const Attempt &attempt, const Account &account);
    // Writes the answer, unless the client has gone.
    static void answer(Pending &pending, QHttpServerResponse &&response);

    ServerDatabase &m_database;
    QQueue<std::shared_ptr<Pending>> m_waiting;
    std::shared_ptr<Pending> m_current; // the sign-in whose Argon2 check runs
    QThreadPool m_hashing; // one thread: Argon2 uses 64 MiB, one check at a time
};
