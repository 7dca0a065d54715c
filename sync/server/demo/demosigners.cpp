#include "demo/demosigners.h"

#include "db/writetransaction.h"
#include "demo/demoprovince.h"
#include "mutationnames.h"
#include "records/documentpublisher.h"
#include "records/signerregistry.h"
#include "timestamps.h"
#include "wirevalues.h"

#include <QDateTime>

using namespace Qt::StringLiterals;
namespace Signature = PublicationSignature;

QList<DemoSigner> DemoSigners::store(WriteTransaction &transaction,
    const QList<DemoAccount> &accounts, const Signature::KeyPair &root, const QDate &validFrom,
    const QDate &validUntil)
{
    const QString now = Timestamps::toIso(QDateTime::currentDateTimeUtc());
    QList<DemoSigner> signers;
    for (const DemoAccount &account : accounts) {
        if (account.role != Protocol::Role::Committee)
            continue;
        const DemoOrg *org = nullptr;
        for (const DemoOrg &candidate : DemoProvince::organizations()) {
            if (DemoProvince::id(Protocol::RowType::Organization, candidate.key) == account.orgId)
                org = &candidate;
        }
        bool taken = false;
        for (const DemoSigner &signer : std::as_const(signers))
            taken = taken || (org && signer.orgKey == org->key);
        if (!org || taken)
            continue;
        const Signature::KeyPair pair = Signature::generateKeyPair();
        SignerRecord record { DemoProvince::id(Protocol::RowType::Signer, org->key), account.orgId,
            DemoAccounts::userId(account.login), u"Thường trực "_s + org->committee.toString(),
            Signature::toBase64(pair.publicKey), now, validFrom.toString(Qt::ISODate),
            validUntil.toString(Qt::ISODate), {}, {}, {}, 1 };
        SignerRegistry::add(transaction, record);
        const QString certificate = Signature::toBase64(
            Signature::sign(Signature::signerBytes(record.rowData()), root.secretKey));
        SignerRegistry::certify(transaction, record.id, validFrom, validUntil, certificate, now);
        signers << DemoSigner { org->key.toString(), account.login, record.id, pair.secretKey };
    }
    return signers;
}

bool DemoSigners::sign(
    const QList<DemoSigner> &signers, const QString &publisherKey, DocumentDraft &draft)
{
    const DemoSigner *chosen = nullptr;
    for (const DemoOrg *org : DemoProvince::ancestry(publisherKey)) { // the publisher first
        for (const DemoSigner &signer : signers) {
            if (!chosen && signer.orgKey == org->key)
                chosen = &signer;
        }
    }
    if (!chosen)
        return false;
    draft.signerId = chosen->signerId;
    draft.signature = Signature::toBase64(Signature::sign(
        Signature::documentBytes(DocumentPublisher::signedFields(draft)), chosen->secretKey));
    return true;
}
