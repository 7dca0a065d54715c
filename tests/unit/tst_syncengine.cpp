// SyncEngine over a scripted transport and a real vault: pages to the end, the outbox in
// order in batches of at most 100, one refresh on an expired token, sign-out and revocation,
// bad answers refused without touching the vault, resumable verified downloads, uploads
// before shares, never two runs at once.
#include "authsession.h"
#include "blobcatalog.h"
#include "blobstore.h"
#include "draftactions.h"
#include "faketransport.h"
#include "localactions.h"
#include "outbox.h"
#include "protocol.h"
#include "pushrequest.h"
#include "replicastore.h"
#include "replicawriter.h"
#include "searchindex.h"
#include "sqlitedatabase.h"
#include "syncengine.h"
#include "syncfixtures.h"
#include "syncstate.h"
#include "testbytes.h"
#include "vaultfixture.h"
#include "vaultsyncstore.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace SyncFixtures;

namespace {

// Answers a Range GET of `bytes` like the server does.
HttpResponse rangeAnswer(const HttpRequest &request, const QByteArray &bytes)
{
    static const QRegularExpression pattern(u"^bytes=(\\d+)-(\\d+)$"_s);
    const auto match = pattern.match(QString::fromLatin1(request.header("Range")));
    if (!match.hasMatch())
        return FakeTransport::raw(200, bytes);
    const qint64 first = match.captured(1).toLongLong();
    const qint64 last = std::min<qint64>(match.captured(2).toLongLong(), bytes.size() - 1);
    HttpResponse response = FakeTransport::raw(206, bytes.mid(first, last - first + 1));
    response.headers.append(std::pair<QByteArray, QByteArray>("content-range",
        "bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) + '/'
            + QByteArray::number(bytes.size())));
    return response;
}

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

    std::unique_ptr<VaultFixture> m_fixture;
    std::unique_ptr<VaultSyncStore> m_store;
    FakeTransport m_transport;
    std::unique_ptr<SyncEngine> m_engine;
    QList<PullPage> m_pages; // served in order, by cursor "k<index>"
    QList<WireMutation> m_pushed; // what the fake server consumed
    QHash<QString, QByteArray> m_blobs; // what it serves

    SqliteDatabase &db() { return m_fixture->vault->database(); }
    LocalActions actions()
    {
        return LocalActions(db(), [this] { return m_fixture->now; });
    }

    // The fake server: pull pages, push (everything applied), blobs with Range.
    HttpResponse serve(const HttpRequest &request)
    {
        if (request.path == u"/v1/sync/pull") {
            const QString cursor = request.query.queryItemValue(u"cursor"_s);
            const int index = cursor.isEmpty() ? 0 : cursor.mid(1).toInt();
            if (index >= m_pages.size())
                return FakeTransport::json(
                    200, page({}, cursor.isEmpty() ? u"k0"_s : cursor).toJson());
            return FakeTransport::json(200, m_pages.at(index).toJson());
        }
        if (request.path == u"/v1/sync/push") {
            const auto body
                = PushRequest::fromJson(QJsonDocument::fromJson(request.body).object(), nullptr);
            if (!body)
                return FakeTransport::json(400, FakeTransport::error(u"bad_request"));
            PushReply reply;
            for (const WireMutation &mutation : body->mutations) {
                m_pushed.append(mutation);
                reply.results.append({ mutation.id, true, {}, {} });
                reply.lastMutationId = mutation.id;
            }
            return FakeTransport::json(200, reply.toJson());
        }
        if (request.path.startsWith(u"/v1/blobs/") && request.method == "GET") {
            const QString sha = request.path.mid(10);
            if (!m_blobs.contains(sha))
                return FakeTransport::json(404, FakeTransport::error(u"not_found"));
            return rangeAnswer(request, m_blobs.value(sha));
        }
        return FakeTransport::json(404, FakeTransport::error(u"not_found"));
    }

    // Runs the engine once; true when it succeeded.
    bool runOnce()
    {
        QSignalSpy finished(m_engine.get(), &SyncEngine::finished);
        if (!m_engine->start())
            return false;
        if (!finished.wait(10000))
            qFatal("the sync did not finish within 10 s");
        return finished.first().first().toBool();
    }

    void seedDocuments(int count)
    {
        QList<SyncChange> changes;
        for (int i = 0; i < count; ++i)
            changes << put(
                u"document"_s, u"d%1"_s.arg(i), document(u"d%1"_s.arg(i), u"Văn bản %1"_s.arg(i)));
        m_store->applyPullPage(page(changes, u"seed"_s));
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<VaultFixture>();
        QVERIFY(m_fixture->vault->create(VaultFixture::kPin).ok());
        m_store = std::make_unique<VaultSyncStore>(
            *m_fixture->vault, [this] { return m_fixture->now; });
        m_store->saveSession(u"refresh-1"_s, AuthUser { u"u1"_s, u"m1"_s, u"member"_s, u"c1"_s });
        m_transport.requests.clear();
        m_transport.handler = [this](const HttpRequest &request) { return serve(request); };
        m_pages.clear();
        m_pushed.clear();
        m_blobs.clear();
        m_engine = std::make_unique<SyncEngine>(&m_transport, m_store.get());
        m_engine->auth().adopt(AuthTokens { u"access-1"_s, 900, u"refresh-1"_s,
            AuthUser { u"u1"_s, u"m1"_s, u"member"_s, u"c1"_s }, false });
    }

    void cleanup()
    {
        m_engine.reset();
        m_store.reset();
        m_fixture.reset();
    }

    void pullsEveryPageWithItsCursor()
    {
        m_pages = { page({ put(u"document"_s, u"d1"_s, document(u"d1"_s, u"Một"_s)) }, u"k1"_s,
                        true),
            page({ put(u"document"_s, u"d2"_s, document(u"d2"_s, u"Hai"_s)) }, u"k2"_s, true),
            page({ put(u"meeting"_s, u"M1"_s, meeting(u"M1"_s, u"2026-12-01T01:00:00.000Z"_s)) },
                u"k3"_s, false) };
        QVERIFY(runOnce());
        QCOMPARE(m_engine->progress().pages, 3);
        QCOMPARE(m_engine->progress().changes, 3);
        QCOMPARE(m_store->cursor(), u"k3"_s);
        QCOMPARE(ReplicaStore(db()).count(u"document"_s), 2);
        QVERIFY(m_engine->lastSuccess().isValid());
        QVERIFY(m_engine->lastError().isNull());
        // Every request carried the access token; none carried anything of the vault's PIN.
        for (const HttpRequest &request : m_transport.requests)
            QCOMPARE(request.header("Authorization"), "Bearer access-1"_ba);
    }

    void theNextPageDownloadsWhileOneIsStored()
    {
        m_pages = { page({ put(u"document"_s, u"d1"_s, document(u"d1"_s, u"Một"_s)) }, u"k1"_s,
                        true),
            page({ put(u"document"_s, u"d2"_s, document(u"d2"_s, u"Hai"_s)) }, u"k2"_s, true),
            page({ put(u"meeting"_s, u"M1"_s, meeting(u"M1"_s, u"2026-12-01T01:00:00.000Z"_s)) },
                u"k3"_s, false) };
        QStringList asked; // the cursor asked from @ the cursor stored when it was asked
        m_transport.handler = [this, &asked](const HttpRequest &request) {
            if (request.path == u"/v1/sync/pull")
                asked << request.query.queryItemValue(u"cursor"_s) + u'@' + m_store->cursor();
            return serve(request);
        };
        QVERIFY(runOnce());
        // The same requests in the same order, each sent as soon as its cursor came: before
        // the page that brought it was stored.
        QCOMPARE(asked, (QStringList { u"@"_s, u"k1@"_s, u"k2@k1"_s }));
        QCOMPARE(m_engine->progress().pages, 3);
        QCOMPARE(m_store->cursor(), u"k3"_s);
        QCOMPARE(ReplicaStore(db()).count(u"document"_s), 2);
        QCOMPARE(ReplicaStore(db()).count(u"meeting"_s), 1);
    }

    void aFirstSyncKilledBetweenPagesResumesAndLosesNothing()
    {
        m_pages = { page({ put(u"document"_s, u"d1"_s, document(u"d1"_s, u"Một"_s)),
                             put(u"document"_s, u"d2"_s, document(u"d2"_s, u"Hai"_s)) },
                        u"k1"_s, true),
            page({ put(u"document"_s, u"d3"_s, document(u"d3"_s, u"Ba"_s)),
                     gone(u"document"_s, u"d1"_s) },
                u"k2"_s, true),
            page({ put(u"meeting"_s, u"M1"_s, meeting(u"M1"_s, u"2026-12-01T01:00:00.000Z"_s)) },
                u"k3"_s, false) };
        // The device dies with the first page stored and the second one on its way.
        m_transport.hold = [](const HttpRequest &request) {
            return request.query.queryItemValue(u"cursor"_s) == u"k1"_s;
        };
        QVERIFY(m_engine->start());
        QTRY_COMPARE_WITH_TIMEOUT(m_transport.heldOpen(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_store->cursor(), u"k1"_s, 10000);
        m_engine.reset();
        QCOMPARE(m_transport.heldOpen(), 0);
        m_store.reset();
        m_fixture->vault->lock();
        m_fixture->vault = m_fixture->makeVault();
        QVERIFY(m_fixture->vault->unlock(VaultFixture::kPin).ok());
        m_store = std::make_unique<VaultSyncStore>(
            *m_fixture->vault, [this] { return m_fixture->now; });
        QCOMPARE(m_store->cursor(), u"k1"_s);
        QCOMPARE(ReplicaStore(db()).count(u"document"_s), 2);

        // Started again, it goes on from the stored page, to the same replica as one run.
        m_transport.hold = {};
        m_transport.requests.clear();
        m_engine = std::make_unique<SyncEngine>(&m_transport, m_store.get());
        m_engine->auth().adopt(AuthTokens { u"access-1"_s, 900, u"refresh-1"_s,
            AuthUser { u"u1"_s, u"m1"_s, u"member"_s, u"c1"_s }, false });
        QVERIFY(runOnce());
        const auto pulls = m_transport.sent(u"/v1/sync/pull"_s);
        QCOMPARE(pulls.size(), 2);
        QCOMPARE(pulls.first().query.queryItemValue(u"cursor"_s), u"k1"_s);
        QCOMPARE(m_store->cursor(), u"k3"_s);
        const QStringList documents = ReplicaStore(db()).ids(u"document"_s);
        QCOMPARE(QSet<QString>(documents.begin(), documents.end()),
            (QSet<QString> { u"d2"_s, u"d3"_s }));
        QCOMPARE(ReplicaStore(db()).count(u"meeting"_s), 1);
        QVERIFY(!ReplicaWriter(db()).snapshotInProgress());
        QCOMPARE(SearchIndex(db()).search(u"mot"_s).size(), 0);
        QCOMPARE(SearchIndex(db()).search(u"ba"_s).size(), 1);
    }

    void pushesTheOutboxInOrderInBatches()
    {
        seedDocuments(250);
        QList<qint64> queued;
        for (int i = 0; i < 250; ++i)
            queued << actions().markRead(u"d%1"_s.arg(i)).mutationId;
        QCOMPARE(m_engine->pendingCount(), 0); // not refreshed yet
        m_engine->refreshPendingCount();
        QCOMPARE(m_engine->pendingCount(), 250);
        QVERIFY(runOnce());
        const QList<HttpRequest> pushes = m_transport.sent(u"/v1/sync/push"_s);
        QCOMPARE(pushes.size(), 3);
        QCOMPARE(m_transport.requests.first().path, u"/v1/sync/push"_s); // push before pull
        for (const HttpRequest &push : pushes)
            QVERIFY(PushRequest::fromJson(QJsonDocument::fromJson(push.body).object(), nullptr)
                        ->mutations.size()
                <= 100);
        QList<qint64> sent;
        for (const WireMutation &mutation : std::as_const(m_pushed))
            sent << mutation.id;
        QCOMPARE(sent, queued);
        QCOMPARE(m_pushed.first().args.value(u"document_id"_s).toString(), u"d0"_s);
        QCOMPARE(m_engine->pendingCount(), 0);
        QCOMPARE(m_engine->progress().pushed, 250);
    }

    void partialAcknowledgementResendsTheRest()
    {
        seedDocuments(5);
        QList<qint64> queued;
        for (int i = 0; i < 5; ++i)
            queued << actions().markRead(u"d%1"_s.arg(i)).mutationId;
        int pushes = 0;
        m_transport.handler = [this, &pushes, queued](const HttpRequest &request) {
            if (request.path != u"/v1/sync/push" || pushes++ > 0)
                return serve(request);
            // The server consumed three, then failed; it says so.
            PushReply reply { queued.at(2),
                { { queued.at(0), true, {}, {} }, { queued.at(1), true, {}, {} },
                    { queued.at(2), true, {}, {} } } };
            return FakeTransport::json(200, reply.toJson());
        };
        QVERIFY(runOnce());
        QCOMPARE(pushes, 2);
        QCOMPARE(m_pushed.size(), 2);
        QCOMPARE(m_pushed.first().id, queued.at(3));
        QCOMPARE(m_store->pendingCount(), 0);
    }

    void expiredTokenIsRefreshedOnce()
    {
        int refreshes = 0;
        m_transport.handler = [this, &refreshes](const HttpRequest &request) {
            if (request.path == u"/v1/auth/refresh") {
                ++refreshes;
                const QJsonObject body = QJsonDocument::fromJson(request.body).object();
                if (body.value(u"refresh_token"_s).toString() != u"refresh-1")
                    return FakeTransport::json(401, FakeTransport::error(u"unauthenticated"));
                return FakeTransport::json(200,
                    AuthTokens { u"access-2"_s, 900, u"refresh-2"_s,
                        AuthUser { u"u1"_s, u"m1"_s, u"member"_s, u"c1"_s }, false }
                        .toJson());
            }
            if (request.header("Authorization") != "Bearer access-2")
                return FakeTransport::json(401, FakeTransport::error(u"token_expired"));
            return serve(request);
        };
        m_pages = { page({ put(u"document"_s, u"d1"_s, document(u"d1"_s, u"Một"_s)) }, u"k1"_s) };
        QVERIFY(runOnce());
        QCOMPARE(refreshes, 1);
        QCOMPARE(m_store->refreshToken(), u"refresh-2"_s); // rotated, kept in the vault
        QCOMPARE(m_store->cursor(), u"k1"_s);
    }

    void refusedRefreshAsksToSignIn()
    {
        m_engine = std::make_unique<SyncEngine>(&m_transport, m_store.get()); // no access token
        m_transport.handler = [](const HttpRequest &request) {
            if (request.path == u"/v1/auth/refresh")
                return FakeTransport::json(401, FakeTransport::error(u"unauthenticated"));
            return FakeTransport::json(500, FakeTransport::error(u"internal_error"));
        };
        QSignalSpy signIn(m_engine.get(), &SyncEngine::signInRequired);
        QVERIFY(!runOnce());
        QCOMPARE(m_engine->lastError().code(), u"signed_out"_s);
        QCOMPARE(signIn.size(), 1);
        QVERIFY(!m_engine->lastError().message().isEmpty());
        QCOMPARE(m_transport.sent(u"/v1/sync"_s).size(), 0);
    }

    void revokedDeviceIsWiped()
    {
        seedDocuments(1);
        m_transport.handler = [](const HttpRequest &) {
            QJsonObject body = FakeTransport::error(u"device_revoked");
            body.insert(u"wipe"_s, true);
            return FakeTransport::json(401, body);
        };
        QSignalSpy revoked(m_engine.get(), &SyncEngine::deviceRevoked);
        QVERIFY(!runOnce());
        QCOMPARE(revoked.size(), 1);
        QVERIFY(!m_fixture->vault->exists());
        QVERIFY(!QFile::exists(m_fixture->vault->databasePath()));
        QVERIFY(!m_engine->start()); // nothing more runs on a wiped account
    }

    // The app's step after the pull (the room's device certificate): it runs once per run after
    // the pages are stored; its failure is not the run's, a revocation is (the vault is wiped).
    void aStepAfterThePullNeverFailsTheRunButARevocationDoes()
    {
        m_pages = { page({ put(u"document"_s, u"d1"_s, document(u"d1"_s, u"Một"_s)) }, u"k1"_s) };
        int steps = 0;
        ApiError answer(u"network_unreachable"_s, u"offline"_s);
        m_engine->setAfterPullStep([&](std::function<void(const ApiError &)> done) {
            ++steps;
            QCOMPARE(m_store->cursor(), u"k1"_s); // after the pull
            QCOMPARE(m_engine->phase(), SyncEngine::Phase::Pulling);
            QTimer::singleShot(0, m_engine.get(), [&answer, done] { done(answer); });
        });
        QVERIFY(runOnce());
        QCOMPARE(steps, 1);
        QVERIFY(m_engine->lastError().isNull());
        QCOMPARE(ReplicaStore(db()).count(u"document"_s), 1);

        answer = ApiError(QString(Protocol::ErrorCode::DeviceRevoked), u"revoked"_s);
        QSignalSpy revoked(m_engine.get(), &SyncEngine::deviceRevoked);
        QVERIFY(!runOnce());
        QCOMPARE(steps, 2);
        QCOMPARE(revoked.size(), 1);
        QVERIFY(!m_fixture->vault->exists());
    }

    void badAnswersLeaveTheVaultAsItWas_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not json") << "<html>proxy error</html>"_ba;
        QTest::newRow("changes not a list")
            << R"({"changes": {}, "cursor": "k9", "has_more": false})"_ba;
        QTest::newRow("version as text")
            << R"({"changes": [{"type": "document", "id": "d9", "op": "put", "version": "7", "data": {}}], "cursor": "k9", "has_more": false})"_ba;
        QTest::newRow("unknown op")
            << R"({"changes": [{"type": "document", "id": "d9", "op": "merge", "version": 7, "data": {}}], "cursor": "k9", "has_more": false})"_ba;
        QTest::newRow("no cursor") << R"({"changes": [], "has_more": false})"_ba;
        QTest::newRow("second change bad")
            << R"({"changes": [{"type": "document", "id": "d9", "op": "put", "version": 1, "data": {"title": "x"}}, {"type": "document", "op": "delete"}], "cursor": "k9", "has_more": false})"_ba;
    }

    void badAnswersLeaveTheVaultAsItWas()
    {
        QFETCH(QByteArray, body);
        seedDocuments(1);
        m_transport.handler = [this, body](const HttpRequest &request) {
            return request.path == u"/v1/sync/pull" ? FakeTransport::raw(200, body)
                                                    : serve(request);
        };
        QVERIFY(!runOnce());
        QCOMPARE(m_engine->lastError().code(), u"bad_response"_s);
        QCOMPARE(m_store->cursor(), u"seed"_s);
        QVERIFY(!ReplicaStore(db()).get(u"document"_s, u"d9"_s));
        QCOMPARE(ReplicaStore(db()).count(u"document"_s), 1);
    }

    void blobDownloadResumesWithRangeAndIsVerified()
    {
        const QByteArray bytes = randomBytes(600000, 11);
        const QString sha = sha256Of(bytes);
        m_blobs.insert(sha, bytes);
        m_pages = { page({ put(u"document"_s, u"d1"_s,
                             document(u"d1"_s, u"Một"_s, { attachment(sha, bytes.size()) })) },
            u"k1"_s) };
        int ranges = 0;
        m_transport.handler = [this, &ranges](const HttpRequest &request) {
            if (request.path.startsWith(u"/v1/blobs/") && ++ranges == 2)
                return FakeTransport::cut(); // the connection breaks during the second chunk
            return serve(request);
        };
        QVERIFY(!runOnce());
        QCOMPARE(m_engine->lastError().code(), u"network_unreachable"_s);
        QVERIFY(!m_engine->isOnline());
        QCOMPARE(BlobStore(db()).received(sha), 262144);
        QVERIFY(!BlobStore(db()).isComplete(sha));

        m_transport.requests.clear();
        QVERIFY(runOnce());
        const QList<HttpRequest> gets = m_transport.sent(u"/v1/blobs/"_s);
        QCOMPARE(gets.first().header("Range"), "bytes=262144-524287"_ba);
        QVERIFY(BlobStore(db()).isComplete(sha));
        BlobStore blobs(db());
        auto device = blobs.open(sha);
        QCOMPARE(device->readAll(), bytes);
        QCOMPARE(m_engine->progress().blobsDone, 1);
        QVERIFY(m_engine->isOnline());
    }

    void blobWithTheWrongBytesIsRefused()
    {
        const QByteArray bytes = randomBytes(1000, 12);
        const QString sha = sha256Of(bytes);
        m_blobs.insert(sha, randomBytes(1000, 13)); // what a broken cache might serve
        m_pages = { page({ put(u"document"_s, u"d1"_s,
                             document(u"d1"_s, u"Một"_s, { attachment(sha, bytes.size()) })) },
            u"k1"_s) };
        QVERIFY(!runOnce());
        QCOMPARE(m_engine->lastError().code(), u"hash_mismatch"_s);
        QVERIFY(!BlobStore(db()).isComplete(sha));
        QCOMPARE(BlobStore(db()).received(sha), 0);
        QCOMPARE(m_store->cursor(), u"k1"_s); // the data itself is synced
    }

    void storageLimitLeavesFilesForOnDemandFetch()
    {
        const QByteArray small = randomBytes(1000, 31);
        const QByteArray large = randomBytes(50000, 32);
        m_blobs.insert(sha256Of(small), small);
        m_blobs.insert(sha256Of(large), large);
        BlobCatalog(db()).setStorageLimit(20000);
        m_pages = { page(
            { put(u"document"_s, u"d1"_s,
                  document(u"d1"_s, u"Một"_s, { attachment(sha256Of(small), small.size()) })),
                put(u"document"_s, u"d2"_s,
                    document(u"d2"_s, u"Hai"_s, { attachment(sha256Of(large), large.size()) })) },
            u"k1"_s) };
        QVERIFY(runOnce());
        QVERIFY(BlobStore(db()).isComplete(sha256Of(small)));
        QVERIFY(!BlobStore(db()).isComplete(sha256Of(large))); // over the limit
        // Opened by the user: fetched now, whatever the limit.
        QSignalSpy finished(m_engine.get(), &SyncEngine::finished);
        m_engine->requestBlob(sha256Of(large));
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.first().first().toBool());
        QVERIFY(BlobStore(db()).isComplete(sha256Of(large)));
    }

    void neverTwoRunsAtOnce()
    {
        m_pages = { page({}, u"k1"_s) };
        QSignalSpy finished(m_engine.get(), &SyncEngine::finished);
        QVERIFY(m_engine->start());
        QVERIFY(m_engine->isRunning());
        QVERIFY(!m_engine->start()); // queued instead
        QVERIFY(!m_engine->start()); // still just one more
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
        QVERIFY(!m_engine->isRunning());
        QCOMPARE(m_transport.sent(u"/v1/sync/pull"_s).size(), 2);
        QCoreApplication::processEvents(); // a queued third run would start here
        QCOMPARE(finished.size(), 2);
        QVERIFY(!m_engine->isRunning());
    }

    void sharedAttachmentIsUploadedBeforeTheShare()
    {
        m_store->saveSession(
            u"refresh-1"_s, AuthUser { u"u2"_s, u"m2"_s, u"secretary"_s, u"c1"_s });
        const QByteArray file = randomBytes(600000, 21);
        const QString sha = sha256Of(file);
        const auto shared = actions().shareDocument(u"Tài liệu sinh hoạt"_s, u"meeting_material"_s,
            {}, {}, { { file, u"tai-lieu.pdf"_s, u"application/pdf"_s } });
        QVERIFY(shared.ok());
        QVERIFY(ReplicaStore(db()).get(u"document"_s, shared.rowId)); // shown at once
        QByteArray received = file.left(262144); // an earlier attempt got this far
        m_transport.handler = [this, &received, sha](const HttpRequest &request) {
            if (request.path == u"/v1/blobs/"_s + sha && request.method == "HEAD") {
                HttpResponse response = FakeTransport::raw(404, {});
                response.headers.append(std::pair<QByteArray, QByteArray>(
                    "upload-offset", QByteArray::number(received.size())));
                return response;
            }
            if (request.path == u"/v1/blobs/"_s + sha && request.method == "PUT") {
                const QByteArray expected = "bytes " + QByteArray::number(received.size()) + '-'
                    + QByteArray::number(received.size() + request.body.size() - 1) + "/600000";
                if (request.header("Content-Range") != expected)
                    return FakeTransport::json(
                        409, QJsonObject { { u"received"_s, received.size() } });
                received += request.body;
                HttpResponse response = FakeTransport::json(received.size() == 600000 ? 201 : 200,
                    QJsonObject { { u"received"_s, received.size() } });
                response.headers.append(std::pair<QByteArray, QByteArray>(
                    "upload-offset", QByteArray::number(received.size())));
                return response;
            }
            return serve(request);
        };
        QVERIFY(runOnce());
        QCOMPARE(received, file);
        QStringList order;
        for (const HttpRequest &request : std::as_const(m_transport.requests))
            order << QString::fromLatin1(request.method) + u' ' + request.path.section(u'/', 2, 2);
        QCOMPARE(order.mid(0, 4),
            (QStringList { u"HEAD blobs"_s, u"PUT blobs"_s, u"PUT blobs"_s, u"POST sync"_s }));
        QCOMPARE(m_pushed.size(), 1);
        QCOMPARE(m_pushed.first().name, u"document.share"_s);
        QCOMPARE(m_engine->progress().uploads, 1);
    }

    // A committee draft's files are uploaded before document.draft.put, as a share's are.
    void draftAttachmentIsUploadedBeforeThePut()
    {
        m_store->saveSession(
            u"refresh-1"_s, AuthUser { u"u2"_s, u"m2"_s, u"committee"_s, u"c1"_s });
        const QByteArray file = randomBytes(1000, 22);
        const QString sha = sha256Of(file);
        LocalActions local = actions();
        DraftFields fields;
        fields.kind = u"resolution"_s;
        fields.title = u"Nghị quyết"_s;
        fields.classification = u"internal"_s;
        fields.audienceOrgId = u"c1"_s;
        QVERIFY(DraftActions(local, db())
                    .put(fields, { { file, u"nq.pdf"_s, u"application/pdf"_s } })
                    .ok());
        QByteArray received;
        m_transport.handler = [this, &received, sha](const HttpRequest &request) {
            if (request.path == u"/v1/blobs/"_s + sha && request.method == "HEAD") {
                HttpResponse response = FakeTransport::raw(404, {});
                response.headers.append(std::pair<QByteArray, QByteArray>("upload-offset", "0"));
                return response;
            }
            if (request.path == u"/v1/blobs/"_s + sha && request.method == "PUT") {
                received += request.body;
                return FakeTransport::json(201, QJsonObject { { u"received"_s, received.size() } });
            }
            return serve(request);
        };
        QVERIFY(runOnce());
        QCOMPARE(received, file);
        QStringList order;
        for (const HttpRequest &request : std::as_const(m_transport.requests))
            order << QString::fromLatin1(request.method) + u' ' + request.path.section(u'/', 2, 2);
        QCOMPARE(
            order.mid(0, 3), (QStringList { u"HEAD blobs"_s, u"PUT blobs"_s, u"POST sync"_s }));
        QCOMPARE(m_pushed.size(), 1);
        QCOMPARE(m_pushed.first().name, u"document.draft.put"_s);
    }

    // A share's failing upload does not hold back what was queued before it.
    void changesBeforeAShareAreNotHeldBackByItsUpload()
    {
        seedDocuments(2);
        m_store->saveSession(
            u"refresh-1"_s, AuthUser { u"u2"_s, u"m2"_s, u"secretary"_s, u"c1"_s });
        const auto before = actions().markRead(u"d0"_s);
        QVERIFY(before.ok());
        const QByteArray file = randomBytes(300000, 7);
        const auto shared = actions().shareDocument(u"Tài liệu sinh hoạt"_s, u"meeting_material"_s,
            {}, {}, { { file, u"tai-lieu.pdf"_s, u"application/pdf"_s } });
        QVERIFY(shared.ok());
        const auto after = actions().markRead(u"d1"_s);
        QVERIFY(after.ok());
        // The upload fails (the connection drops): only the receipt queued before the share
        // has reached the server.
        m_transport.handler = [this](const HttpRequest &request) {
            if (request.path.startsWith(u"/v1/blobs/"_s))
                return FakeTransport::cut();
            return serve(request);
        };
        QVERIFY(!runOnce());
        QCOMPARE(m_pushed.size(), 1);
        QCOMPARE(m_pushed.first().id, before.mutationId);
        // Next time the upload goes through: the share, then the receipt after it, in order.
        QByteArray received;
        m_transport.handler = [this, &received](const HttpRequest &request) {
            if (request.path.startsWith(u"/v1/blobs/"_s) && request.method == "HEAD")
                return FakeTransport::raw(404, {});
            if (request.path.startsWith(u"/v1/blobs/"_s) && request.method == "PUT") {
                received += request.body;
                HttpResponse response = FakeTransport::json(received.size() == 300000 ? 201 : 200,
                    QJsonObject { { u"received"_s, received.size() } });
                response.headers.append(std::pair<QByteArray, QByteArray>(
                    "upload-offset", QByteArray::number(received.size())));
                return response;
            }
            return serve(request);
        };
        QVERIFY(runOnce());
        QCOMPARE(m_pushed.size(), 3);
        QCOMPARE(m_pushed.at(1).id, shared.mutationId);
        QCOMPARE(m_pushed.at(2).id, after.mutationId);
        QCOMPARE(m_engine->pendingCount(), 0);
    }

    void mutationTooLargeForTheServerIsRejectedLocally()
    {
        seedDocuments(3);
        QVERIFY(actions().putNote(u"d0"_s, QString(20000, u'ơ')).ok());
        const auto after = actions().markRead(u"d1"_s);
        m_transport.handler = [this](const HttpRequest &request) {
            if (request.path == u"/v1/sync/push" && request.body.size() > 20000)
                return FakeTransport::json(413, FakeTransport::error(u"payload_too_large"));
            return serve(request);
        };
        QVERIFY(runOnce());
        QCOMPARE(m_store->pendingCount(), 0);
        QCOMPARE(m_pushed.size(), 1);
        QCOMPARE(m_pushed.first().id, after.mutationId); // the queue went on
        QCOMPARE(Outbox(db()).rejected().size(), 1);
        QCOMPARE(Outbox(db()).rejected().first().errorCode, u"payload_too_large"_s);
        QCOMPARE(ReplicaStore(db()).count(u"note"_s), 0); // rolled back
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
