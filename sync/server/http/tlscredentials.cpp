#include "http/tlscredentials.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

using namespace Qt::StringLiterals;

namespace {

std::optional<QByteArray> readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

} // namespace

std::optional<QSslConfiguration> TlsCredentials::load(
    const QString &certificatePath, const QString &keyPath, QString *error)
{
    if (!QSslSocket::supportsSsl()) {
        *error = u"TLS is not available (no OpenSSL backend for Qt Network)"_s;
        return std::nullopt;
    }
    const auto certificateData = readFile(certificatePath, error);
    if (!certificateData)
        return std::nullopt;
    const QList<QSslCertificate> chain = QSslCertificate::fromData(*certificateData, QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull()) {
        *error = u"no PEM certificate in %1"_s.arg(certificatePath);
        return std::nullopt;
    }
    const auto keyData = readFile(keyPath, error);
    if (!keyData)
        return std::nullopt;
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : { QSsl::Rsa, QSsl::Ec }) {
        key = QSslKey(*keyData, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull()) {
        *error = u"no unencrypted RSA or EC private key in %1"_s.arg(keyPath);
        return std::nullopt;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients have no certificates
    return configuration;
}
