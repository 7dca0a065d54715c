// The outbox keeps order and survives restarts; blobs are chunked, resumable and
// hash-checked; replicated rows round-trip (a restricted document's text and attachments
// never stored); the cursor persists.
#include "blobstore.h"
#include "outbox.h"
#include "replicastore.h"
#include "searchindex.h"
#include "syncstate.h"
#include "vaultfixture.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray randomBytes(qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(42);
    for (qint64 i = 0; i < size; ++i)
        bytes[i] = char(generator.bounded(256));
    return bytes;
}
} // namespace

class TestStorageRepositories : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outboxIdsIncreaseAndSurviveRestart()
    {
        VaultFixture f;
        QVERIFY(f.vault->create(VaultFixture::kPin).ok());
        Outbox outbox(f.vault->database());
        const qint64 a = outbox.enqueue(u"document.read"_s, { { u"document_id"_s, u"d1"_s } });
        const qint64 b
            = outbox.enqueue(u"note.put"_s, { { u"id"_s, u"n1"_s } }, { { u"note"_s, u"n1"_s } });
        QVERIFY(b > a);
        QVERIFY(outbox.hasPendingChange(u"note"_s, u"n1"_s));
        f.vault->lock();

        auto reopened = f.makeVault();
        QVERIFY(reopened->unlock(VaultFixture::kPin).ok());
        Outbox again(reopened->database());
        const QList<PendingMutation> pending = again.pending();
        QCOMPARE(pending.size(), 2);
        QCOMPARE(pending[0].id, a);
        QCOMPARE(pending[1].name, u"note.put"_s);
        QCOMPARE(pending[1].args.value(u"id"_s).toString(), u"n1"_s);

        const QList<RejectedMutation> rejected = again.acknowledge(
            b, { { a, true, {}, {} }, { b, false, u"forbidden"_s, u"Không có quyền"_s } });
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(again.pendingCount(), 0);
        QVERIFY(!again.hasPendingChange(u"note"_s, u"n1"_s));
        QCOMPARE(again.rejected().size(), 1);
        QCOMPARE(again.rejected().first().errorMessage, u"Không có quyền"_s);
        again.dismissRejected(b);
        QVERIFY(again.rejected().isEmpty());

        // Ids are never reused, even after everything was consumed.
        QVERIFY(again.enqueue(u"document.read"_s, {}) > b);
    }

    void acknowledgeKeepsLaterMutations()
    {
        VaultFixture f;
        QVERIFY(f.vault->create(VaultFixture::kPin).ok());
        Outbox outbox(f.vault->database());
        const qint64 a = outbox.enqueue(u"bookmark.put"_s, {});
        outbox.enqueue(u"bookmark.delete"_s, {});
        outbox.acknowledge(a, { { a, true, {}, {} } });
        QCOMPARE(outbox.pendingCount(), 1);
        QCOMPARE(outbox.pending().first().name, u"bookmark.delete"_s);
    }

    void blobsAreChunkedResumableAndVerified()
    {
        VaultFixture f;
        QVERIFY(f.vault->create(VaultFixture::kPin).ok());
        BlobStore blobs(f.vault->database());
        const QByteArray pdf = randomBytes(BlobStore::kChunkSize * 3 + 12345);
        const QString sha = sha256Of(pdf);

        QCOMPARE(blobs.begin(sha, pdf.size(), u"application/pdf"_s), 0);
        QVERIFY(blobs.append(sha, pdf.left(100000))); // a partial first chunk
        QCOMPARE(blobs.begin(sha, pdf.size(), u"application/pdf"_s), 100000); // resume point
        QVERIFY(blobs.append(sha, pdf.mid(100000, 500000)));
        QVERIFY(!blobs.isComplete(sha));
        QVERIFY(!blobs.append(sha, pdf)); // would overflow the declared size
        QVERIFY(blobs.append(sha, pdf.mid(600000)));
        QVERIFY(blobs.finish(sha));
        QVERIFY(blobs.isComplete(sha));
        QCOMPARE(blobs.totalBytes(), pdf.size());
        QCOMPARE(
            f.vault->database().scalar("SELECT max(length(bytes)) FROM blob_chunks").toLongLong(),
            BlobStore::kChunkSize);

        auto device = blobs.open(sha);
        QVERIFY(device);
        QCOMPARE(device->size(), pdf.size());
        QCOMPARE(device->readAll(), pdf);
        QVERIFY(device->seek(BlobStore::kChunkSize - 10)); // random access across a boundary
        QCOMPARE(device->read(20), pdf.mid(BlobStore::kChunkSize - 10, 20));
    }

    void wrongHashIsDiscarded()
    {
        VaultFixture f;
        QVERIFY(f.vault->create(VaultFixture::kPin).ok());
        BlobStore blobs(f.vault->database());
        const QByteArray bytes = randomBytes(1000);
        QByteArray tampered = bytes;
        tampered[10] = char(tampered[10] ^ 1);
        const QString sha = sha256Of(bytes);
        blobs.begin(sha, tampered.size(), {});
        QVERIFY(blobs.append(sha, tampered));
        QVERIFY(!blobs.finish(sha));
        QVERIFY(!blobs.isComplete(sha));
        QCOMPARE(blobs.received(sha), 0);
        QVERIFY(!blobs.open(sha));
    }

    void replicaRowsRoundTrip()
    {
        VaultFixture f;
        QVERIFY(f.vault->create(VaultFixture::kPin).ok());
        ReplicaStore store(f.vault->database());
        QCOMPARE(ReplicaStore::types().size(),
            25); // + study, study_submission, study_progress; org_stats, device, member_transfer;
                 // meeting_comment, vote, vote_cast; review_cycle, self_review, review_summary
        const QJsonObject meeting { { u"id"_s, u"m1"_s }, { u"org_id"_s, u"cb1"_s },
            { u"title"_s, u"Sinh hoạt chi bộ tháng 11"_s },
            { u"starts_at"_s, u"2026-11-25T08:00:00+07:00"_s }, { u"status"_s, u"scheduled"_s },
            { u"document_ids"_s, QJsonArray { u"d1"_s, u"d2"_s } } };
        store.put(u"meeting"_s, u"m1"_s, 4, meeting);
        QCOMPARE(*store.get(u"meeting"_s, u"m1"_s), meeting);
        QCOMPARE(*store.version(u"meeting"_s, u"m1"_s), 4);
        store.put(u"meeting"_s, u"m1"_s, 5,
            QJsonObject { { u"id"_s, u"m1"_s }, { u"status"_s, u"cancelled"_s } });
        QCOMPARE(store.count(u"meeting"_s), 1);
        QCOMPARE(
            f.vault->database().scalar("SELECT status FROM meetings WHERE id = 'm1'").toString(),
            u"cancelled"_s);
        QVERIFY(store.remove(u"meeting"_s, u"m1"_s));
        QVERIFY(!store.remove(u"meeting"_s, u"m1"_s));
        QVERIFY(!store.get(u"meeting"_s, u"m1"_s));
        QVERIFY_THROWS_EXCEPTION(StorageError, store.put(u"bogus"_s, u"x"_s, 1, {}));
    }

    // Should a server ever send a restricted document's text or attachments, neither is
    // stored nor searchable; its title stays (the library lists it; the reader fetches it).
    void restrictedDocumentIsStoredWithoutBodyOrAttachments()
    {
        VaultFixture f;
        QVERIFY(f.vault->create(VaultFixture::kPin).ok());
        ReplicaStore store(f.vault->database());
        const QJsonObject attachment { { u"sha256"_s, QString(64, u'a') }, { u"size"_s, 10 },
            { u"mime"_s, u"application/pdf"_s }, { u"name"_s, u"mat.pdf"_s } };
        const auto document = [&](const QString &id, const QString &classification) {
            return QJsonObject { { u"id"_s, id }, { u"org_id"_s, u"cb1"_s },
                { u"kind"_s, u"resolution"_s }, { u"title"_s, u"Nghị quyết chuyên đề"_s },
                { u"classification"_s, classification },
                { u"body"_s, u"Nội dung tuyệt mật về quy hoạch cán bộ"_s },
                { u"attachments"_s, QJsonArray { attachment } } };
        };
        store.put(u"document"_s, u"secret"_s, 1, document(u"secret"_s, u"restricted"_s));
        store.put(u"document"_s, u"open"_s, 1, document(u"open"_s, u"internal"_s));

        const QJsonObject secret = *store.get(u"document"_s, u"secret"_s);
        QVERIFY(!secret.contains(u"body"_s));
        QVERIFY(!secret.contains(u"attachments"_s));
        QCOMPARE(secret.value(u"title"_s).toString(), u"Nghị quyết chuyên đề"_s);
        QCOMPARE(secret.value(u"classification"_s).toString(), u"restricted"_s);
        // Only the other document's copy of the text is anywhere in the database.
        QCOMPARE(f.vault->database()
                     .scalar("SELECT count(*) FROM documents WHERE data LIKE '%tuyệt mật%'")
                     .toInt(),
            1);
        // A document that is not restricted keeps everything.
        QCOMPARE(*store.get(u"document"_s, u"open"_s), document(u"open"_s, u"internal"_s));

        SearchIndex index(f.vault->database());
        QList<QString> found;
        for (const SearchHit &hit : index.search(u"tuyet mat"_s))
            found << hit.documentId;
        QCOMPARE(found, QList<QString> { u"open"_s });
        found.clear();
        for (const SearchHit &hit : index.search(u"chuyen de"_s))
            found << hit.documentId;
        QCOMPARE(found.size(), 2); // titles are indexed for both
    }

    void cursorAndDeviceIdPersist()
    {
        VaultFixture f;
        QVERIFY(f.vault->create(VaultFixture::kPin).ok());
        SyncState state(f.vault->database());
        QVERIFY(state.cursor().isEmpty());
        state.setCursor(u"c-42"_s);
        const QString device = state.deviceId();
        QCOMPARE(state.deviceId(), device);
        f.vault->lock();
        auto reopened = f.makeVault();
        QVERIFY(reopened->unlock(VaultFixture::kPin).ok());
        SyncState again(reopened->database());
        QCOMPARE(again.cursor(), u"c-42"_s);
        QCOMPARE(again.deviceId(), device);
    }
};

QTEST_GUILESS_MAIN(TestStorageRepositories)
#include "tst_storagerepositories.moc"
