#include "mutations/draftmutations.h"

#include "db/sqlrunner.h"
#include "mutationnames.h"
#include "mutations/cellnotifier.h"
#include "mutations/mutationargs.h"
#include "mutations/mutationcommon.h"
#include "protocol.h"
#include "publicationsignature.h"
#include "records/auditlog.h"
#include "records/documentdrafts.h"
#include "records/documentpublisher.h"
#include "records/documentwithdrawal.h"
#include "records/orgtree.h"
#include "sync/visibility.h"
#include "wirevalues.h"

#include <QDate>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
namespace Code = Protocol::ErrorCode;
namespace DraftStatus = Protocol::DraftStatus;
namespace Limit = Protocol::Limit;
namespace Mutation = Protocol::Mutation;
namespace NotificationKind = Protocol::NotificationKind;
namespace RowType = Protocol::RowType;
namespace SyncCode = Protocol::SyncErrorCode;
using namespace MutationCommon;
using Failure = PublicationSignature::Failure;

namespace {

constexpr int kMaxMime = 100;
constexpr int kMaxFileName = 255;
constexpr int kMaxSignature = 200; // base64 of 64 bytes is 88 characters

MutationOutcome forbidden(const QString &message)
{
    return MutationOutcome::rejected(Code::Forbidden, message);
}

MutationOutcome conflict(const QString &message)
{
    return MutationOutcome::rejected(Code::Conflict, message);
}

// A draft the caller may not see: the same answer whether it exists or not.
MutationOutcome draftNotFound(bool exists)
{
    return MutationOutcome::notFound(
        u"Dự thảo không tồn tại hoặc đồng chí không có quyền xem."_s, exists);
}

// A committee user of the organisation (the draft's, the document's publisher).
bool isCommitteeOf(const MutationContext &c, const QString &orgId)
{
    return c.user.isCommittee() && !orgId.isEmpty() && c.user.orgId == orgId;
}

void audit(MutationContext &c, QLatin1StringView action, const QString &type, const QString &id,
    const QString &detail = {})
{
    AuditLog::record(c.tx.db(),
        AuditEntry { c.user.userId, c.user.login, QString(action), type, id, u"ok"_s, {}, detail });
}

// One attachment of document.draft.put: {sha256, name, mime, size?}; the size, when given,
// must be the uploaded file's.
std::optional<QJsonObject> parseAttachment(const QJsonValue &value, MutationOutcome *rejection)
{
    static const QRegularExpression hash(u"^[0-9a-f]{64}$"_s);
    static const QRegularExpression mime(u"^[a-z0-9][a-z0-9.+_-]*/[a-z0-9][a-z0-9.+_-]*$"_s);
    static const QRegularExpression badName(u"[/\\\\\\x00-\\x1f]"_s);
    const QJsonObject object = value.toObject();
    const QString sha256 = object.value(u"sha256"_s).toString().toLower();
    const QString type = object.value(u"mime"_s).toString().toLower();
    const QString name = object.value(u"name"_s).toString().trimmed();
    const QJsonValue size = object.value(u"size"_s);
    if (!value.isObject() || !hash.match(sha256).hasMatch()) {
        *rejection = invalid(u"Tệp đính kèm cần mã sha256 hợp lệ."_s);
    } else if (!size.isUndefined() && !size.isNull()
        && (!size.isDouble() || size.toDouble() < 0 || size.toDouble() > 9007199254740991.0
            || size.toDouble() != double(qint64(size.toDouble())))) {
        *rejection = invalid(u"Kích thước tệp đính kèm không hợp lệ."_s);
    } else if (type.size() > kMaxMime || !mime.match(type).hasMatch()) {
        *rejection = invalid(u"Kiểu tệp đính kèm không hợp lệ."_s);
    } else if (name.isEmpty() || name.size() > kMaxFileName || badName.match(name).hasMatch()) {
        *rejection = invalid(u"Tên tệp đính kèm không hợp lệ."_s);
    } else {
        QJsonObject attachment { { u"name"_s, name }, { u"sha256"_s, sha256 },
            { u"mime"_s, type } };
        if (size.isDouble())
            attachment.insert(u"size"_s, qint64(size.toDouble()));
        return attachment;
    }
    return std::nullopt;
}

// The checked arguments of document.draft.put as a draft (without org, state and author).
std::optional<StoredDraft> parseDraft(const QJsonObject &json, MutationOutcome *rejection)
{
    MutationArgs args(json);
    const auto fail = [&]() {
        *rejection = args.rejection();
        return std::nullopt;
    };
    const auto id = args.id(u"id"_s);
    if (!id)
        return fail();
    const auto kind = args.text(u"kind"_s, Limit::DocumentKind);
    if (!kind)
        return fail();
    const auto title = args.text(u"title"_s, Limit::DocumentTitle);
    if (!title)
        return fail();
    const auto classification = args.text(u"classification"_s, Limit::DocumentKind);
    if (!classification)
        return fail();
    const auto audience = args.id(u"audience_org_id"_s);
    if (!audience)
        return fail();
    const auto number = args.optionalText(u"number"_s, Limit::DocumentNumber);
    if (!number)
        return fail();
    const auto issuedDate = args.optionalText(u"issued_date"_s, 10);
    if (!issuedDate)
        return fail();
    const auto issuer = args.optionalText(u"issuer"_s, Limit::DocumentIssuer);
    if (!issuer)
        return fail();
    const auto summary = args.optionalText(u"summary"_s, Limit::DocumentSummary);
    if (!summary)
        return fail();
    const auto body = args.optionalText(u"body"_s, Limit::DocumentBody);
    if (!body)
        return fail();
    std::optional<QString> meetingId = QString();
    const QJsonValue meetingValue = json.value(u"meeting_id"_s);
    if (!meetingValue.isUndefined() && !meetingValue.isNull()
        && !(meetingValue.isString() && meetingValue.toString().isEmpty()))
        meetingId = args.id(u"meeting_id"_s);
    if (!meetingId)
        return fail();

    StoredDraft draft;
    draft.id = *id;
    draft.kind = *kind;
    draft.title = title->trimmed();
    draft.classification = *classification;
    draft.audienceOrgId = *audience;
    draft.number = number->trimmed();
    draft.issuedDate = issuedDate->trimmed();
    draft.issuer = issuer->trimmed();
    draft.summary = *summary;
    draft.body = *body;
    draft.meetingId = *meetingId;
    if (!DocumentPublisher::kinds().contains(draft.kind)) {
        *rejection = invalid(u"Loại văn bản không hợp lệ."_s);
        return std::nullopt;
    }
    if (!DocumentPublisher::classifications().contains(draft.classification)) {
        *rejection = invalid(u"Độ mật của văn bản không hợp lệ."_s);
        return std::nullopt;
    }
    if (!draft.issuedDate.isEmpty()
        && !QDate::fromString(draft.issuedDate, Qt::ISODate).isValid()) {
        *rejection = invalid(u"Ngày ban hành phải có dạng NNNN-TT-NN."_s);
        return std::nullopt;
    }
    const QJsonValue list = json.value(u"attachments"_s);
    if (!list.isUndefined() && !list.isNull() && !list.isArray()) {
        *rejection = invalid(u"attachments phải là danh sách tệp đính kèm."_s);
        return std::nullopt;
    }
    if (list.toArray().size() > Limit::DocumentAttachments) {
        *rejection
            = invalid(u"Một văn bản có tối đa %1 tệp đính kèm."_s.arg(Limit::DocumentAttachments));
        return std::nullopt;
    }
    for (const QJsonValue &value : list.toArray()) {
        const auto attachment = parseAttachment(value, rejection);
        if (!attachment)
            return std::nullopt;
        draft.attachments.append(*attachment);
    }
    return draft;
}

// Checks each attachment of `draft` and fills in its size: a file already on the stored draft
// (another committee user edits it) or one the caller may share (uploaded by them, or seen in
// a document that is not restricted). Any other answers like a file never uploaded.
MutationOutcome checkAttachments(
    MutationContext &c, StoredDraft &draft, const std::optional<StoredDraft> &stored)
{
    const Visibility visibility(c.tx.db(), c.user);
    QHash<QString, qint64> onDraft;
    if (stored) {
        for (const QJsonValue &value : stored->attachments)
            onDraft.insert(value[u"sha256"_s].toString(), qint64(value[u"size"_s].toDouble()));
    }
    QJsonArray checked;
    for (const QJsonValue &value : std::as_const(draft.attachments)) {
        QJsonObject attachment = value.toObject();
        const QString sha256 = attachment.value(u"sha256"_s).toString();
        const QString name = attachment.value(u"name"_s).toString();
        qint64 size = -1;
        if (onDraft.contains(sha256)) {
            size = onDraft.value(sha256);
        } else {
            QSqlQuery blob = runSql(
                c.tx.db(), u"SELECT size, complete FROM blobs WHERE sha256 = ?"_s, { sha256 });
            const bool complete = blob.next() && blob.value(1).toInt() == 1;
            if (complete)
                size = blob.value(0).toLongLong();
            blob.finish();
            if (!complete || !visibility.canShareBlob(sha256)) {
                MutationOutcome missing = MutationOutcome::rejected(SyncCode::BlobMissing,
                    u"Tệp \"%1\" chưa được tải lên máy chủ; hãy thử lại khi tải xong."_s.arg(name));
                missing.denied = complete;
                return missing;
            }
        }
        if (attachment.contains(u"size"_s)
            && qint64(attachment.value(u"size"_s).toDouble()) != size)
            return invalid(u"Kích thước tệp \"%1\" không khớp với tệp đã tải lên."_s.arg(name));
        attachment.insert(u"size"_s, size);
        checked.append(attachment);
    }
    draft.attachments = checked;
    return MutationOutcome::ok();
}

MutationOutcome draftPut(MutationContext &c, const QJsonObject &json)
{
    MutationOutcome rejection;
    auto draft = parseDraft(json, &rejection);
    if (!draft)
        return rejection;
    const QSqlDatabase db = c.tx.db();
    const std::optional<StoredDraft> stored = DocumentDrafts::find(db, draft->id);
    if (!c.user.isCommittee() || (stored && !isCommitteeOf(c, stored->orgId)))
        return draftNotFound(stored.has_value());
    draft->orgId = c.user.orgId;
    if (!OrgTree::contains(db, draft->orgId, draft->audienceOrgId))
        return MutationOutcome::notFound(u"Không tìm thấy tổ chức nhận văn bản trong phạm vi của "
                                         "cấp ủy đồng chí."_s,
            OrgTree::find(db, draft->audienceOrgId).has_value());
    if (stored && stored->status != DraftStatus::Draft && stored->status != DraftStatus::Returned)
        return conflict(stored->status == DraftStatus::Published
                ? u"Văn bản đã được ban hành: không sửa được dự thảo nữa."_s
                : u"Dự thảo đang chờ duyệt: không sửa được cho đến khi được trả lại."_s);
    if (!stored
        && scalarSql(db, u"SELECT 1 FROM documents WHERE id = ?"_s, { draft->id }).isValid())
        return conflict(u"Mã dự thảo này đã được dùng cho một văn bản khác."_s);
    if (!draft->meetingId.isEmpty() && !Visibility(db, c.user).canSeeMeeting(draft->meetingId))
        return MutationOutcome::notFound(u"Không tìm thấy buổi sinh hoạt này."_s,
            scalarSql(db, u"SELECT 1 FROM meetings WHERE id = ?"_s, { draft->meetingId })
                .isValid());
    if (const MutationOutcome attachments = checkAttachments(c, *draft, stored);
        !attachments.applied)
        return attachments;

    // A returned draft stays returned (with its reason) while it is corrected, until it is
    // submitted again.
    draft->status = stored ? stored->status : QString(DraftStatus::Draft);
    // Whoever wrote the draft last is its author: the two-person rule holds for what is
    // published (a colleague who rewrote it cannot then approve it; its first writer can).
    draft->authorId = c.user.userId;
    draft->returnReason = stored ? stored->returnReason : QString();
    draft->createdAt = stored ? stored->createdAt : now(c);
    draft->updatedAt = now(c);
    DocumentDrafts::save(c.tx, *draft, !stored);
    return MutationOutcome::ok();
}

// The draft named by argument `key`, when the caller is a committee user of its
// organisation; else nullopt with *rejection set.
std::optional<StoredDraft> committeeDraft(
    MutationContext &c, MutationArgs &args, const QString &key, MutationOutcome *rejection)
{
    const auto id = args.id(key);
    if (!id) {
        *rejection = args.rejection();
        return std::nullopt;
    }
    auto draft = DocumentDrafts::find(c.tx.db(), *id);
    if (!draft || !isCommitteeOf(c, draft->orgId)) {
        *rejection = draftNotFound(draft.has_value());
        return std::nullopt;
    }
    return draft;
}

MutationOutcome draftSubmit(MutationContext &c, const QJsonObject &json)
{
    MutationArgs args(json);
    MutationOutcome rejection;
    auto draft = committeeDraft(c, args, u"id"_s, &rejection);
    if (!draft)
        return rejection;
    if (draft->authorId != c.user.userId)
        return forbidden(u"Chỉ đồng chí soạn dự thảo mới trình duyệt được dự thảo này."_s);
    if (draft->status == DraftStatus::Submitted)
        return MutationOutcome::ok(); // already waiting: nothing changes
    if (draft->status == DraftStatus::Published)
        return conflict(u"Văn bản đã được ban hành."_s);
    if (draft->issuedDate.isEmpty())
        return invalid(u"Hãy ghi ngày ban hành trước khi trình duyệt."_s);
    if (draft->body.trimmed().isEmpty() && draft->attachments.isEmpty())
        return invalid(u"Văn bản cần có nội dung hoặc tệp đính kèm trước khi trình duyệt."_s);
    draft->status = DraftStatus::Submitted;
    draft->returnReason.clear();
    draft->updatedAt = now(c);
    DocumentDrafts::save(c.tx, *draft, false);
    audit(c, Mutation::DocumentDraftSubmit, QString(RowType::DocumentDraft), draft->id);
    return MutationOutcome::ok();
}

MutationOutcome draftReturn(MutationContext &c, const QJsonObject &json)
{
    MutationArgs args(json);
    MutationOutcome rejection;
    auto draft = committeeDraft(c, args, u"id"_s, &rejection);
    if (!draft)
        return rejection;
    const auto reason = args.text(u"reason"_s, Limit::ReturnReason);
    if (!reason)
        return args.rejection();
    if (draft->authorId == c.user.userId
        && !DocumentDrafts::singlePersonApproval(c.tx.db(), draft->orgId))
        return forbidden(u"Đồng chí không tự trả lại dự thảo của mình được; việc này do một đồng "
                         "chí khác trong cấp ủy làm."_s);
    if (draft->status != DraftStatus::Submitted)
        return conflict(draft->status == DraftStatus::Published
                ? u"Văn bản đã được ban hành."_s
                : u"Dự thảo chưa được trình duyệt nên không có gì để trả lại."_s);
    draft->status = DraftStatus::Returned;
    draft->returnReason = reason->trimmed();
    draft->updatedAt = now(c);
    DocumentDrafts::save(c.tx, *draft, false);
    audit(c, Mutation::DocumentDraftReturn, QString(RowType::DocumentDraft), draft->id);
    return MutationOutcome::ok();
}

// Why a signature check failed, in words the approver understands.
QString signatureProblem(Failure failure)
{
    switch (failure) {
    case Failure::NotValidOnIssuedDate:
        return u"Ngày ban hành của văn bản nằm ngoài thời hạn hiệu lực của khóa ký."_s;
    case Failure::Revoked:
        return u"Khóa ký của đồng chí đã bị thu hồi; không thể ký văn bản bằng khóa này."_s;
    case Failure::None:
        return {};
    default:
        break;
    }
    return u"Chữ ký không khớp với nội dung văn bản; văn bản chưa được ban hành."_s;
}

MutationOutcome documentPublish(MutationContext &c, const QJsonObject &json)
{
    MutationArgs args(json);
    MutationOutcome rejection;
    const QJsonObject signatureArg = json.value(u"signature"_s).toObject();
    MutationArgs signatureArgs(signatureArg);
    const auto draftId = args.id(u"draft_id"_s);
    if (!draftId)
        return args.rejection();
    const auto signerId = signatureArgs.id(u"signer_id"_s);
    const auto value = signerId ? signatureArgs.text(u"value"_s, kMaxSignature) : std::nullopt;
    if (!json.value(u"signature"_s).isObject() || !value)
        return invalid(u"Thiếu chữ ký của văn bản (signature: signer_id, value)."_s);
    auto draft = committeeDraft(c, args, u"draft_id"_s, &rejection);
    if (!draft)
        return rejection;
    const QSqlDatabase db = c.tx.db();
    if (draft->status == DraftStatus::Published)
        return conflict(u"Văn bản đã được ban hành."_s);
    if (draft->status != DraftStatus::Submitted)
        return conflict(u"Dự thảo chưa được trình duyệt nên chưa ban hành được."_s);
    if (draft->authorId == c.user.userId && !DocumentDrafts::singlePersonApproval(db, draft->orgId))
        return forbidden(u"Đồng chí không thể tự duyệt văn bản do chính mình soạn; cần một đồng "
                         "chí khác trong cấp ủy duyệt và ký."_s);

    // The signer: the caller's own key, certified by the province, valid today and not revoked.
    QSqlQuery row = runSql(db,
        u"SELECT id, org_id, user_id, name, public_key, valid_from, valid_until, certificate, "
        "revoked_at FROM signers WHERE id = ?"_s,
        { *signerId });
    if (!row.next() || row.value(2).toString() != c.user.userId)
        return forbidden(u"Khóa ký này không phải của đồng chí."_s);
    const QJsonObject signer { { u"id"_s, row.value(0).toString() },
        { u"org_id"_s, row.value(1).toString() }, { u"name"_s, row.value(3).toString() },
        { u"public_key"_s, row.value(4).toString() }, { u"valid_from"_s, row.value(5).toString() },
        { u"valid_until"_s, row.value(6).toString() },
        { u"revoked_at"_s, row.value(8).isNull() ? QJsonValue() : row.value(8).toString() } };
    const bool certified = !row.value(7).toString().isEmpty();
    const bool revoked = !row.value(8).isNull();
    row.finish();
    if (revoked)
        return forbidden(signatureProblem(Failure::Revoked));
    if (!certified)
        return forbidden(u"Khóa ký của đồng chí chưa được tỉnh chứng thực; hãy đọc dấu vân tay "
                         "khóa cho người quản trị để được chứng thực trước khi ký."_s);
    const QDate today = c.now.toOffsetFromUtc(kVietnamOffsetSeconds).date();
    const QDate from = QDate::fromString(signer[u"valid_from"_s].toString(), Qt::ISODate);
    const QDate until = QDate::fromString(signer[u"valid_until"_s].toString(), Qt::ISODate);
    if (!from.isValid() || !until.isValid() || today < from || today > until)
        return forbidden(u"Khóa ký của đồng chí đã hết hạn hoặc chưa đến ngày có hiệu lực."_s);
    if (!OrgTree::contains(db, signer[u"org_id"_s].toString(), draft->orgId))
        return forbidden(u"Khóa ký của đồng chí không thuộc cấp ủy ban hành văn bản này."_s);

    // The signature over the document exactly as members will receive it.
    QJsonObject document = DocumentDrafts::data(*draft);
    document.insert(
        u"signature"_s, QJsonObject { { u"signer_id"_s, *signerId }, { u"value"_s, *value } });
    if (const Failure failure = PublicationSignature::verifySignedBytes(document, signer);
        failure != Failure::None) {
        MutationOutcome refused = invalid(signatureProblem(failure));
        if (failure == Failure::Revoked || failure == Failure::NotValidOnIssuedDate)
            refused = forbidden(signatureProblem(failure));
        return refused;
    }
    if (scalarSql(db, u"SELECT 1 FROM documents WHERE id = ?"_s, { draft->id }).isValid())
        return conflict(u"Mã dự thảo này đã được dùng cho một văn bản khác."_s);

    DocumentPublisher::publish(
        c.tx, DocumentDrafts::publication(*draft, c.user.userId, *signerId, *value));
    draft->status = DraftStatus::Published;
    draft->approverId = c.user.userId;
    draft->updatedAt = now(c);
    DocumentDrafts::save(c.tx, *draft, false);
    audit(c, Mutation::DocumentPublish, QString(RowType::Document), draft->id, *signerId);
    return MutationOutcome::ok();
}

MutationOutcome documentWithdraw(MutationContext &c, const QJsonObject &json)
{
    MutationArgs args(json);
    const auto id = args.id(u"id"_s);
    const auto reason = id ? args.text(u"reason"_s, Limit::WithdrawReason) : std::nullopt;
    if (!reason)
        return args.rejection();
    const QSqlDatabase db = c.tx.db();
    QSqlQuery row = runSql(db,
        u"SELECT org_id, audience_org_id, title FROM documents WHERE id = ? "
        "AND withdrawn_at IS NULL"_s,
        { *id });
    const bool exists = row.next();
    const QString org = exists ? row.value(0).toString() : QString();
    const QString audience = exists ? row.value(1).toString() : QString();
    const QString title = exists ? row.value(2).toString() : QString();
    row.finish();
    if (!exists || !isCommitteeOf(c, org))
        return MutationOutcome::notFound(
            u"Văn bản không tồn tại, đã được thu hồi, hoặc không do cấp ủy đồng chí ban hành."_s,
            exists);
    if (DocumentWithdrawal::withdraw(c.tx, *id, c.now, reason->trimmed())
        != DocumentWithdrawal::Outcome::Withdrawn)
        return MutationOutcome::notFound(u"Văn bản đã được thu hồi."_s, false);

    // The devices drop the document at their next pull; the reason reaches each member of the
    // audience who has an account as a notification (without a link: the document is gone).
    QList<std::pair<QString, QString>> recipients;
    forEachRow(db,
        u"SELECT DISTINCT m.id, m.org_id FROM members m JOIN users u ON u.member_id = m.id "
        "WHERE u.disabled = 0 AND m.org_id IN (SELECT descendant_id FROM org_closure "
        "WHERE ancestor_id = ?) ORDER BY m.id"_s,
        { audience }, [&](const QSqlQuery &query) {
            if (query.value(0).toString() != c.user.memberId)
                recipients.append({ query.value(0).toString(), query.value(1).toString() });
        });
    CellNotifier notifier(c);
    const CellNotifier::Notice notice { QString(NotificationKind::DocumentWithdrawn),
        u"Văn bản đã bị thu hồi: %1"_s.arg(title), u"Lý do: %1"_s.arg(reason->trimmed()), {}, {} };
    for (const auto &[memberId, memberOrg] : std::as_const(recipients))
        notifier.notifyMember(memberId, memberOrg, notice);
    audit(c, Mutation::DocumentWithdraw, QString(RowType::Document), *id);
    return MutationOutcome::ok();
}

} // namespace

void DraftMutations::addTo(MutationTable &table)
{
    table.insert(Mutation::DocumentDraftPut,
        { draftPut,
            { u"id"_s, u"kind"_s, u"number"_s, u"title"_s, u"issued_date"_s, u"issuer"_s,
                u"summary"_s, u"body"_s, u"classification"_s, u"audience_org_id"_s, u"meeting_id"_s,
                u"attachments"_s },
            { { u"attachments"_s, { u"sha256"_s, u"size"_s, u"mime"_s, u"name"_s } } } });
    table.insert(Mutation::DocumentDraftSubmit, { draftSubmit, { u"id"_s }, {} });
    table.insert(Mutation::DocumentDraftReturn, { draftReturn, { u"id"_s, u"reason"_s }, {} });
    table.insert(Mutation::DocumentPublish,
        { documentPublish, { u"draft_id"_s, u"signature"_s },
            { { u"signature"_s, { u"signer_id"_s, u"value"_s } } } });
    table.insert(Mutation::DocumentWithdraw, { documentWithdraw, { u"id"_s, u"reason"_s }, {} });
}
