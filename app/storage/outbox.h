// Pending mutations of this device (DESIGN.md section 5, Push): strictly increasing ids,
// stored in the same transaction as their optimistic local effect, consumed when the
// server answers; rejected ones are kept for the user to see.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

class SqliteDatabase;

// A replicated row a pending mutation changed locally (server data must not overwrite it).
struct RowRef
{
    QString type;
    QString id;
};

struct PendingMutation
{
    qint64 id = 0;
    QString name;
    QJsonObject args;
    QDateTime createdAt;
    int attempts = 0;
};

struct MutationResult
{
    qint64 id = 0;
    bool applied = false;
    QString errorCode; // for rejected mutations
    QString errorMessage;
};

struct RejectedMutation
{
    qint64 id = 0;
    QString name;
    QJsonObject args;
    QString errorCode;
    QString errorMessage;
    QDateTime rejectedAt;
};

class Outbox
{
public:
    explicit Outbox(SqliteDatabase &db);

    // Queues a mutation (inside the caller's transaction) and returns its id.
    qint64 enqueue(const QString &name, const QJsonObject &args, const QList<RowRef> &touched = {});
    // The oldest pending mutations, in id order.
    [[nodiscard]] QList<PendingMutation> pending(int limit = 100);
    [[nodiscard]] int pendingCount();
    void markAttempted(qint64 upToId);
    // Consumes every mutation with id <= lastMutationId; results marked rejected are kept
    // in the rejected list. Returns the rejected ones (so the caller can roll them back).
    QList<RejectedMutation> acknowledge(qint64 lastMutationId, const QList<MutationResult> &results,
        const QDateTime &now = QDateTime::currentDateTimeUtc());
    // True while a pending mutation changed this row.
    [[nodiscard]] bool hasPendingChange(const QString &type, const QString &id);

    [[nodiscard]] QList<RejectedMutation> rejected();
    // The user has seen the rejection.
    void dismissRejected(qint64 id);

private:
    SqliteDatabase &m_db;
};
