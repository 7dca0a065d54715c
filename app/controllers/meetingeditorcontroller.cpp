#include "meetingeditorcontroller.h"

#include "cellcatalog.h"
#include "documentcatalog.h"
#include "searchindex.h"

#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

const QTimeZone kVietnam(7 * 3600);

} // namespace

MeetingEditorController::MeetingEditorController(QObject *parent)
    : CellController(parent)
{ }

void MeetingEditorController::setMeetingId(const QString &id)
{
    if (m_meetingId == id)
        return;
    m_meetingId = id;
    m_fieldsLoaded = false;
    Q_EMIT meetingIdChanged();
    reload();
}

void MeetingEditorController::setFilterText(const QString &text)
{
    if (m_filterText == text)
        return;
    m_filterText = text;
    Q_EMIT filterTextChanged();
    withDatabase([this](SqliteDatabase &db) { listDocuments(db); });
}

QDateTime MeetingEditorController::parseVietnamTime(const QString &date, const QString &time)
{
    static const QRegularExpression datePattern(
        u"^\\s*(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*(\\d{4})\\s*$"_s);
    static const QRegularExpression timePattern(u"^\\s*(\\d{1,2})\\s*[:hH.]\\s*(\\d{2})\\s*$"_s);
    const auto d = datePattern.match(date);
    const auto t = timePattern.match(time);
    if (!d.hasMatch() || !t.hasMatch())
        return {};
    const QDate day(d.captured(3).toInt(), d.captured(2).toInt(), d.captured(1).toInt());
    const QTime clock(t.captured(1).toInt(), t.captured(2).toInt());
    if (!day.isValid() || !clock.isValid())
        return {};
    return QDateTime(day, clock, kVietnam).toUTC();
}

void MeetingEditorController::loadCell(SqliteDatabase &db)
{
    if (!m_fieldsLoaded)
        fillFields(db);
    listDocuments(db);
    showSelection(db);
}

void MeetingEditorController::fillFields(SqliteDatabase &db)
{
    m_fieldsLoaded = true;
    const auto meeting
        = m_meetingId.isEmpty() ? std::nullopt : CellCatalog(db).meeting(m_meetingId);
    if (meeting) {
        const QDateTime local = meeting->startsAt.toTimeZone(kVietnam);
        m_title = meeting->title;
        m_dateText = local.date().toString(u"dd/MM/yyyy"_s);
        m_timeText = local.time().toString(u"HH:mm"_s);
        m_location = meeting->location;
        m_agenda = meeting->agenda;
        m_selected = meeting->documentIds;
    } else {
        // A new meeting: a week from today in the evening, to be corrected.
        m_title.clear();
        m_dateText = now().toTimeZone(kVietnam).date().addDays(7).toString(u"dd/MM/yyyy"_s);
        m_timeText = u"19:30"_s;
        m_location.clear();
        m_agenda.clear();
        m_selected.clear();
    }
    Q_EMIT fieldsChanged();
}

void MeetingEditorController::listDocuments(SqliteDatabase &db)
{
    DocumentCatalog catalog(db);
    QList<DocumentSummary> documents;
    if (SearchIndex::toMatchExpression(m_filterText).isEmpty()) {
        documents = catalog.newestDocuments(kPickerLimit);
    } else {
        // The picker shows no snippet: none is computed.
        for (const SearchHit &hit : SearchIndex(db).search(m_filterText, kPickerLimit, {}, 0)) {
            if (const auto detail = catalog.document(hit.documentId))
                documents.append(detail->summary);
        }
    }
    m_documents.setDocuments(documents, QSet<QString>(m_selected.cbegin(), m_selected.cend()));
}

void MeetingEditorController::showSelection(SqliteDatabase &db)
{
    DocumentCatalog catalog(db);
    QList<DocumentSummary> chosen;
    for (const QString &id : std::as_const(m_selected)) {
        if (const auto detail = catalog.document(id)) {
            chosen.append(detail->summary);
        } else {
            // Listed before but no longer on this device: kept, shown by its id.
            DocumentSummary missing;
            missing.id = id;
            missing.title = tr("Tài liệu không còn trên máy");
            chosen.append(missing);
        }
    }
    const QSet<QString> selected(m_selected.cbegin(), m_selected.cend());
    m_selectedModel.setDocuments(chosen, selected);
    m_documents.setSelection(selected);
}

void MeetingEditorController::toggleDocument(const QString &documentId)
{
    if (!m_selected.removeOne(documentId))
        m_selected.append(documentId);
    withDatabase([this](SqliteDatabase &db) { showSelection(db); });
}

bool MeetingEditorController::save()
{
    if (m_title.trimmed().isEmpty()) {
        setErrorMessage(tr("Xin nhập tên buổi sinh hoạt."));
        return false;
    }
    const QDateTime startsAt = parseVietnamTime(m_dateText, m_timeText);
    if (!startsAt.isValid()) {
        setErrorMessage(tr("Ngày giờ họp chưa đúng. Xin nhập ngày theo dạng ngày/tháng/năm "
                           "(ví dụ 25/12/2026) và giờ theo dạng giờ:phút (ví dụ 19:30)."));
        return false;
    }
    if (m_location.trimmed().isEmpty()) {
        setErrorMessage(tr("Xin nhập địa điểm họp."));
        return false;
    }
    LocalActions::Result result;
    const bool ok = act(
        [&](LocalActions &actions) {
            return editing()
                ? actions.updateMeeting(
                    m_meetingId, m_title, startsAt, m_location, m_agenda, m_selected)
                : actions.createMeeting(m_title, startsAt, m_location, m_agenda, m_selected);
        },
        &result);
    if (!ok)
        return false;
    m_savedMeetingId = result.rowId;
    Q_EMIT saved();
    return true;
}
