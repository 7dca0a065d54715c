#include "minutescontroller.h"

#include "actionerrors.h"
#include "fileplaces.h"
#include "minutesactions.h"
#include "minutescatalog.h"
#include "minutesreport.h"
#include "minutestemplate.h"
#include "mutationnames.h"
#include "outbox.h"
#include "protocol.h"
#include "replicastore.h"
#include "sqlitedatabase.h"
#include "syncstate.h"
#include "timestamps.h"
#include "vietnamesefold.h"

#include <QDir>
#include <QFileInfo>
#include <QTimeZone>

using namespace Qt::StringLiterals;
namespace RowType = Protocol::RowType;

namespace {

QString clockText(const QDateTime &utc)
{
    return utc.toTimeZone(QTimeZone(7 * 3600)).toString(u"HH:mm"_s);
}

} // namespace

MinutesController::MinutesController(QObject *parent)
    : CellController(parent)
    , m_exportFolder(FilePlaces().start())
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(kSaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &MinutesController::saveNow);
}

MinutesController::~MinutesController()
{
    // What was typed since the last pause is not lost when the page goes away.
    if (m_dirty)
        saveNow();
}

void MinutesController::setMeetingId(const QString &id)
{
    if (m_meetingId == id)
        return;
    if (m_dirty)
        saveNow();
    m_meetingId = id;
    m_dirty = false;
    Q_EMIT meetingIdChanged();
    reload();
}

QString MinutesController::publishedText() const
{
    if (m_minutes.isEmpty())
        return {};
    const QString when = MinutesTemplate::vietnamTime(m_minutesAt);
    if (m_minutesBy.isEmpty())
        return tr("Công bố lúc %1").arg(when);
    return tr("Đồng chí %1 công bố lúc %2").arg(m_minutesBy, when);
}

bool MinutesController::canWrite() const
{
    return m_found && isSecretary() && m_status != Protocol::MeetingStatus::Cancelled
        && (!m_startsAt.isValid()
            || m_startsAt.addSecs(-LocalActions::kAttendanceLeadSeconds) <= now());
}

void MinutesController::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    Q_EMIT textChanged();
    if (!canWrite())
        return;
    m_dirty = true;
    m_saveTimer.start();
}

void MinutesController::setExportFolder(const QUrl &folder)
{
    if (m_exportFolder == folder)
        return;
    m_exportFolder = folder;
    Q_EMIT exportChanged();
}

QString MinutesController::exportedText() const
{
    if (m_exportedPath.isEmpty())
        return {};
    return tr("Đã lưu biên bản vào %1").arg(QDir::toNativeSeparators(m_exportedPath));
}

void MinutesController::loadCell(SqliteDatabase &db)
{
    ReplicaStore replica(db);
    const auto meeting = m_meetingId.isEmpty()
        ? std::nullopt
        : replica.get(QString(RowType::Meeting), m_meetingId);
    m_found = meeting.has_value();
    const QJsonObject row = meeting.value_or(QJsonObject());
    m_title = row.value(u"title"_s).toString();
    m_startsAt = Timestamps::fromIso(row.value(u"starts_at"_s).toString());
    m_status = row.value(u"status"_s).toString();
    m_minutes = row.value(u"minutes"_s).toString();
    m_minutesBy = row.value(u"minutes_by_name"_s).toString();
    m_minutesAt = Timestamps::fromIso(row.value(u"minutes_at"_s).toString());
    m_pending = m_found && Outbox(db).hasPendingChange(QString(RowType::Meeting), m_meetingId);
    const auto org = replica.get(QString(RowType::Organization), row.value(u"org_id"_s).toString());
    m_orgName = org ? org->value(u"name"_s).toString() : QString();
    const auto upper = org
        ? replica.get(QString(RowType::Organization), org->value(u"parent_id"_s).toString())
        : std::nullopt;
    m_upperOrgName = upper ? upper->value(u"name"_s).toString() : QString();

    if (!m_dirty) {
        QString text;
        if (m_found && isSecretary()) {
            const auto draft = MinutesCatalog(db).draft(m_meetingId);
            if (draft) {
                text = draft->text;
                m_savedText = tr("Đã lưu trên máy lúc %1").arg(clockText(draft->updatedAt));
            } else {
                m_savedText.clear();
                const auto me
                    = replica.get(QString(RowType::Member), SyncState(db).value(u"member_id"_s));
                text = m_minutes.isEmpty() ? MinutesTemplate::build(
                           db, m_meetingId, me ? me->value(u"full_name"_s).toString() : QString())
                                           : m_minutes;
            }
            Q_EMIT savedChanged();
        }
        if (text != m_text) {
            m_text = text;
            Q_EMIT textChanged();
        }
    }
    Q_EMIT changed();
}

bool MinutesController::saveNow()
{
    m_saveTimer.stop();
    if (!m_dirty || m_meetingId.isEmpty())
        return true;
    const QDateTime at = now();
    if (!withDatabase(
            [&](SqliteDatabase &db) { MinutesCatalog(db).saveDraft(m_meetingId, m_text, at); }))
        return false;
    m_dirty = false;
    m_savedText = tr("Đã lưu trên máy lúc %1").arg(clockText(at));
    Q_EMIT savedChanged();
    return true;
}

bool MinutesController::restoreTemplate()
{
    m_saveTimer.stop();
    m_dirty = false;
    if (!withDatabase([&](SqliteDatabase &db) { MinutesCatalog(db).removeDraft(m_meetingId); }))
        return false;
    m_savedText.clear();
    Q_EMIT savedChanged();
    m_text.clear(); // loadCell() sets it again and tells the editor
    reload();
    return true;
}

QString MinutesController::message(const QString &code) const
{
    if (code == Protocol::ErrorCode::InvalidArgs)
        return tr("Biên bản trống hoặc quá dài (tối đa %1 ký tự).").arg(maxLength());
    if (code == Protocol::ErrorCode::Forbidden)
        return tr("Chỉ bí thư chi bộ của buổi sinh hoạt này ghi được biên bản.");
    if (code == ActionError::TooEarly)
        return tr("Chưa đến giờ họp: biên bản ghi được từ 1 giờ trước khi họp.");
    if (code == Protocol::ErrorCode::MeetingClosed)
        return tr("Buổi sinh hoạt này đã bị hủy.");
    return actionMessage(code);
}

bool MinutesController::queue(bool publishing)
{
    if (publishing && !saveNow())
        return false;
    LocalActions::Result result;
    const QDateTime at = now();
    const bool reached = withDatabase([&](SqliteDatabase &db) {
        MinutesActions actions(db, [at] { return at; });
        result = publishing ? actions.publishMinutes(m_meetingId, m_text)
                            : actions.endMeeting(m_meetingId);
        if (result.ok() && publishing)
            MinutesCatalog(db).removeDraft(m_meetingId);
    });
    if (!reached)
        return false;
    if (!result.ok()) {
        setErrorMessage(message(result.error));
        return false;
    }
    if (result.mutationId > 0)
        Q_EMIT localChangeMade();
    m_savedText.clear();
    Q_EMIT savedChanged();
    reload();
    if (publishing)
        Q_EMIT published();
    return true;
}

bool MinutesController::publish()
{
    return queue(true);
}

bool MinutesController::endMeeting()
{
    return queue(false);
}

bool MinutesController::exportPdf()
{
    const QString text = m_text.trimmed().isEmpty() ? m_minutes : m_text;
    if (!m_found || text.trimmed().isEmpty())
        return false;
    const QString folder = m_exportFolder.toLocalFile();
    if (folder.isEmpty() || !QFileInfo(folder).isDir()) {
        setErrorMessage(tr("Không tìm thấy thư mục để lưu biên bản."));
        return false;
    }
    const QDate day = m_startsAt.toTimeZone(QTimeZone(7 * 3600)).date();
    const QString base = u"bien-ban-%1-%2"_s.arg(
        VietnameseFold::words(m_title).join(u'-'), day.toString(Qt::ISODate));
    QString path = QDir(folder).filePath(base + u".pdf"_s);
    for (int n = 2; QFileInfo::exists(path) && n < 1000; ++n)
        path = QDir(folder).filePath(u"%1-%2.pdf"_s.arg(base).arg(n));
    const bool published = !m_minutes.isEmpty() && text == m_minutes;
    const MinutesReport report(
        { m_upperOrgName, m_orgName, m_title, day, text, published ? m_minutesBy : QString() });
    QString error;
    if (!report.writePdf(path, &error)) {
        setErrorMessage(error);
        return false;
    }
    m_exportedPath = path;
    setErrorMessage({});
    Q_EMIT exportChanged();
    return true;
}

void MinutesController::markSeen()
{
    if (!m_found || m_minutes.isEmpty())
        return;
    const QDateTime at = now();
    bool first = false;
    withDatabase([&](SqliteDatabase &db) {
        MinutesCatalog catalog(db);
        first = !catalog.seen(m_meetingId);
        if (first)
            catalog.markSeen(m_meetingId, at);
    });
    // The home screen's card of unread minutes goes.
    if (first && session())
        session()->noteDataChanged();
}
