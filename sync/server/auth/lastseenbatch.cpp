#include "auth/lastseenbatch.h"

#include "db/changesignals.h"
#include "db/serverdatabase.h"
#include "db/sqlrunner.h"
#include "http/serverlog.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

LastSeenBatch::LastSeenBatch(ServerDatabase &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(std::chrono::seconds(kFlushSeconds));
    connect(&m_timer, &QTimer::timeout, this, &LastSeenBatch::flush);
    if (QCoreApplication *app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &LastSeenBatch::flush);
}

LastSeenBatch &LastSeenBatch::of(ServerDatabase &database)
{
    ChangeSignals &changeSignals = database.changeSignals();
    if (auto *batch
        = changeSignals.findChild<LastSeenBatch *>(QString(), Qt::FindDirectChildrenOnly))
        return *batch;
    return *new LastSeenBatch(database, &changeSignals);
}

void LastSeenBatch::note(const QString &deviceId, const QString &nowIso)
{
    QString &seen = m_pending[deviceId];
    if (seen < nowIso)
        seen = nowIso;
    if (!m_timer.isActive())
        m_timer.start();
}

void LastSeenBatch::flush()
{
    m_timer.stop();
    if (m_pending.isEmpty())
        return;
    QHash<QString, QString> batch;
    batch.swap(m_pending);
    try {
        auto it = batch.cbegin();
        while (it != batch.cend()) {
            QStringList rows;
            QVariantList binds;
            for (; it != batch.cend() && rows.size() < kDevicesPerStatement; ++it) {
                rows << u"(?, ?)"_s;
                binds << it.key() << it.value();
            }
            // VALUES names its columns column1, column2 on SQLite and PostgreSQL alike. Not
            // execSql: a statement per batch size would fill its cache of prepared statements.
            execSql(m_database.connection(),
                u"UPDATE devices SET last_seen_at = seen.column2 FROM (VALUES %1) AS seen "
                "WHERE devices.id = seen.column1 AND (devices.last_seen_at IS NULL OR "
                "devices.last_seen_at < seen.column2)"_s.arg(rows.join(u", "_s)),
                binds);
        }
    } catch (const DbError &error) {
        qCWarning(lcServer) << "cannot write the devices' last_seen_at:" << error.what();
        // Kept for the next flush, unless newer times were noted meanwhile.
        for (auto it = batch.cbegin(); it != batch.cend(); ++it) {
            if (m_pending.value(it.key()) < it.value())
                m_pending.insert(it.key(), it.value());
        }
        m_timer.start();
    }
}
