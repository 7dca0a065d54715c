#include "mutations/profilemutations.h"

#include "db/sqlrunner.h"
#include "mutationnames.h"
#include "mutations/cellnotifier.h"
#include "mutations/mutationargs.h"
#include "mutations/mutationcommon.h"
#include "profilerules.h"
#include "protocol.h"
#include "records/auditlog.h"
#include "records/profilerequestscope.h"
#include "records/profilevalidator.h"
#include "sync/visibility.h"
#include "timestamps.h"
#include "wirevalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
namespace ChangeOp = Protocol::ChangeOp;
namespace Code = Protocol::ErrorCode;
namespace Decision = Protocol::Decision;
namespace Limit = Protocol::Limit;
namespace Mutation = Protocol::Mutation;
namespace NotificationKind = Protocol::NotificationKind;
namespace RefType = Protocol::RefType;
namespace RequestStatus = Protocol::ProfileRequestStatus;
namespace RowType = Protocol::RowType;
using namespace MutationCommon;

namespace {

MutationOutcome forbidden(const QString &message)
{
    return MutationOutcome::rejected(Code::Forbidden, message);
}

// The values as they will be stored (a cleared field as null).
QJsonObject normalisedFields(const QJsonObject &fields)
{
    QJsonObject result;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QString value = ProfileRules::normalised(it.key(), it.value().toString());
        result.insert(it.key(), value.isEmpty() ? QJsonValue() : QJsonValue(value));
    }
    return result;
}

// How a contact value reads in a notification.
QString shown(const QString &value)
{
    return value.isEmpty() ? u"(để trống)"_s : u"“%1”"_s.arg(value);
}

MutationOutcome profileUpdate(MutationContext &c, const QJsonObject &json)
{
    if (c.user.memberId.isEmpty())
        return notAMember();
    if (!json.value(u"fields"_s).isObject() || json.value(u"fields"_s).toObject().isEmpty())
        return MutationOutcome::rejected(Code::InvalidArgs, u"Thiếu thông tin cần cập nhật."_s);
    const QJsonValue baseArg = json.value(u"base"_s);
    if (!baseArg.isUndefined() && !baseArg.isNull() && !baseArg.isObject())
        return MutationOutcome::rejected(
            Code::InvalidArgs, u"Giá trị trước khi sửa (base) không hợp lệ."_s);
    const QJsonObject fields = json.value(u"fields"_s).toObject();
    const QJsonObject base = baseArg.toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!ProfileRules::contactFields().contains(it.key()))
            return MutationOutcome::rejected(Code::ForbiddenField,
                u"Trường %1 không tự sửa được; hãy gửi yêu cầu thay đổi cho chi bộ."_s.arg(
                    ProfileRules::label(it.key())));
    }
    const QSqlDatabase db = c.tx.db();
    const QJsonObject stored = ProfileValidator::storedProfile(db, c.user.memberId);
    if (const QString problem
        = ProfileValidator::check(stored, fields, ProfileValidator::vietnamDate(c.now));
        !problem.isEmpty())
        return MutationOutcome::rejected(Code::InvalidArgs, problem);

    // Per-field merge: only the fields sent change. A field whose stored value is no longer
    // the one this device saw ("base") was changed meanwhile from another device: this later
    // edit wins, and the member is told both values (never lost silently).
    QStringList assignments;
    QVariantList binds;
    QJsonArray overridden;
    QStringList notice;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        assignments << it.key() + u" = ?"_s; // one of the fixed contact columns checked above
        binds << ProfileValidator::storedValue(it.key(), it.value());
        if (!base.contains(it.key()))
            continue;
        const QString current = stored.value(it.key()).toString();
        const QString mine = ProfileRules::normalised(it.key(), it.value().toString());
        const QString seen = ProfileRules::normalised(it.key(), base.value(it.key()).toString());
        if (seen == current || current == mine)
            continue;
        overridden.append(QJsonObject { { u"field"_s, it.key() },
            { u"previous"_s, current.isEmpty() ? QJsonValue() : QJsonValue(current) },
            { u"value"_s, mine.isEmpty() ? QJsonValue() : QJsonValue(mine) } });
        notice << u"%1: %2 (sửa sau) đã thay cho %3."_s.arg(
            ProfileRules::label(it.key()), shown(mine), shown(current));
    }
    binds << now(c) << c.user.memberId;
    execSql(db,
        u"UPDATE members SET %1, version = version + 1, updated_at = ? WHERE id = ?"_s.arg(
            assignments.join(u", "_s)),
        binds);
    c.tx.recordChange(
        RowType::Member, c.user.memberId, ChangeOp::Put, c.user.orgId, c.user.memberId);

    MutationOutcome outcome = MutationOutcome::ok();
    QStringList overriddenNames;
    for (const QJsonValue &entry : std::as_const(overridden))
        overriddenNames << entry.toObject().value(u"field"_s).toString();
    if (!overridden.isEmpty()) {
        outcome.details.insert(u"overridden"_s, overridden);
        CellNotifier(c).notifyMember(c.user.memberId, c.user.orgId,
            { NotificationKind::ProfileConflict, u"Thông tin liên lạc được sửa trên hai thiết bị"_s,
                notice.join(u'\n'), RefType::Member, c.user.memberId });
    }
    // Who changed which fields of a member record (names only, never values).
    AuditLog::record(db,
        AuditEntry { c.user.userId, c.user.login, QString(Mutation::ProfileUpdate),
            QString(RowType::Member), c.user.memberId, u"ok"_s, {},
            fields.keys().join(u',')
                + (overriddenNames.isEmpty() ? QString()
                                             : u";overrode:"_s + overriddenNames.join(u',')) });
    return outcome;
}

MutationOutcome profileRequest(MutationContext &c, const QJsonObject &json)
{
    MutationArgs args(json);
    const auto id = args.id(u"id"_s);
    const auto reason = id ? args.text(u"reason"_s, Limit::ProfileRequestReason) : std::nullopt;
    if (!reason)
        return args.rejection();
    if (c.user.memberId.isEmpty())
        return notAMember();
    const QJsonObject fields = json.value(u"fields"_s).toObject();
    if (fields.isEmpty())
        return MutationOutcome::rejected(Code::InvalidArgs, u"Thiếu thông tin cần thay đổi."_s);
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!ProfileRules::isRequestable(it.key()))
            return MutationOutcome::rejected(Code::InvalidArgs,
                u"Không thể yêu cầu thay đổi trường %1."_s.arg(ProfileRules::label(it.key())));
    }
    if (const QString problem
        = ProfileValidator::check(ProfileValidator::storedProfile(c.tx.db(), c.user.memberId),
            fields, ProfileValidator::vietnamDate(c.now));
        !problem.isEmpty())
        return MutationOutcome::rejected(Code::InvalidArgs, problem);
    if (scalarSql(c.tx.db(), u"SELECT 1 FROM profile_requests WHERE id = ?"_s, { *id }).isValid())
        return MutationOutcome::rejected(Code::Conflict, u"Yêu cầu này đã được gửi."_s);
    execSql(c.tx.db(),
        u"INSERT INTO profile_requests (id, member_id, fields, reason, status, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?)"_s,
        { *id, c.user.memberId,
            QString::fromUtf8(
                QJsonDocument(normalisedFields(fields)).toJson(QJsonDocument::Compact)),
            *reason, QString(RequestStatus::Pending), now(c) });
    // A secretary's own request goes to the committee directly above the cell.
    c.tx.recordChange(RowType::ProfileRequest, *id, ChangeOp::Put,
        ProfileRequestScope(c.tx.db(), c.user.memberId).decidingOrg(), c.user.memberId);
    // Those who decide it hear of it: which fields, and the member's reason (never the values).
    QStringList labels;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        labels << ProfileRules::label(it.key());
    CellNotifier(c).notifyProfileDeciders(c.user.memberId,
        { NotificationKind::ProfileRequestSubmitted, u"%1 đề nghị sửa hồ sơ"_s.arg(actingMember(c)),
            u"Mục đề nghị sửa: %1.\nLý do: %2"_s.arg(labels.join(u", "_s), reason->trimmed()),
            RefType::ProfileRequest, *id });
    return MutationOutcome::ok();
}

// Applies the approved fields to the member's profile; a rejection if one is no longer valid.
MutationOutcome applyFields(MutationContext &c, const QString &memberId, const QString &memberOrg,
    const QJsonObject &fields)
{
    if (fields.isEmpty())
        return MutationOutcome::rejected(
            Code::InvalidArgs, u"Yêu cầu không có thông tin cần thay đổi."_s);
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!ProfileRules::isRequestable(it.key()))
            return MutationOutcome::rejected(Code::InvalidArgs,
                u"Không thể duyệt thay đổi trường %1."_s.arg(ProfileRules::label(it.key())));
    }
    // Checked again over the profile as it is now (dates in order with today's values).
    if (const QString problem
        = ProfileValidator::check(ProfileValidator::storedProfile(c.tx.db(), memberId), fields,
            ProfileValidator::vietnamDate(c.now));
        !problem.isEmpty())
        return MutationOutcome::rejected(Code::InvalidArgs, problem);
    QStringList assignments;
    QVariantList binds;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        // The key is one of the fixed profile column names checked above.
        assignments << it.key() + u" = ?"_s;
        binds << ProfileValidator::storedValue(it.key(), it.value());
    }
    binds << Timestamps::toIso(c.now) << memberId;
    execSql(c.tx.db(),
        u"UPDATE members SET %1, version = version + 1, updated_at = ? WHERE id = ?"_s.arg(
            assignments.join(u", "_s)),
        binds);
    c.tx.recordChange(RowType::Member, memberId, ChangeOp::Put, memberOrg, memberId);
    return MutationOutcome::ok();
}

MutationOutcome profileRequestDecide(MutationContext &c, const QJsonObject &json)
{
    MutationArgs args(json);
    const auto requestId = args.id(u"request_id"_s);
    const auto decision = requestId ? args.text(u"decision"_s, Limit::Decision) : std::nullopt;
    const auto reason
        = decision ? args.optionalText(u"reason"_s, Limit::DecisionReason) : std::nullopt;
    if (!reason)
        return args.rejection();
    const bool approve = *decision == Decision::Approve;
    if (!approve && *decision != Decision::Reject)
        return MutationOutcome::rejected(
            Code::InvalidArgs, u"Quyết định phải là duyệt hoặc từ chối."_s);
    const QString why = reason->trimmed();
    if (!approve && why.isEmpty())
        return MutationOutcome::rejected(
            Code::InvalidArgs, u"Cần nêu lý do khi từ chối yêu cầu."_s);
    if (!c.user.isSecretary() && !c.user.isCommittee())
        return forbidden(u"Chỉ bí thư chi bộ (với yêu cầu của bí thư: cấp ủy cấp trên trực tiếp) "
                         "được duyệt yêu cầu thay đổi hồ sơ."_s);

    const QSqlDatabase db = c.tx.db();
    QSqlQuery request = runSql(db,
        u"SELECT member_id, fields, status FROM profile_requests WHERE id = ?"_s, { *requestId });
    const auto notFound = [] {
        return MutationOutcome::rejected(
            Code::NotFound, u"Không tìm thấy yêu cầu thay đổi hồ sơ."_s);
    };
    if (!request.next())
        return notFound();
    const QString memberId = request.value(0).toString();
    const QString status = request.value(2).toString();
    // Nobody decides their own request (a secretary's goes to the committee above).
    if (memberId == c.user.memberId)
        return forbidden(u"Bí thư không tự duyệt yêu cầu thay đổi hồ sơ của chính mình."_s);
    const Visibility visibility(db, c.user);
    const ProfileRequestScope scope(db, memberId);
    // The secretary decides the cell's requests; a secretary's own request is decided by the
    // committee of the organisation directly above the cell (not by committees further up,
    // nor by another secretary account of the cell, who no longer pulls it once its member
    // became secretary: ProfileRequestScope::rescopePending).
    const bool decides = c.user.isSecretary()
        ? !scope.decidedAbove() && visibility.isSecretaryOfMember(memberId)
        : scope.decidedAbove() && scope.decidingOrg() == c.user.orgId;
    // Another cell's request answers exactly like a missing one: nothing leaks (but the
    // attempt is audited as denied).
    if (!decides) {
        MutationOutcome outcome = notFound();
        outcome.denied = true;
        return outcome;
    }
    const QString target = QString(approve ? RequestStatus::Approved : RequestStatus::Rejected);
    if (status == target)
        return MutationOutcome::ok(); // decided the same way already (e.g. from another device)
    if (status != RequestStatus::Pending)
        return MutationOutcome::rejected(Code::Conflict, u"Yêu cầu này đã được xử lý trước đó."_s);

    const QString memberOrg = scope.memberOrg();
    if (approve) {
        const QJsonObject fields
            = QJsonDocument::fromJson(request.value(1).toString().toUtf8()).object();
        if (const MutationOutcome applied = applyFields(c, memberId, memberOrg, fields);
            !applied.applied)
            return applied;
    }
    execSql(db,
        u"UPDATE profile_requests SET status = ?, decided_by = ?, decision_reason = ?, "
        "decided_at = ? WHERE id = ?"_s,
        { target, c.user.memberId.isEmpty() ? c.user.userId : c.user.memberId,
            textOrNull(why.isEmpty() ? QString() : why), Timestamps::toIso(c.now), *requestId });
    // In the deciders' scope, so that they (and the member, its owner) pull the decision.
    c.tx.recordChange(
        RowType::ProfileRequest, *requestId, ChangeOp::Put, scope.decidingOrg(), memberId);
    CellNotifier(c).notifyMember(memberId, memberOrg,
        { NotificationKind::ProfileDecision,
            approve ? u"Yêu cầu thay đổi hồ sơ đã được duyệt"_s
                    : u"Yêu cầu thay đổi hồ sơ bị từ chối"_s,
            approve ? u"Hồ sơ của đồng chí đã được cập nhật."_s : u"Lý do: %1"_s.arg(why),
            RefType::ProfileRequest, *requestId });
    AuditLog::record(db,
        AuditEntry { c.user.userId, c.user.login, u"profile.decide"_s,
            QString(RowType::ProfileRequest), *requestId, u"ok"_s, {}, *decision });
    return MutationOutcome::ok();
}

} // namespace

void ProfileMutations::addTo(MutationTable &table)
{
    // The keys of "fields" are checked by the handler (forbidden_field names the field).
    table.insert(Mutation::ProfileUpdate,
        { profileUpdate, { u"fields"_s, u"base_version"_s, u"base"_s },
            { { u"base"_s, ProfileRules::contactFields() } } });
    table.insert(
        Mutation::ProfileRequest, { profileRequest, { u"id"_s, u"fields"_s, u"reason"_s }, {} });
    table.insert(Mutation::ProfileRequestDecide,
        { profileRequestDecide, { u"request_id"_s, u"decision"_s, u"reason"_s }, {} });
}
