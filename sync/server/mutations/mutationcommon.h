// What several mutation groups share: the usual rejections, how a notification names the
// member who acted, and the time as stored. The handlers' files bring these in with
// `using namespace MutationCommon;`.
#pragma once

#include "mutations/mutationhandler.h"

#include <QString>
#include <optional>

class MutationArgs;

namespace MutationCommon {

// Vietnam keeps UTC+7 all year: notification texts and issued dates show local time.
constexpr int kVietnamOffsetSeconds = 7 * 3600;

// An invalid_args rejection with this message.
[[nodiscard]] MutationOutcome invalid(const QString &message);
// The account has no member record (an admin, a committee account made without --member).
[[nodiscard]] MutationOutcome notAMember();
// A document the member cannot see answers like a missing one (audited when it exists).
[[nodiscard]] MutationOutcome documentNotFound(const MutationContext &c, const QString &documentId);
// The "document_id" argument of a member's own mark on a document (read, bookmark): its
// value when the caller has a member record and may see that document; else nullopt with
// *rejection set (invalid_args, notAMember() or documentNotFound()).
[[nodiscard]] std::optional<QString> memberVisibleDocument(
    MutationContext &c, MutationArgs &args, MutationOutcome *rejection);
// The mutation's time as stored (ISO 8601, UTC).
[[nodiscard]] QString now(const MutationContext &context);
// "Đồng chí <full name>": how a notification names the member who acted.
[[nodiscard]] QString actingMember(const MutationContext &c);

} // namespace MutationCommon
