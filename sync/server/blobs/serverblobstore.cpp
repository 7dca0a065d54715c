#include "blobs/serverblobstore.h"

#include "db/sqlrunner.h"
#include "timestamps.h"

#include <QCryptographicHash>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace {

QString sha256Hex(QByteArrayView bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

ServerBlobStore::ServerBlobStore(const QSqlDatabase &db)
    : m_db(db)
{ }

ServerBlobStore::State ServerBlobStore::state(const QString &sha256) const
{
    QSqlQuery query = runSql(m_db,
        u"SELECT size, received, complete, uploaded_by FROM blobs WHERE sha256 = ?"_s, { sha256 });
    State state;
    if (!query.next())
        return state;
    state.exists = true;
    state.size = query.value(0).toLongLong();
    state.received = query.value(1).toLongLong();
    state.complete = query.value(2).toInt() != 0;
    state.uploader = query.value(3).toString();
    return state;
}

ServerBlobStore::PutResult ServerBlobStore::put(const QString &sha256, qint64 first, qint64 total,
    const QByteArray &bytes, const QString &uploaderId)
{
    using Outcome = PutResult::Outcome;
    const State current = state(sha256);
    if (current.complete) {
        if (uploaderId.isEmpty() || holds(sha256, uploaderId))
            return { Outcome::AlreadyComplete, current.size, current.size };
        return prove(sha256, first, total, bytes, uploaderId, current.size);
    }
    // Nobody restarts or continues another user's unfinished upload.
    if (current.exists && !uploaderId.isEmpty() && current.uploader != uploaderId)
        return { Outcome::NotYours, 0, total };
    const qint64 end = first + bytes.size();
    if (first == 0 && end == total) {
        // The whole blob in one request: check it before writing anything.
        if (sha256Hex(bytes) != sha256)
            return { Outcome::HashMismatch, current.received, total };
        if (current.exists)
            discard(sha256);
        begin(sha256, total, uploaderId);
        append(sha256, 0, bytes);
        execSql(m_db, u"UPDATE blobs SET received = ?, complete = 1 WHERE sha256 = ?"_s,
            { total, sha256 });
        recordHolder(sha256, uploaderId, total, total, true);
        return { Outcome::Completed, total, total };
    }
    if (first == 0) {
        if (current.exists)
            discard(sha256);
        begin(sha256, total, uploaderId);
    } else if (!current.exists || current.size != total || current.received != first) {
        // A different total means a different upload: it has to start over from 0.
        const qint64 resumeAt = current.exists && current.size == total ? current.received : 0;
        return { Outcome::OutOfOrder, resumeAt, total };
    }
    append(sha256, first, bytes);
    if (end < total) {
        execSql(m_db, u"UPDATE blobs SET received = ? WHERE sha256 = ?"_s, { end, sha256 });
        return { Outcome::Stored, end, total };
    }
    if (storedHash(sha256, total) != sha256) {
        discard(sha256);
        return { Outcome::HashMismatch, 0, total };
    }
    execSql(
        m_db, u"UPDATE blobs SET received = ?, complete = 1 WHERE sha256 = ?"_s, { total, sha256 });
    recordHolder(sha256, uploaderId, total, total, true);
    return { Outcome::Completed, total, total };
}

ServerBlobStore::PutResult ServerBlobStore::prove(const QString &sha256, qint64 first, qint64 total,
    const QByteArray &bytes, const QString &userId, qint64 storedSize)
{
    using Outcome = PutResult::Outcome;
    QSqlQuery row = runSql(m_db,
        u"SELECT size, received, intact FROM blob_holders WHERE sha256 = ? AND user_id = ?"_s,
        { sha256, userId });
    bool intact = true;
    if (first != 0) {
        // Continues her own proof, exactly where a first upload would continue.
        const bool begun = row.next();
        const qint64 size = begun ? row.value(0).toLongLong() : -1;
        const qint64 received = begun ? row.value(1).toLongLong() : -1;
        if (!begun || size != total || received != first)
            return { Outcome::OutOfOrder, begun && size == total ? received : 0, total };
        intact = row.value(2).toInt() != 0;
    }
    const qint64 end = first + bytes.size();
    // Every byte must be the stored one; a difference is told only at the end, as a first
    // upload's hash check would.
    intact = intact && total == storedSize && end <= storedSize
        && (bytes.isEmpty() || read(sha256, first, end - 1) == bytes);
    if (end < total) {
        recordHolder(sha256, userId, total, end, intact);
        return { Outcome::Stored, end, total };
    }
    if (!intact) {
        execSql(m_db, u"DELETE FROM blob_holders WHERE sha256 = ? AND user_id = ?"_s,
            { sha256, userId });
        return { Outcome::HashMismatch, 0, total };
    }
    recordHolder(sha256, userId, total, total, true);
    return { Outcome::Completed, total, total };
}

void ServerBlobStore::recordHolder(
    const QString &sha256, const QString &userId, qint64 size, qint64 received, bool intact)
{
    if (userId.isEmpty())
        return;
    execSql(m_db,
        u"INSERT INTO blob_holders (sha256, user_id, size, received, intact) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (sha256, user_id) DO UPDATE SET size = "
        "excluded.size, received = excluded.received, intact = excluded.intact"_s,
        { sha256, userId, size, received, intact ? 1 : 0 });
}

bool ServerBlobStore::holds(const QString &sha256, const QString &userId) const
{
    return scalarSql(m_db,
        u"SELECT 1 FROM blob_holders WHERE sha256 = ? AND user_id = ? AND received = size "
        "AND intact = 1"_s,
        { sha256, userId })
        .isValid();
}

qint64 ServerBlobStore::proofOffset(const QString &sha256, const QString &userId) const
{
    const QVariant received
        = scalarSql(m_db, u"SELECT received FROM blob_holders WHERE sha256 = ? AND user_id = ?"_s,
            { sha256, userId });
    return received.isValid() ? received.toLongLong() : -1;
}

void ServerBlobStore::begin(const QString &sha256, qint64 total, const QString &uploaderId)
{
    execSql(m_db,
        u"INSERT INTO blobs (sha256, size, received, complete, created_at, uploaded_by) "
        "VALUES (?, ?, 0, 0, ?, ?)"_s,
        { sha256, total, Timestamps::toIso(QDateTime::currentDateTimeUtc()),
            textOrNull(uploaderId) });
}

void ServerBlobStore::append(const QString &sha256, qint64 received, QByteArray bytes)
{
    qint64 seq = received / chunkSize;
    const qint64 offset = received % chunkSize;
    qsizetype taken = 0;
    if (offset > 0 && !bytes.isEmpty()) {
        // Fill the partial last row first, so every row but the last stays full.
        const QByteArray stored = scalarSql(
            m_db, u"SELECT bytes FROM blob_chunks WHERE sha256 = ? AND seq = ?"_s, { sha256, seq })
                                      .toByteArray();
        if (stored.size() != offset)
            throw DbError(u"blob %1: chunk %2 holds %3 bytes, expected %4"_s.arg(sha256)
                              .arg(seq)
                              .arg(stored.size())
                              .arg(offset));
        taken = std::min<qsizetype>(bytes.size(), chunkSize - offset);
        execSql(m_db, u"UPDATE blob_chunks SET bytes = ? WHERE sha256 = ? AND seq = ?"_s,
            { stored + bytes.first(taken), sha256, seq });
        ++seq;
    }
    while (taken < bytes.size()) {
        const qsizetype length = std::min<qsizetype>(bytes.size() - taken, chunkSize);
        execSql(m_db, u"INSERT INTO blob_chunks (sha256, seq, bytes) VALUES (?, ?, ?)"_s,
            { sha256, seq, bytes.sliced(taken, length) });
        taken += length;
        ++seq;
    }
}

void ServerBlobStore::discard(const QString &sha256)
{
    execSql(m_db, u"DELETE FROM blob_chunks WHERE sha256 = ?"_s, { sha256 });
    execSql(m_db, u"DELETE FROM blobs WHERE sha256 = ?"_s, { sha256 });
}

QString ServerBlobStore::storedHash(const QString &sha256, qint64 size) const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const qint64 chunks = (size + chunkSize - 1) / chunkSize;
    // One row at a time: a whole blob is never held in memory (nor in libpq's result).
    for (qint64 seq = 0; seq < chunks; ++seq) {
        hash.addData(scalarSql(
            m_db, u"SELECT bytes FROM blob_chunks WHERE sha256 = ? AND seq = ?"_s, { sha256, seq })
                         .toByteArray());
    }
    return QString::fromLatin1(hash.result().toHex());
}

QByteArray ServerBlobStore::read(const QString &sha256, qint64 first, qint64 last) const
{
    QByteArray bytes;
    if (last < first)
        return bytes;
    bytes.reserve(last - first + 1);
    const qint64 firstSeq = first / chunkSize;
    QSqlQuery query = runSql(m_db,
        u"SELECT seq, bytes FROM blob_chunks WHERE sha256 = ? AND seq >= ? "
        "AND seq <= ? ORDER BY seq"_s,
        { sha256, firstSeq, last / chunkSize });
    while (query.next())
        bytes += query.value(1).toByteArray();
    const qint64 skip = first - firstSeq * chunkSize;
    if (bytes.size() < skip + (last - first + 1))
        throw DbError(u"blob %1: stored chunks are shorter than its size"_s.arg(sha256));
    return bytes.sliced(skip, last - first + 1);
}

QByteArray ServerBlobStore::mimeType(const QString &sha256) const
{
    const QString mime = scalarSql(m_db,
        u"SELECT mime FROM document_attachments WHERE sha256 = ? "
        "ORDER BY document_id, position LIMIT 1"_s,
        { sha256 })
                             .toString();
    // A header value: only printable ASCII without line breaks.
    bool printable = !mime.isEmpty();
    for (const QChar c : mime)
        printable = printable && c.unicode() >= 0x20 && c.unicode() < 0x7f;
    return printable ? mime.toLatin1() : QByteArrayLiteral("application/octet-stream");
}

bool ServerBlobStore::isRestricted(const QString &sha256) const
{
    return scalarSql(m_db,
        u"SELECT 1 FROM document_attachments a JOIN documents d ON d.id = a.document_id "
        "WHERE a.sha256 = ? AND d.classification = 'restricted'"_s,
        { sha256 })
        .isValid();
}
