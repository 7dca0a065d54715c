#include "verificationcontroller.h"

#include "documentlistmodel.h"
#include "signercatalog.h"

using namespace Qt::StringLiterals;

VerificationController::VerificationController(QObject *parent)
    : SessionController(parent)
{
    connect(&m_unverified, &UnverifiedDocumentModel::countChanged, this,
        &VerificationController::unverifiedChanged);
}

void VerificationController::load(SqliteDatabase &db)
{
    m_unverified.setDocuments(SignerCatalog(db).unverified());
}

QVariantMap VerificationController::signerDetails(const QString &documentId)
{
    QVariantMap details { { u"found"_s, false } };
    withDatabase([&](SqliteDatabase &db) {
        const std::optional<SignerInfo> signer = SignerCatalog(db).signerOfDocument(documentId);
        if (!signer)
            return;
        details = { { u"found"_s, true }, { u"name"_s, signer->name },
            { u"organisation"_s, signer->organisation },
            { u"validFrom"_s, DocumentListModel::displayDate(signer->validFrom) },
            { u"validUntil"_s, DocumentListModel::displayDate(signer->validUntil) },
            { u"fingerprint"_s, signer->fingerprint } };
    });
    return details;
}
