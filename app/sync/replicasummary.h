// Counts of an account's local replica for `handbook status` and the `handbook sync`
// summary: rows per type, pending and rejected mutations, blobs. Never any content.
#pragma once

#include <QJsonObject>

class SqliteDatabase;

class ReplicaSummary
{
public:
    // {"documents", "meetings", "members", "organizations", "attendance", "read_receipts",
    //  "notes", "bookmarks", "notifications", "profile_requests", "feedback",
    //  "unverified_documents", "pending_mutations", "rejected_mutations", "blobs", "blob_bytes",
    //  "snapshot_in_progress", "last_sync"}.
    [[nodiscard]] static QJsonObject counts(SqliteDatabase &db);
};
