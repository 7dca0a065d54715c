#include "cellcatalog.h"

#include "mutationnames.h"
#include "outbox.h"
#include "sqlitedatabase.h"
#include "syncstate.h"
#include "timestamps.h"

#include <QCollator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QJsonObject parse(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

CellMeeting meetingFromJson(const QJsonObject &data)
{
    CellMeeting meeting;
    meeting.id = data.value("id"_L1).toString();
    meeting.orgId = data.value("org_id"_L1).toString();
    meeting.title = data.value("title"_L1).toString();
    meeting.startsAt = Timestamps::fromIso(data.value("starts_at"_L1).toString());
    meeting.location = data.value("location"_L1).toString();
    meeting.agenda = data.value("agenda"_L1).toString();
    meeting.status = data.value("status"_L1).toString();
    meeting.cancelReason = data.value("cancel_reason"_L1).toString();
    for (const QJsonValue &id : data.value("document_ids"_L1).toArray())
        meeting.documentIds.append(id.toString());
    return meeting;
}

// Vietnamese names are ordered by the given name, the last word.
QString givenName(const QString &fullName)
{
    const QString trimmed = fullName.trimmed();
    return trimmed.mid(trimmed.lastIndexOf(u' ') + 1);
}

} // namespace

CellCatalog::CellCatalog(SqliteDatabase &db)
    : m_db(db)
{ }

QString CellCatalog::memberId()
{
    return SyncState(m_db).value(u"member_id"_s);
}

QString CellCatalog::orgId()
{
    return SyncState(m_db).value(u"org_id"_s);
}

bool CellCatalog::isPending(const QString &type, const QString &id)
{
    return Outbox(m_db).hasPendingChange(type, id);
}

QList<CellMeeting> CellCatalog::meetings()
{
    Statement query(m_db, "SELECT data FROM meetings ORDER BY starts_at, id");
    QList<CellMeeting> meetings;
    while (query.step())
        meetings.append(meetingFromJson(parse(query.text(0))));
    // starts_at may carry any offset: order by the instant.
    std::stable_sort(meetings.begin(), meetings.end(),
        [](const CellMeeting &a, const CellMeeting &b) { return a.startsAt < b.startsAt; });
    for (CellMeeting &meeting : meetings)
        meeting.pending = isPending(QString(Protocol::RowType::Meeting), meeting.id);
    return meetings;
}

std::optional<CellMeeting> CellCatalog::meeting(const QString &id)
{
    Statement query(m_db, "SELECT data FROM meetings WHERE id = ?1");
    query.bind(1, id);
    if (!query.step())
        return std::nullopt;
    CellMeeting meeting = meetingFromJson(parse(query.text(0)));
    meeting.pending = isPending(QString(Protocol::RowType::Meeting), id);
    return meeting;
}

QList<CellMember> CellCatalog::members(const QString &orgId)
{
    Statement query(m_db,
        "SELECT id, ifnull(full_name, ''), ifnull(position, '') FROM members WHERE org_id = ?1");
    query.bind(1, orgId);
    QList<CellMember> members;
    while (query.step())
        members.append({ query.text(0), query.text(1), query.text(2) });
    QCollator collator { QLocale(QLocale::Vietnamese, QLocale::Vietnam) };
    std::stable_sort(members.begin(), members.end(), [&](const CellMember &a, const CellMember &b) {
        const int given = collator.compare(givenName(a.fullName), givenName(b.fullName));
        if (given != 0)
            return given < 0;
        const int full = collator.compare(a.fullName, b.fullName);
        return full != 0 ? full < 0 : a.id < b.id;
    });
    return members;
}

QHash<QString, AttendanceRecord> CellCatalog::attendance(const QString &meetingId)
{
    Statement query(m_db, "SELECT id, data FROM attendance WHERE meeting_id = ?1");
    query.bind(1, meetingId);
    QHash<QString, AttendanceRecord> records;
    while (query.step()) {
        const QJsonObject data = parse(query.text(1));
        AttendanceRecord record;
        record.memberId = data.value("member_id"_L1).toString();
        record.rsvp = data.value("rsvp"_L1).toString();
        record.reason = data.value("reason"_L1).toString();
        const QJsonValue present = data.value("present"_L1);
        if (present.isBool())
            record.present = present.toBool();
        record.pending = isPending(QString(Protocol::RowType::Attendance), query.text(0));
        records.insert(record.memberId, record);
    }
    return records;
}

QSet<QString> CellCatalog::readers(const QString &documentId)
{
    Statement query(m_db, "SELECT member_id FROM read_receipts WHERE document_id = ?1");
    query.bind(1, documentId);
    QSet<QString> members;
    while (query.step())
        members.insert(query.text(0));
    return members;
}

QList<FeedbackEntry> CellCatalog::feedback()
{
    Statement query(m_db, "SELECT id, data FROM feedback ORDER BY created_at, id");
    QList<FeedbackEntry> entries;
    while (query.step()) {
        const QJsonObject data = parse(query.text(1));
        FeedbackEntry entry;
        entry.id = query.text(0);
        entry.memberId = data.value("member_id"_L1).toString();
        entry.text = data.value("text"_L1).toString();
        entry.replyTo = data.value("reply_to"_L1).toString();
        entry.createdAt = Timestamps::fromIso(data.value("created_at"_L1).toString());
        entry.pending = isPending(QString(Protocol::RowType::Feedback), entry.id);
        entries.append(entry);
    }
    return entries;
}

QString CellCatalog::memberName(const QString &memberId)
{
    Statement query(m_db, "SELECT ifnull(full_name, '') FROM members WHERE id = ?1");
    query.bind(1, memberId);
    return query.step() ? query.text(0) : QString();
}
