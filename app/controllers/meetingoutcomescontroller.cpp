#include "meetingoutcomescontroller.h"

#include "actionerrors.h"
#include "cellcatalog.h"
#include "homecontroller.h"
#include "meetingoutcomeactions.h"
#include "mutationnames.h"
#include "outbox.h"
#include "protocol.h"
#include "replicastore.h"
#include "sqlitedatabase.h"
#include "timestamps.h"
#include "wirevalues.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;
namespace Mutation = Protocol::Mutation;
namespace RowType = Protocol::RowType;
namespace Code = Protocol::ErrorCode;

namespace {

QJsonObject parse(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

bool isOutcomeMutation(const QString &name)
{
    return name == Mutation::MeetingComment || name == Mutation::VoteOpen
        || name == Mutation::VoteClose || name == Mutation::VoteCast;
}

} // namespace

MeetingOutcomesController::MeetingOutcomesController(QObject *parent)
    : CellController(parent)
{ }

void MeetingOutcomesController::setMeetingId(const QString &id)
{
    if (m_meetingId == id)
        return;
    m_meetingId = id;
    Q_EMIT meetingIdChanged();
    reload();
}

QStringList MeetingOutcomesController::defaultChoices() const
{
    return { tr("Đồng ý"), tr("Không đồng ý"), tr("Ý kiến khác") };
}

QString MeetingOutcomesController::outcomeMessage(const QString &code)
{
    if (code == Code::InvalidArgs)
        return tr("Nội dung trống, quá dài hoặc các phương án chưa đúng (từ 2 đến 10 phương án, "
                  "không trùng nhau). Xin kiểm tra lại.");
    if (code == OutcomeError::VoteClosed)
        return tr("Biểu quyết này đã kết thúc.");
    if (code == OutcomeError::MeetingOver)
        return tr("Buổi sinh hoạt đã kết thúc hoặc đã bị hủy.");
    if (code == Code::Conflict)
        return tr("Đã đạt số lượng tối đa cho buổi sinh hoạt này.");
    return actionMessage(code);
}

bool MeetingOutcomesController::run(
    const std::function<LocalActions::Result(MeetingOutcomeActions &)> &action)
{
    LocalActions::Result outcome;
    const bool reached = withDatabase([&](SqliteDatabase &db) {
        MeetingOutcomeActions actions(db, [this] { return now(); });
        outcome = action(actions);
    });
    if (!reached)
        return false;
    if (!outcome.ok()) {
        setErrorMessage(outcomeMessage(outcome.error));
        return false;
    }
    setErrorMessage({});
    if (outcome.mutationId > 0)
        Q_EMIT localChangeMade();
    reload();
    return true;
}

bool MeetingOutcomesController::comment(const QString &text, const QString &replyTo)
{
    return run([&](MeetingOutcomeActions &a) { return a.comment(m_meetingId, text, replyTo); });
}

bool MeetingOutcomesController::openVote(
    const QString &question, const QStringList &choices, bool secret)
{
    return run([&](MeetingOutcomeActions &a) {
        return a.openVote(m_meetingId, question, choices, secret);
    });
}

bool MeetingOutcomesController::closeVote(const QString &voteId)
{
    return run([&](MeetingOutcomeActions &a) { return a.closeVote(voteId); });
}

bool MeetingOutcomesController::castVote(const QString &voteId, const QString &choice)
{
    return run([&](MeetingOutcomeActions &a) { return a.castVote(voteId, choice); });
}

void MeetingOutcomesController::dismissRejection(qint64 mutationId)
{
    withDatabase([&](SqliteDatabase &db) {
        Outbox(db).dismissRejected(mutationId);
        readRejections(db);
    });
    Q_EMIT outcomesChanged();
}

void MeetingOutcomesController::loadCell(SqliteDatabase &db)
{
    CellCatalog cell(db);
    const auto meeting = m_meetingId.isEmpty() ? std::nullopt : cell.meeting(m_meetingId);
    m_found = meeting.has_value();
    const bool over = !m_found || meeting->status == Protocol::MeetingStatus::Done
        || meeting->status == Protocol::MeetingStatus::Cancelled;
    m_canComment = m_found && !over && !memberId().isEmpty();
    m_present = m_found && cell.attendance(m_meetingId).value(memberId()).present.value_or(false);
    m_canOpenVote = m_found && !over && isSecretary()
        && (!meeting->startsAt.isValid()
            || meeting->startsAt.addSecs(-LocalActions::kAttendanceLeadSeconds) <= now());
    readComments(db);
    readVotes(db);
    readRejections(db);
    Q_EMIT outcomesChanged();
}

void MeetingOutcomesController::readComments(SqliteDatabase &db)
{
    m_comments.clear();
    Outbox outbox(db);
    Statement query(
        db, "SELECT data FROM meeting_comments WHERE meeting_id = ?1 ORDER BY created_at, rowid");
    query.bind(1, m_meetingId);
    QList<QJsonObject> rows;
    while (query.step())
        rows << parse(query.text(0));
    auto entry = [&](const QJsonObject &row, bool isReply) {
        const QString id = row.value(u"id"_s).toString();
        const QString author = row.value(u"author_name"_s).toString();
        return QVariantMap { { u"commentId"_s, id },
            { u"authorName"_s, author.isEmpty() ? tr("Đảng viên") : author },
            { u"text"_s, row.value(u"text"_s).toString() },
            { u"timeText"_s,
                HomeController::vietnamTime(
                    Timestamps::fromIso(row.value(u"created_at"_s).toString())) },
            { u"isReply"_s, isReply },
            { u"mine"_s, row.value(u"member_id"_s).toString() == memberId() },
            { QString(Protocol::Key::Pending),
                outbox.hasPendingChange(QString(RowType::MeetingComment), id) } };
    };
    QSet<QString> ids;
    for (const QJsonObject &row : std::as_const(rows))
        ids.insert(row.value(u"id"_s).toString());
    for (const QJsonObject &row : std::as_const(rows)) {
        const QString parent = row.value(u"reply_to"_s).toString();
        if (!parent.isEmpty() && ids.contains(parent))
            continue; // listed under its comment
        m_comments.append(entry(row, false));
        const QString id = row.value(u"id"_s).toString();
        for (const QJsonObject &reply : std::as_const(rows)) {
            if (reply.value(u"reply_to"_s).toString() == id)
                m_comments.append(entry(reply, true));
        }
    }
}

void MeetingOutcomesController::readVotes(SqliteDatabase &db)
{
    m_votes.clear();
    Outbox outbox(db);
    ReplicaStore replica(db);
    MeetingOutcomeActions actions(db);
    Statement query(db, "SELECT data FROM votes WHERE meeting_id = ?1 ORDER BY id");
    query.bind(1, m_meetingId);
    QList<QJsonObject> rows;
    while (query.step())
        rows << parse(query.text(0));
    std::stable_sort(rows.begin(), rows.end(), [](const QJsonObject &a, const QJsonObject &b) {
        const bool openA = a.value(u"status"_s).toString() == Protocol::VoteStatus::Open;
        const bool openB = b.value(u"status"_s).toString() == Protocol::VoteStatus::Open;
        if (openA != openB)
            return openA;
        return a.value(u"opened_at"_s).toString() > b.value(u"opened_at"_s).toString();
    });
    for (const QJsonObject &row : std::as_const(rows)) {
        const QString id = row.value(u"id"_s).toString();
        const bool open = row.value(u"status"_s).toString() == Protocol::VoteStatus::Open;
        const bool secret = row.value(u"secret"_s).toBool();
        const QString castId = MeetingOutcomeActions::castId(id, memberId());
        const auto cast = replica.get(QString(RowType::VoteCast), castId);
        QString myChoice;
        if (cast) {
            if (secret) {
                if (const auto ballot = actions.secretBallot(id))
                    myChoice = ballot->choice;
            } else {
                myChoice = cast->value(u"choice"_s).toString();
            }
        }
        const QJsonArray tally = row.value(u"tally"_s).toArray();
        int total = 0;
        for (const QJsonValue &item : tally)
            total += item.toObject().value(u"count"_s).toInt();
        QVariantList counts;
        for (const QJsonValue &item : tally) {
            const int count = item.toObject().value(u"count"_s).toInt();
            counts.append(QVariantMap { { u"choice"_s, item.toObject().value(u"choice"_s) },
                { u"count"_s, count },
                { u"percent"_s, total > 0 ? qRound(100.0 * count / total) : 0 } });
        }
        m_votes.append(QVariantMap { { u"voteId"_s, id },
            { u"question"_s, row.value(u"question"_s).toString() },
            { u"choices"_s, row.value(u"choices"_s).toArray().toVariantList() },
            { u"secret"_s, secret }, { u"isOpen"_s, open },
            { QString(Protocol::Key::Pending),
                outbox.hasPendingChange(QString(RowType::Vote), id) },
            { u"ballots"_s, row.value(u"ballots"_s).toInt() }, { u"myChoice"_s, myChoice },
            { u"myChoicePending"_s,
                cast && outbox.hasPendingChange(QString(RowType::VoteCast), castId) },
            { u"canVote"_s, open && m_present && !memberId().isEmpty() }, { u"tally"_s, counts },
            { u"totalCount"_s, total },
            { u"resultKnown"_s, !open && row.value(u"tally"_s).isArray() } });
    }
}

void MeetingOutcomesController::readRejections(SqliteDatabase &db)
{
    m_rejections.clear();
    ReplicaStore replica(db);
    const QList<RejectedMutation> rejected = Outbox(db).rejected();
    // A vote whose opening was refused is gone from the replica: its meeting is in the args.
    QHash<QString, QString> refusedVotes;
    for (const RejectedMutation &r : rejected) {
        if (r.name == Mutation::VoteOpen)
            refusedVotes.insert(
                r.args.value(u"id"_s).toString(), r.args.value(u"meeting_id"_s).toString());
    }
    QList<RejectedMutation> mine;
    for (const RejectedMutation &r : rejected) {
        if (!isOutcomeMutation(r.name))
            continue;
        const QString voteId = r.name == Mutation::VoteCast
            ? r.args.value(u"vote_id"_s).toString()
            : (r.name == Mutation::VoteClose ? r.args.value(u"id"_s).toString() : QString());
        QString meetingId = r.args.value(u"meeting_id"_s).toString();
        if (!voteId.isEmpty()) {
            const auto vote = replica.get(QString(RowType::Vote), voteId);
            meetingId = vote ? vote->value(u"meeting_id"_s).toString() : refusedVotes.value(voteId);
        }
        if (meetingId == m_meetingId)
            mine.prepend(r); // newest first
    }
    for (const RejectedMutation &r : std::as_const(mine)) {
        const QString reason = r.errorMessage.isEmpty()
            ? tr("Máy chủ không chấp nhận thay đổi này.")
            : r.errorMessage;
        QString text;
        if (r.name == Mutation::VoteCast) {
            const auto vote
                = replica.get(QString(RowType::Vote), r.args.value(u"vote_id"_s).toString());
            const bool closed
                = vote && vote->value(u"status"_s).toString() == Protocol::VoteStatus::Closed;
            // The member may have voted offline: the ballot reached the server too late.
            text = r.errorCode == Code::Conflict && closed
                ? tr("Phiếu của đồng chí đến máy chủ sau khi biểu quyết đã kết thúc nên không "
                     "được tính.")
                : tr("Phiếu biểu quyết của đồng chí không được máy chủ nhận. %1").arg(reason);
        } else if (r.name == Mutation::MeetingComment) {
            text = tr("Ý kiến của đồng chí không được máy chủ nhận. %1").arg(reason);
        } else if (r.name == Mutation::VoteOpen) {
            text = tr("Chưa mở được biểu quyết: máy chủ không nhận. %1").arg(reason);
        } else {
            text = tr("Chưa kết thúc được biểu quyết: máy chủ không nhận. %1").arg(reason);
        }
        m_rejections.append(
            QVariantMap { { u"mutationId"_s, QVariant(r.id) }, { u"text"_s, text } });
    }
}
