// A committee user's publishing actions (DESIGN.md 8.1, 8.2): announce this device's signing
// key (signer.register), return a submitted draft with a reason (document.draft.return), sign
// a submitted draft exactly as it will be published and ask the server to publish it
// (document.publish), withdraw a published document (document.withdraw). Like LocalActions,
// each queues its mutation in the outbox together with its local effect in ONE vault
// transaction; a draft's row shows the change at once and is rolled back if the server
// rejects it. The caller checks the PIN before publishDraft().
#pragma once

#include "localactions.h"

#include <QDateTime>
#include <QString>
#include <functional>

class SqliteDatabase;

class ApprovalActions
{
public:
    using Result = LocalActions::Result;
    using Clock = LocalActions::Clock;

    // `db` is the open vault's database (not owned).
    explicit ApprovalActions(SqliteDatabase &db, Clock clock = {});

    // Makes this device's signing key if there is none and queues signer.register {id,
    // public_key, name}. With a key already announced (its signer row pulled, or its
    // registration still queued) nothing is queued again (mutationId 0). rowId: the key's id.
    // Errors: not_signed_in, forbidden (not a committee user), invalid_args (name empty or
    // too long), storage.
    Result registerSigner(const QString &name);
    // document.draft.return: reason required (invalid_args), the draft submitted
    // (draft_not_submitted), on this device (not_found).
    Result returnDraft(const QString &draftId, const QString &reason);
    // document.publish: signs PublicationSignature::documentBytes of the submitted draft with
    // this device's key and queues {draft_id, signature: {signer_id, value}}. no_signer_key
    // without a key; draft_not_submitted, not_found as above.
    Result publishDraft(const QString &draftId);
    // document.withdraw {id, reason}: reason required, the document on this device. The
    // document stays until the server's change removes it.
    Result withdrawDocument(const QString &documentId, const QString &reason);

private:
    [[nodiscard]] bool isCommittee();
    Result record(const QString &name, const QJsonObject &args, const QList<RowRef> &rows,
        const std::function<void()> &apply, const QString &rowId);
    // The submitted draft's data, or the error to answer.
    Result submittedDraft(const QString &draftId, QJsonObject *draft);

    SqliteDatabase &m_db;
    Clock m_clock;
};
