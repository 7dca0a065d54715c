#include "syncengine.h"

#include "authsession.h"
#include "blobdownloader.h"
#include "jsoncodec.h"
#include "protocol.h"
#include "pullstep.h"
#include "pushstep.h"
#include "syncerrors.h"
#include "synclog.h"
#include "syncstore.h"
#include "wirevalues.h"

#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
// Pushes in one run: the first, and again when pulling took long enough for new changes.
constexpr int kMaxPushRounds = 3;
} // namespace

SyncEngine::SyncEngine(HttpTransport *transport, SyncStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_auth(new AuthSession(transport, store, this))
    , m_push(new PushStep(*m_auth, *store, m_progress, this))
    , m_pull(new PullStep(*m_auth, *store, m_progress, this))
    , m_livePull(new PullStep(*m_auth, *store, m_liveProgress, this))
    , m_downloader(new BlobDownloader(*m_auth, *store, m_progress, this))
{
    connect(m_push, &PushStep::uploading, this, [this] { setPhase(Phase::Uploading); });
    connect(m_push, &PushStep::pushing, this, [this] { setPhase(Phase::Pushing); });
    try {
        m_lastSuccess = m_store->lastSuccess();
    } catch (const SyncStoreError &) { }
    refreshPendingCount();
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::setChunkSize(qint64 size)
{
    m_push->setChunkSize(size);
    m_downloader->setChunkSize(size);
}

void SyncEngine::setPageSize(int size)
{
    m_pull->setPageSize(size);
    m_livePull->setPageSize(size);
}

bool SyncEngine::openLivePull(int waitSeconds, std::function<void(const LivePullResult &)> done)
{
    if (m_revoked)
        return false;
    if (m_livePull->isRunning()) {
        QString cursor;
        try {
            cursor = m_store->cursor();
        } catch (const SyncStoreError &) { }
        if (cursor == m_livePull->requestCursor())
            return false;
        // A run moved the cursor: a change since the old one would be answered, then dropped.
        m_livePull->abort();
    }
    m_liveProgress = {};
    m_livePull->run(
        [this, done = std::move(done)](const ApiError &error) {
            LivePullResult result;
            result.error = error;
            result.changes = m_liveProgress.changes;
            result.stale = m_livePull->endedStale();
            result.retryAfterSeconds = m_livePull->retryAfterSeconds();
            if (result.changes > 0)
                Q_EMIT liveChangesApplied();
            done(result);
        },
        {}, waitSeconds);
    return true;
}

void SyncEngine::abortLivePull()
{
    m_livePull->abort();
}

bool SyncEngine::isLivePullOpen() const
{
    return m_livePull->isRunning();
}

bool SyncEngine::start()
{
    if (m_revoked)
        return false;
    if (m_running) {
        m_again = true;
        return false;
    }
    m_running = true;
    m_again = false;
    m_progress = {};
    m_pushRounds = 0;
    Q_EMIT runningChanged();
    Q_EMIT progressChanged();
    pushThenPull();
    return true;
}

void SyncEngine::requestBlob(const QString &sha256)
{
    if (!m_requestedBlobs.contains(sha256))
        m_requestedBlobs.prepend(sha256);
    start();
}

void SyncEngine::fetchDocument(
    const QString &id, QObject *context, std::function<void(const ApiResult<QJsonObject> &)> done)
{
    HttpRequest request;
    request.path = u"/v1/documents/"_s + QString::fromLatin1(QUrl::toPercentEncoding(id));
    m_auth->send(request, context, [done = std::move(done)](const HttpResponse &response) {
        const ApiError error = SyncErrors::of(response);
        if (!error.isNull())
            return done({ error, response.status });
        QString reason;
        const auto body = JsonCodec::parseObject(response.body, &reason);
        const auto document = body
            ? JsonCodec::requireObject(*body, QString(Protocol::Key::Document), &reason)
            : std::nullopt;
        if (!document)
            return done({ SyncErrors::badResponse(u"document: "_s + reason), response.status });
        done({ *document, response.status });
    });
}

void SyncEngine::pushThenPull()
{
    ++m_pushRounds;
    setPhase(Phase::Pushing);
    m_push->run(
        [this](const ApiError &error) {
            refreshPendingCount();
            if (!error.isNull())
                return fail(error);
            pull();
        },
        [this] {
            refreshPendingCount();
            Q_EMIT progressChanged();
        });
}

void SyncEngine::pull()
{
    setPhase(Phase::Pulling);
    m_pull->run(
        [this](const ApiError &error) {
            if (!error.isNull())
                return fail(error);
            refreshPendingCount();
            // The user may have acted while pulling: send it now rather than next time.
            if (m_pendingCount > 0 && m_pushRounds < kMaxPushRounds)
                return pushThenPull();
            afterPull();
        },
        [this] { Q_EMIT progressChanged(); });
}

void SyncEngine::afterPull()
{
    if (!m_afterPull)
        return downloadBlobs();
    // The step may answer after the engine is gone (its own requests' context is its own).
    m_afterPull([engine = QPointer<SyncEngine>(this)](const ApiError &error) {
        if (!engine || !engine->m_running)
            return;
        if (error.code() == Protocol::ErrorCode::DeviceRevoked)
            return engine->fail(error);
        if (!error.isNull())
            qCInfo(lcSync) << "a step after the pull failed (the sync goes on):" << error.code();
        engine->downloadBlobs();
    });
}

void SyncEngine::downloadBlobs()
{
    QList<BlobWant> wants;
    try {
        for (const QString &sha256 : std::as_const(m_requestedBlobs)) {
            if (const auto want = m_store->blobWant(sha256))
                wants.append(*want);
        }
        m_requestedBlobs.clear();
        if (m_blobsEnabled) {
            for (const BlobWant &want : m_store->wantedBlobs(m_blobsPerRun)) {
                if (!wants.contains(want))
                    wants.append(want);
            }
        }
    } catch (const SyncStoreError &error) {
        return fail(SyncErrors::localStorage(QString::fromUtf8(error.what())));
    }
    if (wants.isEmpty())
        return succeed();
    m_progress.blobsWanted = int(wants.size());
    setPhase(Phase::Downloading);
    Q_EMIT progressChanged();
    m_downloader->run(
        wants,
        [this](const ApiError &error) {
            if (!error.isNull())
                return fail(error);
            succeed();
        },
        [this] { Q_EMIT progressChanged(); });
}

void SyncEngine::succeed()
{
    m_lastError = {};
    m_online = true;
    m_lastSuccess = QDateTime::currentDateTimeUtc();
    try {
        m_store->setLastSuccess(m_lastSuccess);
    } catch (const SyncStoreError &error) {
        qCWarning(lcSync) << "cannot note the sync time:" << error.what();
    }
    end(true);
}

void SyncEngine::fail(const ApiError &error)
{
    m_lastError = error;
    m_online = !SyncErrors::isOffline(error);
    qCInfo(lcSync) << "sync failed:" << error.code();
    if (error.code() == Protocol::ErrorCode::DeviceRevoked) {
        m_revoked = true;
        m_livePull->abort();
        m_again = false;
        try {
            m_store->wipe();
        } catch (const SyncStoreError &failure) {
            qCCritical(lcSync) << "wiping the revoked account failed:" << failure.what();
        }
        end(false);
        Q_EMIT deviceRevoked();
        return;
    }
    end(false);
    if (error.code() == SyncErrors::SignedOut) {
        m_again = false;
        Q_EMIT signInRequired();
    }
}

void SyncEngine::end(bool ok)
{
    m_running = false;
    setPhase(Phase::Idle);
    refreshPendingCount();
    Q_EMIT progressChanged();
    Q_EMIT runningChanged();
    const bool again = m_again;
    m_again = false;
    Q_EMIT finished(ok);
    // A start() during a successful run asked for fresher data; after a failure the
    // scheduler decides when to try again.
    if (ok && again && !m_revoked)
        QTimer::singleShot(0, this, [this] { start(); });
}

void SyncEngine::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    qCInfo(lcSync) << "phase" << phase;
    Q_EMIT phaseChanged();
}

void SyncEngine::refreshPendingCount()
{
    if (m_revoked)
        return;
    try {
        const int count = m_store->pendingCount();
        if (count != m_pendingCount) {
            m_pendingCount = count;
            Q_EMIT progressChanged();
        }
    } catch (const SyncStoreError &) {
        // Keep the last known count; the failing call reports the error.
    }
}
