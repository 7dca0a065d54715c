#include "records/signerregistry.h"

#include "db/sqlrunner.h"
#include "db/writetransaction.h"
#include "mutationnames.h"
#include "publicationsignature.h"
#include "wirevalues.h"

using namespace Qt::StringLiterals;

namespace {

const QString kColumns = u"id, org_id, user_id, name, public_key, registered_at, valid_from, "
                         "valid_until, certificate, certified_at, revoked_at, version"_s;

SignerRecord fromQuery(const QSqlQuery &query)
{
    SignerRecord signer;
    QString *fields[] = { &signer.id, &signer.orgId, &signer.userId, &signer.name,
        &signer.publicKey, &signer.registeredAt, &signer.validFrom, &signer.validUntil,
        &signer.certificate, &signer.certifiedAt, &signer.revokedAt };
    int index = 0;
    for (QString *field : fields)
        *field = query.value(index++).toString();
    signer.version = query.value(index).toLongLong();
    return signer;
}

std::optional<SignerRecord> findBy(
    const QSqlDatabase &db, const QString &column, const QString &value)
{
    std::optional<SignerRecord> found;
    forEachRow(db, u"SELECT %1 FROM signers WHERE %2 = ?"_s.arg(kColumns, column), { value },
        [&found](const QSqlQuery &query) { found = fromQuery(query); });
    return found;
}

void recordChange(WriteTransaction &transaction, const QString &id)
{
    const QString org
        = scalarSql(transaction.db(), u"SELECT org_id FROM signers WHERE id = ?"_s, { id })
              .toString();
    transaction.recordChange(Protocol::RowType::Signer, id, Protocol::ChangeOp::Put, org);
}

} // namespace

SignerRecord::Status SignerRecord::status(const QDate &today) const
{
    if (!revokedAt.isEmpty())
        return Status::Revoked;
    if (certificate.isEmpty())
        return Status::Uncertified;
    if (QDate::fromString(validUntil, Qt::ISODate) < today)
        return Status::Expired;
    return Status::Certified;
}

QJsonObject SignerRecord::rowData() const
{
    const auto key = PublicationSignature::fromBase64(publicKey);
    return QJsonObject { { u"id"_s, id }, { u"org_id"_s, orgId }, { u"user_id"_s, userId },
        { u"name"_s, name }, { u"public_key"_s, publicKey }, { u"valid_from"_s, validFrom },
        { u"valid_until"_s, validUntil }, { u"certificate"_s, certificate },
        { u"revoked_at"_s, revokedAt.isEmpty() ? QJsonValue() : QJsonValue(revokedAt) },
        { u"fingerprint"_s, key ? PublicationSignature::fingerprint(*key) : QString() } };
}

std::optional<SignerRecord> SignerRegistry::find(const QSqlDatabase &db, const QString &id)
{
    return findBy(db, u"id"_s, id);
}

std::optional<SignerRecord> SignerRegistry::findByPublicKey(
    const QSqlDatabase &db, const QString &publicKey)
{
    return findBy(db, u"public_key"_s, publicKey);
}

QList<SignerRecord> SignerRegistry::list(const QSqlDatabase &db, const QString &orgId)
{
    QList<SignerRecord> signers;
    const auto collect = [&signers](const QSqlQuery &query) { signers << fromQuery(query); };
    if (orgId.isEmpty()) {
        forEachRow(
            db, u"SELECT %1 FROM signers ORDER BY org_id, name, id"_s.arg(kColumns), {}, collect);
    } else {
        forEachRow(db,
            u"SELECT %1 FROM signers WHERE org_id IN (SELECT descendant_id FROM org_closure "
            "WHERE ancestor_id = ?) ORDER BY org_id, name, id"_s.arg(kColumns),
            { orgId }, collect);
    }
    return signers;
}

void SignerRegistry::add(WriteTransaction &transaction, const SignerRecord &signer)
{
    execSql(transaction.db(),
        u"INSERT INTO signers (id, org_id, user_id, name, public_key, registered_at, version) "
        "VALUES (?, ?, ?, ?, ?, ?, 1)"_s,
        { signer.id, signer.orgId, signer.userId, signer.name, signer.publicKey,
            signer.registeredAt });
    recordChange(transaction, signer.id);
}

void SignerRegistry::certify(WriteTransaction &transaction, const QString &id,
    const QDate &validFrom, const QDate &validUntil, const QString &certificate,
    const QString &certifiedAt)
{
    execSql(transaction.db(),
        u"UPDATE signers SET valid_from = ?, valid_until = ?, certificate = ?, certified_at = ?, "
        "version = version + 1 WHERE id = ?"_s,
        { validFrom.toString(Qt::ISODate), validUntil.toString(Qt::ISODate), certificate,
            certifiedAt, id });
    recordChange(transaction, id);
}

void SignerRegistry::revoke(
    WriteTransaction &transaction, const QString &id, const QString &revokedAt)
{
    execSql(transaction.db(),
        u"UPDATE signers SET revoked_at = ?, version = version + 1 WHERE id = ?"_s,
        { revokedAt, id });
    recordChange(transaction, id);
}
