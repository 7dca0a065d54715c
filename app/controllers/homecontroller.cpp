#include "homecontroller.h"

#include "cellcatalog.h"
#include "documentcatalog.h"
#include "minutescatalog.h"
#include "notificationcatalog.h"
#include "outbox.h"
#include "profilecatalog.h"
#include "sqlitedatabase.h"
#include "studycatalog.h"
#include "studyreminders.h"
#include "syncstate.h"
#include "wirevalues.h"

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
    m_meetingId = meeting ? meeting->id : QString();
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
    m_rejected.setRejected(Outbox(db).rejected());
    m_unreadNotifications = NotificationCatalog(db).unreadCount();

    // Visits: this screen is made anew at each unlock; the first load moves the stamp.
    SyncState state(db);
    if (!m_previousVisit) {
        m_previousVisit = state.value(u"home_visited_at"_s);
        state.setValue(u"home_visited_at"_s, m_clock().toUTC().toString(Qt::ISODate));
    }
    m_newSinceLastVisit = 0;
    if (!m_previousVisit->isEmpty()) {
        Statement count(db, "SELECT count(*) FROM documents WHERE published_at > ?1");
        count.bind(1, *m_previousVisit);
        m_newSinceLastVisit = count.step() ? int(count.integer(0)) : 0;
    }
    Q_EMIT syncStatusChanged();

    loadTasks(db);

    // Studies: the member's open ones; the reminders of the last days are recorded.
    StudyCatalog studies(db);
    QList<StudyEntry> open;
    for (const StudyEntry &entry : studies.studies()) {
        if (entry.mine && entry.study.isOpen())
            open.append(entry);
    }
    StudyReminders(db).update(m_clock());
    m_openStudies.setStudies(open, StudyCatalog::vietnamDate(m_clock()));

    const QList<UnseenMinutes> minutes = MinutesCatalog(db).unseenByAbsentMember();
    m_unseenMinutesId = minutes.isEmpty() ? QString() : minutes.constFirst().meetingId;
    m_unseenMinutesTitle = minutes.isEmpty() ? QString() : minutes.constFirst().title;
    m_unseenMinutesTime
        = minutes.isEmpty() ? QString() : vietnamTime(minutes.constFirst().startsAt);
    Q_EMIT minutesChanged();
}

void HomeController::loadTasks(SqliteDatabase &db)
{
    ProfileCatalog profiles(db);
    const ProfileViewer viewer = profiles.viewer();
    m_role = viewer.role;
    m_requestsToReview = int(profiles.pendingRequestsToReview(viewer).size());
    m_absencesWithReason = 0;
    m_feedbackWaiting = 0;
    m_membersWithUnread = 0;
    if (viewer.isSecretary()) {
        CellCatalog cell(db);
        const auto meeting = m_meetingId.isEmpty() ? std::nullopt : cell.meeting(m_meetingId);
        if (meeting) {
            const auto records = cell.attendance(meeting->id);
            for (const AttendanceRecord &record : records) {
                if (record.rsvp == Protocol::Rsvp::Absent && !record.reason.trimmed().isEmpty()
                    && record.memberId != viewer.memberId)
                    ++m_absencesWithReason;
            }
            QList<QSet<QString>> readers;
            for (const QString &id : meeting->documentIds)
                readers.append(cell.readers(id));
            if (!readers.isEmpty()) {
                for (const CellMember &member : cell.members(meeting->orgId)) {
                    if (member.id == viewer.memberId)
                        continue;
                    for (const QSet<QString> &read : std::as_const(readers)) {
                        if (!read.contains(member.id)) {
                            ++m_membersWithUnread;
                            break;
                        }
                    }
                }
            }
        }
        // A thread waits while its last message is not mine (entries come oldest first).
        QHash<QString, QString> rootOf;
        QHash<QString, QString> lastAuthor;
        QList<QString> threads;
        for (const FeedbackEntry &entry : cell.feedback()) {
            QString root = entry.replyTo.isEmpty() ? entry.id : rootOf.value(entry.replyTo);
            if (root.isEmpty())
                continue; // its thread is not on this device
            rootOf.insert(entry.id, root);
            if (entry.replyTo.isEmpty()) {
                if (entry.memberId == viewer.memberId)
                    continue; // my own message to the cell
                threads.append(root);
            }
            lastAuthor.insert(root, entry.memberId);
        }
        for (const QString &thread : std::as_const(threads)) {
            if (lastAuthor.value(thread) != viewer.memberId)
                ++m_feedbackWaiting;
        }
    }
    Q_EMIT tasksChanged();
}

bool HomeController::dismissRejected(qint64 mutationId)
{
    const bool ok = withDatabase(
        [mutationId](SqliteDatabase &db) { Outbox(db).dismissRejected(mutationId); });
    if (ok)
        m_rejected.remove(mutationId);
    return ok;
}
