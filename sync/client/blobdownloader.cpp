#include "blobdownloader.h"

#include "authsession.h"
#include "protocol.h"
#include "syncerrors.h"
#include "synclog.h"
#include "syncprogress.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

struct ContentRange
{
    qint64 first = -1;
    qint64 last = -1;
    qint64 total = -1;
};

// "bytes <first>-<last>/<total>"; all -1 when malformed.
ContentRange parseContentRange(const QByteArray &header)
{
    static const QRegularExpression pattern(u"^bytes (\\d+)-(\\d+)/(\\d+)$"_s);
    const auto match = pattern.match(QString::fromLatin1(header.trimmed()));
    if (!match.hasMatch())
        return {};
    return { match.captured(1).toLongLong(), match.captured(2).toLongLong(),
        match.captured(3).toLongLong() };
}

} // namespace

BlobDownloader::BlobDownloader(
    AuthSession &auth, SyncStore &store, SyncProgress &progress, QObject *parent)
    : QObject(parent)
    , m_auth(auth)
    , m_store(store)
    , m_progress(progress)
{ }

void BlobDownloader::run(QList<BlobWant> wants, Done done, std::function<void()> progressed)
{
    m_queue = std::move(wants);
    m_done = std::move(done);
    m_progressed = std::move(progressed);
    m_firstHashError = {};
    next();
}

void BlobDownloader::next()
{
    while (!m_queue.isEmpty() && m_skipped.contains(m_queue.first().sha256))
        m_queue.removeFirst();
    if (m_queue.isEmpty())
        return finish(m_firstHashError);
    m_current = m_queue.takeFirst();
    qint64 received = 0;
    try {
        if (m_store.hasBlob(m_current.sha256)) {
            ++m_progress.blobsDone;
            return next();
        }
        received = m_store.beginBlob(m_current);
    } catch (const SyncStoreError &error) {
        return finish(SyncErrors::localStorage(QString::fromUtf8(error.what())));
    }
    if (received >= m_current.size)
        return complete();
    requestRange(received);
}

void BlobDownloader::requestRange(qint64 received)
{
    HttpRequest request;
    request.path = QString(Protocol::Path::BlobsPrefix) + m_current.sha256;
    const qint64 last = std::min(received + m_chunkSize, m_current.size) - 1;
    request.setHeader(
        "Range", "bytes=" + QByteArray::number(received) + '-' + QByteArray::number(last));
    m_auth.send(request, this, [this, received, last](const HttpResponse &response) {
        if (response.transportError.isNull() && response.status == 404) {
            qCInfo(lcSync) << "an attachment is no longer served; skipped";
            m_skipped.insert(m_current.sha256);
            return next();
        }
        if (response.transportError.isNull() && response.status == 416) {
            // Our partial bytes do not fit the server's blob: start that blob over.
            try {
                m_store.discardBlob(m_current.sha256);
            } catch (const SyncStoreError &error) {
                return finish(SyncErrors::localStorage(QString::fromUtf8(error.what())));
            }
            m_skipped.insert(m_current.sha256);
            return next();
        }
        const ApiError error = SyncErrors::of(response);
        if (!error.isNull())
            return finish(error);
        QByteArray bytes;
        if (response.status == 206) {
            const ContentRange range = parseContentRange(response.header("content-range"));
            if (range.first != received || range.total != m_current.size
                || range.last - range.first + 1 != response.body.size() || range.last > last)
                return finish(SyncErrors::badResponse(u"blob: Content-Range does not match"_s));
            bytes = response.body;
        } else if (response.status == 200 && response.body.size() == m_current.size) {
            bytes = response.body.mid(received); // the server ignored Range
        } else {
            return finish(
                SyncErrors::badResponse(u"blob: unexpected answer %1"_s.arg(response.status)));
        }
        try {
            m_store.appendBlob(m_current.sha256, bytes);
        } catch (const SyncStoreError &failure) {
            return finish(SyncErrors::localStorage(QString::fromUtf8(failure.what())));
        }
        m_progress.bytesDown += bytes.size();
        if (m_progressed)
            m_progressed();
        const qint64 now = received + bytes.size();
        if (now < m_current.size)
            return requestRange(now);
        complete();
    });
}

void BlobDownloader::complete()
{
    bool verified = false;
    try {
        verified = m_store.finishBlob(m_current.sha256);
    } catch (const SyncStoreError &error) {
        return finish(SyncErrors::localStorage(QString::fromUtf8(error.what())));
    }
    if (verified) {
        ++m_progress.blobsDone;
    } else {
        qCWarning(lcSync) << "a downloaded attachment did not match its SHA-256; dropped";
        m_skipped.insert(m_current.sha256);
        if (m_firstHashError.isNull())
            m_firstHashError = SyncErrors::hashMismatch();
    }
    if (m_progressed)
        m_progressed();
    next();
}

void BlobDownloader::finish(const ApiError &error)
{
    m_queue.clear();
    if (m_done)
        std::exchange(m_done, {})(error);
}
