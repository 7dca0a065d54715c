#include "minutesactions.h"

#include "actionerrors.h"
#include "mutationnames.h"
#include "outbox.h"
#include "pendingrows.h"
#include "protocol.h"
#include "replicastore.h"
#include "sqlitedatabase.h"
#include "syncstate.h"
#include "timestamps.h"
#include "wirevalues.h"

using namespace Qt::StringLiterals;
namespace Mutation = Protocol::Mutation;
namespace RowType = Protocol::RowType;
namespace Code = Protocol::ErrorCode;
namespace Limit = Protocol::Limit;
namespace MeetingStatus = Protocol::MeetingStatus;

namespace {

constexpr auto failure = &LocalActions::Result::failure;

} // namespace

MinutesActions::MinutesActions(SqliteDatabase &db, Clock clock)
    : m_db(db)
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); })
{ }

std::optional<QJsonObject> MinutesActions::checkedMeeting(const QString &meetingId, QString &error)
{
    SyncState state(m_db);
    if (state.value(u"user_id"_s).isEmpty()) {
        error = QString(ActionError::NotSignedIn);
        return std::nullopt;
    }
    const auto meeting = ReplicaStore(m_db).get(QString(RowType::Meeting), meetingId);
    if (!meeting) {
        error = QString(Code::NotFound);
        return std::nullopt;
    }
    if (state.value(u"role"_s) != Protocol::Role::Secretary
        || meeting->value(u"org_id"_s).toString() != state.value(u"org_id"_s)) {
        error = QString(Code::Forbidden);
        return std::nullopt;
    }
    if (meeting->value(u"status"_s).toString() == MeetingStatus::Cancelled) {
        error = QString(Code::MeetingClosed);
        return std::nullopt;
    }
    const QDateTime startsAt = Timestamps::fromIso(meeting->value(u"starts_at"_s).toString());
    if (startsAt.isValid() && startsAt.addSecs(-LocalActions::kAttendanceLeadSeconds) > m_clock()) {
        error = QString(ActionError::TooEarly);
        return std::nullopt;
    }
    return meeting;
}

LocalActions::Result MinutesActions::record(
    const QString &name, const QJsonObject &args, const QString &meetingId, const QJsonObject &row)
{
    try {
        Transaction transaction(m_db);
        const QList<RowRef> rows { { QString(RowType::Meeting), meetingId } };
        const qint64 id = Outbox(m_db).enqueue(name, args, rows);
        PendingRows(m_db).saveBeforeImages(id, rows);
        ReplicaStore replica(m_db);
        replica.put(QString(RowType::Meeting), meetingId,
            replica.version(QString(RowType::Meeting), meetingId).value_or(0), row);
        transaction.commit();
        return { id, meetingId, {} };
    } catch (const StorageError &) {
        return failure(ActionError::Storage);
    }
}

LocalActions::Result MinutesActions::publishMinutes(const QString &meetingId, const QString &text,
    const QList<LocalActions::NewAttachment> &attachments)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > Limit::Minutes
        || attachments.size() > Limit::MinutesAttachments)
        return failure(Code::InvalidArgs);
    for (const LocalActions::NewAttachment &file : attachments) {
        if (file.bytes.isEmpty() || file.name.trimmed().isEmpty())
            return failure(Code::InvalidArgs);
    }
    try {
        QString error;
        const auto meeting = checkedMeeting(meetingId, error);
        if (!meeting)
            return failure(error);
        // The bytes go into the vault first (as for document.share); blobs of minutes that
        // are never queued are removed by the next clean-up.
        const std::optional<QJsonArray> files
            = LocalActions(m_db, m_clock).storeAttachments(attachments);
        if (!files)
            return failure(ActionError::Storage);
        SyncState state(m_db);
        const auto me
            = ReplicaStore(m_db).get(QString(RowType::Member), state.value(u"member_id"_s));
        const QString now = Timestamps::toIso(m_clock());
        QJsonObject row = *meeting;
        row.insert(u"minutes"_s, trimmed);
        row.insert(u"minutes_attachments"_s, *files);
        row.insert(u"minutes_by_name"_s, me ? me->value(u"full_name"_s).toString() : QString());
        row.insert(u"minutes_at"_s, now);
        row.insert(u"status"_s, QString(MeetingStatus::Done));
        if (row.value(u"ended_at"_s).toString().isEmpty())
            row.insert(u"ended_at"_s, now);
        QJsonObject args { { u"meeting_id"_s, meetingId }, { u"text"_s, trimmed } };
        if (!files->isEmpty())
            args.insert(u"attachments"_s, *files);
        return record(QString(Mutation::MeetingMinutes), args, meetingId, row);
    } catch (const StorageError &) {
        return failure(ActionError::Storage);
    }
}

LocalActions::Result MinutesActions::endMeeting(const QString &meetingId)
{
    try {
        QString error;
        const auto meeting = checkedMeeting(meetingId, error);
        if (!meeting)
            return failure(error);
        if (meeting->value(u"status"_s).toString() == MeetingStatus::Done)
            return { 0, meetingId, {} };
        QJsonObject row = *meeting;
        row.insert(u"status"_s, QString(MeetingStatus::Done));
        row.insert(u"ended_at"_s, Timestamps::toIso(m_clock()));
        return record(QString(Mutation::MeetingEnd), { { u"id"_s, meetingId } }, meetingId, row);
    } catch (const StorageError &) {
        return failure(ActionError::Storage);
    }
}
