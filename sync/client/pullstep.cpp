#include "pullstep.h"

#include "authsession.h"
#include "mutationnames.h"
#include "protocol.h"
#include "pullquery.h"
#include "syncerrors.h"
#include "synclog.h"
#include "syncprogress.h"
#include "syncstore.h"

using namespace Qt::StringLiterals;

PullStep::PullStep(AuthSession &auth, SyncStore &store, SyncProgress &progress, QObject *parent)
    : QObject(parent)
    , m_auth(auth)
    , m_store(store)
    , m_progress(progress)
{ }

void PullStep::run(Done done, std::function<void()> progressed, int waitSeconds)
{
    m_done = std::move(done);
    m_progressed = std::move(progressed);
    m_wait = waitSeconds;
    m_restarted = false;
    m_stale = false;
    m_retryAfter = 0;
    requestPage();
}

void PullStep::abort()
{
    m_done = {};
    m_progressed = {};
    cancelRequest();
}

void PullStep::cancelRequest()
{
    delete m_request.data(); // the transport closes the exchange and answers nobody
}

void PullStep::requestPage(std::optional<QString> from)
{
    HttpRequest request;
    request.path = QString(Protocol::Path::SyncPull);
    QString cursor;
    if (from) {
        cursor = *from;
    } else {
        try {
            cursor = m_store.cursor();
        } catch (const SyncStoreError &error) {
            return finish(SyncErrors::localStorage(QString::fromUtf8(error.what())));
        }
    }
    // wait= first: a held pull is told apart from the others by the start of its request line
    // (logs, tests' proxies); the others are exactly the requests they always were.
    if (m_wait > 0) {
        request.query.addQueryItem(QString(Protocol::PullQuery::Wait), QString::number(m_wait));
        request.timeout = std::chrono::seconds(m_wait + kHeldSlackSeconds);
    }
    if (!cursor.isEmpty())
        request.query.addQueryItem(QString(Protocol::PullQuery::Cursor), cursor);
    request.query.addQueryItem(QString(Protocol::PullQuery::Limit), QString::number(m_pageSize));
    m_requestCursor = cursor;
    // The context of the answered request is deleted later by its own handler.
    m_request = new QObject(this);
    m_auth.send(
        request, m_request, [this, cursor, context = m_request](const HttpResponse &response) {
            context->deleteLater();
            const bool live = std::exchange(m_wait, 0) > 0; // has_more pages come at once
            const ApiError error = SyncErrors::of(response);
            if (!error.isNull()) {
                // A cursor the server does not know (database restored, another server): start
                // over once with a snapshot.
                if (error.code() == Protocol::SyncErrorCode::BadCursor && !m_restarted) {
                    qCInfo(lcSync) << "the server refused the cursor; pulling a snapshot";
                    m_restarted = true;
                    try {
                        m_store.restartPull();
                    } catch (const SyncStoreError &failure) {
                        return finish(SyncErrors::localStorage(QString::fromUtf8(failure.what())));
                    }
                    return requestPage();
                }
                m_retryAfter = response.header("retry-after").toInt();
                return finish(error);
            }
            QString reason;
            const auto page = PullPage::fromBytes(response.body, &reason);
            if (!page)
                return finish(SyncErrors::badResponse(u"pull: "_s + reason));
            if (page->hasMore && page->changes.isEmpty() && page->cursor == cursor)
                return finish(SyncErrors::badResponse(u"pull: has_more without progress"_s));
            try {
                // Another pull of this account (the live one, or a run beside it) applied a page
                // while this request was out: this answer may be older than what is stored.
                if (m_store.cursor() != cursor) {
                    if (live) {
                        m_stale = true;
                        return finish({});
                    }
                    return requestPage();
                }
            } catch (const SyncStoreError &failure) {
                return finish(SyncErrors::localStorage(QString::fromUtf8(failure.what())));
            }
            // The next page downloads while this one is stored: the same requests in the same
            // order, each sent as soon as its cursor is known. Its answer is handled once this
            // page is applied (same thread), so its cursor is then the stored one.
            if (page->hasMore)
                requestPage(page->cursor);
            try {
                m_store.applyPullPage(*page);
            } catch (const SyncStoreError &failure) {
                cancelRequest();
                return finish(SyncErrors::localStorage(QString::fromUtf8(failure.what())));
            }
            ++m_progress.pages;
            m_progress.changes += int(page->changes.size());
            if (m_progressed)
                m_progressed();
            if (!page->hasMore)
                finish({});
        });
}

void PullStep::finish(const ApiError &error)
{
    m_progressed = {};
    if (m_done)
        std::exchange(m_done, {})(error);
}
