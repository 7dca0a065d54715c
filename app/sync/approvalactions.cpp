#include "approvalactions.h"

#include "actionerrors.h"
#include "mutationnames.h"
#include "outbox.h"
#include "pendingrows.h"
#include "protocol.h"
#include "publicationsignature.h"
#include "replicastore.h"
#include "signerkeys.h"
#include "sqlitedatabase.h"
#include "syncstate.h"
#include "timestamps.h"
#include "wirevalues.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
namespace Mutation = Protocol::Mutation;
namespace RowType = Protocol::RowType;
namespace Code = Protocol::ErrorCode;
namespace Limit = Protocol::Limit;
namespace DraftStatus = Protocol::DraftStatus;

namespace {

constexpr auto failure = &LocalActions::Result::failure;

} // namespace

ApprovalActions::ApprovalActions(SqliteDatabase &db, Clock clock)
    : m_db(db)
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); })
{ }

bool ApprovalActions::isCommittee()
{
    const QString role = SyncState(m_db).value(u"role"_s);
    return role == Protocol::Role::Committee || role == Protocol::Role::Admin;
}

LocalActions::Result ApprovalActions::record(const QString &name, const QJsonObject &args,
    const QList<RowRef> &rows, const std::function<void()> &apply, const QString &rowId)
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

LocalActions::Result ApprovalActions::registerSigner(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > Limit::SignerName)
        return failure(Code::InvalidArgs);
    try {
        if (SyncState(m_db).value(u"user_id"_s).isEmpty())
            return failure(ActionError::NotSignedIn);
        if (!isCommittee())
            return failure(Code::Forbidden);
        SignerKeys keys(m_db);
        if (const auto key = keys.current()) {
            // Announced already: the server has it, or the registration is still queued.
            if (keys.signerRow(key->publicKey))
                return { 0, key->id, {} };
            for (const PendingMutation &pending : Outbox(m_db).pending()) {
                if (pending.name == Mutation::SignerRegister
                    && pending.args.value(u"id"_s).toString() == key->id)
                    return { 0, key->id, {} };
            }
        }
        Transaction transaction(m_db);
        const SignerKey key = keys.create(m_clock());
        const QJsonObject args { { u"id"_s, key.id },
            { u"public_key"_s, PublicationSignature::toBase64(key.publicKey) },
            { u"name"_s, trimmed } };
        const qint64 id = Outbox(m_db).enqueue(QString(Mutation::SignerRegister), args);
        transaction.commit();
        return { id, key.id, {} };
    } catch (const StorageError &) {
        return failure(ActionError::Storage);
    }
}

LocalActions::Result ApprovalActions::submittedDraft(const QString &draftId, QJsonObject *draft)
{
    if (SyncState(m_db).value(u"user_id"_s).isEmpty())
        return failure(ActionError::NotSignedIn);
    const auto row = ReplicaStore(m_db).get(QString(RowType::DocumentDraft), draftId);
    if (!row)
        return failure(Code::NotFound);
    if (row->value(u"status"_s).toString() != DraftStatus::Submitted
        || Outbox(m_db).hasPendingChange(QString(RowType::DocumentDraft), draftId))
        return failure(ActionError::DraftNotSubmitted);
    *draft = *row;
    return {};
}

LocalActions::Result ApprovalActions::returnDraft(const QString &draftId, const QString &reason)
{
    if (reason.trimmed().isEmpty() || reason.size() > Limit::ReturnReason)
        return failure(Code::InvalidArgs);
    try {
        QJsonObject draft;
        if (Result checked = submittedDraft(draftId, &draft); !checked.ok())
            return checked;
        draft.insert(u"status"_s, QString(DraftStatus::Returned));
        draft.insert(u"return_reason"_s, reason.trimmed());
        draft.insert(u"updated_at"_s, Timestamps::toIso(m_clock()));
        const QString type(RowType::DocumentDraft);
        return record(
            QString(Mutation::DocumentDraftReturn),
            { { u"id"_s, draftId }, { u"reason"_s, reason.trimmed() } }, { { type, draftId } },
            [&] { ReplicaStore(m_db).put(type, draftId, 0, draft); }, draftId);
    } catch (const StorageError &) {
        return failure(ActionError::Storage);
    }
}

LocalActions::Result ApprovalActions::publishDraft(const QString &draftId)
{
    try {
        QJsonObject draft;
        if (Result checked = submittedDraft(draftId, &draft); !checked.ok())
            return checked;
        SignerKeys keys(m_db);
        const auto key = keys.current();
        if (!key)
            return failure(ActionError::NoSignerKey);
        // The bytes of the document exactly as it will be published (it keeps the draft's id).
        const QByteArray signature = keys.sign(key->id, PublicationSignature::documentBytes(draft));
        if (signature.isEmpty())
            return failure(ActionError::NoSignerKey);
        const QJsonObject args { { u"draft_id"_s, draftId },
            { u"signature"_s,
                QJsonObject { { u"signer_id"_s, key->id },
                    { u"value"_s, PublicationSignature::toBase64(signature) } } } };
        draft.insert(u"status"_s, QString(DraftStatus::Published));
        draft.insert(u"approver_id"_s, SyncState(m_db).value(u"user_id"_s));
        const QString type(RowType::DocumentDraft);
        return record(
            QString(Mutation::DocumentPublish), args, { { type, draftId } },
            [&] { ReplicaStore(m_db).put(type, draftId, 0, draft); }, draftId);
    } catch (const StorageError &) {
        return failure(ActionError::Storage);
    }
}

LocalActions::Result ApprovalActions::withdrawDocument(
    const QString &documentId, const QString &reason)
{
    if (reason.trimmed().isEmpty() || reason.size() > Limit::WithdrawReason)
        return failure(Code::InvalidArgs);
    try {
        if (SyncState(m_db).value(u"user_id"_s).isEmpty())
            return failure(ActionError::NotSignedIn);
        const QString type(RowType::Document);
        if (!ReplicaStore(m_db).get(type, documentId))
            return failure(Code::NotFound);
        // The row is listed so that hasPendingChange() shows the request as waiting; nothing
        // changes on the device until the server removes the document.
        return record(
            QString(Mutation::DocumentWithdraw),
            { { u"id"_s, documentId }, { u"reason"_s, reason.trimmed() } },
            { { type, documentId } }, [] {}, documentId);
    } catch (const StorageError &) {
        return failure(ActionError::Storage);
    }
}
