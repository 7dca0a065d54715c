// The signers table (DESIGN.md 8.1): a committee user's public key registered with
// signer.register, certified offline by the province root (`signing certify`) or revoked
// (`signing revoke`). Every write records a `signer` change in the signer's organisation, so
// that everyone who sees that organisation's documents pulls it. Throws DbError.
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

class WriteTransaction;

// One row of the signers table.
struct SignerRecord
{
    QString id;
    QString orgId;
    QString userId;
    QString name;
    QString publicKey; // base64 of the 32-byte Ed25519 key
    QString registeredAt; // ISO 8601, UTC
    QString validFrom; // YYYY-MM-DD; empty until certified
    QString validUntil;
    QString certificate; // base64 root signature over the signer bytes; empty until certified
    QString certifiedAt;
    QString revokedAt; // ISO 8601, UTC; empty while not revoked
    qint64 version = 1;

    // Where the signer stands on `today`.
    enum class Status { Uncertified, Certified, Revoked, Expired };
    [[nodiscard]] Status status(const QDate &today) const;
    // The pulled `signer` row's data: id, org_id, user_id, name, public_key, valid_from,
    // valid_until, certificate ("" until certified), revoked_at (null or ISO), fingerprint.
    [[nodiscard]] QJsonObject rowData() const;
};

class SignerRegistry
{
public:
    // The signer with this id, or nullopt.
    [[nodiscard]] static std::optional<SignerRecord> find(
        const QSqlDatabase &db, const QString &id);
    // The signer holding this public key (base64), or nullopt.
    [[nodiscard]] static std::optional<SignerRecord> findByPublicKey(
        const QSqlDatabase &db, const QString &publicKey);
    // Every signer, or those of `orgId` and the organisations below it; by organisation, name.
    [[nodiscard]] static QList<SignerRecord> list(
        const QSqlDatabase &db, const QString &orgId = {});
    // Registers a new signer (uncertified, version 1) and records its change.
    static void add(WriteTransaction &transaction, const SignerRecord &signer);
    // Certifies it: the validity, the root's certificate, when; a new version and change.
    static void certify(WriteTransaction &transaction, const QString &id, const QDate &validFrom,
        const QDate &validUntil, const QString &certificate, const QString &certifiedAt);
    // Revokes it at `revokedAt` (ISO 8601); a new version and change.
    static void revoke(WriteTransaction &transaction, const QString &id, const QString &revokedAt);
};
