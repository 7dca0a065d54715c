#include "localactions.h"

#include "actionerrors.h"
#include "blobstore.h"
#include "mutationnames.h"
#include "outbox.h"
#include "pendingrows.h"
#include "profilerules.h"
#include "protocol.h"
#include "replicastore.h"
#include "sqlitedatabase.h"
#include "syncstate.h"
#include "timestamps.h"
#include "wirevalues.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTimeZone>
#include <QUuid>
#include <utility>

using namespace Qt::StringLiterals;
namespace Mutation = Protocol::Mutation;
namespace RowType = Protocol::RowType;
namespace Code = Protocol::ErrorCode;
namespace Limit = Protocol::Limit;
namespace MeetingStatus = Protocol::MeetingStatus;
namespace ProfileRequestStatus = Protocol::ProfileRequestStatus;
namespace Role = Protocol::Role;
namespace Rsvp = Protocol::Rsvp;

namespace {

constexpr auto failure = &LocalActions::Result::failure;

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

} // namespace

LocalActions::LocalActions(SqliteDatabase &db, Clock clock)
    : m_db(db)
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); })
{ }

LocalActions::Identity LocalActions::identity()
{
    SyncState state(m_db);
    return { state.value(u"member_id"_s), state.value(u"org_id"_s) };
}

QString LocalActions::now() const
{
    return Timestamps::toIso(m_clock());
}

LocalActions::Result LocalActions::record(const QString &name, const QJsonObject &args,
    const QList<RowRef> &rows, const std::function<void()> &apply, const QString &rowId)
{
    try {
        Transaction transaction(m_db);
        const qint64 id = Outbox(m_db).enqueue(name, args, rows);
        PendingRows(m_db).saveBeforeImages(id, rows);
        apply();
        if (m_alsoWrite)
            std::exchange(m_alsoWrite, {})(m_db);
        transaction.commit();
        return { id, rowId, {} };
    } catch (const StorageError &) {
        return failure(ActionError::Storage);
    }
}

LocalActions::Result LocalActions::markRead(const QString &documentId)
{
    try {
        const Identity me = identity();
        if (me.memberId.isEmpty())
            return failure(ActionError::NotSignedIn);
        ReplicaStore replica(m_db);
        if (!replica.get(QString(RowType::Document), documentId))
            return failure(Code::NotFound);
        const QString id = documentId + u':' + me.memberId;
        if (replica.get(QString(RowType::ReadReceipt), id))
            return { 0, id, {} }; // the first reading counts
        const QJsonObject row { { u"id"_s, id }, { u"document_id"_s, documentId },
            { u"member_id"_s, me.memberId }, { u"read_at"_s, now() } };
        return record(
            QString(Mutation::DocumentRead), { { u"document_id"_s, documentId } },
            { { QString(RowType::ReadReceipt), id } },
            [&] { replica.put(QString(RowType::ReadReceipt), id, 0, row); }, id);
    } catch (const StorageError &) {
        return failure(ActionError::Storage);
    }
}

LocalActions::Result LocalActions::putNote(
    const QString &documentId, const QString &text, const QString &anchor, const QString &noteId)
{
    if (text.trimmed().isEmpty() || text.size() > Limit::NoteText
        || anchor.size() > Limit::NoteAnchor)
        return failure(Code::InvalidArgs);
    try {
        if (identity().memberId.isEmpty())
            return failure(ActionError::NotSignedIn);
        ReplicaStore replica(m_db);
        if (!replica.get(QString(RowType::Document), documentId))
            return failure(Code::NotFound);
        const QString id = noteId.isEmpty() ? newId() : noteId;
        const QJsonObject row { { u"id"_s, id }, { u"document_id"_s, documentId },
            { u"text"_s, text }, { u"anchor"_s, orNull(anchor) }, { u"updated_at"_s, now() } };
        QJsonObject args { { u"id"_s, id }, { u"document_id"_s, documentId }, { u"text"_s, text } };
        if (!anchor.isEmpty())
            args.insert(u"anchor"_s, anchor);
        return record(
            QString(Mutation::NotePut), args, { { QString(RowType::Note), id } },
            [&] { replica.put(QString(RowType::Note), id, 0, row); }, id);
    } catch (const StorageError &) {
        return failure(ActionError::Storage);
    }
}

LocalActions::Result LocalActions::deleteNote(const QString &noteId)
{
    try {
        ReplicaStore replica(m_db);
        if (!replica.get(QString(RowType::Note), noteId))
            return failure(Code::NotFound);
        return record(
            QString(Mutation::NoteDelete), { { u"id"_s, noteId } },
            { { QString(RowType::Note), noteId } },
            [&] { replica.remove(QString(RowType::Note), noteId); }, noteId);
    } catch (const StorageError &) {
        return failure(ActionError::Storage);
    }
}

LocalActions::Result LocalActions::bookmark(const QString &documentId)
{
    try {
        const Identity me = identity();
        if (me.memberId.isEmpty())
            return failure(ActionError::NotSignedIn);
        ReplicaStore replica(m_db);
        if (!replica.get(QString(RowType::Document), documentId))
            return failure(Code::NotFound);
        const QString id = me.memberId + u':' + documentId; // the server's bookmark id
        if (replica.get(QString(RowType::Bookmark), id))
            return { 0, id, {} };
        const QJsonObject row { { u"id"_s, id }, { u"document_id"_s, documentId },
            { u"created_at"_s, now() } };
        return record(
            QString(Mutation::BookmarkPut), { { u"document_id"_s, documentId } },
            { { QString(RowType::Bookmark), id } },
            [&] { replica.put(QString(RowType::Bookmark), id, 0, row); }, id);
    } catch (const StorageError &) {
        return failure(ActionError::Storage);
    }
}

LocalActions::Result LocalActions::removeBookmark(const QString &documentId)
{
    try {
        const Identity me = identity();
        if (me.memberId.isEmpty())
            return failure(ActionError::NotSignedIn);
        ReplicaStore replica(m_db);
        const QString id = me.memberId + u':' + documentId;
        if (!replica.get(QString(RowType::Bookmark), id))
            return { 0, id, {} };
        return record(
            QString(Mutation::BookmarkDelete), { { u"document_id"_s, documentId } },
            { { QString(RowType::Bookmark), id } },
            [&] { replica.remove(QString(RowType::Bookmark), id); }, id);
    } catch (const StorageError &) {
        return failure(ActionError::Storage);
    }
}

LocalActions::Result LocalActions::rsvp(
    const QString &meetingId, const QString &status, const QString &reason)
{
    if ((status != Rsvp::Attending && status != Rsvp::Absent) || reason.size() > Limit::RsvpReason)
        return failure(Code::InvalidArgs);
    try {
        const Identity me = identity();
        if (me.memberId.isEmpty())
            return failure(ActionError::NotSignedIn);
        ReplicaStore replica(m_db);
        const auto meeting = replica.get(QString(RowType::Meeting), meetingId);
        if (!meeting)
            return failure(Code::NotFound);
        // Answers close when the meeting starts, as on the server (which would refuse it).
        const QDateTime startsAt = Timestamps::fromIso(meeting->value(u"starts_at"_s).toString());
        if (meeting->value(u"status"_s).toString() != MeetingStatus::Scheduled
            || (startsAt.isValid() && startsAt <= m_clock()))
            return failure(Code::MeetingClosed);
        const QString id = meetingId + u':' + me.memberId; // the server's attendance id
        QJsonObject row
            = replica.get(QString(RowType::Attendance), id)
                  .value_or(QJsonObject { { u"id"_s, id }, { u"meeting_id"_s, meetingId },
                      { u"member_id"_s, me.memberId }, { u"present"_s, QJsonValue() } });
        row.insert(u"rsvp"_s, status);
        row.insert(u"reason"_s, orNull(reason));
        const qint64 version = replica.version(QString(RowType::Attendance), id).value_or(0);
        QJsonObject args { { u"meeting_id"_s, meetingId }, { u"status"_s, status } };
        if (!reason.isEmpty())
            args.insert(u"reason"_s, reason);
        return record(
            QString(Mutation::MeetingRsvp), args, { { QString(RowType::Attendance), id } },
            [&] { replica.put(QString(RowType::Attendance), id, version, row); }, id);
    } catch (const StorageError &) {
        return failure(ActionError::Storage);
    }
}

LocalActions::Result LocalActions::postFeedback(const QString &text, const QString &replyTo)
{
    if (text.trimmed().isEmpty() || text.size() > Limit::FeedbackText)
        return failure(Code::InvalidArgs);
    try {
        const Identity me = identity();
        if (me.memberId.isEmpty())
            return failure(ActionError::NotSignedIn);
        ReplicaStore replica(m_db);
        const QString id = newId();
        const QJsonObject row { { u"id"_s, id }, { u"org_id"_s, me.orgId },
            { u"member_id"_s, me.memberId }, { u"text"_s, text },
            { u"reply_to"_s, orNull(replyTo) }, { u"created_at"_s, now() } };
        QJsonObject args { { u"id"_s, id }, { u"text"_s, text } };
        if (!replyTo.isEmpty())
            args.insert(u"reply_to"_s, replyTo);
        return record(
            QString(Mutation::FeedbackPost), args, { { QString(RowType::Feedback), id } },
            [&] { replica.put(QString(RowType::Feedback), id, 0, row); }, id);
    } catch (const StorageError &) {
        return failure(ActionError::Storage);
    }
}

LocalActions::Result LocalActions::updateContact(const QJsonObject &fields)
{
    static const QStringList contactFields { u"phone"_s, u"email"_s, u"address"_s };
    if (fields.isEmpty())
        return failure(Code::InvalidArgs);
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!contactFields.contains(it.key()) || !it.value().isString())
            return failure(Code::InvalidArgs);
    }
    try {
        const Identity me = identity();
        if (me.memberId.isEmpty())
            return failure(ActionError::NotSignedIn);
        ReplicaStore replica(m_db);
        const auto profile = replica.get(QString(RowType::Member), me.memberId);
        if (!profile)
            return failure(Code::NotFound);
        const qint64 version = replica.version(QString(RowType::Member), me.memberId).value_or(0);
        // Values as the server stores them; "base" holds what this device showed before the
        // edit, so the server can tell a concurrent edit of the same field from another device
        // (docs/protocol-extensions.md).
        QJsonObject row = *profile;
        QJsonObject sent;
        QJsonObject base;
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            const QString value = ProfileRules::normalised(it.key(), it.value().toString());
            row.insert(it.key(), value.isEmpty() ? QJsonValue() : QJsonValue(value));
            sent.insert(it.key(), value);
            base.insert(it.key(),
                profile->value(it.key()).isString() ? profile->value(it.key()) : QJsonValue());
        }
        const QJsonObject args { { u"fields"_s, sent },
            { u"base_version"_s, profile->value(u"version"_s).toInteger(version) },
            { u"base"_s, base } };
        return record(
            QString(Mutation::ProfileUpdate), args, { { QString(RowType::Member), me.memberId } },
            [&] { replica.put(QString(RowType::Member), me.memberId, version, row); }, me.memberId);
    } catch (const StorageError &) {
        return failure(ActionError::Storage);
    }
}

LocalActions::Result LocalActions::requestProfileChange(
    const QJsonObject &fields, const QString &reason)
{
    if (fields.isEmpty() || reason.trimmed().isEmpty()
        || reason.size() > Limit::ProfileRequestReason)
        return failure(Code::InvalidArgs);
    try {
        const Identity me = identity();
        if (me.memberId.isEmpty())
            return failure(ActionError::NotSignedIn);
        ReplicaStore replica(m_db);
        const QString id = newId();
        const QJsonObject row { { u"id"_s, id }, { u"member_id"_s, me.memberId },
            { u"fields"_s, fields }, { u"reason"_s, reason },
            { u"status"_s, QString(ProfileRequestStatus::Pending) },
            { u"decided_by"_s, QJsonValue() }, { u"decision_reason"_s, QJsonValue() },
            { u"created_at"_s, now() } };
        const QJsonObject args { { u"id"_s, id }, { u"fields"_s, fields },
            { u"reason"_s, reason } };
        return record(
            QString(Mutation::ProfileRequest), args, { { QString(RowType::ProfileRequest), id } },
            [&] { replica.put(QString(RowType::ProfileRequest), id, 0, row); }, id);
    } catch (const StorageError &) {
        return failure(ActionError::Storage);
    }
}

LocalActions::Result LocalActions::decideProfileRequest(
    const QString &requestId, const QString &decision, const QString &reason)
{
    const bool approve = decision == Protocol::Decision::Approve;
    if ((!approve && decision != Protocol::Decision::Reject)
        || (!approve && reason.trimmed().isEmpty()) || reason.size() > Limit::DecisionReason)
        return failure(Code::InvalidArgs);
    try {
        const Identity me = identity();
        if (me.memberId.isEmpty() && me.orgId.isEmpty())
            return failure(ActionError::NotSignedIn);
        const QString role = SyncState(m_db).value(u"role"_s);
        const bool committee = role == Role::Committee || role == Role::Admin;
        if (role != Role::Secretary && !committee)
            return failure(Code::Forbidden);
        ReplicaStore replica(m_db);
        const auto request = replica.get(QString(RowType::ProfileRequest), requestId);
        if (!request)
            return failure(Code::NotFound);
        if (request->value(u"status"_s).toString() != ProfileRequestStatus::Pending)
            return failure(ActionError::AlreadyDecided);
        const QString memberId = request->value(u"member_id"_s).toString();
        if (memberId == me.memberId)
            return failure(Code::Forbidden); // nobody decides on their own record
        // A committee decides only the requests of the secretaries of the cells directly
        // below it (the server sends it no others); the server checks the role itself.
        if (committee) {
            const auto member = replica.get(QString(RowType::Member), memberId);
            const auto cell = member
                ? replica.get(QString(RowType::Organization), member->value(u"org_id"_s).toString())
                : std::nullopt;
            if (!cell || cell->value(u"parent_id"_s).toString() != me.orgId)
                return failure(Code::Forbidden);
        }
        QJsonObject row = *request;
        row.insert(u"status"_s,
            QString(approve ? ProfileRequestStatus::Approved : ProfileRequestStatus::Rejected));
        row.insert(u"decided_by"_s, orNull(me.memberId));
        row.insert(u"decision_reason"_s, orNull(reason.trimmed()));
        const qint64 requestVersion
            = replica.version(QString(RowType::ProfileRequest), requestId).value_or(0);
        QList<RowRef> rows { { QString(RowType::ProfileRequest), requestId } };
        // Approved: the member's profile shows the new values at once (the secretary sees the
        // cell's full profiles, a committee those of its subtree).
        std::optional<QJsonObject> profile;
        if (approve && (profile = replica.get(QString(RowType::Member), memberId))) {
            const QJsonObject fields = request->value(u"fields"_s).toObject();
            for (auto it = fields.begin(); it != fields.end(); ++it)
                profile->insert(it.key(), it.value());
            rows.append({ QString(RowType::Member), memberId });
        }
        QJsonObject args { { u"request_id"_s, requestId }, { u"decision"_s, decision } };
        if (!reason.trimmed().isEmpty())
            args.insert(u"reason"_s, reason.trimmed());
        return record(
            QString(Mutation::ProfileRequestDecide), args, rows,
            [&] {
                replica.put(QString(RowType::ProfileRequest), requestId, requestVersion, row);
                if (profile)
                    replica.put(QString(RowType::Member), memberId,
                        replica.version(QString(RowType::Member), memberId).value_or(0), *profile);
            },
            requestId);
    } catch (const StorageError &) {
        return failure(ActionError::Storage);
    }
}

LocalActions::Result LocalActions::shareDocument(const QString &title, const QString &kind,
    const QString &summary, const QString &body, const QList<NewAttachment> &attachments,
    const QString &meetingId)
{
    if (title.trimmed().isEmpty() || kind.isEmpty()
        || (body.trimmed().isEmpty() && attachments.isEmpty()))
        return failure(Code::InvalidArgs);
    try {
        const Identity me = identity();
        if (me.orgId.isEmpty())
            return failure(ActionError::NotSignedIn);
        if (!meetingId.isEmpty() && !ReplicaStore(m_db).get(QString(RowType::Meeting), meetingId))
            return failure(Code::NotFound);
        // The bytes go into the vault first; a share that is never queued leaves blobs that
        // the next clean-up removes.
        const std::optional<QJsonArray> list = storeAttachments(attachments);
        if (!list)
            return failure(ActionError::Storage);
        return queueShare(me, title, kind, summary, body, *list, meetingId);
    } catch (const StorageError &) {
        return failure(ActionError::Storage);
    }
}

std::optional<QJsonArray> LocalActions::storeAttachments(const QList<NewAttachment> &attachments)
{
    QJsonArray list;
    BlobStore blobs(m_db);
    for (const NewAttachment &file : attachments) {
        const QString sha256 = QString::fromLatin1(
            QCryptographicHash::hash(file.bytes, QCryptographicHash::Sha256).toHex());
        if (!blobs.isComplete(sha256)) {
            blobs.remove(sha256);
            blobs.begin(sha256, file.bytes.size(), file.mime);
            for (qint64 offset = 0; offset < file.bytes.size(); offset += BlobStore::kChunkSize) {
                if (!blobs.append(sha256, file.bytes.mid(offset, BlobStore::kChunkSize)))
                    return std::nullopt;
            }
            if (!blobs.finish(sha256))
                return std::nullopt;
        }
        list.append(QJsonObject { { u"sha256"_s, sha256 }, { u"size"_s, qint64(file.bytes.size()) },
            { u"mime"_s, file.mime }, { u"name"_s, file.name } });
    }
    return list;
}

QString LocalActions::forwardedFrom(const QJsonObject &source)
{
    const QString number = source.value(u"number"_s).toString().trimmed();
    const QString issuer = source.value(u"issuer"_s).toString().trimmed();
    const QDate issued
        = QDate::fromString(source.value(u"issued_date"_s).toString().left(10), Qt::ISODate);
    QString text = u"Chuyển tiếp văn bản"_s;
    if (!number.isEmpty())
        text += u" số "_s + number;
    if (!issuer.isEmpty())
        text += u" của "_s + issuer;
    if (issued.isValid())
        text += u", ngày "_s + issued.toString(u"dd/MM/yyyy"_s);
    return text + u'.';
}

LocalActions::Result LocalActions::forwardDocument(const QString &documentId, const QString &title,
    const QString &kind, const QString &note, const QString &meetingId)
{
    if (title.trimmed().isEmpty() || kind.isEmpty() || note.size() > Limit::DocumentSummary)
        return failure(Code::InvalidArgs);
    try {
        const Identity me = identity();
        if (me.orgId.isEmpty())
            return failure(ActionError::NotSignedIn);
        ReplicaStore replica(m_db);
        const auto source = replica.get(QString(RowType::Document), documentId);
        if (!source || (!meetingId.isEmpty() && !replica.get(QString(RowType::Meeting), meetingId)))
            return failure(Code::NotFound);
        // A restricted document is never stored here: it cannot be copied to the cell.
        const QString body = source->value(u"body"_s).toString();
        const QJsonArray attachments = source->value(u"attachments"_s).toArray();
        if (source->value(u"classification"_s).toString() == Protocol::Classification::Restricted
            || (body.trimmed().isEmpty() && attachments.isEmpty()))
            return failure(Code::InvalidArgs);
        // The cell's copy says where it comes from (its number, issuer and date), so that
        // members do not take it for a document of the cell.
        const QString summary = forwardedFrom(*source)
            + (note.trimmed().isEmpty() ? QString() : u"\n"_s + note.trimmed());
        if (summary.size() > Limit::DocumentSummary)
            return failure(Code::InvalidArgs);
        return queueShare(me, title, kind, summary, body, attachments, meetingId);
    } catch (const StorageError &) {
        return failure(ActionError::Storage);
    }
}

LocalActions::Result LocalActions::queueShare(const Identity &me, const QString &title,
    const QString &kind, const QString &summary, const QString &body, const QJsonArray &list,
    const QString &meetingId)
{
    ReplicaStore replica(m_db);
    std::optional<QJsonObject> meeting;
    if (!meetingId.isEmpty() && !(meeting = replica.get(QString(RowType::Meeting), meetingId)))
        return failure(Code::NotFound);
    const QString id = newId();
    const QString issuer = replica.get(QString(RowType::Organization), me.orgId)
                               .value_or(QJsonObject {})
                               .value(u"name"_s)
                               .toString();
    const QDateTime vietnam = m_clock().toTimeZone(QTimeZone(7 * 3600));
    const QJsonObject row { { u"id"_s, id }, { u"org_id"_s, me.orgId },
        { u"audience_org_id"_s, me.orgId }, { u"kind"_s, kind }, { u"number"_s, QJsonValue() },
        { u"title"_s, title.trimmed() }, { u"issued_date"_s, vietnam.date().toString(Qt::ISODate) },
        { u"issuer"_s, orNull(issuer) }, { u"summary"_s, orNull(summary) },
        { u"body"_s, orNull(body) },
        { u"classification"_s, QString(Protocol::Classification::Internal) },
        { u"attachments"_s, list }, { u"meeting_id"_s, orNull(meetingId) },
        { u"published_at"_s, now() } };
    QJsonObject args { { u"id"_s, id }, { u"title"_s, title.trimmed() }, { u"kind"_s, kind },
        { u"attachments"_s, list } };
    if (!summary.isEmpty())
        args.insert(u"summary"_s, summary);
    if (!body.isEmpty())
        args.insert(u"body"_s, body);
    QList<RowRef> rows { { QString(RowType::Document), id } };
    if (meeting) {
        args.insert(u"meeting_id"_s, meetingId);
        rows.append({ QString(RowType::Meeting), meetingId });
    }
    return record(
        QString(Mutation::DocumentShare), args, rows,
        [&] {
            replica.put(QString(RowType::Document), id, 0, row);
            if (meeting) {
                // The server adds it to the meeting's "read before" list; so do we.
                QJsonObject updated = *meeting;
                QJsonArray ids = updated.value(u"document_ids"_s).toArray();
                ids.append(id);
                updated.insert(u"document_ids"_s, ids);
                replica.put(QString(RowType::Meeting), meetingId,
                    replica.version(QString(RowType::Meeting), meetingId).value_or(0), updated);
            }
        },
        id);
}

LocalActions::Result LocalActions::createMeeting(const QString &title, const QDateTime &startsAt,
    const QString &location, const QString &agenda, const QStringList &documentIds)
{
    return queueMeeting(QString(Mutation::MeetingCreate), {}, newId(), title, startsAt, location,
        agenda, documentIds);
}

LocalActions::Result LocalActions::updateMeeting(const QString &meetingId, const QString &title,
    const QDateTime &startsAt, const QString &location, const QString &agenda,
    const QStringList &documentIds)
{
    try {
        const auto current = ReplicaStore(m_db).get(QString(RowType::Meeting), meetingId);
        if (!current)
            return failure(Code::NotFound);
        if (current->value(u"status"_s).toString() != MeetingStatus::Scheduled)
            return failure(Code::MeetingClosed);
        return queueMeeting(QString(Mutation::MeetingUpdate), *current, meetingId, title, startsAt,
            location, agenda, documentIds);
    } catch (const StorageError &) {
        return failure(ActionError::Storage);
    }
}

LocalActions::Result LocalActions::queueMeeting(const QString &name, const QJsonObject &current,
    const QString &meetingId, const QString &title, const QDateTime &startsAt,
    const QString &location, const QString &agenda, const QStringList &documentIds)
{
    // The server's limits (meeting.create / meeting.update).
    if (title.trimmed().isEmpty() || title.trimmed().size() > Limit::MeetingTitle
        || location.trimmed().isEmpty() || location.trimmed().size() > Limit::MeetingLocation
        || agenda.size() > Limit::MeetingAgenda || !startsAt.isValid()
        || documentIds.size() > Limit::MeetingDocuments)
        return failure(Code::InvalidArgs);
    try {
        const Identity me = identity();
        if (me.orgId.isEmpty())
            return failure(ActionError::NotSignedIn);
        const QDateTime start = startsAt.toUTC();
        const QDateTime before = Timestamps::fromIso(current.value(u"starts_at"_s).toString());
        if (start <= m_clock() && (current.isEmpty() || start != before))
            return failure(ActionError::InPast);
        ReplicaStore replica(m_db);
        QJsonArray ids;
        const QJsonArray known = current.value(u"document_ids"_s).toArray();
        for (const QString &id : documentIds) {
            if (ids.contains(id))
                continue;
            // Documents already listed stay even when they left this device since.
            if (!known.contains(id) && !replica.get(QString(RowType::Document), id))
                return failure(Code::NotFound);
            ids.append(id);
        }
        QJsonObject row = current.isEmpty() ? QJsonObject { { u"id"_s, meetingId },
            { u"org_id"_s, me.orgId }, { u"status"_s, QString(MeetingStatus::Scheduled) },
            { u"cancel_reason"_s, QJsonValue() } }
                                            : current;
        row.insert(u"title"_s, title.trimmed());
        row.insert(u"starts_at"_s, Timestamps::toIso(start));
        row.insert(u"location"_s, location.trimmed());
        row.insert(u"agenda"_s, orNull(agenda));
        row.insert(u"document_ids"_s, ids);
        QJsonObject args { { u"id"_s, meetingId }, { u"title"_s, title.trimmed() },
            { u"starts_at"_s, Timestamps::toIso(start) }, { u"location"_s, location.trimmed() },
            { u"document_ids"_s, ids } };
        if (!agenda.isEmpty())
            args.insert(u"agenda"_s, agenda);
        const qint64 version = current.isEmpty()
            ? 0
            : replica.version(QString(RowType::Meeting), meetingId).value_or(0);
        return record(
            name, args, { { QString(RowType::Meeting), meetingId } },
            [&] { replica.put(QString(RowType::Meeting), meetingId, version, row); }, meetingId);
    } catch (const StorageError &) {
        return failure(ActionError::Storage);
    }
}

LocalActions::Result LocalActions::cancelMeeting(const QString &meetingId, const QString &reason)
{
    if (reason.size() > Limit::CancelReason)
        return failure(Code::InvalidArgs);
    try {
        ReplicaStore replica(m_db);
        const auto current = replica.get(QString(RowType::Meeting), meetingId);
        if (!current)
            return failure(Code::NotFound);
        const QString status = current->value(u"status"_s).toString();
        if (status == MeetingStatus::Cancelled)
            return { 0, meetingId, {} };
        if (status != MeetingStatus::Scheduled)
            return failure(Code::MeetingClosed);
        QJsonObject row = *current;
        row.insert(u"status"_s, QString(MeetingStatus::Cancelled));
        row.insert(u"cancel_reason"_s, orNull(reason.trimmed()));
        QJsonObject args { { u"id"_s, meetingId } };
        if (!reason.trimmed().isEmpty())
            args.insert(u"reason"_s, reason.trimmed());
        const qint64 version = replica.version(QString(RowType::Meeting), meetingId).value_or(0);
        return record(
            QString(Mutation::MeetingCancel), args, { { QString(RowType::Meeting), meetingId } },
            [&] { replica.put(QString(RowType::Meeting), meetingId, version, row); }, meetingId);
    } catch (const StorageError &) {
        return failure(ActionError::Storage);
    }
}

std::function<void()> LocalActions::attendanceEffect(ReplicaStore &replica,
    const QString &meetingId, const QJsonObject &meeting, const QString &memberId, bool present,
    QList<RowRef> &rows)
{
    const QString id = meetingId + u':' + memberId; // the server's attendance id
    QJsonObject row = replica.get(QString(RowType::Attendance), id)
                          .value_or(QJsonObject { { u"id"_s, id }, { u"meeting_id"_s, meetingId },
                              { u"member_id"_s, memberId }, { u"rsvp"_s, QJsonValue() },
                              { u"reason"_s, QJsonValue() } });
    row.insert(u"present"_s, present);
    const qint64 version = replica.version(QString(RowType::Attendance), id).value_or(0);
    const bool starts = meeting.value(u"status"_s).toString() == MeetingStatus::Scheduled;
    rows = { { QString(RowType::Attendance), id } };
    if (starts)
        rows.append({ QString(RowType::Meeting), meetingId });
    return [&replica, id, version, row, starts, meetingId, meeting] {
        replica.put(QString(RowType::Attendance), id, version, row);
        if (starts) {
            // Taking attendance starts the meeting (the server's rule, DESIGN.md 8.5): it is
            // in progress until the minutes or meeting.end make it done.
            QJsonObject started = meeting;
            started.insert(u"status"_s, QString(MeetingStatus::InProgress));
            replica.put(QString(RowType::Meeting), meetingId,
                replica.version(QString(RowType::Meeting), meetingId).value_or(0), started);
        }
    };
}

LocalActions::Result LocalActions::markAttendance(
    const QString &meetingId, const QString &memberId, bool present)
{
    if (memberId.isEmpty())
        return failure(Code::InvalidArgs);
    try {
        if (identity().orgId.isEmpty())
            return failure(ActionError::NotSignedIn);
        ReplicaStore replica(m_db);
        const auto meeting = replica.get(QString(RowType::Meeting), meetingId);
        if (!meeting)
            return failure(Code::NotFound);
        if (meeting->value(u"status"_s).toString() == MeetingStatus::Cancelled)
            return failure(Code::MeetingClosed);
        const QDateTime startsAt = Timestamps::fromIso(meeting->value(u"starts_at"_s).toString());
        if (startsAt.isValid() && startsAt.addSecs(-kAttendanceLeadSeconds) > m_clock())
            return failure(ActionError::TooEarly);
        QList<RowRef> rows;
        const auto apply = attendanceEffect(replica, meetingId, *meeting, memberId, present, rows);
        return record(QString(Mutation::MeetingAttendance),
            { { u"meeting_id"_s, meetingId }, { u"member_id"_s, memberId },
                { u"present"_s, present } },
            rows, apply, meetingId + u':' + memberId);
    } catch (const StorageError &) {
        return failure(ActionError::Storage);
    }
}
