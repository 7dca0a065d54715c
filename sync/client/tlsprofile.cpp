#include "tlsprofile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSslKey>

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype kPinBytes = 32;
}

std::optional<TlsProfile> TlsProfile::fromCaPem(const QByteArray &pem, QString *error)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certificates.isEmpty()) {
        *error = u"no PEM certificate found"_s;
        return std::nullopt;
    }
    for (const QSslCertificate &certificate : certificates) {
        if (certificate.isNull() || certificate.publicKey().isNull()) {
            *error = u"a certificate cannot be read"_s;
            return std::nullopt;
        }
    }
    TlsProfile profile;
    profile.m_ca = certificates;
    return profile;
}

std::optional<TlsProfile> TlsProfile::fromCaFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    auto profile = fromCaPem(file.readAll(), error);
    if (!profile)
        *error = path + u": "_s + *error;
    return profile;
}

TlsProfile TlsProfile::shipped()
{
    if (!QCoreApplication::instance())
        return {};
    const QString path = QDir(QCoreApplication::applicationDirPath()).filePath(u"server-ca.pem"_s);
    if (!QFile::exists(path))
        return {};
    QString error;
    return fromCaFile(path, &error).value_or(TlsProfile());
}

bool TlsProfile::addPin(const QString &pin, QString *error)
{
    QString text = pin.trimmed();
    if (text.startsWith(u"sha256/"_s))
        text.remove(0, 7);
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != kPinBytes) {
        *error = u"a pin is the base64 of a 32-byte SHA-256 (44 characters)"_s;
        return false;
    }
    if (!m_pins.contains(decoded.decoded))
        m_pins.append(decoded.decoded);
    return true;
}

QByteArray TlsProfile::spkiSha256(const QSslCertificate &certificate)
{
    // For a public key, QSslKey's DER is the SubjectPublicKeyInfo.
    return QCryptographicHash::hash(certificate.publicKey().toDer(), QCryptographicHash::Sha256);
}

QSslConfiguration TlsProfile::sslConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (!m_ca.isEmpty())
        configuration.setCaCertificates(m_ca); // replaces the system's CAs
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    return configuration;
}

bool TlsProfile::acceptsChain(const QList<QSslCertificate> &chain) const
{
    if (m_pins.isEmpty())
        return true;
    for (const QSslCertificate &certificate : chain) {
        if (m_pins.contains(spkiSha256(certificate)))
            return true;
    }
    return false;
}

QJsonObject TlsProfile::toJson() const
{
    QByteArray pem;
    for (const QSslCertificate &certificate : m_ca)
        pem += certificate.toPem();
    QJsonArray pins;
    for (const QByteArray &pin : m_pins)
        pins.append(QString::fromLatin1(pin.toBase64()));
    return QJsonObject { { u"ca_pem"_s, QString::fromLatin1(pem) }, { u"pin_sha256"_s, pins } };
}

std::optional<TlsProfile> TlsProfile::fromJson(const QJsonObject &json)
{
    TlsProfile profile;
    QString error;
    const QByteArray pem = json.value(u"ca_pem"_s).toString().toLatin1();
    if (!pem.isEmpty()) {
        const auto withCa = fromCaPem(pem, &error);
        if (!withCa)
            return std::nullopt;
        profile = *withCa;
    }
    const QJsonArray pins = json.value(u"pin_sha256"_s).toArray();
    for (const QJsonValue &pin : pins) {
        if (!profile.addPin(pin.toString(), &error))
            return std::nullopt;
    }
    return profile;
}
