#include "synccontroller.h"

#include "syncengine.h"
#include "syncscheduler.h"

SyncController::SyncController(SyncEngine *engine, SyncScheduler *scheduler, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_scheduler(scheduler)
{
    connect(engine, &SyncEngine::phaseChanged, this, &SyncController::phaseChanged);
    connect(engine, &SyncEngine::runningChanged, this, &SyncController::runningChanged);
    connect(engine, &SyncEngine::progressChanged, this, &SyncController::progressChanged);
    connect(engine, &SyncEngine::finished, this, &SyncController::finished);
    connect(engine, &SyncEngine::deviceRevoked, this,
        [this] { Q_EMIT deviceRevoked(m_engine->lastError().message()); });
    connect(engine, &SyncEngine::signInRequired, this, &SyncController::signInRequired);
    connect(scheduler, &SyncScheduler::scheduled, this, &SyncController::scheduled);
}

SyncController::Phase SyncController::phase() const
{
    switch (m_engine->phase()) {
    case SyncEngine::Phase::Idle:
        return Idle;
    case SyncEngine::Phase::Pushing:
        return Pushing;
    case SyncEngine::Phase::Uploading:
        return Uploading;
    case SyncEngine::Phase::Pulling:
        return Pulling;
    case SyncEngine::Phase::Downloading:
        return Downloading;
    }
    return Idle;
}

bool SyncController::running() const
{
    return m_engine->isRunning();
}

int SyncController::pagesPulled() const
{
    return m_engine->progress().pages;
}

int SyncController::changesPulled() const
{
    return m_engine->progress().changes;
}

int SyncController::mutationsPushed() const
{
    return m_engine->progress().pushed;
}

int SyncController::blobsDownloaded() const
{
    return m_engine->progress().blobsDone;
}

int SyncController::blobsWanted() const
{
    return m_engine->progress().blobsWanted;
}

qint64 SyncController::bytesDownloaded() const
{
    return m_engine->progress().bytesDown;
}

qint64 SyncController::bytesUploaded() const
{
    return m_engine->progress().bytesUp;
}

int SyncController::pendingCount() const
{
    return m_engine->pendingCount();
}

QDateTime SyncController::lastSuccess() const
{
    return m_engine->lastSuccess();
}

bool SyncController::online() const
{
    return m_engine->isOnline();
}

QString SyncController::lastErrorCode() const
{
    return m_engine->lastError().code();
}

QString SyncController::lastErrorMessage() const
{
    return m_engine->lastError().message();
}

QDateTime SyncController::nextAttempt() const
{
    return m_scheduler->nextAttempt();
}

void SyncController::syncNow()
{
    m_scheduler->syncNow();
}

void SyncController::localChangeMade()
{
    m_engine->refreshPendingCount();
    m_scheduler->trigger();
}
