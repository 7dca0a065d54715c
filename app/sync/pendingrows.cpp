#include "pendingrows.h"

#include "replicastore.h"
#include "sqlitedatabase.h"
#include "wirevalues.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

QString toText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject fromText(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

SyncChange deletion(const QString &type, const QString &id)
{
    return SyncChange { type, id, SyncChange::Op::Delete, 0, {} };
}

} // namespace

PendingRows::PendingRows(SqliteDatabase &db)
    : m_db(db)
{ }

void PendingRows::saveBeforeImages(qint64 mutationId, const QList<RowRef> &rows)
{
    ReplicaStore replica(m_db);
    Statement insert(m_db,
        "INSERT OR REPLACE INTO before_images(mutation_id, type, row_id, existed, "
        "version, data) VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
    for (const RowRef &row : rows) {
        const auto data = replica.get(row.type, row.id);
        insert.bind(1, mutationId).bind(2, row.type).bind(3, row.id).bind(4, data ? 1 : 0);
        if (data) {
            insert.bind(5, replica.version(row.type, row.id).value_or(0)).bind(6, toText(*data));
        } else {
            insert.bindNull(5).bindNull(6);
        }
        insert.exec();
        insert.reset();
    }
}

void PendingRows::defer(const SyncChange &change)
{
    Statement upsert(m_db,
        "INSERT OR REPLACE INTO deferred_rows(type, row_id, op, version, data) "
        "VALUES(?1, ?2, ?3, ?4, ?5)");
    upsert.bind(1, change.type)
        .bind(2, change.id)
        .bind(3, QString(change.isDelete() ? Protocol::ChangeOp::Delete : Protocol::ChangeOp::Put));
    if (change.isDelete())
        upsert.bindNull(4).bindNull(5);
    else
        upsert.bind(4, change.version).bind(5, toText(change.data));
    upsert.exec();
}

QList<RowRef> PendingRows::touchedUpTo(qint64 lastMutationId)
{
    Statement query(m_db, "SELECT DISTINCT type, row_id FROM outbox_rows WHERE mutation_id <= ?1");
    query.bind(1, lastMutationId);
    QList<RowRef> rows;
    while (query.step())
        rows.append({ query.text(0), query.text(1) });
    return rows;
}

QList<SyncChange> PendingRows::resolve(
    const QList<RowRef> &touched, const QSet<qint64> &rejectedIds)
{
    Statement mark(m_db, "UPDATE before_images SET rejected = 1 WHERE mutation_id = ?1");
    for (const qint64 id : rejectedIds) {
        mark.bind(1, id).exec();
        mark.reset();
    }

    Outbox outbox(m_db);
    QList<SyncChange> changes;
    Statement deferred(
        m_db, "SELECT op, version, data FROM deferred_rows WHERE type = ?1 AND row_id = ?2");
    Statement images(m_db,
        "SELECT rejected, existed, version, data FROM before_images "
        "WHERE type = ?1 AND row_id = ?2 ORDER BY mutation_id");
    Statement clearDeferred(m_db, "DELETE FROM deferred_rows WHERE type = ?1 AND row_id = ?2");
    Statement clearImages(m_db, "DELETE FROM before_images WHERE type = ?1 AND row_id = ?2");
    for (const RowRef &row : touched) {
        // A later mutation still holds the row: decide when that one is answered.
        if (outbox.hasPendingChange(row.type, row.id))
            continue;
        std::optional<SyncChange> server;
        deferred.bind(1, row.type).bind(2, row.id);
        if (deferred.step()) {
            server = deferred.text(0) == Protocol::ChangeOp::Delete
                ? deletion(row.type, row.id)
                : SyncChange { row.type, row.id, SyncChange::Op::Put, deferred.integer(1),
                      fromText(deferred.text(2)) };
        }
        deferred.reset();
        // The row as it was before the first of the rejections that follow the last applied
        // mutation: what the local changes come to without the rejected ones.
        std::optional<SyncChange> before;
        images.bind(1, row.type).bind(2, row.id);
        while (images.step()) {
            if (images.integer(0) == 0) {
                before.reset(); // applied: its local effect stands
            } else if (!before) {
                before = images.integer(1) != 0 ? SyncChange { row.type, row.id,
                    SyncChange::Op::Put, images.integer(2), fromText(images.text(3)) }
                                                : deletion(row.type, row.id);
            }
        }
        images.reset();
        // The server's newest image wins: it is either older than the acknowledged change
        // (whose own change then follows in the next pull) or newer (the answer to an
        // earlier push was lost). Without one, rejections put the row back as it was.
        if (server)
            changes.append(*server);
        else if (before)
            changes.append(*before);
        clearDeferred.bind(1, row.type).bind(2, row.id).exec();
        clearDeferred.reset();
        clearImages.bind(1, row.type).bind(2, row.id).exec();
        clearImages.reset();
    }
    return changes;
}
