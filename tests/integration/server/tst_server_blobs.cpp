// Blobs against the real handbook-server (DESIGN.md section 5, Blobs): whole and chunked
// uploads with the hash check, resume through HEAD's Upload-Offset, the size limit,
// idempotence, downloads only for users who can see a referencing document, Range and ETag.
#include "blobfixture.h"
#include "protocol.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace FixtureIds;

namespace {

// The test server's blob limit (small, to test 413 with real bodies).
constexpr qint64 maxBlob = 2 * 1024 * 1024;

QByteArray contentRange(qint64 first, qint64 last, qint64 total)
{
    return BlobFixture::contentRange(first, last, total);
}

} // namespace

class TestServerBlobs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wholeUploadThenDownload();
    void uploadInThreeChunks();
    void outOfOrderChunkIsConflictWithReceived();
    void resumeFromHeadUploadOffset();
    void wrongHashIsRejectedAndNothingKept();
    void wrongHashOnLastChunkDiscardsTheUpload();
    void tooLargeIs413();
    void reUploadIsIdempotent();
    void rangeRequests_data();
    void rangeRequests();
    void etagAndConditionalRequests();
    void invisibleBlobIs404LikeAbsent();
    void memberCannotUpload();
    void requestsNeedSignIn();
    void badNamesAre400();
    void withdrawnAndRestrictedDocuments();

private:
    HttpAnswer put(const QString &token, const QString &sha256, const QByteArray &bytes,
        const QByteArray &range = {})
    {
        return m_fixture.put(token, sha256, bytes, range);
    }
    HttpAnswer get(const QString &token, const QString &sha256,
        const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return m_fixture.get(token, sha256, headers);
    }
    HttpAnswer head(const QString &token, const QString &sha256)
    {
        return m_fixture.head(token, sha256);
    }
    [[nodiscard]] int storedChunks(const QString &sha256);

    BlobFixture m_fixture;
    QString m_secretary;
    QString m_memberA;
    QString m_memberB;
    QString m_committee;
    QByteArray m_published; // uploaded in initTestCase, attached to a document for cell A
};

void TestServerBlobs::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.start(&error, { u"--max-blob-bytes"_s, QString::number(maxBlob) }),
        qPrintable(error));
    m_secretary = m_fixture.signIn(secretaryA);
    m_memberA = m_fixture.signIn(memberA);
    m_memberB = m_fixture.signIn(memberB);
    m_committee = m_fixture.signIn(committee);
    QVERIFY(!m_secretary.isEmpty() && !m_memberA.isEmpty() && !m_memberB.isEmpty()
        && !m_committee.isEmpty());
    m_published = BlobFixture::sampleBytes(600000, 'p');
    const QString sha = BlobFixture::sha256(m_published);
    QCOMPARE(put(m_secretary, sha, m_published).status, 201);
    QVERIFY(m_fixture.addDocument(
        u"doc-published"_s, cellA, sha, m_published.size(), u"application/pdf"_s));
}

int TestServerBlobs::storedChunks(const QString &sha256)
{
    return m_fixture.scalar(u"SELECT COUNT(*) FROM blob_chunks WHERE sha256 = ?"_s, { sha256 })
        .toInt();
}

void TestServerBlobs::wholeUploadThenDownload()
{
    const QByteArray bytes = BlobFixture::sampleBytes(300001, 'w');
    const QString sha = BlobFixture::sha256(bytes);
    QCOMPARE(head(m_secretary, sha).status, 404);
    const HttpAnswer stored = put(m_secretary, sha, bytes);
    QCOMPARE(stored.status, 201);
    QCOMPARE(stored.json.value(u"complete"_s).toBool(), true);
    QCOMPARE(stored.json.value(u"size"_s).toInteger(), bytes.size());
    QCOMPARE(storedChunks(sha), 2); // 256 KiB rows

    const HttpAnswer complete = head(m_secretary, sha);
    QCOMPARE(complete.status, 200);
    QCOMPARE(complete.header("Content-Length"), QByteArray::number(bytes.size()));
    QVERIFY(complete.body.isEmpty());

    QVERIFY(m_fixture.addDocument(u"doc-whole"_s, cellA, sha, bytes.size(), u"image/png"_s));
    const HttpAnswer download = get(m_memberA, sha);
    QCOMPARE(download.status, 200);
    QCOMPARE(download.body.size(), bytes.size());
    QVERIFY(download.body == bytes);
    QCOMPARE(download.header("Content-Type"), "image/png"_ba);
    QCOMPARE(download.header("ETag"), '"' + sha.toLatin1() + '"');
    QCOMPARE(download.header("Accept-Ranges"), "bytes"_ba);
}

void TestServerBlobs::uploadInThreeChunks()
{
    // Chunks that do not line up with the 256 KiB rows.
    const QByteArray bytes = BlobFixture::sampleBytes(700001, 'c');
    const QString sha = BlobFixture::sha256(bytes);
    const qint64 total = bytes.size();
    const HttpAnswer first
        = put(m_secretary, sha, bytes.first(300000), contentRange(0, 299999, total));
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json.value(u"received"_s).toInteger(), 300000);
    QCOMPARE(first.json.value(u"complete"_s).toBool(), false);
    const HttpAnswer second
        = put(m_secretary, sha, bytes.sliced(300000, 300000), contentRange(300000, 599999, total));
    QCOMPARE(second.status, 200);
    QCOMPARE(second.json.value(u"received"_s).toInteger(), 600000);
    QCOMPARE(head(m_secretary, sha).status, 404); // not complete yet
    const HttpAnswer last
        = put(m_secretary, sha, bytes.sliced(600000), contentRange(600000, total - 1, total));
    QCOMPARE(last.status, 201);
    QCOMPARE(last.json.value(u"complete"_s).toBool(), true);
    QCOMPARE(storedChunks(sha), 3);

    QVERIFY(m_fixture.addDocument(u"doc-chunked"_s, cellA, sha, total));
    const HttpAnswer download = get(m_memberA, sha);
    QCOMPARE(download.status, 200);
    QVERIFY(download.body == bytes);
}

void TestServerBlobs::outOfOrderChunkIsConflictWithReceived()
{
    const QByteArray bytes = BlobFixture::sampleBytes(90000, 'o');
    const QString sha = BlobFixture::sha256(bytes);
    QCOMPARE(put(m_secretary, sha, bytes.first(30000), contentRange(0, 29999, 90000)).status, 200);
    // Skipping the middle chunk.
    const HttpAnswer skipped
        = put(m_secretary, sha, bytes.sliced(60000), contentRange(60000, 89999, 90000));
    QCOMPARE(skipped.status, 409);
    QCOMPARE(skipped.errorCode(), QString(Protocol::ErrorCode::Conflict));
    QCOMPARE(skipped.json.value(u"received"_s).toInteger(), 30000);
    QCOMPARE(skipped.header("Upload-Offset"), "30000"_ba);
    // Sending the first chunk's end again is not at the end either.
    const HttpAnswer overlap
        = put(m_secretary, sha, bytes.sliced(20000, 20000), contentRange(20000, 39999, 90000));
    QCOMPARE(overlap.status, 409);
    QCOMPARE(overlap.json.value(u"received"_s).toInteger(), 30000);
    // A chunk for an upload that never began: resume from 0.
    const QString other = BlobFixture::sha256("other");
    const HttpAnswer orphan = put(m_secretary, other, "ther", contentRange(1, 4, 5));
    QCOMPARE(orphan.status, 409);
    QCOMPARE(orphan.json.value(u"received"_s).toInteger(), 0);
}

void TestServerBlobs::resumeFromHeadUploadOffset()
{
    const QByteArray bytes = BlobFixture::sampleBytes(400000, 'r');
    const QString sha = BlobFixture::sha256(bytes);
    // Nothing there yet: the plain 404 (Upload-Offset only for one's own upload).
    QCOMPARE(head(m_secretary, sha).status, 404);
    QVERIFY(head(m_secretary, sha).header("Upload-Offset").isNull());
    QCOMPARE(
        put(m_secretary, sha, bytes.first(123457), contentRange(0, 123456, 400000)).status, 200);
    // The connection broke; the client asks where to go on.
    const HttpAnswer probe = head(m_secretary, sha);
    QCOMPARE(probe.status, 404);
    const qint64 offset = probe.header("Upload-Offset").toLongLong();
    QCOMPARE(offset, 123457);
    const HttpAnswer rest
        = put(m_secretary, sha, bytes.sliced(offset), contentRange(offset, 399999, 400000));
    QCOMPARE(rest.status, 201);
    QCOMPARE(head(m_secretary, sha).status, 200);
}

void TestServerBlobs::wrongHashIsRejectedAndNothingKept()
{
    const QByteArray bytes = BlobFixture::sampleBytes(5000, 'h');
    const QString wrongName = BlobFixture::sha256("something else");
    const HttpAnswer answer = put(m_secretary, wrongName, bytes);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.errorCode(), QString(Protocol::ErrorCode::HashMismatch));
    QVERIFY(head(m_secretary, wrongName).header("Upload-Offset").isNull());
    QCOMPARE(storedChunks(wrongName), 0);
    QVERIFY(!m_fixture.scalar(u"SELECT 1 FROM blobs WHERE sha256 = ?"_s, { wrongName }).isValid());
}

void TestServerBlobs::wrongHashOnLastChunkDiscardsTheUpload()
{
    const QByteArray bytes = BlobFixture::sampleBytes(300000, 'l');
    const QString wrongName = BlobFixture::sha256("not these bytes");
    QCOMPARE(
        put(m_secretary, wrongName, bytes.first(280000), contentRange(0, 279999, 300000)).status,
        200);
    QVERIFY(storedChunks(wrongName) > 0);
    const HttpAnswer last
        = put(m_secretary, wrongName, bytes.sliced(280000), contentRange(280000, 299999, 300000));
    QCOMPARE(last.status, 400);
    QCOMPARE(last.errorCode(), QString(Protocol::ErrorCode::HashMismatch));
    QCOMPARE(storedChunks(wrongName), 0);
    const HttpAnswer probe = head(m_secretary, wrongName);
    QCOMPARE(probe.status, 404);
    QVERIFY(probe.header("Upload-Offset").isNull());
}

void TestServerBlobs::tooLargeIs413()
{
    // A whole body over the limit: refused from its Content-Length, before it is buffered.
    const QByteArray bytes = BlobFixture::sampleBytes(maxBlob + 1, 'x');
    const QString sha = BlobFixture::sha256(bytes);
    const HttpAnswer whole = put(m_secretary, sha, bytes);
    QCOMPARE(whole.status, 413);
    QCOMPARE(whole.errorCode(), QString(Protocol::ErrorCode::PayloadTooLarge));
    // A small chunk of a blob whose announced total is over the limit.
    const HttpAnswer chunk
        = put(m_secretary, sha, bytes.first(1000), contentRange(0, 999, maxBlob + 1));
    QCOMPARE(chunk.status, 413);
    QCOMPARE(chunk.errorCode(), QString(Protocol::ErrorCode::PayloadTooLarge));
    QCOMPARE(storedChunks(sha), 0);
    // Exactly at the limit is fine.
    const QByteArray largest = bytes.first(maxBlob);
    QCOMPARE(put(m_secretary, BlobFixture::sha256(largest), largest).status, 201);
}

void TestServerBlobs::reUploadIsIdempotent()
{
    const QByteArray bytes = BlobFixture::sampleBytes(70000, 'i');
    const QString sha = BlobFixture::sha256(bytes);
    QCOMPARE(put(m_secretary, sha, bytes).status, 201);
    const QVariant createdAt
        = m_fixture.scalar(u"SELECT created_at FROM blobs WHERE sha256 = ?"_s, { sha });
    const QVariant uploader
        = m_fixture.scalar(u"SELECT uploaded_by FROM blobs WHERE sha256 = ?"_s, { sha });
    // Again by the uploader: already complete.
    QCOMPARE(put(m_secretary, sha, bytes).status, 200);
    // Again, by someone else, whole and as a chunk: nothing is rewritten. Her first upload
    // is answered as a first upload (nothing tells that someone else stored the
    // file); having sent every byte, she holds it and is then told it is complete.
    const HttpAnswer again = put(m_committee, sha, bytes);
    QCOMPARE(again.status, 201);
    QCOMPARE(again.json.value(u"complete"_s).toBool(), true);
    const HttpAnswer chunk = put(m_committee, sha, bytes.first(100), contentRange(0, 99, 70000));
    QCOMPARE(chunk.status, 200);
    QCOMPARE(chunk.json.value(u"complete"_s).toBool(), true);
    QCOMPARE(
        m_fixture.scalar(u"SELECT created_at FROM blobs WHERE sha256 = ?"_s, { sha }), createdAt);
    QCOMPARE(
        m_fixture.scalar(u"SELECT uploaded_by FROM blobs WHERE sha256 = ?"_s, { sha }), uploader);
    QCOMPARE(storedChunks(sha), 1);
}

void TestServerBlobs::rangeRequests_data()
{
    QTest::addColumn<QByteArray>("range");
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("first"); // expected bytes first..last for 206
    QTest::addColumn<qint64>("last");
    const qint64 size = 600000;
    QTest::newRow("first ten") << "bytes=0-9"_ba << 206 << qint64(0) << qint64(9);
    QTest::newRow("across rows") << "bytes=262140-262150"_ba << 206 << qint64(262140)
                                 << qint64(262150);
    QTest::newRow("open end") << "bytes=599990-"_ba << 206 << qint64(599990) << size - 1;
    QTest::newRow("suffix") << "bytes=-5"_ba << 206 << size - 5 << size - 1;
    QTest::newRow("suffix longer than blob") << "bytes=-999999"_ba << 206 << qint64(0) << size - 1;
    QTest::newRow("last clipped") << "bytes=10-99999999"_ba << 206 << qint64(10) << size - 1;
    QTest::newRow("spaces") << " bytes = 5-6 "_ba << 206 << qint64(5) << qint64(6);
    QTest::newRow("beyond the end") << "bytes=600000-"_ba << 416 << qint64(0) << qint64(-1);
    QTest::newRow("empty suffix") << "bytes=-0"_ba << 416 << qint64(0) << qint64(-1);
    QTest::newRow("garbage") << "bytes=x-y"_ba << 400 << qint64(0) << qint64(-1);
    QTest::newRow("backwards") << "bytes=9-2"_ba << 400 << qint64(0) << qint64(-1);
    QTest::newRow("no equals") << "bytes"_ba << 400 << qint64(0) << qint64(-1);
    QTest::newRow("other unit ignored") << "items=0-5"_ba << 200 << qint64(0) << size - 1;
    QTest::newRow("several ranges served whole")
        << "bytes=0-1,5-6"_ba << 200 << qint64(0) << size - 1;
}

void TestServerBlobs::rangeRequests()
{
    QFETCH(QByteArray, range);
    QFETCH(int, status);
    QFETCH(qint64, first);
    QFETCH(qint64, last);
    const QString sha = BlobFixture::sha256(m_published);
    const HttpAnswer answer = get(m_memberA, sha, { { "Range", range } });
    QCOMPARE(answer.status, status);
    if (status == 206) {
        QCOMPARE(answer.header("Content-Range"),
            "bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) + '/'
                + QByteArray::number(m_published.size()));
    }
    if (status == 206 || status == 200)
        QVERIFY(answer.body == m_published.sliced(first, last - first + 1));
    if (status == 416) {
        QCOMPARE(answer.errorCode(), QString(Protocol::ErrorCode::RangeNotSatisfiable));
        QCOMPARE(answer.header("Content-Range"), "bytes */600000"_ba);
    }
    if (status == 400)
        QCOMPARE(answer.errorCode(), QString(Protocol::ErrorCode::BadRequest));
}

void TestServerBlobs::etagAndConditionalRequests()
{
    const QString sha = BlobFixture::sha256(m_published);
    const QByteArray etag = '"' + sha.toLatin1() + '"';
    const HttpAnswer unchanged = get(m_memberA, sha, { { "If-None-Match", etag } });
    QCOMPARE(unchanged.status, 304);
    QVERIFY(unchanged.body.isEmpty());
    QCOMPARE(unchanged.header("ETag"), etag);
    QCOMPARE(get(m_memberA, sha, { { "If-None-Match", "\"other\", W/" + etag } }).status, 304);
    QCOMPARE(get(m_memberA, sha, { { "If-None-Match", "\"other\"" } }).status, 200);
    // If-Range: the range only while the ETag still matches.
    QCOMPARE(get(m_memberA, sha, { { "Range", "bytes=0-0" }, { "If-Range", etag } }).status, 206);
    const HttpAnswer stale
        = get(m_memberA, sha, { { "Range", "bytes=0-0" }, { "If-Range", "\"x\"" } });
    QCOMPARE(stale.status, 200);
    QCOMPARE(stale.body.size(), m_published.size());
}

void TestServerBlobs::invisibleBlobIs404LikeAbsent()
{
    const QString sha = BlobFixture::sha256(m_published);
    // A member of cell B sees no document referencing it: the same answer as for nothing.
    const HttpAnswer hidden = get(m_memberB, sha);
    const HttpAnswer absent = get(m_memberB, BlobFixture::sha256("never uploaded"));
    QCOMPARE(hidden.status, 404);
    QCOMPARE(hidden.errorCode(), QString(Protocol::ErrorCode::NotFound));
    QCOMPARE(hidden.body, absent.body);
    QVERIFY(hidden.header("ETag").isEmpty());
    QCOMPARE(get(m_memberB, sha, { { "Range", "bytes=0-1" } }).status, 404);
    const HttpAnswer probe = head(m_memberB, sha);
    QCOMPARE(probe.status, 404);
    QVERIFY(probe.header("Upload-Offset").isNull());
    // The committee above cell A sees it; an uploaded blob nobody references is only its
    // uploader's (she holds it).
    QCOMPARE(get(m_committee, sha).status, 200);
    const QByteArray orphan = BlobFixture::sampleBytes(100, 'n');
    QCOMPARE(put(m_secretary, BlobFixture::sha256(orphan), orphan).status, 201);
    QCOMPARE(get(m_secretary, BlobFixture::sha256(orphan)).status, 200);
    QCOMPARE(get(m_committee, BlobFixture::sha256(orphan)).status, 404);
    QCOMPARE(head(m_committee, BlobFixture::sha256(orphan)).status, 404);
    QVERIFY(m_fixture
                .scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'blob.download' "
                        "AND outcome = 'denied'"_s)
                .toInt()
        >= 1);
}

void TestServerBlobs::memberCannotUpload()
{
    const QByteArray bytes = BlobFixture::sampleBytes(1000, 'm');
    const QString sha = BlobFixture::sha256(bytes);
    const HttpAnswer answer = put(m_memberA, sha, bytes);
    QCOMPARE(answer.status, 403);
    QCOMPARE(answer.errorCode(), QString(Protocol::ErrorCode::Forbidden));
    QVERIFY(!m_fixture.scalar(u"SELECT 1 FROM blobs WHERE sha256 = ?"_s, { sha }).isValid());
    QCOMPARE(m_fixture
                 .scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'blob.upload' AND "
                         "outcome = 'denied' AND target_id = ?"_s,
                     { sha })
                 .toInt(),
        1);
}

void TestServerBlobs::requestsNeedSignIn()
{
    const QString sha = BlobFixture::sha256(m_published);
    for (const QString &token : { QString(), u"not-a-token"_s }) {
        const HttpAnswer download = get(token, sha);
        QCOMPARE(download.status, 401);
        QCOMPARE(download.errorCode(), QString(Protocol::ErrorCode::Unauthenticated));
        QCOMPARE(put(token, sha, m_published).status, 401);
        QCOMPARE(head(token, sha).status, 401);
    }
}

void TestServerBlobs::badNamesAre400()
{
    const QString sha = BlobFixture::sha256(m_published);
    for (const QString &name : { sha.toUpper(), sha.left(63), sha + u"0"_s, sha.left(63) + u"g"_s,
             u"..%2F..%2Fhealth"_s }) {
        const HttpAnswer answer = get(m_memberA, name);
        QVERIFY2(answer.status == 400, qPrintable(name));
        QCOMPARE(answer.errorCode(), QString(Protocol::ErrorCode::BadRequest));
    }
    // Not a blob route at all.
    QCOMPARE(get(m_memberA, sha + u"/extra"_s).status, 404);
    // Methods other than GET, HEAD and PUT.
    TestHttp http(m_fixture.baseUrl());
    http.setToken(m_secretary);
    const HttpAnswer deleted = http.send("DELETE", QString(Protocol::Path::BlobsPrefix) + sha);
    QCOMPARE(deleted.status, 405);
    QCOMPARE(deleted.header("Allow"), "GET, HEAD, PUT"_ba);
}

void TestServerBlobs::withdrawnAndRestrictedDocuments()
{
    const QByteArray bytes = BlobFixture::sampleBytes(2000, 'd');
    const QString sha = BlobFixture::sha256(bytes);
    QCOMPARE(put(m_secretary, sha, bytes).status, 201);
    QVERIFY(m_fixture.addDocument(
        u"doc-restricted"_s, province, sha, bytes.size(), u"application/pdf"_s, u"restricted"_s));
    const HttpAnswer restricted = get(m_memberB, sha);
    QCOMPARE(restricted.status, 200);
    QCOMPARE(restricted.header("Cache-Control"), "no-store"_ba);
    QVERIFY(m_fixture.exec(u"UPDATE documents SET withdrawn_at = ? WHERE id = ?"_s,
        { u"2025-07-11T00:00:00.000Z"_s, u"doc-restricted"_s }));
    QCOMPARE(get(m_memberB, sha).status, 404);
}

QTEST_GUILESS_MAIN(TestServerBlobs)
#include "tst_server_blobs.moc"
