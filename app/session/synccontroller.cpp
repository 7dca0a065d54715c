#include "synccontroller.h"

#include "syncengine.h"
#include "syncerrors.h"
#include "syncscheduler.h"

#include <QLocale>
#include <QNetworkInformation>

SyncController::SyncController(SyncEngine *engine, SyncScheduler *scheduler, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_scheduler(scheduler)
{
    connect(engine, &SyncEngine::phaseChanged, this, &SyncController::phaseChanged);
    connect(engine, &SyncEngine::runningChanged, this, &SyncController::runningChanged);
    connect(engine, &SyncEngine::progressChanged, this, &SyncController::progressChanged);
    connect(engine, &SyncEngine::finished, this, &SyncController::finished);
    connect(engine, &SyncEngine::finished, this, [this](bool ok) {
        const SyncProgress &run = m_engine->progress();
        if (ok || run.changes > 0 || run.pushed > 0 || run.blobsDone > 0)
            Q_EMIT dataChanged();
    });
    // What a held live pull brought shows at once, before the run it starts ends.
    connect(engine, &SyncEngine::liveChangesApplied, this, &SyncController::dataChanged);
    connect(engine, &SyncEngine::deviceRevoked, this,
        [this] { Q_EMIT deviceRevoked(m_engine->lastError().message()); });
    connect(engine, &SyncEngine::signInRequired, this, &SyncController::signInRequired);
    connect(scheduler, &SyncScheduler::scheduled, this, &SyncController::scheduled);
    for (const auto signal :
        { &SyncController::runningChanged, &SyncController::finished, &SyncController::scheduled })
        connect(this, signal, this, &SyncController::deliveryChanged);
    if (QNetworkInformation *network = QNetworkInformation::instance())
        connect(network, &QNetworkInformation::reachabilityChanged, this,
            &SyncController::deliveryChanged);
}

bool SyncController::systemReportsNoNetwork()
{
    const QNetworkInformation *network = QNetworkInformation::instance();
    return network && network->reachability() == QNetworkInformation::Reachability::Disconnected;
}

SyncController::Delivery SyncController::delivery() const
{
    if (m_engine->isRunning())
        return Sending;
    const ApiError error = m_engine->lastError();
    if (error.isNull())
        return Sent;
    if (SyncErrors::isOffline(error))
        return systemReportsNoNetwork() ? NoNetwork : ServerUnreachable;
    return Failed;
}

QString SyncController::deliveryText() const
{
    return deliveryText(delivery(), m_engine->lastError().message(), m_scheduler->nextAttempt());
}

QString SyncController::deliveryText(
    Delivery delivery, const QString &error, const QDateTime &nextAttempt)
{
    const QString retry = nextAttempt.isValid()
        ? tr("máy sẽ tự thử lại lúc %1.")
              .arg(QLocale().toString(nextAttempt.toLocalTime().time(), QLocale::ShortFormat))
        : tr("máy sẽ tự thử lại.");
    switch (delivery) {
    case Sending:
        return tr("Đang gửi lên máy chủ…");
    case NoNetwork:
        return tr("Chưa gửi: máy đang không có mạng; sẽ tự gửi khi có mạng.");
    case ServerUnreachable:
        return tr("Chưa gửi: chưa liên lạc được với máy chủ; %1").arg(retry);
    case Failed:
        return tr("Chưa gửi được: %1").arg(error);
    case Sent:
        break;
    }
    return tr("Chờ gửi: máy sẽ gửi trong lần đồng bộ tới, ngay khi có thể.");
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
