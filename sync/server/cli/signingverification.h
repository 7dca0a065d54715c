// `handbook-server signing verify`: checks a document's row data the way a phone does
// (PublicationSignature::verifyDocument under the given root key, and each given attachment's
// bytes against the signed SHA-256), so that anyone can verify a resolution without the app.
#pragma once

#include <QString>
#include <QStringList>

class SigningVerification
{
public:
    // Runs with the arguments after "signing verify": prints who signed the document (exit 0)
    // or the failure code and a sentence saying why (exit 1); bad arguments exit 2.
    [[nodiscard]] static int run(const QStringList &arguments, const QString &usage);
};
