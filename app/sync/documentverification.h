// Verifies signed documents (DESIGN.md 8.1) as they reach the vault, before anything shows
// them: a document row carrying "signature" goes to `documents` (and search) only when its
// signer's certificate verifies under the account's pinned root key, the signer belongs to
// the document's organisation or one above it, was valid on the issued date and not revoked
// by then, and the signature covers the document's canonical bytes. Anything else is kept
// apart in `unverified_documents` with the failure code. Unsigned documents are not this
// class's business: they are stored as they come and show no mark.
//
// A version that fails never replaces a copy that still verifies: the genuine copy stays in
// `documents` and the failed version is listed apart. A copy that no longer verifies (its
// signer revoked, say) leaves `documents` for the list apart. Documents that arrived before
// their signer, or before a root key was pinned, are checked again by recheck().
#pragma once

#include "tlsprofilestore.h"

#include "publicationsignature.h"

#include <QJsonObject>
#include <QSet>
#include <QString>

class ReplicaStore;
class SqliteDatabase;

class DocumentVerification
{
public:
    // `replica` writes the verified documents (and their search entries); the caller owns the
    // transaction. Reads the pinned root key once.
    DocumentVerification(SqliteDatabase &db, ReplicaStore &replica);

    // Whether a document row's data carries a signature (then it must verify to be shown).
    [[nodiscard]] static bool isSigned(const QJsonObject &document);
    // The signer id a signed document names (empty for an unsigned one).
    [[nodiscard]] static QString signerIdOf(const QJsonObject &document);

    // Checks a signed document against the vault's signer rows, organisations and root key.
    [[nodiscard]] PublicationSignature::Failure verify(const QJsonObject &document);
    // Stores a pulled signed document where it belongs (see above); answers the failure.
    PublicationSignature::Failure store(const QString &id, qint64 version, const QJsonObject &data);
    // Stores a pulled unsigned document, unless the device shows a signed copy of it: a later
    // version never removes a signature (a withdrawal is a delete), so such a version is
    // listed apart (malformed) and the verified copy stays.
    PublicationSignature::Failure storeUnsigned(
        const QString &id, qint64 version, const QJsonObject &data);
    // The row as the vault keeps it: a restricted document without its body and attachments
    // (ReplicaStore::put), so that what is verified is what is kept: its body_sha256 and
    // signed_attachments, never a body that is then dropped.
    [[nodiscard]] static QJsonObject storedForm(const QJsonObject &document);
    // A document the server deleted: its unverified copy goes too.
    void forget(const QString &id);
    // Checks again the documents (verified or not) signed by one of `signerIds`, or every
    // signed document when `signerIds` is empty (a root key was just pinned). Answers how
    // many moved between `documents` and the list apart.
    int recheck(const QSet<QString> &signerIds = {});

    // Pins `base64` as the account's root key unless one is pinned (RootKeyStore::pin), and,
    // when it was newly pinned, checks again what came before it; in one transaction. Throws
    // StorageError.
    static RootKeyStore::PinResult pinRootKey(SqliteDatabase &db, const QString &base64);

    // How many documents are listed apart.
    [[nodiscard]] static int unverifiedCount(SqliteDatabase &db);

private:
    [[nodiscard]] bool isSameOrAncestor(const QString &signerOrg, const QString &documentOrg);
    void keepApart(const QString &id, qint64 version, const QJsonObject &data,
        PublicationSignature::Failure failure);

    SqliteDatabase &m_db;
    ReplicaStore &m_replica;
    QByteArray m_rootKey;
};
