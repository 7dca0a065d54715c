#include "signerkeys.h"

#include "keyenvelope.h"
#include "publicationsignature.h"
#include "sqlitedatabase.h"
#include "timestamps.h"

#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

SignerKeys::SignerKeys(SqliteDatabase &db)
    : m_db(db)
{ }

std::optional<SignerKey> SignerKeys::current()
{
    Statement query(
        m_db, "SELECT id, public_key, created_at FROM signer_keys ORDER BY created_at, id LIMIT 1");
    if (!query.step())
        return std::nullopt;
    const auto publicKey = PublicationSignature::fromBase64(query.text(1));
    return SignerKey { query.text(0), publicKey.value_or(QByteArray()),
        Timestamps::fromIso(query.text(2)) };
}

SignerKey SignerKeys::create(const QDateTime &now)
{
    if (auto existing = current())
        return *existing;
    PublicationSignature::KeyPair pair = PublicationSignature::generateKeyPair();
    const SignerKey key { QUuid::createUuid().toString(QUuid::WithoutBraces), pair.publicKey, now };
    Statement insert(m_db,
        "INSERT INTO signer_keys(id, public_key, secret_key, created_at) VALUES (?, ?, ?, ?)");
    insert.bind(1, key.id)
        .bind(2, PublicationSignature::toBase64(key.publicKey))
        .bindBlob(3, pair.secretKey)
        .bind(4, Timestamps::toIso(now));
    insert.exec();
    wipeBytes(pair.secretKey);
    return key;
}

QByteArray SignerKeys::sign(const QString &id, const QByteArray &message)
{
    Statement query(m_db, "SELECT secret_key FROM signer_keys WHERE id = ?");
    query.bind(1, id);
    if (!query.step())
        return {};
    QByteArray secret = query.blob(0);
    const QByteArray signature = PublicationSignature::sign(message, secret);
    wipeBytes(secret);
    return signature;
}

std::optional<QJsonObject> SignerKeys::signerRow(const QByteArray &publicKey)
{
    if (publicKey.isEmpty())
        return std::nullopt;
    Statement query(m_db,
        "SELECT data FROM signers WHERE json_extract(data, '$.public_key') = ? "
        "ORDER BY version DESC LIMIT 1");
    query.bind(1, PublicationSignature::toBase64(publicKey));
    if (!query.step())
        return std::nullopt;
    return QJsonDocument::fromJson(query.text(0).toUtf8()).object();
}

SignerKeys::Certification SignerKeys::certification(
    const std::optional<QJsonObject> &row, const QDate &today)
{
    if (!row)
        return Certification::NotSent;
    if (!row->value(u"revoked_at"_s).toString().isEmpty())
        return Certification::Revoked;
    if (row->value(u"certificate"_s).toString().isEmpty())
        return Certification::Registered;
    const QDate until = QDate::fromString(row->value(u"valid_until"_s).toString(), Qt::ISODate);
    if (until.isValid() && until < today)
        return Certification::Expired;
    return Certification::Certified;
}
