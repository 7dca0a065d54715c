#include "minutestemplate.h"

#include "cellcatalog.h"
#include "mutationnames.h"
#include "replicastore.h"
#include "sqlitedatabase.h"
#include "timestamps.h"
#include "wirevalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

QString comrade(const QString &name)
{
    return u"đồng chí "_s + name;
}

} // namespace

QString MinutesTemplate::vietnamTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toTimeZone(QTimeZone(7 * 3600));
    return u"%1, ngày %2"_s.arg(
        local.time().toString(u"HH:mm"_s), local.date().toString(u"dd/MM/yyyy"_s));
}

QStringList MinutesTemplate::voteResults(SqliteDatabase &db, const QString &meetingId)
{
    Statement query(db,
        "SELECT data FROM votes WHERE meeting_id = ?1 "
        "ORDER BY json_extract(data, '$.opened_at'), id");
    query.bind(1, meetingId);
    QStringList lines;
    while (query.step()) {
        const QJsonObject vote = QJsonDocument::fromJson(query.text(0).toUtf8()).object();
        const QString question = vote.value(u"question"_s).toString().trimmed();
        const bool secret = vote.value(u"secret"_s).toBool();
        QString line = u"- "_s + question + (secret ? u" (biểu quyết kín)"_s : QString()) + u": "_s;
        if (vote.value(u"status"_s).toString() != Protocol::VoteStatus::Closed
            || !vote.value(u"tally"_s).isArray()) {
            lines.append(line + u"đang biểu quyết."_s);
            continue;
        }
        QStringList counts;
        int total = 0;
        for (const QJsonValue &entry : vote.value(u"tally"_s).toArray()) {
            const QJsonObject item = entry.toObject();
            const int count = item.value(u"count"_s).toInt();
            total += count;
            counts.append(u"%1 %2"_s.arg(item.value(u"choice"_s).toString()).arg(count));
        }
        lines.append(line + counts.join(u", "_s) + u" (tổng số %1 phiếu)."_s.arg(total));
    }
    return lines;
}

QString MinutesTemplate::build(
    SqliteDatabase &db, const QString &meetingId, const QString &chairName)
{
    const auto meeting = ReplicaStore(db).get(QString(Protocol::RowType::Meeting), meetingId);
    if (!meeting)
        return {};
    CellCatalog cell(db);
    const QString orgId = meeting->value(u"org_id"_s).toString();
    const QHash<QString, AttendanceRecord> records = cell.attendance(meetingId);
    QStringList present;
    QStringList absent;
    QStringList unmarked;
    const QList<CellMember> members = cell.members(orgId);
    for (const CellMember &member : members) {
        const AttendanceRecord record = records.value(member.id);
        const QString reason = record.reason.trimmed();
        const QString why = reason.isEmpty() ? u"không báo lý do"_s : u"lý do: "_s + reason;
        if (record.present.value_or(false))
            present.append(comrade(member.fullName));
        else if (record.present.has_value() || record.rsvp == Protocol::Rsvp::Absent)
            absent.append(u"- %1 (%2)"_s.arg(comrade(member.fullName), why));
        else
            unmarked.append(u"- %1"_s.arg(comrade(member.fullName)));
    }

    const QString title = meeting->value(u"title"_s).toString();
    const QString location = meeting->value(u"location"_s).toString();
    const QString agenda = meeting->value(u"agenda"_s).toString().trimmed();
    const QDateTime startsAt = Timestamps::fromIso(meeting->value(u"starts_at"_s).toString());

    QStringList t;
    t << u"BIÊN BẢN SINH HOẠT CHI BỘ"_s << title << QString();
    t << u"1. Thời gian: "_s + vietnamTime(startsAt);
    t << u"2. Địa điểm: "_s + location;
    t << u"3. Chủ trì: "_s + (chairName.isEmpty() ? QString() : comrade(chairName));
    t << u"4. Thư ký: đồng chí "_s;
    t << u"5. Thành phần:"_s;
    t << u"Có mặt: %1/%2 đảng viên%3"_s.arg(present.size())
             .arg(members.size())
             .arg(present.isEmpty() ? u"."_s : u": "_s + present.join(u", "_s) + u'.');
    t << u"Vắng mặt: %1 đảng viên%2"_s.arg(absent.size()).arg(absent.isEmpty() ? u"."_s : u":"_s);
    t << absent;
    if (!unmarked.isEmpty()) {
        t << u"Chưa điểm danh: %1 đảng viên:"_s.arg(unmarked.size());
        t << unmarked;
    }
    t << QString() << u"Nội dung:"_s << agenda << QString();
    t << u"Kết luận:"_s << QString() << QString();
    const QStringList votes = voteResults(db, meetingId);
    if (!votes.isEmpty())
        t << u"Kết quả biểu quyết:"_s << votes << QString();
    t << u"Buổi sinh hoạt kết thúc lúc ... giờ ... cùng ngày."_s;
    return t.join(u'\n');
}
