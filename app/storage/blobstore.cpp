#include "blobstore.h"

#include "blobdevice.h"
#include "sqlitedatabase.h"

#include <QCryptographicHash>

BlobStore::BlobStore(SqliteDatabase &db)
    : m_db(db)
{ }

qint64 BlobStore::begin(const QString &sha256, qint64 size, const QString &mime)
{
    Statement insert(m_db,
        "INSERT INTO blobs(sha256, size, mime, stored_at) VALUES(?1, ?2, ?3, ?4) "
        "ON CONFLICT(sha256) DO NOTHING");
    insert.bind(1, sha256).bind(2, size).bind(3, mime);
    insert.bind(4, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)).exec();
    return received(sha256);
}

bool BlobStore::append(const QString &sha256, const QByteArray &bytes)
{
    Statement info(m_db, "SELECT size, received, complete FROM blobs WHERE sha256 = ?1");
    info.bind(1, sha256);
    if (!info.step() || info.integer(2) != 0)
        return false;
    const qint64 total = info.integer(0);
    const qint64 have = info.integer(1);
    if (have + bytes.size() > total)
        return false;

    Transaction transaction(m_db);
    qint64 seq = have / kChunkSize;
    QByteArray pending;
    if (have % kChunkSize != 0)
        pending = chunk(sha256, seq); // the partial last chunk grows
    pending += bytes;
    Statement put(
        m_db, "INSERT OR REPLACE INTO blob_chunks(sha256, seq, bytes) VALUES(?1, ?2, ?3)");
    for (qint64 offset = 0; offset < pending.size(); offset += kChunkSize, ++seq) {
        put.bind(1, sha256).bind(2, seq).bindBlob(3, pending.mid(offset, kChunkSize)).exec();
        put.reset();
    }
    Statement update(m_db, "UPDATE blobs SET received = ?2 WHERE sha256 = ?1");
    update.bind(1, sha256).bind(2, have + bytes.size()).exec();
    transaction.commit();
    return true;
}

bool BlobStore::finish(const QString &sha256)
{
    const qint64 total = size(sha256);
    if (total < 0 || received(sha256) != total)
        return false;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    Statement chunks(m_db, "SELECT bytes FROM blob_chunks WHERE sha256 = ?1 ORDER BY seq");
    chunks.bind(1, sha256);
    while (chunks.step())
        hash.addData(chunks.blob(0));
    if (QString::fromLatin1(hash.result().toHex()) != sha256.toLower()) {
        remove(sha256);
        return false;
    }
    Statement update(m_db, "UPDATE blobs SET complete = 1 WHERE sha256 = ?1");
    update.bind(1, sha256).exec();
    return true;
}

bool BlobStore::isComplete(const QString &sha256)
{
    Statement query(m_db, "SELECT complete FROM blobs WHERE sha256 = ?1");
    query.bind(1, sha256);
    return query.step() && query.integer(0) != 0;
}

qint64 BlobStore::received(const QString &sha256)
{
    Statement query(m_db, "SELECT received FROM blobs WHERE sha256 = ?1");
    query.bind(1, sha256);
    return query.step() ? query.integer(0) : 0;
}

qint64 BlobStore::size(const QString &sha256)
{
    Statement query(m_db, "SELECT size FROM blobs WHERE sha256 = ?1");
    query.bind(1, sha256);
    return query.step() ? query.integer(0) : -1;
}

QString BlobStore::mime(const QString &sha256)
{
    Statement query(m_db, "SELECT mime FROM blobs WHERE sha256 = ?1");
    query.bind(1, sha256);
    return query.step() ? query.text(0) : QString();
}

QByteArray BlobStore::chunk(const QString &sha256, qint64 seq)
{
    Statement query(m_db, "SELECT bytes FROM blob_chunks WHERE sha256 = ?1 AND seq = ?2");
    query.bind(1, sha256).bind(2, seq);
    return query.step() ? query.blob(0) : QByteArray();
}

std::unique_ptr<QIODevice> BlobStore::open(const QString &sha256)
{
    if (!isComplete(sha256))
        return nullptr;
    auto device = std::make_unique<BlobDevice>(*this, sha256, size(sha256));
    if (!device->open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return nullptr;
    Statement touch(m_db, "UPDATE blobs SET last_used_at = ?2 WHERE sha256 = ?1");
    touch.bind(1, sha256).bind(2, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)).exec();
    return device;
}

void BlobStore::remove(const QString &sha256)
{
    Statement chunks(m_db, "DELETE FROM blob_chunks WHERE sha256 = ?1");
    chunks.bind(1, sha256).exec();
    Statement blob(m_db, "DELETE FROM blobs WHERE sha256 = ?1");
    blob.bind(1, sha256).exec();
}

qint64 BlobStore::totalBytes()
{
    return m_db.scalar("SELECT coalesce(sum(size), 0) FROM blobs WHERE complete = 1").toLongLong();
}

int BlobStore::count()
{
    return int(m_db.scalar("SELECT count(*) FROM blobs WHERE complete = 1").toLongLong());
}
