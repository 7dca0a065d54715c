#include "replicasummary.h"

#include "blobstore.h"
#include "outbox.h"
#include "replicastore.h"
#include "replicawriter.h"
#include "sqlitedatabase.h"
#include "syncstate.h"

using namespace Qt::StringLiterals;

QJsonObject ReplicaSummary::counts(SqliteDatabase &db)
{
    ReplicaStore replica(db);
    // JSON names: the plural of each pulled type.
    const std::pair<QString, QString> names[] = {
        { u"documents"_s, u"document"_s },
        { u"meetings"_s, u"meeting"_s },
        { u"members"_s, u"member"_s },
        { u"organizations"_s, u"organization"_s },
        { u"attendance"_s, u"attendance"_s },
        { u"read_receipts"_s, u"read_receipt"_s },
        { u"notes"_s, u"note"_s },
        { u"bookmarks"_s, u"bookmark"_s },
        { u"notifications"_s, u"notification"_s },
        { u"profile_requests"_s, u"profile_request"_s },
        { u"feedback"_s, u"feedback"_s },
    };
    QJsonObject counts;
    for (const auto &[name, type] : names)
        counts.insert(name, replica.count(type));
    Outbox outbox(db);
    counts.insert(u"pending_mutations"_s, outbox.pendingCount());
    counts.insert(u"rejected_mutations"_s, int(outbox.rejected().size()));
    BlobStore blobs(db);
    counts.insert(u"blobs"_s, blobs.count());
    counts.insert(u"blob_bytes"_s, blobs.totalBytes());
    counts.insert(u"snapshot_in_progress"_s, ReplicaWriter(db).snapshotInProgress());
    const QString last = SyncState(db).value(u"last_success"_s);
    counts.insert(u"last_sync"_s, last.isEmpty() ? QJsonValue() : QJsonValue(last));
    return counts;
}
