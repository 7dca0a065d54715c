#include "pullstep.h"

#include "authsession.h"
#include "mutationnames.h"
#include "protocol.h"
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

void PullStep::run(Done done, std::function<void()> progressed)
{
    m_done = std::move(done);
    m_progressed = std::move(progressed);
    m_restarted = false;
    m_lastCursor.clear();
    requestPage();
}

void PullStep::requestPage()
{
    HttpRequest request;
    request.path = QString(Protocol::Path::SyncPull);
    QString cursor;
    try {
        cursor = m_store.cursor();
    } catch (const SyncStoreError &error) {
        return finish(SyncErrors::localStorage(QString::fromUtf8(error.what())));
    }
    if (!cursor.isEmpty())
        request.query.addQueryItem(u"cursor"_s, cursor);
    request.query.addQueryItem(u"limit"_s, QString::number(m_pageSize));
    m_auth.send(request, this, [this, cursor](const HttpResponse &response) {
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
            return finish(error);
        }
        QString reason;
        const auto page = PullPage::fromBytes(response.body, &reason);
        if (!page)
            return finish(SyncErrors::badResponse(u"pull: "_s + reason));
        if (page->hasMore && page->changes.isEmpty() && page->cursor == cursor)
            return finish(SyncErrors::badResponse(u"pull: has_more without progress"_s));
        try {
            m_store.applyPullPage(*page);
        } catch (const SyncStoreError &failure) {
            return finish(SyncErrors::localStorage(QString::fromUtf8(failure.what())));
        }
        ++m_progress.pages;
        m_progress.changes += int(page->changes.size());
        if (m_progressed)
            m_progressed();
        if (page->hasMore)
            return requestPage();
        finish({});
    });
}

void PullStep::finish(const ApiError &error)
{
    if (m_done)
        std::exchange(m_done, {})(error);
}
