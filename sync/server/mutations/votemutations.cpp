#include "mutations/votemutations.h"

#include "db/sqlrunner.h"
#include "mutationnames.h"
#include "mutations/cellmeeting.h"
#include "mutations/mutationargs.h"
#include "mutations/mutationcommon.h"
#include "mutations/roommutations.h"
#include "protocol.h"
#include "records/auditlog.h"
#include "records/meetingoutcomes.h"
#include "sync/visibility.h"
#include "wirevalues.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;
namespace ChangeOp = Protocol::ChangeOp;
namespace Code = Protocol::ErrorCode;
namespace Limit = Protocol::Limit;
namespace Mutation = Protocol::Mutation;
namespace RowType = Protocol::RowType;
namespace VoteStatus = Protocol::VoteStatus;
using namespace MutationCommon;

namespace {

// The audit entry of a vote mutation: who, which vote; never a choice or a ballot key.
void audit(MutationContext &c, QLatin1StringView action, const QString &voteId)
{
    AuditLog::record(c.tx.db(),
        AuditEntry { c.user.userId, c.user.login, QString(action), QString(RowType::Vote), voteId,
            u"ok"_s, {}, {} });
}

MutationOutcome voteNotFound(bool exists)
{
    return MutationOutcome::notFound(
        u"Không tìm thấy biểu quyết này trong chi bộ của đồng chí."_s, exists);
}

// A stored vote and its meeting's cell.
struct StoredVote
{
    QString meetingId;
    QString orgId;
    QString question;
    QJsonArray choices;
    bool secret = false;
    QString status;
};

std::optional<StoredVote> findVote(const QSqlDatabase &db, const QString &id)
{
    QSqlQuery query = runSql(db,
        u"SELECT v.meeting_id, m.org_id, v.question, v.choices, v.secret, v.status FROM votes v "
        "JOIN meetings m ON m.id = v.meeting_id WHERE v.id = ?"_s,
        { id });
    if (!query.next())
        return std::nullopt;
    return StoredVote { query.value(0).toString(), query.value(1).toString(),
        query.value(2).toString(),
        QJsonDocument::fromJson(query.value(3).toString().toUtf8()).array(),
        query.value(4).toLongLong() != 0, query.value(5).toString() };
}

// vote.open's choices: 2..10 distinct texts of 1..200 characters, trimmed.
std::optional<QJsonArray> parseChoices(const QJsonValue &value, MutationOutcome *rejection)
{
    const QJsonArray list = value.toArray();
    if (!value.isArray() || list.size() < 2 || list.size() > Limit::VoteChoices) {
        *rejection = invalid(u"Biểu quyết cần từ 2 đến %1 phương án."_s.arg(Limit::VoteChoices));
        return std::nullopt;
    }
    QJsonArray choices;
    QSet<QString> seen;
    for (const QJsonValue &item : list) {
        const QString text = item.toString().trimmed();
        if (!item.isString() || text.isEmpty() || text.size() > Limit::VoteChoiceText) {
            *rejection = invalid(
                u"Mỗi phương án biểu quyết dài từ 1 đến %1 ký tự."_s.arg(Limit::VoteChoiceText));
            return std::nullopt;
        }
        if (seen.contains(text)) {
            *rejection = invalid(u"Các phương án biểu quyết phải khác nhau."_s);
            return std::nullopt;
        }
        seen.insert(text);
        choices.append(text);
    }
    return choices;
}

MutationOutcome voteOpen(MutationContext &c, const QJsonObject &json)
{
    MutationArgs args(json);
    const auto id = args.id(u"id"_s);
    const auto meetingId = id ? args.id(u"meeting_id"_s) : std::nullopt;
    const auto question = meetingId ? args.text(u"question"_s, Limit::VoteQuestion) : std::nullopt;
    if (!question)
        return args.rejection();
    MutationOutcome rejection;
    const auto choices = parseChoices(json.value(u"choices"_s), &rejection);
    if (!choices)
        return rejection;
    if (!json.value(u"secret"_s).isBool())
        return invalid(u"secret phải là true (bỏ phiếu kín) hoặc false (biểu quyết công khai)."_s);
    const bool secret = json.value(u"secret"_s).toBool();
    const auto meeting = MeetingRecord::ofSecretary(c, *meetingId, &rejection);
    if (!meeting)
        return rejection;
    const QSqlDatabase db = c.tx.db();
    if (const auto existing = findVote(db, *id)) {
        // The same vote sent again is applied once; another under this id is not.
        if (existing->meetingId == *meetingId && existing->question == question->trimmed()
            && existing->choices == *choices && existing->secret == secret)
            return MutationOutcome::ok();
        return MutationOutcome::rejected(
            Code::Conflict, u"Mã biểu quyết này đã được dùng cho một biểu quyết khác."_s);
    }
    if (!meeting->isOn())
        return MutationOutcome::rejected(Code::Conflict,
            u"Buổi sinh hoạt đã kết thúc hoặc đã bị hủy: không thể mở biểu quyết."_s);
    if (meeting->tooEarly(c.now))
        return MutationOutcome::rejected(
            Code::Conflict, u"Chưa đến giờ họp: biểu quyết được mở từ một giờ trước giờ họp."_s);
    if (scalarSql(db, u"SELECT count(*) FROM votes WHERE meeting_id = ?"_s, { *meetingId }).toInt()
        >= Limit::MeetingVotes)
        return MutationOutcome::rejected(Code::Conflict,
            u"Buổi sinh hoạt đã có %1 biểu quyết, không mở thêm."_s.arg(Limit::MeetingVotes));
    execSql(db,
        u"INSERT INTO votes (id, meeting_id, question, choices, secret, status, ballots, "
        "opened_by, opened_at, version) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, 1)"_s,
        { *id, *meetingId, question->trimmed(),
            QString::fromUtf8(QJsonDocument(*choices).toJson(QJsonDocument::Compact)),
            secret ? 1 : 0, QString(VoteStatus::Open), c.user.userId, now(c) });
    c.tx.recordChange(RowType::Vote, *id, ChangeOp::Put, meeting->orgId);
    meeting->begin(c.tx);
    audit(c, Mutation::VoteOpen, *id);
    // Ballots cast in the meeting room before this vote reached the server (DESIGN.md 8.8).
    RoomMutations::applyHeldBallots(c, *id);
    return MutationOutcome::ok();
}

MutationOutcome voteClose(MutationContext &c, const QJsonObject &json)
{
    MutationArgs args(json);
    const auto id = args.id(u"id"_s);
    if (!id)
        return args.rejection();
    if (!c.user.isSecretary())
        return MutationOutcome::rejected(
            Code::Forbidden, u"Chỉ bí thư chi bộ được kết thúc biểu quyết."_s);
    const auto vote = findVote(c.tx.db(), *id);
    if (!vote || vote->orgId != c.user.orgId)
        return voteNotFound(vote.has_value());
    if (vote->status == VoteStatus::Closed)
        return MutationOutcome::ok(); // already closed
    MeetingOutcomes::closeVote(c.tx, *id, vote->orgId, now(c));
    audit(c, Mutation::VoteClose, *id);
    return MutationOutcome::ok();
}

// The SHA-256 (hex) of a ballot key's 32 bytes: all the server keeps of it.
QString ballotHash(const QString &key)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QByteArray::fromHex(key.toLatin1()), QCryptographicHash::Sha256)
            .toHex());
}

// Counts a new cast: the member's vote_cast row, one more ballot on the vote row.
void recordCast(MutationContext &c, const QString &memberId, const QString &voteId,
    const StoredVote &vote, const QString &castId, const QVariant &choice)
{
    execSql(c.tx.db(),
        u"INSERT INTO vote_casts (id, vote_id, member_id, choice, cast_at, version) "
        "VALUES (?, ?, ?, ?, ?, 1)"_s,
        { castId, voteId, memberId, choice, now(c) });
    c.tx.recordChange(RowType::VoteCast, castId, ChangeOp::Put, vote.orgId, memberId);
    execSql(c.tx.db(),
        u"UPDATE votes SET ballots = ballots + 1, version = version + 1 WHERE id = ?"_s,
        { voteId });
    c.tx.recordChange(RowType::Vote, voteId, ChangeOp::Put, vote.orgId);
}

MutationOutcome castSecret(MutationContext &c, const QString &memberId, const QString &voteId,
    const StoredVote &vote, const QString &choice, const QString &key, bool castBefore)
{
    const QSqlDatabase db = c.tx.db();
    const QString hash = ballotHash(key);
    const QVariant stored = scalarSql(db,
        u"SELECT choice FROM secret_ballots WHERE vote_id = ? AND ballot_hash = ?"_s,
        { voteId, hash });
    // Only the device holding the key of the member's first ballot may change it; a key that
    // is already there without a cast of this member is not this member's.
    if (castBefore != stored.isValid())
        return MutationOutcome::rejected(Code::Conflict,
            u"Đồng chí đã bỏ phiếu kín trong biểu quyết này từ một thiết bị khác; lá phiếu đó "
            "được giữ nguyên."_s);
    if (!castBefore) {
        execSql(db, u"INSERT INTO secret_ballots (vote_id, ballot_hash, choice) VALUES (?, ?, ?)"_s,
            { voteId, hash, choice });
        recordCast(c, memberId, voteId, vote, voteId + u':' + memberId, textOrNull(QString()));
    } else if (stored.toString() != choice) {
        // Nothing else changes: the member's cast row holds no choice.
        execSql(db, u"UPDATE secret_ballots SET choice = ? WHERE vote_id = ? AND ballot_hash = ?"_s,
            { choice, voteId, hash });
    }
    return MutationOutcome::ok();
}

MutationOutcome voteCast(MutationContext &c, const QJsonObject &json)
{
    MutationArgs args(json);
    const auto voteId = args.id(u"vote_id"_s);
    const auto choice = voteId ? args.text(u"choice"_s, Limit::VoteChoiceText) : std::nullopt;
    const auto key = choice ? args.optionalText(u"ballot_key"_s, Limit::BallotKey) : std::nullopt;
    if (!key)
        return args.rejection();
    static const QRegularExpression hex(u"^[0-9a-f]{64}$"_s);
    const QString ballotKey = key->isNull() ? QString() : key->toLower();
    if (!key->isNull() && !hex.match(ballotKey).hasMatch())
        return invalid(u"ballot_key phải là 64 chữ số hệ mười sáu."_s);
    if (c.user.memberId.isEmpty())
        return notAMember();
    MutationOutcome outcome = VoteMutations::cast(c, c.user.memberId, *voteId, *choice, ballotKey);
    if (outcome.applied)
        audit(c, Mutation::VoteCast, *voteId);
    return outcome;
}

} // namespace

MutationOutcome VoteMutations::cast(MutationContext &c, const QString &memberId,
    const QString &voteId, const QString &choice, const QString &ballotKey)
{
    const QSqlDatabase db = c.tx.db();
    const auto vote = findVote(db, voteId);
    if (!vote || vote->orgId != Visibility(db, c.user).orgOfMember(memberId))
        return voteNotFound(vote.has_value());
    if (vote->status != VoteStatus::Open)
        return MutationOutcome::rejected(Code::Conflict,
            u"Biểu quyết đã kết thúc trước khi lá phiếu của đồng chí đến máy chủ, nên lá phiếu "
            "này không được tính. Kết quả biểu quyết có trên trang buổi sinh hoạt."_s);
    if (scalarSql(db, u"SELECT present FROM attendance WHERE id = ?"_s,
            { vote->meetingId + u':' + memberId })
            .toInt()
        != 1)
        return MutationOutcome::rejected(Code::Conflict,
            u"Đồng chí chưa được điểm danh có mặt ở buổi sinh hoạt này nên chưa thể biểu quyết. "
            "Đề nghị đồng chí báo bí thư chi bộ điểm danh rồi biểu quyết lại."_s);
    if (!vote->choices.contains(QJsonValue(choice)))
        return invalid(u"Phương án này không có trong biểu quyết."_s);
    if (vote->secret == ballotKey.isEmpty())
        return invalid(vote->secret ? u"Bỏ phiếu kín cần ballot_key của thiết bị."_s
                                    : u"Biểu quyết công khai không dùng ballot_key."_s);

    const QString castId = voteId + u':' + memberId;
    QSqlQuery cast = runSql(db, u"SELECT choice FROM vote_casts WHERE id = ?"_s, { castId });
    const bool castBefore = cast.next();
    const QString previous = castBefore ? cast.value(0).toString() : QString();
    cast.finish();
    if (vote->secret)
        return castSecret(c, memberId, voteId, *vote, choice, ballotKey, castBefore);
    if (!castBefore) {
        recordCast(c, memberId, voteId, *vote, castId, choice);
    } else if (previous != choice) {
        // A new cast replaces the member's ballot until the vote closes.
        execSql(db,
            u"UPDATE vote_casts SET choice = ?, cast_at = ?, version = version + 1 WHERE id = ?"_s,
            { choice, now(c), castId });
        c.tx.recordChange(RowType::VoteCast, castId, ChangeOp::Put, vote->orgId, memberId);
    }
    return MutationOutcome::ok();
}

void VoteMutations::addTo(MutationTable &table)
{
    table.insert(Mutation::VoteOpen,
        { voteOpen, { u"id"_s, u"meeting_id"_s, u"question"_s, u"choices"_s, u"secret"_s }, {} });
    table.insert(Mutation::VoteClose, { voteClose, { u"id"_s }, {} });
    table.insert(
        Mutation::VoteCast, { voteCast, { u"vote_id"_s, u"choice"_s, u"ballot_key"_s }, {} });
}
