// Signed publications (DESIGN.md 8.1), shared by the server (which checks a signature before
// it publishes), the app (which verifies every signed document before showing it) and the
// `handbook-server signing` commands. Ed25519 through libsodium; keys and signatures in
// standard base64.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace PublicationSignature {

// An Ed25519 key pair: 32-byte public key, 64-byte libsodium secret key (seed + public key).
struct KeyPair
{
    QByteArray publicKey;
    QByteArray secretKey;
};

// A new random key pair.
[[nodiscard]] KeyPair generateKeyPair();
// The key pair of a 32-byte seed (test vectors); nullopt if the seed is not 32 bytes.
[[nodiscard]] std::optional<KeyPair> keyPairFromSeed(const QByteArray &seed);
// The 64-byte detached signature of message under secretKey (empty if the key is malformed).
[[nodiscard]] QByteArray sign(const QByteArray &message, const QByteArray &secretKey);
// Whether signature is publicKey's signature of message (false for malformed input).
[[nodiscard]] bool verify(
    const QByteArray &message, const QByteArray &signature, const QByteArray &publicKey);

// Standard base64 (with padding); decode answers nullopt for anything else.
[[nodiscard]] QString toBase64(const QByteArray &bytes);
[[nodiscard]] std::optional<QByteArray> fromBase64(const QString &text);

// What a person compares by phone: the first 16 bytes of SHA-256 of the raw public key, as
// 8 groups of 4 upper-case hex digits ("3F2A 91C0 …"); empty for a malformed key.
[[nodiscard]] QString fingerprint(const QByteArray &publicKey);

// Lower-case hex SHA-256 of bytes, and of a text's UTF-8 bytes.
[[nodiscard]] QString sha256Hex(const QByteArray &bytes);
[[nodiscard]] QString bodySha256(const QString &body);

// The canonical bytes of a document (8.1) from a document row's data, a draft row's data, or a
// server's draft fields, all keyed as in document.data: id, org_id, audience_org_id, kind,
// number, title, issued_date, issuer, summary, classification; body_sha256 is the SHA-256 of
// "body" when the object has a "body" key, otherwise its "body_sha256" (a restricted document
// syncs without its body); the attachments come from "attachments", or when that key is absent
// from "signed_attachments" (a restricted document), each as {name, sha256, size} (size
// written as a decimal string, other keys ignored), sorted by sha256. Missing fields are "".
[[nodiscard]] QByteArray documentBytes(const QJsonObject &document);

// The canonical bytes of a signer certificate (8.1) from a signer row: id, org_id, name,
// public_key, valid_from, valid_until.
[[nodiscard]] QByteArray signerBytes(const QJsonObject &signer);

// Why a signed document is not shown as genuine. Codes are stable (stored in the vault,
// printed by `handbook-server signing verify`); the app turns them into Vietnamese text.
enum class Failure {
    None,
    NoRootKey, // the device has no pinned province key
    UnknownSigner, // no signer row with the signature's signer_id
    BadCertificate, // the certificate does not verify under the root key
    NotValidOnIssuedDate, // issued_date outside [valid_from, valid_until]
    Revoked, // revoked on or before issued_date
    WrongOrganisation, // the signer's org is neither the document's org nor above it
    BadSignature, // the signature does not verify over the canonical bytes
    Malformed, // the signature object or a key is not well-formed
};
[[nodiscard]] QString failureCode(Failure failure); // "bad_signature", ...
[[nodiscard]] Failure failureFromCode(const QString &code);

// Verifies a document row's data carrying "signature": {"signer_id", "value"} against its
// signer row (nullopt if the device has none) and the pinned root public key (raw 32 bytes,
// empty if none). isSameOrAncestor(signerOrg, documentOrg) answers whether the signer's
// organisation is the document's or above it (the caller knows the tree).
// A document without "signature" is not for this function (it is unsigned).
template<typename AncestorCheck>
[[nodiscard]] Failure verifyDocument(const QJsonObject &document,
    const std::optional<QJsonObject> &signer, const QByteArray &rootPublicKey,
    AncestorCheck isSameOrAncestor);

// The certificate checks alone (BadCertificate, Malformed or None): whether the signer row's
// certificate verifies under the root key. Used by verifyDocument and the signer list.
[[nodiscard]] Failure verifyCertificate(const QJsonObject &signer, const QByteArray &rootPublicKey);

// The checks after the certificate and the organisation: validity on issued_date,
// revocation, and the signature over the canonical bytes.
[[nodiscard]] Failure verifySignedBytes(const QJsonObject &document, const QJsonObject &signer);

template<typename AncestorCheck>
Failure verifyDocument(const QJsonObject &document, const std::optional<QJsonObject> &signer,
    const QByteArray &rootPublicKey, AncestorCheck isSameOrAncestor)
{
    if (rootPublicKey.isEmpty())
        return Failure::NoRootKey;
    if (!signer)
        return Failure::UnknownSigner;
    if (const Failure certificate = verifyCertificate(*signer, rootPublicKey);
        certificate != Failure::None)
        return certificate;
    if (!isSameOrAncestor(signer->value(QLatin1StringView("org_id")).toString(),
            document.value(QLatin1StringView("org_id")).toString()))
        return Failure::WrongOrganisation;
    return verifySignedBytes(document, *signer);
}

} // namespace PublicationSignature
