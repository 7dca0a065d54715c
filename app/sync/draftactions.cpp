#include "draftactions.h"

#include "actionerrors.h"
#include "mutationnames.h"
#include "outbox.h"
#include "protocol.h"
#include "replicastore.h"
#include "sqlitedatabase.h"
#include "syncstate.h"
#include "timestamps.h"
#include "wirevalues.h"

#include <QDateTime>
#include <QUuid>

using namespace Qt::StringLiterals;
namespace Code = Protocol::ErrorCode;
namespace DraftStatus = Protocol::DraftStatus;
namespace Limit = Protocol::Limit;
namespace RowType = Protocol::RowType;

namespace {

constexpr auto failure = &LocalActions::Result::failure;

} // namespace

DraftActions::DraftActions(LocalActions &actions, SqliteDatabase &db)
    : m_actions(actions)
    , m_db(db)
{ }

QJsonObject DraftActions::putArgs(const DraftFields &fields)
{
    QJsonObject args { { u"id"_s, fields.id }, { u"kind"_s, fields.kind },
        { u"number"_s, fields.number.trimmed() }, { u"title"_s, fields.title.trimmed() },
        { u"issued_date"_s, fields.issuedDate }, { u"issuer"_s, fields.issuer.trimmed() },
        { u"summary"_s, fields.summary }, { u"body"_s, fields.body },
        { u"classification"_s, fields.classification },
        { u"audience_org_id"_s, fields.audienceOrgId }, { u"attachments"_s, fields.attachments } };
    if (!fields.meetingId.isEmpty())
        args.insert(u"meeting_id"_s, fields.meetingId);
    return args;
}

bool DraftActions::withinLimits(const DraftFields &f)
{
    return !f.title.trimmed().isEmpty() && !f.kind.isEmpty() && !f.classification.isEmpty()
        && !f.audienceOrgId.isEmpty() && f.title.trimmed().size() <= Limit::DocumentTitle
        && f.kind.size() <= Limit::DocumentKind
        && f.number.trimmed().size() <= Limit::DocumentNumber
        && f.issuer.trimmed().size() <= Limit::DocumentIssuer
        && f.summary.size() <= Limit::DocumentSummary && f.body.size() <= Limit::DocumentBody
        && f.attachments.size() <= Limit::DocumentAttachments;
}

LocalActions::Result DraftActions::put(
    const DraftFields &given, const QList<LocalActions::NewAttachment> &newFiles)
{
    DraftFields fields = given;
    if (fields.attachments.size() + newFiles.size() > Limit::DocumentAttachments
        || !withinLimits(fields))
        return failure(Code::InvalidArgs);
    try {
        SyncState state(m_db);
        const QString orgId = state.value(u"org_id"_s);
        const QString memberId = state.value(u"member_id"_s);
        if (orgId.isEmpty())
            return failure(ActionError::NotSignedIn);
        ReplicaStore replica(m_db);
        QJsonObject row;
        if (!fields.id.isEmpty()) {
            const auto stored = replica.get(QString(RowType::DocumentDraft), fields.id);
            if (!stored)
                return failure(Code::NotFound);
            row = *stored;
            const QString status = row.value(u"status"_s).toString();
            if (status != DraftStatus::Draft && status != DraftStatus::Returned)
                return failure(Code::Conflict);
        } else {
            fields.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            row = { { u"id"_s, fields.id }, { u"org_id"_s, orgId },
                { u"status"_s, QString(DraftStatus::Draft) }, { u"author_id"_s, memberId } };
        }
        const std::optional<QJsonArray> stored = m_actions.storeAttachments(newFiles);
        if (!stored)
            return failure(ActionError::Storage);
        for (const QJsonValue &file : *stored)
            fields.attachments.append(file);
        const QJsonObject args = putArgs(fields);
        // The row shows the new fields at once; its status stays (a returned draft keeps its
        // reason until it is submitted again).
        for (auto it = args.constBegin(); it != args.constEnd(); ++it)
            row.insert(it.key(), it.value());
        if (fields.meetingId.isEmpty())
            row.insert(u"meeting_id"_s, QJsonValue());
        row.insert(u"updated_at"_s, Timestamps::toIso(QDateTime::currentDateTimeUtc()));
        const QString id = fields.id;
        return m_actions.record(
            QString(Protocol::Mutation::DocumentDraftPut), args,
            { { QString(RowType::DocumentDraft), id } },
            [&] {
                replica.put(QString(RowType::DocumentDraft), id,
                    replica.version(QString(RowType::DocumentDraft), id).value_or(0), row);
            },
            id);
    } catch (const StorageError &) {
        return failure(ActionError::Storage);
    }
}

LocalActions::Result DraftActions::submit(const QString &draftId)
{
    try {
        ReplicaStore replica(m_db);
        const auto stored = replica.get(QString(RowType::DocumentDraft), draftId);
        if (!stored)
            return failure(Code::NotFound);
        const QString status = stored->value(u"status"_s).toString();
        if (status != DraftStatus::Draft && status != DraftStatus::Returned)
            return failure(Code::Conflict);
        QJsonObject row = *stored;
        row.insert(u"status"_s, QString(DraftStatus::Submitted));
        row.insert(u"updated_at"_s, Timestamps::toIso(QDateTime::currentDateTimeUtc()));
        return m_actions.record(
            QString(Protocol::Mutation::DocumentDraftSubmit), { { u"id"_s, draftId } },
            { { QString(RowType::DocumentDraft), draftId } },
            [&] {
                replica.put(QString(RowType::DocumentDraft), draftId,
                    replica.version(QString(RowType::DocumentDraft), draftId).value_or(0), row);
            },
            draftId);
    } catch (const StorageError &) {
        return failure(ActionError::Storage);
    }
}
