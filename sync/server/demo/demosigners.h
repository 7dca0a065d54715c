// The demo province is signed (DESIGN.md 8.1): one certified signer per committee
// organisation of the demo accounts (for the first committee account there), certified by a
// root key made for this demo run, and every demo document signed by the signer of its
// publisher or of the nearest organisation above it.
#pragma once

#include "demo/demoaccounts.h"
#include "publicationsignature.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

class WriteTransaction;
struct DocumentDraft;

// A signer of the demo and its secret key (written beside the accounts file).
struct DemoSigner
{
    QString orgKey; // DemoProvince organisation key
    QString login; // the committee account it belongs to
    QString signerId;
    QByteArray secretKey;
};

class DemoSigners
{
public:
    // Registers and certifies (valid from `validFrom` to `validUntil`) one signer per
    // committee organisation of `accounts`, each with a new random key.
    [[nodiscard]] static QList<DemoSigner> store(WriteTransaction &transaction,
        const QList<DemoAccount> &accounts, const PublicationSignature::KeyPair &root,
        const QDate &validFrom, const QDate &validUntil);
    // Signs the draft (draft.id already set) with the signer of `publisherKey` or of the
    // nearest organisation above it; false when there is none.
    static bool sign(
        const QList<DemoSigner> &signers, const QString &publisherKey, DocumentDraft &draft);
};
