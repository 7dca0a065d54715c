#include "pushstep.h"

#include "authsession.h"
#include "blobuploader.h"
#include "jsoncodec.h"
#include "mutationnames.h"
#include "protocol.h"
#include "pushreply.h"
#include "pushrequest.h"
#include "syncerrors.h"
#include "synclog.h"
#include "syncprogress.h"
#include "syncstore.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

PushStep::PushStep(AuthSession &auth, SyncStore &store, SyncProgress &progress, QObject *parent)
    : QObject(parent)
    , m_auth(auth)
    , m_store(store)
    , m_progress(progress)
    , m_uploader(new BlobUploader(auth, store, progress, this))
{ }

void PushStep::setChunkSize(qint64 size)
{
    m_uploader->setChunkSize(size);
}

void PushStep::run(Done done, std::function<void()> progressed)
{
    m_done = std::move(done);
    m_progressed = std::move(progressed);
    m_uploaded.clear();
    m_batchLimit = kMaxBatch;
    nextBatch();
}

void PushStep::nextBatch()
{
    QList<WireMutation> pending;
    try {
        pending = m_store.pendingMutations(m_batchLimit);
    } catch (const SyncStoreError &error) {
        return finish(SyncErrors::localStorage(QString::fromUtf8(error.what())));
    }
    if (pending.isEmpty())
        return finish({});
    // Cut the batch so its body stays well under the server's JSON limit (at least one).
    QList<WireMutation> batch;
    qsizetype bytes = 0;
    for (const WireMutation &mutation : std::as_const(pending)) {
        bytes += JsonCodec::toBytes(mutation.toJson()).size();
        if (!batch.isEmpty() && bytes > kMaxBatchBytes)
            break;
        batch.append(mutation);
    }
    // Attachments of shared documents must be on the server before the share. A share waits
    // for its files, what was queued before it does not: a batch ends before the first share
    // with files still to upload, and a batch that starts with such a share ends before the
    // next one. So one slow 5 MB upload never holds back the RSVPs and attendance queued
    // earlier, and a failed upload leaves them pushed.
    QList<Upload> uploads;
    for (qsizetype i = 0; i < batch.size(); ++i) {
        const QList<Upload> own = uploadsOf(batch.at(i));
        if (own.isEmpty())
            continue;
        if (i > 0 || !uploads.isEmpty()) {
            batch = batch.first(i);
            break;
        }
        uploads = own;
    }
    uploadNext(uploads, batch);
}

QList<PushStep::Upload> PushStep::uploadsOf(const WireMutation &mutation) const
{
    QList<Upload> uploads;
    // A shared document's files, and a committee draft's (document.draft.put).
    if (mutation.name != Protocol::Mutation::DocumentShare
        && mutation.name != Protocol::Mutation::DocumentDraftPut)
        return uploads;
    for (const QJsonValue &value : mutation.args.value(u"attachments"_s).toArray()) {
        const QJsonObject attachment = value.toObject();
        const QString sha256 = attachment.value(u"sha256"_s).toString();
        if (!sha256.isEmpty() && !m_uploaded.contains(sha256))
            uploads.append({ sha256, attachment.value(u"size"_s).toInteger() });
    }
    return uploads;
}

void PushStep::uploadNext(QList<Upload> uploads, QList<WireMutation> batch)
{
    if (uploads.isEmpty())
        return push(batch);
    const Upload upload = uploads.takeFirst();
    if (m_uploaded.contains(upload.sha256))
        return uploadNext(uploads, batch);
    bool stored = false;
    try {
        stored = m_store.hasBlob(upload.sha256);
    } catch (const SyncStoreError &error) {
        return finish(SyncErrors::localStorage(QString::fromUtf8(error.what())));
    }
    if (!stored) {
        // Nothing to send: the server will reject the share (blob_missing) unless it has it.
        m_uploaded.insert(upload.sha256);
        return uploadNext(uploads, batch);
    }
    Q_EMIT uploading();
    m_uploader->upload(upload.sha256, upload.size,
        [this, upload, uploads, batch](const ApiError &error, bool permanent) {
            if (!error.isNull() && !permanent)
                return finish(error);
            // Done, or refused for good: the share's own answer tells the user.
            m_uploaded.insert(upload.sha256);
            if (m_progressed)
                m_progressed();
            uploadNext(uploads, batch);
        });
}

void PushStep::push(const QList<WireMutation> &batch)
{
    Q_EMIT pushing();
    PushRequest body;
    try {
        body.deviceId = m_store.deviceId();
    } catch (const SyncStoreError &error) {
        return finish(SyncErrors::localStorage(QString::fromUtf8(error.what())));
    }
    body.mutations = batch;
    HttpRequest request;
    request.method = "POST";
    request.path = QString(Protocol::Path::SyncPush);
    request.body = body.toBytes();
    m_auth.send(request, this, [this, batch](const HttpResponse &response) {
        const ApiError error = SyncErrors::of(response);
        if (error.code() == Protocol::ErrorCode::PayloadTooLarge
            && response.transportError.isNull()) {
            if (batch.size() > 1) {
                m_batchLimit = int(std::max<qsizetype>(1, batch.size() / 2));
                return nextBatch();
            }
            rejectLocally(batch.first(), error);
            return;
        }
        if (!error.isNull())
            return finish(error);
        QString reason;
        const auto reply = PushReply::fromBytes(response.body, &reason);
        if (!reply)
            return finish(SyncErrors::badResponse(u"push: "_s + reason));
        if (reply->lastMutationId < batch.first().id)
            return finish(SyncErrors::badResponse(u"push: the server consumed nothing"_s));
        int consumed = 0;
        for (const WireMutation &mutation : batch)
            consumed += mutation.id <= reply->lastMutationId ? 1 : 0;
        try {
            m_progress.rejected += m_store.acknowledge(*reply);
        } catch (const SyncStoreError &failure) {
            return finish(SyncErrors::localStorage(QString::fromUtf8(failure.what())));
        }
        m_progress.pushed += consumed;
        m_batchLimit = kMaxBatch;
        if (m_progressed)
            m_progressed();
        nextBatch();
    });
}

void PushStep::rejectLocally(const WireMutation &mutation, const ApiError &error)
{
    qCWarning(lcSync) << "mutation" << mutation.id << mutation.name
                      << "is too large for the server; rejected locally";
    PushReply reply;
    reply.lastMutationId = mutation.id;
    reply.results.append({ mutation.id, false, error.code(), error.message() });
    try {
        m_progress.rejected += m_store.acknowledge(reply);
    } catch (const SyncStoreError &failure) {
        return finish(SyncErrors::localStorage(QString::fromUtf8(failure.what())));
    }
    ++m_progress.pushed;
    nextBatch();
}

void PushStep::finish(const ApiError &error)
{
    if (m_done)
        std::exchange(m_done, {})(error);
}
