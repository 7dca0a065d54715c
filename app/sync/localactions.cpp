#include "localactions.h"

#include "blobstore.h"
#include "mutationnames.h"
#include "outbox.h"
#include "pendingrows.h"
#include "replicastore.h"
#include "sqlitedatabase.h"
#include "syncstate.h"
#include "timestamps.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTimeZone>
#include <QUuid>

using namespace Qt::StringLiterals;
namespace Mutation = Protocol::Mutation;
namespace RowType = Protocol::RowType;

namespace {

LocalActions::Result failure(const char *code)
{
    return { 0, {}, QString::fromLatin1(code) };
}

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
        transaction.commit();
        return { id, rowId, {} };
    } catch (const StorageError &) {
        return failure("storage");
    }
}

LocalActions::Result LocalActions::markRead(const QString &documentId)
{
    try {
        const Identity me = identity();
        if (me.memberId.isEmpty())
            return failure("not_signed_in");
        ReplicaStore replica(m_db);
        if (!replica.get(QString(RowType::Document), documentId))
            return failure("not_found");
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
        return failure("storage");
    }
}

LocalActions::Result LocalActions::putNote(
    const QString &documentId, const QString &text, const QString &anchor, const QString &noteId)
{
    if (text.trimmed().isEmpty() || text.size() > 20000 || anchor.size() > 500)
        return failure("invalid_args");
    try {
        if (identity().memberId.isEmpty())
            return failure("not_signed_in");
        ReplicaStore replica(m_db);
        if (!replica.get(QString(RowType::Document), documentId))
            return failure("not_found");
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
        return failure("storage");
    }
}

LocalActions::Result LocalActions::deleteNote(const QString &noteId)
{
    try {
        ReplicaStore replica(m_db);
        if (!replica.get(QString(RowType::Note), noteId))
            return failure("not_found");
        return record(
            QString(Mutation::NoteDelete), { { u"id"_s, noteId } },
            { { QString(RowType::Note), noteId } },
            [&] { replica.remove(QString(RowType::Note), noteId); }, noteId);
    } catch (const StorageError &) {
        return failure("storage");
    }
}

LocalActions::Result LocalActions::bookmark(const QString &documentId)
{
    try {
        const Identity me = identity();
        if (me.memberId.isEmpty())
            return failure("not_signed_in");
        ReplicaStore replica(m_db);
        if (!replica.get(QString(RowType::Document), documentId))
            return failure("not_found");
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
        return failure("storage");
    }
}

LocalActions::Result LocalActions::removeBookmark(const QString &documentId)
{
    try {
        const Identity me = identity();
        if (me.memberId.isEmpty())
            return failure("not_signed_in");
        ReplicaStore replica(m_db);
        const QString id = me.memberId + u':' + documentId;
        if (!replica.get(QString(RowType::Bookmark), id))
            return { 0, id, {} };
        return record(
            QString(Mutation::BookmarkDelete), { { u"document_id"_s, documentId } },
            { { QString(RowType::Bookmark), id } },
            [&] { replica.remove(QString(RowType::Bookmark), id); }, id);
    } catch (const StorageError &) {
        return failure("storage");
    }
}

LocalActions::Result LocalActions::rsvp(
    const QString &meetingId, const QString &status, const QString &reason)
{
    if ((status != u"attending" && status != u"absent") || reason.size() > 500)
        return failure("invalid_args");
    try {
        const Identity me = identity();
        if (me.memberId.isEmpty())
            return failure("not_signed_in");
        ReplicaStore replica(m_db);
        const auto meeting = replica.get(QString(RowType::Meeting), meetingId);
        if (!meeting)
            return failure("not_found");
        if (meeting->value(u"status"_s).toString() != u"scheduled")
            return failure("meeting_closed");
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
        return failure("storage");
    }
}

LocalActions::Result LocalActions::postFeedback(const QString &text, const QString &replyTo)
{
    if (text.trimmed().isEmpty() || text.size() > 4000)
        return failure("invalid_args");
    try {
        const Identity me = identity();
        if (me.memberId.isEmpty())
            return failure("not_signed_in");
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
        return failure("storage");
    }
}

LocalActions::Result LocalActions::updateContact(const QJsonObject &fields)
{
    static const QStringList contactFields { u"phone"_s, u"email"_s, u"address"_s };
    if (fields.isEmpty())
        return failure("invalid_args");
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!contactFields.contains(it.key()) || !it.value().isString())
            return failure("invalid_args");
    }
    try {
        const Identity me = identity();
        if (me.memberId.isEmpty())
            return failure("not_signed_in");
        ReplicaStore replica(m_db);
        const auto profile = replica.get(QString(RowType::Member), me.memberId);
        if (!profile)
            return failure("not_found");
        const qint64 version = replica.version(QString(RowType::Member), me.memberId).value_or(0);
        QJsonObject row = *profile;
        for (auto it = fields.begin(); it != fields.end(); ++it)
            row.insert(it.key(), it.value());
        const QJsonObject args { { u"fields"_s, fields },
            { u"base_version"_s, profile->value(u"version"_s).toInteger(version) } };
        return record(
            QString(Mutation::ProfileUpdate), args, { { QString(RowType::Member), me.memberId } },
            [&] { replica.put(QString(RowType::Member), me.memberId, version, row); }, me.memberId);
    } catch (const StorageError &) {
        return failure("storage");
    }
}

LocalActions::Result LocalActions::requestProfileChange(
    const QJsonObject &fields, const QString &reason)
{
    if (fields.isEmpty() || reason.trimmed().isEmpty() || reason.size() > 1000)
        return failure("invalid_args");
    try {
        const Identity me = identity();
        if (me.memberId.isEmpty())
            return failure("not_signed_in");
        ReplicaStore replica(m_db);
        const QString id = newId();
        const QJsonObject row { { u"id"_s, id }, { u"member_id"_s, me.memberId },
            { u"fields"_s, fields }, { u"reason"_s, reason }, { u"status"_s, u"pending"_s },
            { u"decided_by"_s, QJsonValue() }, { u"decision_reason"_s, QJsonValue() },
            { u"created_at"_s, now() } };
        const QJsonObject args { { u"id"_s, id }, { u"fields"_s, fields },
            { u"reason"_s, reason } };
        return record(
            QString(Mutation::ProfileRequest), args, { { QString(RowType::ProfileRequest), id } },
            [&] { replica.put(QString(RowType::ProfileRequest), id, 0, row); }, id);
    } catch (const StorageError &) {
        return failure("storage");
    }
}

LocalActions::Result LocalActions::shareDocument(const QString &title, const QString &kind,
    const QString &summary, const QString &body, const QList<NewAttachment> &attachments,
    const QString &meetingId)
{
    if (title.trimmed().isEmpty() || kind.isEmpty()
        || (body.trimmed().isEmpty() && attachments.isEmpty()))
        return failure("invalid_args");
    try {
        const Identity me = identity();
        if (me.orgId.isEmpty())
            return failure("not_signed_in");
        ReplicaStore replica(m_db);
        std::optional<QJsonObject> meeting;
        if (!meetingId.isEmpty() && !(meeting = replica.get(QString(RowType::Meeting), meetingId)))
            return failure("not_found");
        // The bytes go into the vault first (each blob in its own transaction); a share that
        // is never queued leaves blobs that the next clean-up removes.
        QJsonArray list;
        BlobStore blobs(m_db);
        for (const NewAttachment &file : attachments) {
            const QString sha256 = QString::fromLatin1(
                QCryptographicHash::hash(file.bytes, QCryptographicHash::Sha256).toHex());
            if (!blobs.isComplete(sha256)) {
                blobs.remove(sha256);
                blobs.begin(sha256, file.bytes.size(), file.mime);
                for (qint64 offset = 0; offset < file.bytes.size();
                     offset += BlobStore::kChunkSize) {
                    if (!blobs.append(sha256, file.bytes.mid(offset, BlobStore::kChunkSize)))
                        return failure("storage");
                }
                if (!blobs.finish(sha256))
                    return failure("storage");
            }
            list.append(
                QJsonObject { { u"sha256"_s, sha256 }, { u"size"_s, qint64(file.bytes.size()) },
                    { u"mime"_s, file.mime }, { u"name"_s, file.name } });
        }
        const QString id = newId();
        const QString issuer = replica.get(QString(RowType::Organization), me.orgId)
                                   .value_or(QJsonObject {})
                                   .value(u"name"_s)
                                   .toString();
        const QDateTime vietnam = m_clock().toTimeZone(QTimeZone(7 * 3600));
        const QJsonObject row { { u"id"_s, id }, { u"org_id"_s, me.orgId },
            { u"audience_org_id"_s, me.orgId }, { u"kind"_s, kind }, { u"number"_s, QJsonValue() },
            { u"title"_s, title.trimmed() },
            { u"issued_date"_s, vietnam.date().toString(Qt::ISODate) },
            { u"issuer"_s, orNull(issuer) }, { u"summary"_s, orNull(summary) },
            { u"body"_s, orNull(body) }, { u"classification"_s, u"internal"_s },
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
    } catch (const StorageError &) {
        return failure("storage");
    }
}
