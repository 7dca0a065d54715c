#include "mutations/signermutations.h"

#include "mutationnames.h"
#include "mutations/mutationargs.h"
#include "mutations/mutationcommon.h"
#include "protocol.h"
#include "publicationsignature.h"
#include "records/auditlog.h"
#include "records/signerregistry.h"
#include "wirevalues.h"

using namespace Qt::StringLiterals;
namespace Code = Protocol::ErrorCode;
namespace Mutation = Protocol::Mutation;
namespace RowType = Protocol::RowType;
using namespace MutationCommon;

namespace {

constexpr qsizetype kPublicKeyBytes = 32; // Ed25519

MutationOutcome signerRegister(MutationContext &c, const QJsonObject &json)
{
    // Members and secretaries are answered as if the mutation named nothing they could reach.
    if (!c.user.isCommittee())
        return MutationOutcome::notFound(u"Chỉ cấp ủy được đăng ký khóa ký văn bản."_s, true);
    MutationArgs args(json);
    const auto id = args.id(u"id"_s);
    const auto publicKey = id ? args.text(u"public_key"_s, 64) : std::nullopt;
    const auto name = publicKey ? args.text(u"name"_s, Protocol::Limit::SignerName) : std::nullopt;
    if (!name)
        return args.rejection();
    const auto keyBytes = PublicationSignature::fromBase64(*publicKey);
    if (!keyBytes || keyBytes->size() != kPublicKeyBytes)
        return invalid(u"Khóa công khai không hợp lệ (cần 32 byte, mã hóa base64)."_s);
    const QString trimmedName = name->normalized(QString::NormalizationForm_C).trimmed();

    const QSqlDatabase db = c.tx.db();
    if (const auto existing = SignerRegistry::find(db, *id)) {
        // The same registration sent again (a retried push from another device of the same
        // user): nothing to do.
        if (existing->userId == c.user.userId && existing->publicKey == *publicKey)
            return MutationOutcome::ok();
        return MutationOutcome::rejected(
            Code::Conflict, u"Mã khóa ký này đã được dùng cho một khóa khác."_s);
    }
    if (SignerRegistry::findByPublicKey(db, *publicKey))
        return MutationOutcome::rejected(Code::Conflict, u"Khóa công khai này đã được đăng ký."_s);
    SignerRegistry::add(c.tx,
        SignerRecord { *id, c.user.orgId, c.user.userId, trimmedName, *publicKey, now(c), {}, {},
            {}, {}, {}, 1 });
    const QString fingerprint = PublicationSignature::fingerprint(*keyBytes);
    AuditLog::record(db,
        AuditEntry { c.user.userId, c.user.login, QString(Mutation::SignerRegister),
            QString(RowType::Signer), *id, u"ok"_s, {}, u"fingerprint=%1"_s.arg(fingerprint) });
    return MutationOutcome::ok();
}

} // namespace

void SignerMutations::addTo(MutationTable &table)
{
    table.insert(
        Mutation::SignerRegister, { signerRegister, { u"id"_s, u"public_key"_s, u"name"_s }, {} });
}
