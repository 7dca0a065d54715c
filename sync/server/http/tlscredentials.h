// Loads the `--cert` / `--key` PEM files into a server-side TLS configuration.
#pragma once

#include <QSslConfiguration>
#include <QString>
#include <optional>

class TlsCredentials
{
public:
    // The certificate file may hold a chain (leaf first). The key must be unencrypted PEM
    // (RSA or EC). nullopt with a one-line *error otherwise.
    [[nodiscard]] static std::optional<QSslConfiguration> load(
        const QString &certificatePath, const QString &keyPath, QString *error);
};
