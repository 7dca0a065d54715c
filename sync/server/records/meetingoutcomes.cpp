#include "records/meetingoutcomes.h"

#include "db/sqlrunner.h"
#include "db/writetransaction.h"
#include "mutationnames.h"
#include "wirevalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlRecord>

using namespace Qt::StringLiterals;
namespace ChangeOp = Protocol::ChangeOp;
namespace RowType = Protocol::RowType;
namespace VoteStatus = Protocol::VoteStatus;

namespace {

// The records of `sql` (one "%1" for the placeholders) for the ids, 256 at a time; read before
// the caller looks at them (QPSQL loses a result when another statement runs meanwhile).
QList<QSqlRecord> recordsFor(const QSqlDatabase &db, const QString &sql, const QStringList &ids)
{
    QList<QSqlRecord> records;
    constexpr qsizetype kChunk = 256;
    for (qsizetype from = 0; from < ids.size(); from += kChunk) {
        const QStringList chunk = ids.mid(from, kChunk);
        QStringList marks;
        QVariantList binds;
        for (const QString &id : chunk) {
            marks << u"?"_s;
            binds << id;
        }
        forEachRow(db, sql.arg(marks.join(u", "_s)), binds,
            [&records](const QSqlQuery &query) { records.append(query.record()); });
    }
    return records;
}

QJsonValue orNull(const QVariant &value)
{
    return value.isNull() ? QJsonValue() : QJsonValue(value.toString());
}

QJsonArray jsonArray(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).array();
}

} // namespace

QHash<QString, MeetingOutcomes::Row> MeetingOutcomes::commentRows(
    const QSqlDatabase &db, const QStringList &ids)
{
    QHash<QString, Row> found;
    const auto records = recordsFor(db,
        u"SELECT c.id, c.meeting_id, c.member_id, m.full_name, c.text, c.reply_to, c.created_at, "
        "c.version FROM meeting_comments c LEFT JOIN members m ON m.id = c.member_id "
        "WHERE c.id IN (%1)"_s,
        ids);
    for (const QSqlRecord &row : records) {
        const QJsonObject data { { u"id"_s, row.value(0).toString() },
            { u"meeting_id"_s, row.value(1).toString() },
            { u"member_id"_s, row.value(2).toString() }, { u"author_name"_s, orNull(row.value(3)) },
            { u"text"_s, row.value(4).toString() }, { u"reply_to"_s, orNull(row.value(5)) },
            { u"created_at"_s, row.value(6).toString() } };
        found.insert(row.value(0).toString(), Row { data, row.value(7).toLongLong() });
    }
    return found;
}

QHash<QString, MeetingOutcomes::Row> MeetingOutcomes::voteRows(
    const QSqlDatabase &db, const QStringList &ids)
{
    QHash<QString, Row> found;
    const auto records = recordsFor(db,
        u"SELECT id, meeting_id, question, choices, secret, status, ballots, tally, opened_at, "
        "closed_at, version FROM votes WHERE id IN (%1)"_s,
        ids);
    for (const QSqlRecord &row : records) {
        const QJsonObject data { { u"id"_s, row.value(0).toString() },
            { u"meeting_id"_s, row.value(1).toString() },
            { u"question"_s, row.value(2).toString() }, { u"choices"_s, jsonArray(row.value(3)) },
            { u"secret"_s, row.value(4).toLongLong() != 0 },
            { u"status"_s, row.value(5).toString() }, { u"ballots"_s, row.value(6).toLongLong() },
            { u"tally"_s, row.value(7).isNull() ? QJsonValue() : jsonArray(row.value(7)) },
            { u"opened_at"_s, row.value(8).toString() }, { u"closed_at"_s, orNull(row.value(9)) } };
        found.insert(row.value(0).toString(), Row { data, row.value(10).toLongLong() });
    }
    return found;
}

QHash<QString, MeetingOutcomes::Row> MeetingOutcomes::castRows(
    const QSqlDatabase &db, const QStringList &ids)
{
    QHash<QString, Row> found;
    // A secret vote's cast never holds a choice (NULL in the table); the join makes sure.
    const auto records = recordsFor(db,
        u"SELECT c.id, c.vote_id, c.member_id, CASE WHEN v.secret = 0 THEN c.choice END, "
        "c.cast_at, c.version FROM vote_casts c JOIN votes v ON v.id = c.vote_id "
        "WHERE c.id IN (%1)"_s,
        ids);
    for (const QSqlRecord &row : records) {
        const QJsonObject data { { u"id"_s, row.value(0).toString() },
            { u"vote_id"_s, row.value(1).toString() }, { u"member_id"_s, row.value(2).toString() },
            { u"choice"_s, orNull(row.value(3)) }, { u"cast_at"_s, row.value(4).toString() } };
        found.insert(row.value(0).toString(), Row { data, row.value(5).toLongLong() });
    }
    return found;
}

QHash<QString, QString> MeetingOutcomes::minutesAuthors(
    const QSqlDatabase &db, const QStringList &meetingIds)
{
    QHash<QString, QString> names;
    const auto records = recordsFor(db,
        u"SELECT mt.id, m.full_name FROM meetings mt JOIN users u ON u.id = mt.minutes_by "
        "JOIN members m ON m.id = u.member_id WHERE mt.id IN (%1)"_s,
        meetingIds);
    for (const QSqlRecord &row : records)
        names.insert(row.value(0).toString(), row.value(1).toString());
    return names;
}

void MeetingOutcomes::closeVote(
    WriteTransaction &tx, const QString &voteId, const QString &orgId, const QString &closedAt)
{
    const QSqlDatabase db = tx.db();
    QSqlQuery vote
        = runSql(db, u"SELECT choices, secret, status FROM votes WHERE id = ?"_s, { voteId });
    if (!vote.next() || vote.value(2).toString() != VoteStatus::Open)
        return;
    const QJsonArray choices = jsonArray(vote.value(0));
    const bool secret = vote.value(1).toLongLong() != 0;
    vote.finish();
    QHash<QString, qint64> counts;
    forEachRow(db,
        secret ? u"SELECT choice, count(*) FROM secret_ballots WHERE vote_id = ? GROUP BY choice"_s
               : u"SELECT choice, count(*) FROM vote_casts WHERE vote_id = ? GROUP BY choice"_s,
        { voteId }, [&counts](const QSqlQuery &q) {
            counts.insert(q.value(0).toString(), q.value(1).toLongLong());
        });
    QJsonArray tally;
    for (const QJsonValue &choice : choices)
        tally.append(QJsonObject {
            { u"choice"_s, choice.toString() }, { u"count"_s, counts.value(choice.toString()) } });
    // After closing, the database holds who voted (vote_casts) and the totals, nothing between.
    if (secret)
        execSql(db, u"DELETE FROM secret_ballots WHERE vote_id = ?"_s, { voteId });
    execSql(db,
        u"UPDATE votes SET status = ?, tally = ?, closed_at = ?, version = version + 1 "
        "WHERE id = ?"_s,
        { QString(VoteStatus::Closed),
            QString::fromUtf8(QJsonDocument(tally).toJson(QJsonDocument::Compact)), closedAt,
            voteId });
    tx.recordChange(RowType::Vote, voteId, ChangeOp::Put, orgId);
}

int MeetingOutcomes::closeOpenVotes(
    WriteTransaction &tx, const QString &meetingId, const QString &orgId, const QString &closedAt)
{
    QStringList open;
    forEachRow(tx.db(), u"SELECT id FROM votes WHERE meeting_id = ? AND status = ? ORDER BY id"_s,
        { meetingId, QString(VoteStatus::Open) },
        [&open](const QSqlQuery &q) { open << q.value(0).toString(); });
    for (const QString &id : std::as_const(open))
        closeVote(tx, id, orgId, closedAt);
    return int(open.size());
}
