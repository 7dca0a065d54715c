#include "meetingoutcomeactions.h"

#include "actionerrors.h"
#include "mutationnames.h"
#include "outbox.h"
#include "pendingrows.h"
#include "protocol.h"
#include "replicastore.h"
#include "sqlitedatabase.h"
#include "syncstate.h"
#include "timestamps.h"
#include "wirevalues.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
#include <QUuid>
#include <array>

using namespace Qt::StringLiterals;
namespace Mutation = Protocol::Mutation;
namespace RowType = Protocol::RowType;
namespace Code = Protocol::ErrorCode;
namespace Limit = Protocol::Limit;
namespace MeetingStatus = Protocol::MeetingStatus;
namespace VoteStatus = Protocol::VoteStatus;

namespace {

constexpr auto failure = &LocalActions::Result::failure;

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool isOver(const QJsonObject &meeting)
{
    const QString status = meeting.value(u"status"_s).toString();
    return status == MeetingStatus::Done || status == MeetingStatus::Cancelled;
}

} // namespace

QString MeetingOutcomeActions::drawBallotKey()
{
    std::array<quint32, Limit::BallotKey / 8> words {};
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()), qsizetype(sizeof(words)));
    const QString key = QString::fromLatin1(bytes.toHex());
    words.fill(0);
    return key;
}

MeetingOutcomeActions::MeetingOutcomeActions(SqliteDatabase &db, Clock clock)
    : m_db(db)
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); })
{ }

QString MeetingOutcomeActions::castId(const QString &voteId, const QString &memberId)
{
    return voteId + u':' + memberId;
}

QStringList MeetingOutcomeActions::validChoices(const QStringList &choices)
{
    QStringList result;
    QSet<QString> seen;
    for (const QString &choice : choices) {
        const QString text = choice.trimmed();
        if (text.isEmpty() || text.size() > Limit::VoteChoiceText || seen.contains(text))
            return {};
        seen.insert(text);
        result << text;
    }
    if (result.size() < 2 || result.size() > Limit::VoteChoices)
        return {};
    return result;
}

QString MeetingOutcomeActions::myMemberId()
{
    return SyncState(m_db).value(u"member_id"_s);
}

MeetingOutcomeActions::Result MeetingOutcomeActions::record(const QString &name,
    const QJsonObject &args, const QList<RowRef> &rows, const std::function<void()> &apply,
    const QString &rowId)
{
    try {
        Transaction transaction(m_db);
        const qint64 id = Outbox(m_db).enqueue(name, args, rows);
        PendingRows(m_db).saveBeforeImages(id, rows);
        apply();
        transaction.commit();
        return { id, rowId, {} };
    } catch (const StorageError &) {
        return failure(ActionError::Storage);
    }
}

std::optional<SecretBallot> MeetingOutcomeActions::secretBallot(const QString &voteId)
{
    Statement query(
        m_db, "SELECT ballot_key, choice, cast_at FROM secret_ballots WHERE vote_id = ?1");
    query.bind(1, voteId);
    if (!query.step())
        return std::nullopt;
    return SecretBallot { voteId, query.text(0), query.text(1), query.text(2) };
}

MeetingOutcomeActions::Result MeetingOutcomeActions::comment(
    const QString &meetingId, const QString &text, const QString &replyTo)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > Limit::CommentText)
        return failure(Code::InvalidArgs);
    try {
        const QString me = myMemberId();
        if (me.isEmpty())
            return failure(ActionError::NotSignedIn);
        ReplicaStore replica(m_db);
        const auto meeting = replica.get(QString(RowType::Meeting), meetingId);
        if (!meeting)
            return failure(Code::NotFound);
        if (isOver(*meeting))
            return failure(OutcomeError::MeetingOver);
        if (!replyTo.isEmpty()) {
            const auto parent = replica.get(QString(RowType::MeetingComment), replyTo);
            if (!parent || parent->value(u"meeting_id"_s).toString() != meetingId)
                return failure(Code::NotFound);
        }
        Statement count(m_db, "SELECT count(*) FROM meeting_comments WHERE meeting_id = ?1");
        count.bind(1, meetingId);
        if (count.step() && count.integer(0) >= Limit::MeetingComments)
            return failure(Code::Conflict);
        const auto author = replica.get(QString(RowType::Member), me);
        const QString id = newId();
        const QJsonObject row { { u"id"_s, id }, { u"meeting_id"_s, meetingId },
            { u"member_id"_s, me },
            { u"author_name"_s, author ? author->value(u"full_name"_s) : QJsonValue() },
            { u"text"_s, trimmed },
            { u"reply_to"_s, replyTo.isEmpty() ? QJsonValue() : QJsonValue(replyTo) },
            { u"created_at"_s, Timestamps::toIso(m_clock()) } };
        QJsonObject args { { u"id"_s, id }, { u"meeting_id"_s, meetingId },
            { u"text"_s, trimmed } };
        if (!replyTo.isEmpty())
            args.insert(u"reply_to"_s, replyTo);
        return record(
            QString(Mutation::MeetingComment), args, { { QString(RowType::MeetingComment), id } },
            [&] { replica.put(QString(RowType::MeetingComment), id, 0, row); }, id);
    } catch (const StorageError &) {
        return failure(ActionError::Storage);
    }
}

MeetingOutcomeActions::Result MeetingOutcomeActions::openVote(
    const QString &meetingId, const QString &question, const QStringList &choices, bool secret)
{
    const QString asked = question.trimmed();
    const QStringList offered = validChoices(choices);
    if (asked.isEmpty() || asked.size() > Limit::VoteQuestion || offered.isEmpty())
        return failure(Code::InvalidArgs);
    try {
        ReplicaStore replica(m_db);
        auto meeting = replica.get(QString(RowType::Meeting), meetingId);
        if (!meeting)
            return failure(Code::NotFound);
        if (isOver(*meeting))
            return failure(OutcomeError::MeetingOver);
        const QDateTime startsAt = Timestamps::fromIso(meeting->value(u"starts_at"_s).toString());
        if (startsAt.isValid()
            && m_clock() < startsAt.addSecs(-LocalActions::kAttendanceLeadSeconds))
            return failure(ActionError::TooEarly);
        Statement count(m_db, "SELECT count(*) FROM votes WHERE meeting_id = ?1");
        count.bind(1, meetingId);
        if (count.step() && count.integer(0) >= Limit::MeetingVotes)
            return failure(Code::Conflict);
        const QString id = newId();
        const QJsonArray choiceArray = QJsonArray::fromStringList(offered);
        const QJsonObject row { { u"id"_s, id }, { u"meeting_id"_s, meetingId },
            { u"question"_s, asked }, { u"choices"_s, choiceArray }, { u"secret"_s, secret },
            { u"status"_s, QString(VoteStatus::Open) }, { u"ballots"_s, 0 },
            { u"tally"_s, QJsonValue() }, { u"opened_at"_s, Timestamps::toIso(m_clock()) },
            { u"closed_at"_s, QJsonValue() } };
        const bool starts = meeting->value(u"status"_s).toString() == MeetingStatus::Scheduled;
        QList<RowRef> rows { { QString(RowType::Vote), id } };
        if (starts)
            rows.append({ QString(RowType::Meeting), meetingId });
        const qint64 meetingVersion
            = replica.version(QString(RowType::Meeting), meetingId).value_or(0);
        meeting->insert(u"status"_s, QString(MeetingStatus::InProgress));
        return record(
            QString(Mutation::VoteOpen),
            { { u"id"_s, id }, { u"meeting_id"_s, meetingId }, { u"question"_s, asked },
                { u"choices"_s, choiceArray }, { u"secret"_s, secret } },
            rows,
            [&] {
                replica.put(QString(RowType::Vote), id, 0, row);
                if (starts)
                    replica.put(QString(RowType::Meeting), meetingId, meetingVersion, *meeting);
            },
            id);
    } catch (const StorageError &) {
        return failure(ActionError::Storage);
    }
}

MeetingOutcomeActions::Result MeetingOutcomeActions::closeVote(const QString &voteId)
{
    try {
        ReplicaStore replica(m_db);
        auto vote = replica.get(QString(RowType::Vote), voteId);
        if (!vote)
            return failure(Code::NotFound);
        if (vote->value(u"status"_s).toString() == VoteStatus::Closed)
            return { 0, voteId, {} };
        const qint64 version = replica.version(QString(RowType::Vote), voteId).value_or(0);
        vote->insert(u"status"_s, QString(VoteStatus::Closed));
        vote->insert(u"closed_at"_s, Timestamps::toIso(m_clock()));
        return record(
            QString(Mutation::VoteClose), { { u"id"_s, voteId } },
            { { QString(RowType::Vote), voteId } },
            [&] { replica.put(QString(RowType::Vote), voteId, version, *vote); }, voteId);
    } catch (const StorageError &) {
        return failure(ActionError::Storage);
    }
}

MeetingOutcomeActions::Result MeetingOutcomeActions::castVote(
    const QString &voteId, const QString &choice)
{
    try {
        const QString me = myMemberId();
        if (me.isEmpty())
            return failure(ActionError::NotSignedIn);
        ReplicaStore replica(m_db);
        const auto vote = replica.get(QString(RowType::Vote), voteId);
        if (!vote)
            return failure(Code::NotFound);
        if (vote->value(u"status"_s).toString() != VoteStatus::Open)
            return failure(OutcomeError::VoteClosed);
        if (!vote->value(u"choices"_s).toArray().contains(choice))
            return failure(Code::InvalidArgs);
        const bool secret = vote->value(u"secret"_s).toBool();
        const QString id = castId(voteId, me);
        const QString castAt = Timestamps::toIso(m_clock());
        QJsonObject args { { u"vote_id"_s, voteId }, { u"choice"_s, choice } };
        QString key;
        if (secret) {
            const auto kept = secretBallot(voteId);
            key = kept ? kept->ballotKey : drawBallotKey();
            args.insert(u"ballot_key"_s, key);
        }
        // The member's own row; a secret vote's keeps no choice (the server's does not either).
        const QJsonObject row { { u"id"_s, id }, { u"vote_id"_s, voteId }, { u"member_id"_s, me },
            { u"choice"_s, secret ? QJsonValue() : QJsonValue(choice) }, { u"cast_at"_s, castAt } };
        const qint64 version = replica.version(QString(RowType::VoteCast), id).value_or(0);
        return record(
            QString(Mutation::VoteCast), args, { { QString(RowType::VoteCast), id } },
            [&] {
                replica.put(QString(RowType::VoteCast), id, version, row);
                if (!secret)
                    return;
                Statement keep(m_db,
                    "INSERT INTO secret_ballots(vote_id, ballot_key, choice, cast_at) "
                    "VALUES(?1, ?2, ?3, ?4) ON CONFLICT(vote_id) DO UPDATE SET "
                    "choice = excluded.choice, cast_at = excluded.cast_at");
                keep.bind(1, voteId).bind(2, key).bind(3, choice).bind(4, castAt);
                keep.exec();
            },
            id);
    } catch (const StorageError &) {
        return failure(ActionError::Storage);
    }
}
