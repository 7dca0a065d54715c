#include "followupcontroller.h"

#include "cellcatalog.h"
#include "documentcatalog.h"
#include "documentkind.h"
#include "homecontroller.h"
#include "wirevalues.h"

#include <algorithm>

namespace {

int answerOrder(const QString &answer)
{
    return answer == Protocol::Rsvp::Attending ? 0 : answer == Protocol::Rsvp::Absent ? 1 : 2;
}

} // namespace

FollowUpController::FollowUpController(QObject *parent)
    : CellController(parent)
{ }

void FollowUpController::setMeetingId(const QString &id)
{
    if (m_meetingId == id)
        return;
    m_meetingId = id;
    Q_EMIT meetingIdChanged();
    reload();
}

void FollowUpController::loadCell(SqliteDatabase &db)
{
    CellCatalog cell(db);
    const auto meeting = m_meetingId.isEmpty() ? std::nullopt : cell.meeting(m_meetingId);
    m_found = meeting.has_value();
    m_title = meeting ? meeting->title : QString();
    m_timeText = meeting ? HomeController::vietnamTime(meeting->startsAt) : QString();
    Q_EMIT meetingChanged();

    const QList<CellMember> members = meeting ? cell.members(meeting->orgId) : QList<CellMember>();
    const QHash<QString, AttendanceRecord> records
        = meeting ? cell.attendance(m_meetingId) : QHash<QString, AttendanceRecord>();
    QList<MemberAnswerItem> answers;
    for (const CellMember &member : members) {
        const AttendanceRecord record = records.value(member.id);
        answers.append({ member.id, member.fullName, member.position, record.rsvp, record.reason,
            record.present ? (*record.present ? 1 : 0) : -1, record.pending });
    }
    // Members keep their alphabetical order inside each group.
    std::stable_sort(
        answers.begin(), answers.end(), [](const MemberAnswerItem &a, const MemberAnswerItem &b) {
            return answerOrder(a.answer) < answerOrder(b.answer);
        });
    m_answers.setMembers(answers);

    QList<DocumentReadingItem> readings;
    DocumentCatalog catalog(db);
    for (const QString &id : meeting ? meeting->documentIds : QStringList()) {
        const auto detail = catalog.document(id);
        if (!detail)
            continue;
        const QSet<QString> readers = cell.readers(id);
        DocumentReadingItem item { id, detail->summary.title,
            DocumentKind::label(detail->summary.kind), {}, {} };
        for (const CellMember &member : members)
            (readers.contains(member.id) ? item.readers : item.nonReaders).append(member.fullName);
        readings.append(item);
    }
    m_readings.setDocuments(readings);
}
