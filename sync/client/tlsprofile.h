// What the client trusts for its server's certificate (docs/decisions.md, "TLS pinning"):
// the CA certificates configured for the account (they replace the system's CAs: a
// certificate from any other CA is refused), and optionally SHA-256 pins of a
// SubjectPublicKeyInfo (one of the certificates the server presents must carry a pinned key,
// in addition to a valid chain). Set at sign-in from a server profile (`handbook sync --ca
// <pem> --pin-sha256 <base64>`) and stored with the account; or shipped as server-ca.pem
// next to the executable. An empty profile trusts the system's CAs.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>
#include <optional>

class TlsProfile
{
public:
    TlsProfile() = default;

    // From PEM text holding one or more certificates (a CA, or a self-signed server
    // certificate); nullopt with a one-line *error when there is none or one is invalid.
    [[nodiscard]] static std::optional<TlsProfile> fromCaPem(const QByteArray &pem, QString *error);
    [[nodiscard]] static std::optional<TlsProfile> fromCaFile(const QString &path, QString *error);
    // The profile shipped with the app: server-ca.pem in the executable's directory, or an
    // empty profile when there is none (or it holds no certificate).
    [[nodiscard]] static TlsProfile shipped();

    // Adds a pin: base64 of the SHA-256 of a SubjectPublicKeyInfo, optionally prefixed
    // "sha256/" (as `openssl x509 -pubkey -noout | openssl pkey -pubin -outform der |
    // openssl dgst -sha256 -binary | base64` prints it). False with *error otherwise.
    bool addPin(const QString &pin, QString *error);
    // SHA-256 of the certificate's SubjectPublicKeyInfo (32 bytes).
    [[nodiscard]] static QByteArray spkiSha256(const QSslCertificate &certificate);

    [[nodiscard]] bool isEmpty() const { return m_ca.isEmpty() && m_pins.isEmpty(); }
    [[nodiscard]] const QList<QSslCertificate> &caCertificates() const { return m_ca; }
    [[nodiscard]] const QList<QByteArray> &pins() const { return m_pins; }

    // The TLS configuration of a request: the configured CAs replace the system's (none
    // configured: the system's), the peer is always verified, TLS 1.2 or newer.
    [[nodiscard]] QSslConfiguration sslConfiguration() const;
    // Whether the certificates a server presented satisfy the pins (always, without pins).
    [[nodiscard]] bool acceptsChain(const QList<QSslCertificate> &chain) const;

    // Stored with the account: {"ca_pem": "<PEM>", "pin_sha256": ["<base64>", ...]}.
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static std::optional<TlsProfile> fromJson(const QJsonObject &json);

    friend bool operator==(const TlsProfile &, const TlsProfile &) = default;

private:
    QList<QSslCertificate> m_ca;
    QList<QByteArray> m_pins; // raw 32-byte hashes
};
