#include "blobcatalog.h"

#include "blobstore.h"
#include "sqlitedatabase.h"
#include "syncstate.h"
#include "timestamps.h"

using namespace Qt::StringLiterals;

namespace {

const QString kLimitKey = u"blob_storage_limit"_s;

// Every attachment of every stored document, with the document's id and publication.
constexpr const char *kAttachments = "SELECT d.id AS document_id, d.published_at AS published_at, "
                                     "lower(json_extract(a.value, '$.sha256')) AS sha256, "
                                     "json_extract(a.value, '$.size') AS size, "
                                     "json_extract(a.value, '$.mime') AS mime "
                                     "FROM documents d, json_each(d.data, '$.attachments') a";

} // namespace

BlobCatalog::BlobCatalog(SqliteDatabase &db)
    : m_db(db)
{ }

qint64 BlobCatalog::storageLimit()
{
    bool ok = false;
    const qint64 limit = SyncState(m_db).value(kLimitKey).toLongLong(&ok);
    return ok && limit >= 0 ? limit : kDefaultLimitBytes;
}

void BlobCatalog::setStorageLimit(qint64 bytes)
{
    SyncState(m_db).setValue(kLimitKey, QString::number(std::max<qint64>(0, bytes)));
}

qint64 BlobCatalog::storedBytes()
{
    return m_db.scalar("SELECT coalesce(sum(received), 0) FROM blobs").toLongLong();
}

QList<BlobWant> BlobCatalog::wanted(int limit, const QDateTime &now)
{
    // The next meeting: its "read before" list and the documents attached to it.
    const QString sql = uR"SQL(
WITH next_meeting AS (
    SELECT id, data FROM meetings WHERE status = 'scheduled' AND starts_at >= ?1
    ORDER BY starts_at LIMIT 1),
next_documents AS (
    SELECT j.value AS id FROM next_meeting m, json_each(m.data, '$.document_ids') j
    UNION SELECT d.id FROM documents d JOIN next_meeting m ON d.meeting_id = m.id),
attachments AS (%1)
SELECT a.sha256, max(a.size), max(a.mime),
       max(CASE WHEN a.document_id IN (SELECT id FROM next_documents) THEN 1 ELSE 0 END) AS urgent,
       max(a.published_at) AS newest,
       b.sha256 IS NOT NULL AS begun
FROM attachments a LEFT JOIN blobs b ON b.sha256 = a.sha256
WHERE a.sha256 IS NOT NULL AND length(a.sha256) = 64 AND coalesce(b.complete, 0) = 0
GROUP BY a.sha256
ORDER BY urgent DESC, newest DESC, a.sha256
)SQL"_s.arg(QString::fromLatin1(kAttachments));
    Statement query(m_db, sql.toUtf8().constData());
    query.bind(1, Timestamps::toIso(now));
    // Partial blobs already count with their full size: they will complete.
    qint64 used = m_db.scalar("SELECT coalesce(sum(size), 0) FROM blobs").toLongLong();
    const qint64 allowed = storageLimit();
    QList<BlobWant> wants;
    while (query.step() && wants.size() < limit) {
        const BlobWant want { query.text(0), query.integer(1), query.text(2) };
        const bool begun = query.integer(5) != 0;
        if (want.size < 0)
            continue;
        if (!begun) {
            if (used + want.size > allowed)
                continue; // does not fit; a smaller one further down may
            used += want.size;
        }
        wants.append(want);
    }
    return wants;
}

std::optional<BlobWant> BlobCatalog::find(const QString &sha256)
{
    const QString sql = u"SELECT sha256, size, mime FROM (%1) WHERE sha256 = ?1 LIMIT 1"_s.arg(
        QString::fromLatin1(kAttachments));
    Statement query(m_db, sql.toUtf8().constData());
    query.bind(1, sha256.toLower());
    if (!query.step())
        return std::nullopt;
    return BlobWant { query.text(0), query.integer(1), query.text(2) };
}

int BlobCatalog::removeUnreferenced()
{
    // Referenced: by a stored document, or by a share still waiting in the outbox.
    const QString sql = uR"SQL(
SELECT sha256 FROM blobs WHERE sha256 NOT IN (
    SELECT sha256 FROM (%1) WHERE sha256 IS NOT NULL
    UNION SELECT lower(json_extract(a.value, '$.sha256')) FROM outbox o,
        json_each(o.args, '$.attachments') a
        WHERE json_extract(a.value, '$.sha256') IS NOT NULL)
)SQL"_s.arg(QString::fromLatin1(kAttachments));
    QStringList orphans;
    {
        Statement query(m_db, sql.toUtf8().constData());
        while (query.step())
            orphans << query.text(0);
    }
    BlobStore store(m_db);
    for (const QString &sha256 : std::as_const(orphans))
        store.remove(sha256);
    return int(orphans.size());
}
