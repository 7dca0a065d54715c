// This device's signing key (DESIGN.md 8.1): an Ed25519 key pair made once for a committee
// user, the secret kept only in the vault's signer_keys table, and what the pulled `signer`
// row with its public key says about it (sent, certified, revoked, expired). The secret
// never leaves this class: sign() reads it, signs and wipes its copy.
#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

class SqliteDatabase;

// The device's key without its secret.
struct SignerKey
{
    QString id; // the signer id announced with signer.register
    QByteArray publicKey; // 32 raw bytes
    QDateTime createdAt;
};

class SignerKeys
{
public:
    // Where the key stands, from the pulled signer row whose public_key is the key's.
    enum class Certification {
        NotSent, // no signer row yet: signer.register is waiting to be sent (or answered)
        Registered, // the server has it; no certificate yet
        Certified, // certified and valid today
        Revoked,
        Expired, // valid_until is before today
    };

    explicit SignerKeys(SqliteDatabase &db);

    // The device's key (the first one made), if any.
    [[nodiscard]] std::optional<SignerKey> current();
    // Makes and stores a new key pair with a fresh id; call inside the caller's transaction.
    // The key of current() when there already is one (a key is made once).
    SignerKey create(const QDateTime &now);
    // The 64-byte Ed25519 signature of message by key `id`; empty when there is no such key.
    [[nodiscard]] QByteArray sign(const QString &id, const QByteArray &message);

    // The pulled signer row carrying publicKey (base64 in the row), if any.
    [[nodiscard]] std::optional<QJsonObject> signerRow(const QByteArray &publicKey);
    // The certification of `row` (nullopt: NotSent) on `today`.
    [[nodiscard]] static Certification certification(
        const std::optional<QJsonObject> &row, const QDate &today);

private:
    SqliteDatabase &m_db;
};
