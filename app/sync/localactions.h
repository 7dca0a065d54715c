// The user's actions on synced data (DESIGN.md section 5, Push). Each changes the local
// replica at once (optimistic), queues its mutation in the outbox and records the
// before-image of every row it changed, all in ONE vault transaction, so a rejection can be
// rolled back and the server's rows never overwrite the change while it is pending.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

class ReplicaStore;
class SqliteDatabase;
struct RowRef;

class LocalActions
{
public:
    using Clock = std::function<QDateTime()>;

    // What an action did: the queued mutation (0 when nothing needed sending, e.g. a
    // document already read) and the row it created or changed; or an error code:
    // not_signed_in, not_found, invalid_args, meeting_closed, storage; for meetings also
    // in_past and too_early.
    struct Result
    {
        qint64 mutationId = 0;
        QString rowId;
        QString error;
        [[nodiscard]] bool ok() const { return error.isEmpty(); }
        // A refusal on the device, with its error code (every action class uses this).
        [[nodiscard]] static Result failure(const QString &code) { return { 0, {}, code }; }
    };

    // A file to share with the cell: its bytes are stored in the vault, never on disk.
    struct NewAttachment
    {
        QByteArray bytes;
        QString name;
        QString mime;
    };

    // `db` is the open vault's database (not owned).
    explicit LocalActions(SqliteDatabase &db, Clock clock = {});

    // document.read: a read receipt, once per document.
    Result markRead(const QString &documentId);
    // note.put: a new note (empty noteId) or a new text for an existing one.
    Result putNote(const QString &documentId, const QString &text, const QString &anchor = {},
        const QString &noteId = {});
    // note.delete.
    Result deleteNote(const QString &noteId);
    // bookmark.put / bookmark.delete.
    Result bookmark(const QString &documentId);
    Result removeBookmark(const QString &documentId);
    // meeting.rsvp: status "attending" or "absent"; meeting_closed once the meeting has
    // started (by this clock) or is no longer scheduled.
    Result rsvp(const QString &meetingId, const QString &status, const QString &reason = {});
    // feedback.post: to the cell, or a secretary's reply.
    Result postFeedback(const QString &text, const QString &replyTo = {});
    // Runs `write` inside the transaction of the next mutation queued (after its own writes),
    // so that a screen's local bookkeeping commits or rolls back with the queued change.
    void alsoWrite(std::function<void(SqliteDatabase &)> write) { m_alsoWrite = std::move(write); }
    // profile.update: own phone, email, address.
    Result updateContact(const QJsonObject &fields);
    // profile.request: any other own field, for the secretary to decide.
    Result requestProfileChange(const QJsonObject &fields, const QString &reason);
    // profile.request.decide (secretaries; committees for the requests of the secretaries of
    // the cells directly below): "approve" or "reject" (with a reason) a pending request; on
    // approval the member's row shows the new values. Also forbidden (neither, the own
    // request, or a committee and a member not of a cell directly below) and already_decided.
    Result decideProfileRequest(
        const QString &requestId, const QString &decision, const QString &reason = {});
    // document.share (secretaries): stores the attachments, then queues the share; the sync
    // uploads them before pushing it.
    Result shareDocument(const QString &title, const QString &kind, const QString &summary,
        const QString &body, const QList<NewAttachment> &attachments,
        const QString &meetingId = {});
    // document.share of a document already on this device (a higher level's, forwarded to
    // the cell): its body and attachment list (the server has those blobs), `note` as the
    // summary. Restricted documents are never forwarded (invalid_args).
    Result forwardDocument(const QString &documentId, const QString &title, const QString &kind,
        const QString &note, const QString &meetingId = {});
    // meeting.create (secretaries): a scheduled meeting of my cell; `startsAt` must be in the
    // future (in_past), every listed document on this device (not_found).
    Result createMeeting(const QString &title, const QDateTime &startsAt, const QString &location,
        const QString &agenda, const QStringList &documentIds);
    // meeting.update: new details of a scheduled meeting (meeting_closed otherwise).
    Result updateMeeting(const QString &meetingId, const QString &title, const QDateTime &startsAt,
        const QString &location, const QString &agenda, const QStringList &documentIds);
    // meeting.cancel: the meeting will not take place.
    Result cancelMeeting(const QString &meetingId, const QString &reason = {});
    // meeting.attendance: present or absent at a meeting, from one hour before its start
    // (too_early before); the meeting is then done, as the server records it.
    Result markAttendance(const QString &meetingId, const QString &memberId, bool present);

    // How long before its start a meeting's attendance may be taken (the server's rule).
    static constexpr qint64 kAttendanceLeadSeconds = 3600;
    // The local effect of meeting.attendance, also a check-in's in the meeting room
    // (app/room): the member's attendance row marked and a scheduled meeting shown in
    // progress. Sets `rows` to the rows it changes; the returned function makes the change
    // (run it inside record(); `replica` must outlive it).
    [[nodiscard]] static std::function<void()> attendanceEffect(ReplicaStore &replica,
        const QString &meetingId, const QJsonObject &meeting, const QString &memberId, bool present,
        QList<RowRef> &rows);

    // For the actions of other classes built on this one (DraftActions): queues `name` and
    // runs `apply` on the replica in one transaction, after saving the before-images of
    // `rows`.
    Result record(const QString &name, const QJsonObject &args, const QList<RowRef> &rows,
        const std::function<void()> &apply, const QString &rowId);
    // Stores each file's bytes in the vault (each blob in its own transaction; the sync
    // uploads them resumably before the mutation that names them) and returns their
    // descriptions [{sha256, size, mime, name}]; nullopt when the vault could not store one.
    [[nodiscard]] std::optional<QJsonArray> storeAttachments(
        const QList<NewAttachment> &attachments);

private:
    // "Chuyển tiếp văn bản số 12-NQ/TU của Tỉnh ủy, ngày 01/11/2026." for a forwarded copy.
    [[nodiscard]] static QString forwardedFrom(const QJsonObject &source);
    struct Identity
    {
        QString memberId;
        QString orgId;
    };

    [[nodiscard]] Identity identity();
    [[nodiscard]] QString now() const;
    // Queues document.share of a new cell document with these attachment descriptions
    // ({sha256, size, mime, name}); with a meeting, also adds it to the meeting's documents.
    Result queueShare(const Identity &me, const QString &title, const QString &kind,
        const QString &summary, const QString &body, const QJsonArray &attachments,
        const QString &meetingId);
    // Queues meeting.create or meeting.update: `current` is the stored row (empty for a new
    // meeting), whose other fields (status, org) the new row keeps.
    Result queueMeeting(const QString &name, const QJsonObject &current, const QString &meetingId,
        const QString &title, const QDateTime &startsAt, const QString &location,
        const QString &agenda, const QStringList &documentIds);

    SqliteDatabase &m_db;
    std::function<void(SqliteDatabase &)> m_alsoWrite;
    Clock m_clock;
};
