// POST /v1/auth/login {"login", "password", "device": {"id", "name", "platform"}}: checks the
// password (Argon2id), registers or re-uses the device, and issues a token pair. Unknown
// login, wrong password and disabled account all answer the same 401 invalid_credentials
// after the same Argon2 work; failures are rate-limited per login and per address (429).
#pragma once

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QString>

class ServerDatabase;

class LoginHandler
{
public:
    explicit LoginHandler(ServerDatabase &database);
    // Answers one login request; never throws.
    [[nodiscard]] QHttpServerResponse handle(const QHttpServerRequest &request);

private:
    struct Attempt
    {
        QString login;
        QString password;
        QString deviceId;
        QString deviceName;
        QString devicePlatform;
        QString address;
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

    // The attempt, or the 400 reason.
    [[nodiscard]] static std::optional<Attempt> parse(const QByteArray &body, QString *error);
    [[nodiscard]] std::optional<Account> findAccount(const QString &login);
    [[nodiscard]] QHttpServerResponse refuse(
        const Attempt &attempt, const QString &userId, const QString &reason);
    [[nodiscard]] QHttpServerResponse signIn(const Attempt &attempt, const Account &account);

    ServerDatabase &m_database;
};
