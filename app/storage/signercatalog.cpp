#include "signercatalog.h"

#include "publicationsignature.h"
#include "sqlitedatabase.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

SignerCatalog::SignerCatalog(SqliteDatabase &db)
    : m_db(db)
{ }

std::optional<SignerInfo> SignerCatalog::signerOfDocument(const QString &documentId)
{
    Statement query(m_db,
        "SELECT s.data, o.name FROM documents d "
        "JOIN signers s ON s.id = json_extract(d.data, '$.signature.signer_id') "
        "LEFT JOIN organizations o ON o.id = s.org_id WHERE d.id = ?1");
    query.bind(1, documentId);
    if (!query.step())
        return std::nullopt;
    const QJsonObject data = QJsonDocument::fromJson(query.text(0).toUtf8()).object();
    SignerInfo info;
    info.id = data.value("id"_L1).toString();
    info.name = data.value("name"_L1).toString();
    info.organisation = query.isNull(1) ? data.value("org_id"_L1).toString() : query.text(1);
    info.validFrom = data.value("valid_from"_L1).toString();
    info.validUntil = data.value("valid_until"_L1).toString();
    // Computed here from the key rather than trusted from the row.
    info.fingerprint = PublicationSignature::fingerprint(
        PublicationSignature::fromBase64(data.value("public_key"_L1).toString())
            .value_or(QByteArray()));
    return info;
}

QString SignerCatalog::signerName(const QString &signerId)
{
    if (signerId.isEmpty())
        return {};
    Statement query(m_db, "SELECT json_extract(data, '$.name') FROM signers WHERE id = ?1");
    query.bind(1, signerId);
    return query.step() && !query.isNull(0) ? query.text(0) : QString();
}

QList<UnverifiedDocument> SignerCatalog::unverified()
{
    Statement query(m_db,
        "SELECT u.id, u.title, u.reason, u.received_at, "
        "EXISTS(SELECT 1 FROM documents d WHERE d.id = u.id) "
        "FROM unverified_documents u ORDER BY u.received_at DESC, u.id");
    QList<UnverifiedDocument> documents;
    while (query.step())
        documents.append(
            { query.text(0), query.text(1), query.text(2), query.text(3), query.integer(4) != 0 });
    return documents;
}
