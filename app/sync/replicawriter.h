// Applies pulled pages to the vault's replica (DESIGN.md section 5, Pull), inside the
// caller's transaction: puts and deletes (a delete also drops the search entry and blobs no
// document references any more), rows with a pending local change held back, and snapshots
// staged so the old rows stay readable until the last page, which removes what it lacked.
#pragma once

#include "pullpage.h"
#include "replicastore.h"

class SqliteDatabase;

class ReplicaWriter
{
public:
    explicit ReplicaWriter(SqliteDatabase &db);

    // Applies a page and stores its cursor (the caller commits both together).
    void applyPage(const PullPage &page);
    // Writes one server image, whatever is pending (used once a pending change is settled).
    void applyRow(const SyncChange &change);
    // Forgets the cursor and any snapshot in progress: the next pull starts over.
    void restart();
    // Whether a snapshot is being received (its last page has not come yet).
    [[nodiscard]] bool snapshotInProgress();

private:
    void beginSnapshot();
    // `removeUnseen`: the rows the snapshot did not bring go (false for a fresh one).
    void finishSnapshot(bool removeUnseen);

    SqliteDatabase &m_db;
    ReplicaStore m_replica; // its prepared statements serve the whole page
};
