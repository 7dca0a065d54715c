#include "replicawriter.h"

#include <algorithm>

#include "blobcatalog.h"
#include "documentverification.h"
#include "mutationnames.h"
#include "outbox.h"
#include "pendingrows.h"
#include "replicastore.h"
#include "sqlitedatabase.h"
#include "synclog.h"
#include "syncstate.h"

#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
const QString kSnapshotKey = u"snapshot_in_progress"_s;
// Values of kSnapshotKey: a snapshot replacing rows the vault holds (each row it brings is
// noted, the others go at its end), or one into a vault that held none (a first sync: every
// row is the snapshot's, so nothing is noted and nothing goes).
const QString kReplacing = u"1"_s;
const QString kFresh = u"fresh"_s;
} // namespace

ReplicaWriter::ReplicaWriter(SqliteDatabase &db)
    : m_db(db)
    , m_replica(db)
{ }

bool ReplicaWriter::snapshotInProgress()
{
    return !SyncState(m_db).value(kSnapshotKey).isEmpty();
}

void ReplicaWriter::applyPage(const PullPage &page)
{
    SyncState state(m_db);
    // A reset, or a pull from the start into a vault that may hold rows, is a snapshot.
    if (page.reset || (!snapshotInProgress() && state.cursor().isEmpty()))
        beginSnapshot();
    const QString snapshotMode = state.value(kSnapshotKey);
    const bool snapshot = !snapshotMode.isEmpty();
    const bool noteRows = snapshot && snapshotMode != kFresh;
    // Most pages meet an empty outbox: then no row can have a pending change.
    const bool anyPending
        = m_db.scalar("SELECT EXISTS(SELECT 1 FROM outbox_rows)").toLongLong() != 0;

    Outbox outbox(m_db);
    PendingRows pending(m_db);
    Statement seen(m_db, "INSERT OR IGNORE INTO snapshot_rows(type, row_id) VALUES(?1, ?2)");
    Statement unseen(m_db, "DELETE FROM snapshot_rows WHERE type = ?1 AND row_id = ?2");
    bool dropsBlobs = false;
    int unknown = 0;
    // Signed documents wait for the end of the page: their signer may come after them in it.
    QList<SyncChange> signedDocuments;
    QSet<QString> changedSigners;
    for (const SyncChange &change : page.changes) {
        if (!ReplicaStore::isKnownType(change.type)) {
            ++unknown; // a newer server's type: nothing here shows it
            continue;
        }
        if (noteRows) {
            Statement &mark = change.isDelete() ? unseen : seen;
            mark.bind(1, change.type).bind(2, change.id).exec();
            mark.reset();
        }
        if (anyPending && outbox.hasPendingChange(change.type, change.id)) {
            pending.defer(change);
            continue;
        }
        dropsBlobs = dropsBlobs || change.isDelete() || change.type == Protocol::RowType::Document;
        if (change.type == Protocol::RowType::Document) {
            signedDocuments.removeIf([&](const SyncChange &c) { return c.id == change.id; });
            if (!change.isDelete() && DocumentVerification::isSigned(change.data)) {
                signedDocuments.append(change);
                continue;
            }
        }
        if (change.type == Protocol::RowType::Signer)
            changedSigners.insert(change.id);
        applyRow(change);
    }
    if (!changedSigners.isEmpty() || !signedDocuments.isEmpty()) {
        DocumentVerification verification(m_db, m_replica);
        // A signer that came, changed (revoked) or went: what it signed is checked again.
        if (!changedSigners.isEmpty())
            verification.recheck(changedSigners);
        // In publication order: the search index keys a document by its publication second
        // (SearchIndex), and FTS5 writes its pending terms out to a new segment whenever a
        // row's key is below the last one's, so a page stored out of order left a segment per
        // document for the index to merge.
        std::stable_sort(signedDocuments.begin(), signedDocuments.end(),
            [](const SyncChange &a, const SyncChange &b) {
                return a.data.value(u"published_at").toString()
                    < b.data.value(u"published_at").toString();
            });
        for (const SyncChange &change : signedDocuments)
            verification.store(change.id, change.version, change.data);
    }
    if (unknown > 0)
        qCInfo(lcSync) << "ignored" << unknown << "changes of unknown types";
    if (snapshot && !page.hasMore) {
        finishSnapshot(noteRows);
        dropsBlobs = true;
    }
    // Before the first attachment is stored (a first sync), there is nothing to drop.
    if (dropsBlobs && m_db.scalar("SELECT EXISTS(SELECT 1 FROM blobs)").toLongLong() != 0)
        BlobCatalog(m_db).removeUnreferenced();
    state.setCursor(page.cursor);
}

void ReplicaWriter::applyRow(const SyncChange &change)
{
    const bool document = change.type == Protocol::RowType::Document;
    if (change.isDelete()) {
        m_replica.remove(change.type, change.id);
        if (document)
            DocumentVerification(m_db, m_replica).forget(change.id);
    } else if (document && DocumentVerification::isSigned(change.data)) {
        DocumentVerification(m_db, m_replica).store(change.id, change.version, change.data);
    } else if (document) {
        DocumentVerification(m_db, m_replica).storeUnsigned(change.id, change.version, change.data);
    } else {
        m_replica.put(change.type, change.id, change.version, change.data);
    }
}

void ReplicaWriter::restart()
{
    SyncState state(m_db);
    state.setCursor({});
    state.remove(kSnapshotKey);
    m_db.exec("DELETE FROM snapshot_rows");
}

void ReplicaWriter::beginSnapshot()
{
    m_db.exec("DELETE FROM snapshot_rows");
    const bool fresh = m_replica.isEmpty()
        && m_db.scalar("SELECT EXISTS(SELECT 1 FROM unverified_documents)").toLongLong() == 0
        && m_db.scalar("SELECT EXISTS(SELECT 1 FROM deferred_rows)").toLongLong() == 0;
    SyncState(m_db).setValue(kSnapshotKey, fresh ? kFresh : kReplacing);
}

void ReplicaWriter::finishSnapshot(bool removeUnseen)
{
    if (!removeUnseen) {
        // Every row came with this snapshot.
        SyncState(m_db).remove(kSnapshotKey);
        qCInfo(lcSync) << "snapshot complete into an empty vault";
        return;
    }
    ReplicaStore replica(m_db);
    Outbox outbox(m_db);
    PendingRows pending(m_db);
    Statement kept(m_db, "SELECT row_id FROM snapshot_rows WHERE type = ?1");
    int removed = 0;
    for (const QString &type : ReplicaStore::types()) {
        QSet<QString> keep;
        kept.bind(1, type);
        while (kept.step())
            keep.insert(kept.text(0));
        kept.reset();
        for (const QString &id : replica.ids(type)) {
            if (keep.contains(id))
                continue;
            const SyncChange gone { type, id, SyncChange::Op::Delete, 0, {} };
            if (outbox.hasPendingChange(type, id))
                pending.defer(gone);
            else
                removed += replica.remove(type, id) ? 1 : 0;
        }
    }
    // Documents listed apart that the snapshot no longer holds go as well.
    Statement apart(m_db,
        "DELETE FROM unverified_documents WHERE id NOT IN "
        "(SELECT row_id FROM snapshot_rows WHERE type = ?1)");
    apart.bind(1, QString(Protocol::RowType::Document)).exec();
    m_db.exec("DELETE FROM snapshot_rows");
    SyncState(m_db).remove(kSnapshotKey);
    qCInfo(lcSync) << "snapshot complete;" << removed << "rows it no longer holds removed";
}
