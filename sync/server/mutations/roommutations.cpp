#include "mutations/roommutations.h"

#include "auth/roomcertificates.h"
#include "db/sqlrunner.h"
#include "devicecertificate.h"
#include "mutationnames.h"
#include "mutations/cellmeeting.h"
#include "mutations/mutationargs.h"
#include "mutations/mutationcommon.h"
#include "mutations/votemutations.h"
#include "protocol.h"
#include "roomstatement.h"
#include "sync/visibility.h"
#include "timestamps.h"
#include "wirevalues.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;
namespace Code = Protocol::ErrorCode;
namespace Limit = Protocol::Limit;
namespace MeetingStatus = Protocol::MeetingStatus;
namespace Mutation = Protocol::Mutation;
namespace VoteStatus = Protocol::VoteStatus;
using namespace MutationCommon;

namespace {

// The audit entries' target type.
constexpr QLatin1StringView kTarget("room_statement");
// A sealed box's base64 at most (a ballot of a few hundred bytes).
constexpr int kSealedMaxLength = 4096;

const QStringList &statementKeys()
{
    static const QStringList keys { u"v"_s, u"type"_s, u"id"_s, u"meeting_id"_s, u"vote_id"_s,
        u"member_id"_s, u"device_id"_s, u"choice"_s, u"sealed"_s, u"at"_s, u"signature"_s };
    return keys;
}

const QStringList &certificateKeys()
{
    static const QStringList keys { u"v"_s, u"type"_s, u"device_id"_s, u"user_id"_s, u"member_id"_s,
        u"org_id"_s, u"role"_s, u"public_key"_s, u"valid_from"_s, u"valid_until"_s,
        u"signature"_s };
    return keys;
}

MutationOutcome forbidden(const QString &message)
{
    return MutationOutcome::rejected(Code::Forbidden, message);
}

MutationOutcome conflict(const QString &message)
{
    return MutationOutcome::rejected(Code::Conflict, message);
}

// A pushed statement and certificate, their form checked.
struct Pushed
{
    QJsonObject statement;
    QJsonObject certificate;
    RoomStatement::Fields fields;
};

std::optional<Pushed> readPushed(
    const QJsonObject &json, QLatin1StringView type, MutationOutcome *rejection)
{
    const QJsonValue statement = json.value(Protocol::Room::Statement);
    const QJsonValue certificate = json.value(Protocol::Room::MemberCertificate);
    if (!statement.isObject() || !certificate.isObject()) {
        *rejection = invalid(u"Thiếu lời xác nhận của thiết bị (statement) hoặc chứng thư của "
                             "thiết bị (member_certificate)."_s);
        return std::nullopt;
    }
    const QJsonObject object = statement.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString()) {
            *rejection = invalid(u"statement.%1 phải là chuỗi ký tự."_s.arg(it.key()));
            return std::nullopt;
        }
    }
    MutationArgs args(object);
    const bool ballot = type == RoomStatement::Ballot;
    if (!args.id(u"id"_s) || !args.id(u"meeting_id"_s) || !args.id(u"member_id"_s)
        || !args.id(u"device_id"_s) || (ballot && !args.id(u"vote_id"_s))
        || !args.optionalText(u"choice"_s, Limit::VoteChoiceText)
        || !args.optionalText(u"sealed"_s, kSealedMaxLength)) {
        *rejection = args.rejection();
        return std::nullopt;
    }
    if (object.value(u"type"_s).toString() != type) {
        *rejection = invalid(u"Loại lời xác nhận không khớp với thao tác."_s);
        return std::nullopt;
    }
    return Pushed { object, certificate.toObject(), RoomStatement::fields(object) };
}

QString heldText(const QJsonObject &statement)
{
    return QString::fromUtf8(QJsonDocument(statement).toJson(QJsonDocument::Compact));
}

void insertRow(MutationContext &c, const RoomStatement::Fields &f, const QString &digest,
    const QVariant &held, bool applied)
{
    execSql(c.tx.db(),
        u"INSERT INTO room_statements (id, type, meeting_id, vote_id, member_id, digest, held, "
        "received_at, applied_at, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        { f.id, f.type, f.meetingId, f.voteId, f.memberId, digest, held, now(c),
            applied ? QVariant(now(c)) : textOrNull(QString()),
            applied ? QVariant(QString(Protocol::MutationStatus::Applied))
                    : textOrNull(QString()) });
}

// A ballot's choice and ballot key: an open one's in the clear, a secret one's from its sealed
// box (which must name this vote and member); nullopt when the box does not open so.
std::optional<std::pair<QString, QString>> ballotOf(
    const RoomStatement::Fields &f, const QByteArray &roomSecretKey)
{
    if (f.sealed.isEmpty())
        return std::pair { f.choice, QString() };
    const auto opened = RoomStatement::unseal(f.sealed, roomSecretKey);
    if (!opened || opened->voteId != f.voteId || opened->memberId != f.memberId)
        return std::nullopt;
    return std::pair { opened->choice, opened->ballotKey };
}

MutationOutcome checkIn(
    MutationContext &c, const Pushed &pushed, const MeetingRecord &meeting, const QString &digest)
{
    const RoomStatement::Fields &f = pushed.fields;
    if (meeting.status == MeetingStatus::Cancelled)
        return conflict(u"Buổi sinh hoạt đã bị hủy, không thể điểm danh."_s);
    if (!meeting.isOn())
        return conflict(u"Buổi sinh hoạt đã kết thúc trước khi lượt điểm danh này đến máy chủ."_s);
    if (meeting.tooEarly(c.now))
        return conflict(u"Chưa đến giờ họp, chưa thể điểm danh."_s);
    meeting.markAttendance(c.tx, f.memberId, true);
    insertRow(c, f, digest, textOrNull(QString()), true);
    return MutationOutcome::ok();
}

MutationOutcome ballot(MutationContext &c, const Pushed &pushed, const MeetingRecord &meeting,
    const QString &digest, const QByteArray &roomSecretKey)
{
    const RoomStatement::Fields &f = pushed.fields;
    const auto choice = ballotOf(f, roomSecretKey);
    if (!choice)
        return forbidden(u"Lá phiếu kín không mở được bằng khóa của máy chủ hoặc không phải của "
                         "biểu quyết và đảng viên này."_s);
    const QSqlDatabase db = c.tx.db();
    QSqlQuery vote
        = runSql(db, u"SELECT meeting_id, status FROM votes WHERE id = ?"_s, { f.voteId });
    if (!vote.next()) {
        // Opened in the room and not synced yet: held until vote.open creates it.
        if (!meeting.isOn())
            return conflict(u"Buổi sinh hoạt đã kết thúc hoặc đã bị hủy; biểu quyết của lá phiếu "
                            "này không có trên máy chủ."_s);
        insertRow(c, f, digest, heldText(pushed.statement), false);
        return MutationOutcome::ok();
    }
    if (vote.value(0).toString() != f.meetingId)
        return conflict(u"Biểu quyết này không thuộc buổi sinh hoạt của lá phiếu."_s);
    if (vote.value(1).toString() != VoteStatus::Open)
        return conflict(u"Biểu quyết đã kết thúc trước khi lá phiếu này đến máy chủ, nên lá phiếu "
                        "không được tính."_s);
    vote.finish();
    MutationOutcome outcome
        = VoteMutations::cast(c, f.memberId, f.voteId, choice->first, choice->second);
    if (outcome.applied)
        insertRow(c, f, digest, textOrNull(QString()), true);
    return outcome;
}

MutationOutcome check(
    MutationContext &c, const QJsonObject &json, QLatin1StringView type, QString *statementId)
{
    MutationOutcome rejection;
    const auto pushed = readPushed(json, type, &rejection);
    if (!pushed)
        return rejection;
    const RoomStatement::Fields &f = pushed->fields;
    *statementId = f.id;
    const QSqlDatabase db = c.tx.db();
    const auto meeting = MeetingRecord::find(db, f.meetingId);
    if (!meeting || !Visibility(db, c.user).canSeeMeeting(f.meetingId))
        return MutationOutcome::notFound(
            u"Không tìm thấy buổi sinh hoạt của chi bộ đồng chí."_s, meeting.has_value());
    if (c.user.memberId != f.memberId && !(c.user.isSecretary() && c.user.orgId == meeting->orgId))
        return forbidden(u"Chỉ đảng viên đã ký hoặc bí thư chi bộ được gửi lời xác nhận này."_s);
    const RoomCertificates::RoomKey key = RoomCertificates::roomKey(db);
    const RoomStatement::Failure failure
        = RoomStatement::verify(pushed->statement, pushed->certificate, key.publicKey);
    if (failure == RoomStatement::Failure::Malformed)
        return invalid(u"Lời xác nhận của thiết bị không đúng mẫu."_s);
    if (failure != RoomStatement::Failure::None)
        return forbidden(u"Chữ ký của thiết bị trên lời xác nhận không hợp lệ (%1)."_s.arg(
            RoomStatement::failureCode(failure)));
    if (DeviceCertificate::orgId(pushed->certificate) != meeting->orgId)
        return forbidden(u"Chứng thư của thiết bị không thuộc chi bộ của buổi sinh hoạt."_s);

    // Exactly once: the same statement again (the other device's push) changes nothing.
    const QString digest = RoomStatement::digest(pushed->statement);
    const QVariant known
        = scalarSql(db, u"SELECT digest FROM room_statements WHERE id = ?"_s, { f.id });
    if (known.isValid())
        return known.toString() == digest
            ? MutationOutcome::ok()
            : conflict(u"Mã lời xác nhận này đã được dùng cho một lời xác nhận khác."_s);

    const QVariant revoked
        = scalarSql(db, u"SELECT revoked_at FROM devices WHERE id = ?"_s, { f.deviceId });
    if (!revoked.isValid() || !revoked.isNull())
        return forbidden(u"Thiết bị đã ký lời xác nhận này đã bị thu hồi."_s);
    if (Visibility(db, c.user).orgOfMember(f.memberId) != meeting->orgId)
        return forbidden(u"Đảng viên đã ký không còn thuộc chi bộ của buổi sinh hoạt."_s);
    if (scalarSql(db,
            u"SELECT id FROM room_statements WHERE meeting_id = ? AND type = ? AND vote_id = ? "
            "AND member_id = ?"_s,
            { f.meetingId, f.type, f.voteId, f.memberId })
            .isValid())
        return conflict(type == RoomStatement::Ballot
                ? u"Đảng viên đã có một lá phiếu khác trong biểu quyết này; lá phiếu đầu tiên "
                  "được giữ nguyên."_s
                : u"Đảng viên đã được điểm danh bằng một lời xác nhận khác."_s);
    return type == RoomStatement::Ballot ? ballot(c, *pushed, *meeting, digest, key.secretKey)
                                         : checkIn(c, *pushed, *meeting, digest);
}

// Checks and applies a pushed statement; audits the push with the statement's id and the
// outcome's code (never a choice), whatever the outcome.
MutationOutcome push(
    MutationContext &c, const QJsonObject &json, QLatin1StringView type, QLatin1StringView mutation)
{
    QString statementId;
    MutationOutcome outcome = check(c, json, type, &statementId);
    outcome.audit = AuditEntry { c.user.userId, c.user.login, QString(mutation), QString(kTarget),
        statementId.left(64), outcome.applied ? u"ok"_s : u"refused"_s, {}, outcome.errorCode };
    return outcome;
}

MutationOutcome roomCheckIn(MutationContext &c, const QJsonObject &json)
{
    return push(c, json, RoomStatement::CheckIn, Mutation::RoomCheckIn);
}

MutationOutcome roomBallot(MutationContext &c, const QJsonObject &json)
{
    return push(c, json, RoomStatement::Ballot, Mutation::RoomBallot);
}

} // namespace

void RoomMutations::addTo(MutationTable &table)
{
    const QStringList arguments { QString(Protocol::Room::Statement),
        QString(Protocol::Room::MemberCertificate) };
    const QHash<QString, QStringList> shapes {
        { QString(Protocol::Room::Statement), statementKeys() },
        { QString(Protocol::Room::MemberCertificate), certificateKeys() },
    };
    table.insert(Mutation::RoomCheckIn, { roomCheckIn, arguments, shapes });
    table.insert(Mutation::RoomBallot, { roomBallot, arguments, shapes });
}

void RoomMutations::applyHeldBallots(MutationContext &c, const QString &voteId)
{
    const QSqlDatabase db = c.tx.db();
    QList<QPair<QString, QString>> held;
    QSqlQuery query = runSql(db,
        u"SELECT id, held FROM room_statements WHERE vote_id = ? AND held IS NOT NULL "
        "ORDER BY received_at, id"_s,
        { voteId });
    while (query.next())
        held.append({ query.value(0).toString(), query.value(1).toString() });
    query.finish();
    if (held.isEmpty())
        return;
    const QString meetingId
        = scalarSql(db, u"SELECT meeting_id FROM votes WHERE id = ?"_s, { voteId }).toString();
    const QByteArray roomSecretKey = RoomCertificates::roomKey(db).secretKey;
    for (const auto &[id, text] : std::as_const(held)) {
        const RoomStatement::Fields f
            = RoomStatement::fields(QJsonDocument::fromJson(text.toUtf8()).object());
        MutationOutcome outcome;
        if (f.meetingId != meetingId) {
            outcome = conflict(u"Biểu quyết này không thuộc buổi sinh hoạt của lá phiếu."_s);
        } else if (const auto choice = ballotOf(f, roomSecretKey)) {
            outcome = VoteMutations::cast(c, f.memberId, voteId, choice->first, choice->second);
        } else {
            outcome = forbidden(u"Lá phiếu kín không mở được."_s);
        }
        execSql(db,
            u"UPDATE room_statements SET held = NULL, applied_at = ?, outcome = ? WHERE id = ?"_s,
            { now(c),
                outcome.applied ? QString(Protocol::MutationStatus::Applied) : outcome.errorCode,
                id });
        AuditLog::record(db,
            AuditEntry { c.user.userId, c.user.login, QString(Mutation::RoomBallot),
                QString(kTarget), id, outcome.applied ? u"ok"_s : u"refused"_s, {},
                outcome.errorCode });
    }
}
