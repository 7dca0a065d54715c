#include "homecontroller.h"

#include "documentcatalog.h"

#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

HomeController::HomeController(QObject *parent)
    : SessionController(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{ }

QString HomeController::vietnamTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toTimeZone(QTimeZone(7 * 3600));
    const QLocale locale;
    QString weekday = locale.dayName(local.date().dayOfWeek());
    if (!weekday.isEmpty())
        weekday[0] = weekday.at(0).toUpper();
    return tr("%1, %2 %3")
        .arg(local.time().toString(u"HH:mm"_s), weekday, local.date().toString(u"dd/MM/yyyy"_s));
}

void HomeController::load(SqliteDatabase &db)
{
    DocumentCatalog catalog(db);
    const auto meeting = catalog.nextMeeting(m_clock());
    m_meetingTitle = meeting ? meeting->title : QString();
    m_meetingTime = meeting ? vietnamTime(meeting->startsAt) : QString();
    m_meetingLocation = meeting ? meeting->location : QString();
    m_meetingDocuments.setDocuments(
        meeting ? catalog.meetingDocuments(*meeting) : QList<DocumentSummary>());
    Q_EMIT meetingChanged();

    m_newDocuments.setDocuments(catalog.newestDocuments(kNewDocumentCount));

    const QDateTime lastSync = catalog.lastSync();
    m_syncStatus = lastSync.isValid() ? tr("Đồng bộ lần cuối: %1").arg(vietnamTime(lastSync))
                                      : tr("Chưa đồng bộ lần nào");
    m_pendingCount = catalog.pendingChanges();
    Q_EMIT syncStatusChanged();
}
