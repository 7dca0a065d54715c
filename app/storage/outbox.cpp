#include "outbox.h"

#include "sqlitedatabase.h"

#include <QHash>
#include <QJsonDocument>

namespace {
QString toJsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject fromJsonText(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}
} // namespace

Outbox::Outbox(SqliteDatabase &db)
    : m_db(db)
{ }

qint64 Outbox::enqueue(const QString &name, const QJsonObject &args, const QList<RowRef> &touched)
{
    Statement insert(m_db, "INSERT INTO outbox(name, args, created_at) VALUES(?1, ?2, ?3)");
    insert.bind(1, name).bind(2, toJsonText(args));
    insert.bind(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)).exec();
    const qint64 id = m_db.lastInsertRowId();
    Statement row(
        m_db, "INSERT OR IGNORE INTO outbox_rows(mutation_id, type, row_id) VALUES(?1, ?2, ?3)");
    for (const RowRef &ref : touched) {
        row.bind(1, id).bind(2, ref.type).bind(3, ref.id).exec();
        row.reset();
    }
    return id;
}

QList<PendingMutation> Outbox::pending(int limit)
{
    Statement query(
        m_db, "SELECT id, name, args, created_at, attempts FROM outbox ORDER BY id LIMIT ?1");
    query.bind(1, limit);
    QList<PendingMutation> result;
    while (query.step()) {
        result << PendingMutation { query.integer(0), query.text(1), fromJsonText(query.text(2)),
            QDateTime::fromString(query.text(3), Qt::ISODateWithMs), int(query.integer(4)) };
    }
    return result;
}

int Outbox::pendingCount()
{
    return int(m_db.scalar("SELECT count(*) FROM outbox").toLongLong());
}

void Outbox::markAttempted(qint64 upToId)
{
    Statement update(m_db, "UPDATE outbox SET attempts = attempts + 1 WHERE id <= ?1");
    update.bind(1, upToId).exec();
}

QList<RejectedMutation> Outbox::acknowledge(
    qint64 lastMutationId, const QList<MutationResult> &results, const QDateTime &now)
{
    QHash<qint64, MutationResult> byId;
    for (const MutationResult &result : results)
        byId.insert(result.id, result);

    QList<RejectedMutation> rejectedNow;
    Statement consumed(m_db, "SELECT id, name, args FROM outbox WHERE id <= ?1 ORDER BY id");
    consumed.bind(1, lastMutationId);
    while (consumed.step()) {
        const auto it = byId.constFind(consumed.integer(0));
        if (it == byId.cend() || it->applied)
            continue;
        rejectedNow << RejectedMutation { consumed.integer(0), consumed.text(1),
            fromJsonText(consumed.text(2)), it->errorCode, it->errorMessage, now };
    }
    Statement keep(m_db,
        "INSERT OR REPLACE INTO rejected_mutations(id, name, args, code, message, "
        "rejected_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
    for (const RejectedMutation &rejection : rejectedNow) {
        keep.bind(1, rejection.id).bind(2, rejection.name).bind(3, toJsonText(rejection.args));
        keep.bind(4, rejection.errorCode).bind(5, rejection.errorMessage);
        keep.bind(6, now.toString(Qt::ISODateWithMs)).exec();
        keep.reset();
    }
    Statement dropRows(m_db, "DELETE FROM outbox_rows WHERE mutation_id <= ?1");
    dropRows.bind(1, lastMutationId).exec();
    Statement drop(m_db, "DELETE FROM outbox WHERE id <= ?1");
    drop.bind(1, lastMutationId).exec();
    return rejectedNow;
}

bool Outbox::hasPendingChange(const QString &type, const QString &id)
{
    Statement query(m_db, "SELECT 1 FROM outbox_rows WHERE type = ?1 AND row_id = ?2 LIMIT 1");
    query.bind(1, type).bind(2, id);
    return query.step();
}

QList<RejectedMutation> Outbox::rejected()
{
    Statement query(m_db,
        "SELECT id, name, args, code, message, rejected_at FROM rejected_mutations "
        "WHERE dismissed = 0 ORDER BY id");
    QList<RejectedMutation> result;
    while (query.step()) {
        result << RejectedMutation { query.integer(0), query.text(1), fromJsonText(query.text(2)),
            query.text(3), query.text(4), QDateTime::fromString(query.text(5), Qt::ISODateWithMs) };
    }
    return result;
}

void Outbox::dismissRejected(qint64 id)
{
    Statement update(m_db, "UPDATE rejected_mutations SET dismissed = 1 WHERE id = ?1");
    update.bind(1, id).exec();
}
