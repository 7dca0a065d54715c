#include "blobuploader.h"

#include "authsession.h"
#include "jsoncodec.h"
#include "protocol.h"
#include "syncerrors.h"
#include "synclog.h"
#include "syncprogress.h"
#include "syncstore.h"

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxConflicts = 5;

// Where the server's stored part ends, from a PUT or 409 answer (-1 if it does not say).
qint64 receivedFrom(const HttpResponse &response)
{
    const QByteArray header = response.header("upload-offset");
    bool ok = false;
    const qint64 offset = header.toLongLong(&ok);
    if (ok)
        return offset;
    QString ignored;
    const auto body = JsonCodec::parseObject(response.body, &ignored);
    const auto received
        = body ? JsonCodec::requireInteger(*body, u"received", &ignored) : std::nullopt;
    return received ? *received : -1;
}

} // namespace

BlobUploader::BlobUploader(
    AuthSession &auth, SyncStore &store, SyncProgress &progress, QObject *parent)
    : QObject(parent)
    , m_auth(auth)
    , m_store(store)
    , m_progress(progress)
{ }

void BlobUploader::upload(const QString &sha256, qint64 size, Done done)
{
    m_sha256 = sha256;
    m_size = size;
    m_conflicts = 0;
    m_done = std::move(done);
    HttpRequest head;
    head.method = "HEAD";
    head.path = QString(Protocol::Path::BlobsPrefix) + sha256;
    m_auth.send(head, this, [this](const HttpResponse &response) {
        if (!response.transportError.isNull())
            return finish(response.transportError, false);
        if (response.status == 200)
            return finish({}, false); // already complete on the server
        if (response.status != 404)
            return finish(SyncErrors::of(response), response.status < 500);
        bool ok = false;
        const qint64 offset = response.header("upload-offset").toLongLong(&ok);
        putFrom(ok && offset >= 0 && offset <= m_size ? offset : 0);
    });
}

void BlobUploader::putFrom(qint64 offset)
{
    HttpRequest put;
    put.method = "PUT";
    put.path = QString(Protocol::Path::BlobsPrefix) + m_sha256;
    put.contentType = "application/octet-stream";
    try {
        put.body = m_store.readBlob(m_sha256, offset, m_chunkSize);
    } catch (const SyncStoreError &error) {
        return finish(SyncErrors::localStorage(QString::fromUtf8(error.what())), false);
    }
    if (m_size > 0 && put.body.isEmpty())
        return finish(SyncErrors::localStorage(u"the blob to upload is not stored"_s), true);
    if (m_size > 0) {
        const qint64 last = offset + put.body.size() - 1;
        put.setHeader("Content-Range",
            "bytes " + QByteArray::number(offset) + '-' + QByteArray::number(last) + '/'
                + QByteArray::number(m_size));
    }
    const qint64 sent = put.body.size();
    m_auth.send(put, this, [this, offset, sent](const HttpResponse &response) {
        if (!response.transportError.isNull())
            return finish(response.transportError, false);
        if (response.status == 409 && ++m_conflicts <= kMaxConflicts) {
            const qint64 received = receivedFrom(response);
            if (received >= 0 && received <= m_size)
                return putFrom(received); // resume where the server's part ends
        }
        if (!response.isSuccess()) {
            // 400 hash_mismatch, 403, 413: this blob will never be accepted as it is.
            return finish(SyncErrors::of(response),
                response.status < 500 && response.status != 408 && response.status != 429);
        }
        m_progress.bytesUp += sent;
        const qint64 received = receivedFrom(response);
        const qint64 next = received >= 0 ? received : offset + sent;
        if (next >= m_size) {
            ++m_progress.uploads;
            return finish({}, false);
        }
        putFrom(next);
    });
}

void BlobUploader::finish(const ApiError &error, bool permanent)
{
    if (!error.isNull())
        qCInfo(lcSync) << "upload of an attachment failed:" << error.code()
                       << (permanent ? "(permanent)" : "(will retry)");
    if (m_done)
        std::exchange(m_done, {})(error, permanent);
}
