// POST /v1/auth/password {"old_password", "new_password"} (authenticated; the one route
// besides logout that an account with must_change_password may use). A member the route does
// not know is 400 invalid_args. The new password is checked first, without Argon2 work (422
// weak_password: PasswordHasher::weakness, or equal to the old one). Then, like a sign-in,
// one change at a time in arrival order: the rate limits of LoginRateLimiter (the same as
// sign-ins for this login and address, and at most PasswordChangesPerAccount Argon2 checks
// per account in its window; 429 with Retry-After), then the old password is verified and the
// new one hashed on a worker thread, so the server's thread keeps answering. A wrong old
// password is 403 invalid_credentials and counts as a failed sign-in. A success stores the
// new hash, clears must_change_password and signs the account's OTHER devices out (their
// tokens are deleted; nothing is revoked or wiped: they sign in again with the new password).
#pragma once

#include "auth/authenticateduser.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QString>
#include <QThreadPool>
#include <memory>

class QTcpSocket;
class ServerDatabase;

class PasswordChangeHandler : public QObject
{
public:
    static constexpr int kMaxWaiting = 64;

    explicit PasswordChangeHandler(ServerDatabase &database);
    ~PasswordChangeHandler() override;
    // Answers one password change of an authenticated user through `responder`, at once or
    // when its Argon2 work is done; never throws.
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder,
        const AuthenticatedUser &user);

private:
    struct Pending
    {
        AuthenticatedUser user;
        QString oldPassword;
        QString newPassword;
        QString address;
        QHttpServerResponder responder;
        QPointer<QTcpSocket> socket;
    };

    // Takes the next waiting change: answers it at once (rate limited, database failure) or
    // starts its Argon2 work.
    void startNext();
    // The Argon2 work of the current change is done: `newHash` is empty when the old
    // password was wrong (or hashing failed, then `oldOk` is true).
    void finish(bool oldOk, const QString &newHash);
    [[nodiscard]] QHttpServerResponse store(const Pending &pending, const QString &newHash);
    [[nodiscard]] QHttpServerResponse refuseWrongPassword(const Pending &pending);
    // Writes the answer, unless the client has gone.
    static void answer(Pending &pending, QHttpServerResponse &&response);

    ServerDatabase &m_database;
    QQueue<std::shared_ptr<Pending>> m_waiting;
    std::shared_ptr<Pending> m_current;
    QThreadPool m_hashing; // one thread: Argon2 uses 64 MiB, one at a time
};
