#include "documentverification.h"

#include "mutationnames.h"
#include "replicastore.h"
#include "sqlitedatabase.h"
#include "synclog.h"
#include "timestamps.h"
#include "tlsprofilestore.h"
#include "wirevalues.h"

#include <QDateTime>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using PublicationSignature::Failure;
namespace RowType = Protocol::RowType;

namespace {
// Deeper than any real organisation tree: a loop in the parents stops here.
constexpr int kMaxDepth = 32;

QJsonObject parse(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
} // namespace

DocumentVerification::DocumentVerification(SqliteDatabase &db, ReplicaStore &replica)
    : m_db(db)
    , m_replica(replica)
    , m_rootKey(RootKeyStore::load(db))
{ }

bool DocumentVerification::isSigned(const QJsonObject &document)
{
    return document.contains("signature"_L1) && !document.value("signature"_L1).isNull();
}

QString DocumentVerification::signerIdOf(const QJsonObject &document)
{
    return document.value("signature"_L1).toObject().value("signer_id"_L1).toString();
}

QJsonObject DocumentVerification::storedForm(const QJsonObject &given)
{
    QJsonObject data = given;
    if (data.value(u"classification").toString() == Protocol::Classification::Restricted) {
        data.remove(u"body");
        data.remove(u"attachments");
    }
    return data;
}

Failure DocumentVerification::verify(const QJsonObject &given)
{
    // A restricted row verified with a body it then drops would let a forged body_sha256
    // through: the body fetched later is checked against that hash.
    const QJsonObject document = storedForm(given);
    if (!document.value("signature"_L1).isObject())
        return Failure::Malformed;
    const QString signerId = signerIdOf(document);
    const std::optional<QJsonObject> signer
        = signerId.isEmpty() ? std::nullopt : m_replica.get(QString(RowType::Signer), signerId);
    return PublicationSignature::verifyDocument(
        document, signer, m_rootKey, [this](const QString &signerOrg, const QString &documentOrg) {
            return isSameOrAncestor(signerOrg, documentOrg);
        });
}

bool DocumentVerification::isSameOrAncestor(const QString &signerOrg, const QString &documentOrg)
{
    if (signerOrg.isEmpty())
        return false;
    Statement parent(m_db, "SELECT parent_id FROM organizations WHERE id = ?1");
    QString org = documentOrg;
    for (int depth = 0; depth < kMaxDepth && !org.isEmpty(); ++depth) {
        if (org == signerOrg)
            return true;
        parent.reset();
        parent.bind(1, org);
        org = parent.step() && !parent.isNull(0) ? parent.text(0) : QString();
    }
    return false;
}

Failure DocumentVerification::store(const QString &id, qint64 version, const QJsonObject &data)
{
    const Failure failure = verify(data);
    if (failure == Failure::None) {
        m_replica.put(QString(RowType::Document), id, version, data);
        forget(id);
        return failure;
    }
    // The copy already shown stays only while it verifies itself.
    if (const auto shown = m_replica.get(QString(RowType::Document), id);
        shown && (!isSigned(*shown) || verify(*shown) != Failure::None))
        m_replica.remove(QString(RowType::Document), id);
    keepApart(id, version, data, failure);
    return failure;
}

Failure DocumentVerification::storeUnsigned(
    const QString &id, qint64 version, const QJsonObject &data)
{
    if (const auto shown = m_replica.get(QString(RowType::Document), id);
        shown && isSigned(*shown)) {
        keepApart(id, version, data, Failure::Malformed);
        return Failure::Malformed;
    }
    m_replica.put(QString(RowType::Document), id, version, data);
    forget(id); // an unsigned version replaces one listed apart
    return Failure::None;
}

void DocumentVerification::keepApart(
    const QString &id, qint64 version, const QJsonObject &given, Failure failure)
{
    // As in ReplicaStore::put: a restricted document is never kept with its text.
    const QJsonObject data = storedForm(given);
    Statement insert(m_db,
        "INSERT INTO unverified_documents(id, title, reason, version, data, received_at) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(id) DO UPDATE SET title = excluded.title, "
        "reason = excluded.reason, version = excluded.version, data = excluded.data, "
        "received_at = excluded.received_at");
    insert.bind(1, id)
        .bind(2, data.value("title"_L1).toString())
        .bind(3, PublicationSignature::failureCode(failure))
        .bind(4, version)
        .bind(5, compact(data))
        .bind(6, Timestamps::toIso(QDateTime::currentDateTimeUtc()))
        .exec();
    // Only the code: never the document's text.
    qCWarning(lcSync) << "a signed document did not verify:"
                      << PublicationSignature::failureCode(failure);
}

RootKeyStore::PinResult DocumentVerification::pinRootKey(SqliteDatabase &db, const QString &base64)
{
    Transaction transaction(db);
    const auto pinned = RootKeyStore::pin(db, base64);
    // Documents that came before the key was pinned are checked now.
    if (pinned == RootKeyStore::PinResult::Pinned) {
        ReplicaStore replica(db);
        DocumentVerification(db, replica).recheck();
    }
    transaction.commit();
    return pinned;
}

void DocumentVerification::forget(const QString &id)
{
    Statement remove(m_db, "DELETE FROM unverified_documents WHERE id = ?1");
    remove.bind(1, id).exec();
}

int DocumentVerification::recheck(const QSet<QString> &signerIds)
{
    const auto concerned = [&](const QJsonObject &data) {
        return isSigned(data) && (signerIds.isEmpty() || signerIds.contains(signerIdOf(data)));
    };
    struct Row
    {
        QString id;
        qint64 version;
        QJsonObject data;
    };
    QList<Row> shown;
    {
        Statement rows(m_db,
            "SELECT id, version, data FROM documents "
            "WHERE json_extract(data, '$.signature') IS NOT NULL");
        while (rows.step()) {
            const QJsonObject data = parse(rows.text(2));
            if (concerned(data))
                shown.append({ rows.text(0), rows.integer(1), data });
        }
    }
    QList<Row> apart;
    {
        Statement rows(m_db, "SELECT id, version, data FROM unverified_documents");
        while (rows.step()) {
            const QJsonObject data = parse(rows.text(2));
            if (concerned(data))
                apart.append({ rows.text(0), rows.integer(1), data });
        }
    }
    int moved = 0;
    for (const Row &row : shown) {
        const Failure failure = verify(row.data);
        if (failure == Failure::None)
            continue;
        m_replica.remove(QString(RowType::Document), row.id);
        keepApart(row.id, row.version, row.data, failure);
        ++moved;
    }
    for (const Row &row : apart) {
        const Failure failure = verify(row.data);
        if (failure == Failure::None) {
            m_replica.put(QString(RowType::Document), row.id, row.version, row.data);
            forget(row.id);
            ++moved;
        } else {
            Statement reason(m_db, "UPDATE unverified_documents SET reason = ?2 WHERE id = ?1");
            reason.bind(1, row.id).bind(2, PublicationSignature::failureCode(failure)).exec();
        }
    }
    return moved;
}

int DocumentVerification::unverifiedCount(SqliteDatabase &db)
{
    return int(db.scalar("SELECT count(*) FROM unverified_documents").toLongLong());
}
