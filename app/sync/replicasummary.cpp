#include "replicasummary.h"

#include "blobstore.h"
#include "documentverification.h"
#include "mutationnames.h"
#include "outbox.h"
#include "replicastore.h"
#include "replicawriter.h"
#include "sqlitedatabase.h"
#include "syncstate.h"

using namespace Qt::StringLiterals;
namespace RowType = Protocol::RowType;

QJsonObject ReplicaSummary::counts(SqliteDatabase &db)
{
    ReplicaStore replica(db);
    // JSON names: the plural of each pulled type.
    const std::pair<QString, QString> names[] = {
        { u"documents"_s, RowType::Document },
        { u"meetings"_s, RowType::Meeting },
        { u"members"_s, RowType::Member },
        { u"organizations"_s, RowType::Organization },
        { RowType::Attendance, RowType::Attendance }, // the same word in the plural
        { u"read_receipts"_s, RowType::ReadReceipt },
        { u"notes"_s, RowType::Note },
        { u"bookmarks"_s, RowType::Bookmark },
        { u"notifications"_s, RowType::Notification },
        { u"profile_requests"_s, RowType::ProfileRequest },
        { RowType::Feedback, RowType::Feedback },
    };
    QJsonObject counts;
    for (const auto &[name, type] : names)
        counts.insert(name, replica.count(type));
    // Signed documents that did not verify, listed apart (never among "documents").
    counts.insert(u"unverified_documents"_s, DocumentVerification::unverifiedCount(db));
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
