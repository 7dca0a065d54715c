// One push mutation's handler: validates args, authorises against the organisation tree and
// applies the change inside the given write transaction (DESIGN.md section 5, Push).
#pragma once

#include "auth/authenticateduser.h"
#include "db/writetransaction.h"
#include "protocol.h"
#include "records/auditlog.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <functional>

struct MutationContext
{
    WriteTransaction &tx;
    const AuthenticatedUser &user;
    qint64 mutationId;
    QDateTime now; // UTC
};

// What happened to one mutation. A rejected mutation's writes are rolled back; it is still
// consumed (never retried) and its code and message reach the user.
struct MutationOutcome
{
    bool applied = true;
    QString errorCode; // forbidden, not_found, invalid_args, conflict, unknown_mutation
    QString errorMessage; // Vietnamese, shown to the user as is
    // Extra members of an applied mutation's result (compatible extensions, e.g. the
    // "overridden" fields of profile.update); only in the first answer, not in replays.
    QJsonObject details;
    // Refused for lack of rights while answering as something else (e.g. "not_found", so
    // that another cell's data does not show it exists): audited like "forbidden".
    bool denied = false;
    // An audit entry PushProcessor writes whatever the outcome, after a refusal's rollback too
    // (a room statement's push is audited with the statement's id either way); none when its
    // action is empty.
    AuditEntry audit;

    [[nodiscard]] static MutationOutcome ok() { return {}; }
    [[nodiscard]] static MutationOutcome rejected(const QString &code, const QString &message)
    {
        return { false, code, message, {}, false, {} };
    }
    // The object an argument names is missing or outside the caller's scope: both answer
    // not_found alike (nothing tells them apart); when it `exists` the attempt is audited as
    // denied.
    [[nodiscard]] static MutationOutcome notFound(const QString &message, bool exists)
    {
        return { false, QString(Protocol::ErrorCode::NotFound), message, {}, exists, {} };
    }
};

using MutationHandler = std::function<MutationOutcome(MutationContext &, const QJsonObject &args)>;

// One mutation: its handler and the argument names it knows. PushProcessor rejects any other
// argument (invalid_args, naming it) before the handler runs, so that an argument is never
// silently ignored (profile.update with a member_id applied to the caller's own
// profile).
struct MutationSpec
{
    MutationHandler handler;
    QStringList arguments; // every name allowed at the top level of args
    // Arguments of a fixed shape: name -> the keys allowed in that object, or in each object
    // of that array (e.g. document.share's attachments).
    QHash<QString, QStringList> shapes;
};
// Mutation name -> its handler and arguments.
using MutationTable = QHash<QString, MutationSpec>;
