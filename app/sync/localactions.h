// The user's actions on synced data (DESIGN.md section 5, Push). Each changes the local
// replica at once (optimistic), queues its mutation in the outbox and records the
// before-image of every row it changed, all in ONE vault transaction, so a rejection can be
// rolled back and the server's rows never overwrite the change while it is pending.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>

class SqliteDatabase;
struct RowRef;

class LocalActions
{
public:
    using Clock = std::function<QDateTime()>;

    // What an action did: the queued mutation (0 when nothing needed sending, e.g. a
    // document already read) and the row it created or changed; or an error code:
    // not_signed_in, not_found, invalid_args, meeting_closed, storage.
    struct Result
    {
        qint64 mutationId = 0;
        QString rowId;
        QString error;
        [[nodiscard]] bool ok() const { return error.isEmpty(); }
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
    // meeting.rsvp: status "attending" or "absent".
    Result rsvp(const QString &meetingId, const QString &status, const QString &reason = {});
    // feedback.post: to the cell, or a secretary's reply.
    Result postFeedback(const QString &text, const QString &replyTo = {});
    // profile.update: own phone, email, address.
    Result updateContact(const QJsonObject &fields);
    // profile.request: any other own field, for the secretary to decide.
    Result requestProfileChange(const QJsonObject &fields, const QString &reason);
    // document.share (secretaries): stores the attachments, then queues the share; the sync
    // uploads them before pushing it.
    Result shareDocument(const QString &title, const QString &kind, const QString &summary,
        const QString &body, const QList<NewAttachment> &attachments,
        const QString &meetingId = {});

private:
    struct Identity
    {
        QString memberId;
        QString orgId;
    };

    [[nodiscard]] Identity identity();
    [[nodiscard]] QString now() const;
    // Queues `name` and runs `apply` on the replica in one transaction, after saving the
    // before-images of `rows`.
    Result record(const QString &name, const QJsonObject &args, const QList<RowRef> &rows,
        const std::function<void()> &apply, const QString &rowId);

    SqliteDatabase &m_db;
    Clock m_clock;
};
