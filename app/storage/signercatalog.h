// Who signed what (DESIGN.md 8.1), read from the vault for the screens: the signer of a shown
// document (only verified signed documents are shown, so a signer found here is one whose
// signature verified), and the documents kept apart because they did not verify.
#pragma once

#include <QList>
#include <QString>
#include <optional>

class SqliteDatabase;

struct SignerInfo
{
    QString id;
    QString name;
    QString organisation; // the organisation's name, or its id when it is not on the device
    QString validFrom; // YYYY-MM-DD
    QString validUntil;
    QString fingerprint; // "3F2A 91C0 …"
};

struct UnverifiedDocument
{
    QString id;
    QString title;
    QString reason; // PublicationSignature::failureCode
    QString receivedAt; // ISO
    bool keptVerifiedCopy = false; // an earlier copy that verifies is still shown
};

class SignerCatalog
{
public:
    explicit SignerCatalog(SqliteDatabase &db);

    // The signer of a shown document; nullopt for an unsigned (or absent) one.
    [[nodiscard]] std::optional<SignerInfo> signerOfDocument(const QString &documentId);
    // The name of a signer (empty when unknown).
    [[nodiscard]] QString signerName(const QString &signerId);
    // The documents kept apart, newest first.
    [[nodiscard]] QList<UnverifiedDocument> unverified();

private:
    SqliteDatabase &m_db;
};
