// Bookkeeping for rows that pending local mutations changed (DESIGN.md section 5, Push):
// the before-image each mutation saw (to roll a rejection back) and the newest server image
// held back while the change is pending (applied once nothing is pending any more).
#pragma once

#include "outbox.h"
#include "syncchange.h"

#include <QList>
#include <QSet>

class SqliteDatabase;

class PendingRows
{
public:
    explicit PendingRows(SqliteDatabase &db);

    // Records each row's current state as mutation `mutationId` is about to change it
    // (inside the caller's transaction, before the optimistic change).
    void saveBeforeImages(qint64 mutationId, const QList<RowRef> &rows);
    // Keeps a server change for a row with a pending change (the newest one wins).
    void defer(const SyncChange &change);
    // The distinct rows touched by mutations with id <= lastMutationId (call before
    // Outbox::acknowledge consumes them).
    [[nodiscard]] QList<RowRef> touchedUpTo(qint64 lastMutationId);
    // After Outbox::acknowledge: for each touched row no pending mutation holds any more,
    // the change that brings it back in line with the server: the held-back server image,
    // else, when the last mutations on it were rejected, its before-image from the first of
    // them (an applied mutation's effect stands: its own change follows in the next pull).
    // Clears the bookkeeping of those rows. The caller applies the returned changes.
    [[nodiscard]] QList<SyncChange> resolve(
        const QList<RowRef> &touched, const QSet<qint64> &rejectedIds);

private:
    SqliteDatabase &m_db;
};
