#include "mutations/profiledecisions.h"

#include "records/auditlog.h"
#include "mutations/cellnotifier.h"
#include "mutations/mutationargs.h"
#include "records/profilerequestscope.h"
#include "profilerules.h"
#include "records/profilevalidator.h"
#include "db/sqlrunner.h"
#include "timestamps.h"
#include "sync/visibility.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

MutationOutcome forbidden(const QString &message)
{
    return MutationOutcome::rejected(u"forbidden"_s, message);
}

// Applies the approved fields to the member's profile; a rejection if one is no longer valid.
MutationOutcome applyFields(MutationContext &c, const QString &memberId, const QString &memberOrg,
    const QJsonObject &fields)
{
    if (fields.isEmpty())
        return MutationOutcome::rejected(
            u"invalid_args"_s, u"Yêu cầu không có thông tin cần thay đổi."_s);
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!ProfileRules::isRequestable(it.key()))
            return MutationOutcome::rejected(u"invalid_args"_s,
                u"Không thể duyệt thay đổi trường %1."_s.arg(ProfileRules::label(it.key())));
    }
    // Checked again over the profile as it is now (dates in order with today's values).
    if (const QString problem
        = ProfileValidator::check(ProfileValidator::storedProfile(c.tx.db(), memberId), fields,
            ProfileValidator::vietnamDate(c.now));
        !problem.isEmpty())
        return MutationOutcome::rejected(u"invalid_args"_s, problem);
    QStringList assignments;
    QVariantList binds;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        // The key is one of the fixed profile column names checked above.
        assignments << it.key() + u" = ?"_s;
        binds << ProfileValidator::storedValue(it.key(), it.value());
    }
    binds << Timestamps::toIso(c.now) << memberId;
    runSql(c.tx.db(),
        u"UPDATE members SET %1, version = version + 1, updated_at = ? WHERE id = ?"_s.arg(
            assignments.join(u", "_s)),
        binds);
    c.tx.recordChange(u"member"_s, memberId, u"put"_s, memberOrg, memberId);
    return MutationOutcome::ok();
}

MutationOutcome profileRequestDecide(MutationContext &c, const QJsonObject &json)
{
    MutationArgs args(json);
    const auto requestId = args.id(u"request_id"_s);
    const auto decision = requestId ? args.text(u"decision"_s, 20) : std::nullopt;
    const auto reason = decision ? args.optionalText(u"reason"_s, 1000) : std::nullopt;
    if (!reason)
        return args.rejection();
    const bool approve = *decision == u"approve";
    if (!approve && *decision != u"reject")
        return MutationOutcome::rejected(
            u"invalid_args"_s, u"Quyết định phải là duyệt hoặc từ chối."_s);
    const QString why = reason->trimmed();
    if (!approve && why.isEmpty())
        return MutationOutcome::rejected(
            u"invalid_args"_s, u"Cần nêu lý do khi từ chối yêu cầu."_s);
    if (!c.user.isSecretary() && !c.user.isCommittee())
        return forbidden(u"Chỉ bí thư chi bộ (với yêu cầu của bí thư: cấp ủy cấp trên trực tiếp) "
                         "được duyệt yêu cầu thay đổi hồ sơ."_s);

    const QSqlDatabase db = c.tx.db();
    QSqlQuery request = runSql(db,
        u"SELECT member_id, fields, status FROM profile_requests WHERE id = ?"_s, { *requestId });
    const auto notFound = [] {
        return MutationOutcome::rejected(
            u"not_found"_s, u"Không tìm thấy yêu cầu thay đổi hồ sơ."_s);
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
    const QString target = approve ? u"approved"_s : u"rejected"_s;
    if (status == target)
        return MutationOutcome::ok(); // decided the same way already (e.g. from another device)
    if (status != u"pending")
        return MutationOutcome::rejected(u"conflict"_s, u"Yêu cầu này đã được xử lý trước đó."_s);

    const QString memberOrg = scope.memberOrg();
    if (approve) {
        const QJsonObject fields
            = QJsonDocument::fromJson(request.value(1).toString().toUtf8()).object();
        if (const MutationOutcome applied = applyFields(c, memberId, memberOrg, fields);
            !applied.applied)
            return applied;
    }
    runSql(db,
        u"UPDATE profile_requests SET status = ?, decided_by = ?, decision_reason = ?, "
        "decided_at = ? WHERE id = ?"_s,
        { target, c.user.memberId.isEmpty() ? c.user.userId : c.user.memberId,
            textOrNull(why.isEmpty() ? QString() : why), Timestamps::toIso(c.now), *requestId });
    // In the deciders' scope, so that they (and the member, its owner) pull the decision.
    c.tx.recordChange(u"profile_request"_s, *requestId, u"put"_s, scope.decidingOrg(), memberId);
    CellNotifier(c).notifyMember(memberId, memberOrg,
        { u"profile_decision"_s,
            approve ? u"Yêu cầu thay đổi hồ sơ đã được duyệt"_s
                    : u"Yêu cầu thay đổi hồ sơ bị từ chối"_s,
            approve ? u"Hồ sơ của đồng chí đã được cập nhật."_s : u"Lý do: %1"_s.arg(why),
            u"profile_request"_s, *requestId });
    AuditLog::record(db,
        AuditEntry { c.user.userId, c.user.login, u"profile.decide"_s, u"profile_request"_s,
            *requestId, u"ok"_s, {}, *decision });
    return MutationOutcome::ok();
}

} // namespace

void ProfileDecisions::addTo(MutationTable &table)
{
    table.insert(u"profile.request.decide"_s,
        { profileRequestDecide, { u"request_id"_s, u"decision"_s, u"reason"_s }, {} });
}
