#include "mutations/mutationcommon.h"

#include "db/sqlrunner.h"
#include "mutations/mutationargs.h"
#include "protocol.h"
#include "sync/visibility.h"
#include "timestamps.h"

using namespace Qt::StringLiterals;
namespace Code = Protocol::ErrorCode;

namespace MutationCommon {

MutationOutcome invalid(const QString &message)
{
    return MutationOutcome::rejected(Code::InvalidArgs, message);
}

MutationOutcome notAMember()
{
    return MutationOutcome::rejected(
        Code::Forbidden, u"Tài khoản này không gắn với hồ sơ đảng viên."_s);
}

// A document the member cannot see answers like a missing one (audited when it exists).
MutationOutcome documentNotFound(const MutationContext &c, const QString &documentId)
{
    return MutationOutcome::notFound(u"Tài liệu không tồn tại hoặc đồng chí không có quyền xem."_s,
        Visibility(c.tx.db(), c.user).exists(u"documents"_s, documentId));
}

std::optional<QString> memberVisibleDocument(
    MutationContext &c, MutationArgs &args, MutationOutcome *rejection)
{
    const auto documentId = args.id(u"document_id"_s);
    if (!documentId) {
        *rejection = args.rejection();
        return std::nullopt;
    }
    if (c.user.memberId.isEmpty()) {
        *rejection = notAMember();
        return std::nullopt;
    }
    if (!Visibility(c.tx.db(), c.user).canSeeDocument(*documentId)) {
        *rejection = documentNotFound(c, *documentId);
        return std::nullopt;
    }
    return documentId;
}

QString now(const MutationContext &context)
{
    return Timestamps::toIso(context.now);
}

// "Đồng chí <full name>": how a notification names the member who acted.
QString actingMember(const MutationContext &c)
{
    const QString name
        = scalarSql(c.tx.db(), u"SELECT full_name FROM members WHERE id = ?"_s, { c.user.memberId })
              .toString()
              .trimmed();
    return name.isEmpty() ? u"Một đồng chí"_s : u"Đồng chí %1"_s.arg(name);
}

} // namespace MutationCommon
